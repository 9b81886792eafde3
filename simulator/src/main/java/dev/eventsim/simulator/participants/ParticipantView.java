package dev.eventsim.simulator.participants;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.eventsim.simulator.api.EntryIds;
import dev.eventsim.simulator.eventusers.EventUser;
import dev.eventsim.simulator.participants.ParticipantList.ListedSpeaker;

/**
 * A session participant as session-participants/list writes it. {@code order}, {@code isHidden}
 * and {@code sessionRole} belong to speakers only and are left out for moderators, as in the contract.
 */
public record ParticipantView(
        String id,
        String firstName,
        String lastName,
        String email,
        String title,
        String bio,
        String thumbnailUrl,
        String type,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer order,
        @JsonInclude(JsonInclude.Include.NON_NULL) Boolean isHidden,
        @JsonInclude(JsonInclude.Include.NON_NULL) String sessionRole) {

    public static ParticipantView speaker(long partnerId, ListedSpeaker listed) {
        EventUser u = listed.user();
        Speaker s = listed.speaker();
        return new ParticipantView(u.id(), u.firstName(), u.lastName(), u.email(), u.title(), u.bio(),
                EntryIds.thumbnailUrl(partnerId, u.imageEntryId()), "speaker", s.order(), s.isHidden(), s.role().name());
    }

    public static ParticipantView moderator(long partnerId, EventUser u) {
        return new ParticipantView(u.id(), u.firstName(), u.lastName(), u.email(), u.title(), u.bio(),
                EntryIds.thumbnailUrl(partnerId, u.imageEntryId()), "moderator", null, null, null);
    }
}
