package dev.eventsim.simulator.participants;

import dev.eventsim.simulator.api.ApiErrors;
import dev.eventsim.simulator.api.JsonBody;

/** One entry of {@code speakers} in session-participants/add or update; null where not sent. */
public record SpeakerInput(String userId, Integer order, Boolean isHidden, SpeakerRole role) {

    /**
     * Reads one speaker entry; {@code userField} names the field that says who the speaker is
     * ({@code userId} in the API, {@code email} in a seed, whose users have no ids yet).
     */
    public static SpeakerInput read(JsonBody s, String userField) {
        Long order = s.optionalLong("order");
        if (order != null && (order < 0 || order > Integer.MAX_VALUE)) {
            throw ApiErrors.invalidArgument(s.name("order") + " must be between 0 and " + Integer.MAX_VALUE + ", got " + order);
        }
        String role = s.optionalString("role");
        return new SpeakerInput(s.requiredText(userField), order == null ? null : order.intValue(),
                s.optionalBoolean("isHidden"), role == null ? null : SpeakerRole.read(s.name("role"), role));
    }

    /** The same entry for another user. */
    public SpeakerInput withUserId(String id) {
        return new SpeakerInput(id, order, isHidden, role);
    }
}
