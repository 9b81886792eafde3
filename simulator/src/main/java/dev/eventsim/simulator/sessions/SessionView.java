package dev.eventsim.simulator.sessions;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.eventsim.simulator.api.EntryIds;
import dev.eventsim.simulator.api.Timestamps;
import java.util.List;

/**
 * A session as the API writes it, in the order of the contract's session object. {@code sourceEntry}
 * appears only for a SimuLive session with a source entry.
 */
public record SessionView(
        String id,
        String createdAt,
        String updatedAt,
        String type,
        String visibility,
        String name,
        String description,
        String startDate,
        String endDate,
        String thumbnailUrl,
        @JsonInclude(JsonInclude.Include.NON_NULL) SourceEntry sourceEntry,
        List<String> tags,
        int rsvpCount) {

    /** The VOD entry a SimuLive session plays. */
    public record SourceEntry(String id, String status, String createdAt) {
    }

    public static SessionView of(long partnerId, Session s) {
        SourceEntry source = s.type() == SessionType.SimuLive && s.sourceEntryId() != null
                ? new SourceEntry(s.sourceEntryId(), "ready", Timestamps.format(s.createdAt()))
                : null;
        return new SessionView(s.id(), Timestamps.format(s.createdAt()), Timestamps.format(s.updatedAt()),
                s.type().name(), s.visibility().wireName(), s.name(), s.description(), Timestamps.format(s.startDate()),
                Timestamps.format(s.endDate()), EntryIds.thumbnailUrl(partnerId, s.imageEntryId()), source, s.tags(),
                s.rsvpCount());
    }
}
