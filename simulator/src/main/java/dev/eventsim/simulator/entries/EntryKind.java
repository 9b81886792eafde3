package dev.eventsim.simulator.entries;

import dev.eventsim.simulator.sessions.SessionType;

/**
 * What kind of core API entry each kind of event session is: the platform keeps a webcast, a
 * simulive and a live KME session as live stream entries (type 7, media type 201 live stream),
 * and a meeting or a virtual learning room as a room entry ({@code room.room}). docs/core-api.md
 * says why.
 */
enum EntryKind {
    LIVE_STREAM("7", "KalturaLiveStreamEntry"),
    ROOM("room.room", "KalturaRoomEntry");

    static final int MEDIA_TYPE_LIVE_STREAM_FLASH = 201;
    static final String SOURCE_TYPE_LIVE_STREAM = "32";
    static final int ROOM_TYPE_ROOM = 1;

    private final String type;
    private final String objectType;

    EntryKind(String type, String objectType) {
        this.type = type;
        this.objectType = objectType;
    }

    static EntryKind of(SessionType sessionType) {
        return switch (sessionType) {
            case MeetingEntry, VirtualLearningRoom -> ROOM;
            default -> LIVE_STREAM;
        };
    }

    /** The entry type as the core API writes it: a number for core types, a plugin's name otherwise. */
    Object type() {
        return this == LIVE_STREAM ? (Object) Integer.valueOf(type) : type;
    }

    String typeText() {
        return type;
    }

    /** The object type an answer gives it; an ADMIN KS reads a live stream as its admin variant, as there. */
    String objectType(boolean admin) {
        return this == LIVE_STREAM && admin ? "KalturaLiveStreamAdminEntry" : objectType;
    }

    /** media.get and media.list read media entries: live streams are, rooms are not. */
    boolean isMedia() {
        return this == LIVE_STREAM;
    }
}
