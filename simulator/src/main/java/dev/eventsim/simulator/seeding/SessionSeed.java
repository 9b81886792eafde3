package dev.eventsim.simulator.seeding;

import dev.eventsim.simulator.participants.SpeakerInput;
import dev.eventsim.simulator.sessions.NewSession;
import java.util.List;

/**
 * A session of a seeded event with its speakers and moderators. They are named by the email of
 * one of the event's seeded users ({@link SpeakerInput#userId()} holds that email), since those
 * users have no ids until the seed is checked.
 */
public record SessionSeed(NewSession session, List<SpeakerInput> speakers, List<String> moderators) {
}
