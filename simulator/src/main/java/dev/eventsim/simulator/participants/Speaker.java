package dev.eventsim.simulator.participants;

import java.util.Comparator;

/** A user's place among a session's speakers, as stored. The person's profile stays with the event user. */
public record Speaker(String userId, int order, boolean isHidden, SpeakerRole role) {

    /** How speakers are listed: by display order, then by id so equal orders never shuffle. */
    public static final Comparator<Speaker> DISPLAY_ORDER =
            Comparator.comparingInt(Speaker::order).thenComparing(Speaker::userId);

    /** This speaker with the fields of {@code input} that were sent. */
    Speaker with(SpeakerInput input) {
        return new Speaker(userId, input.order() == null ? order : input.order(),
                input.isHidden() == null ? isHidden : input.isHidden(), input.role() == null ? role : input.role());
    }

    /** A new speaker: the contract's defaults for what was not sent. */
    static Speaker of(SpeakerInput input) {
        return new Speaker(input.userId(), 0, false, SpeakerRole.DEFAULT).with(input);
    }
}
