package dev.eventsim.simulator.participants;

/** One entry of {@code speakers} in session-participants/add or update; null where not sent. */
public record SpeakerInput(String userId, Integer order, Boolean isHidden, SpeakerRole role) {
}
