package dev.eventsim.simulator.participants;

import dev.eventsim.simulator.eventusers.EventUser;
import java.util.List;

/** The participants of a session joined with their event-user profiles, in listing order. */
public record ParticipantList(List<ListedSpeaker> speakers, List<EventUser> moderators) {

    /** A speaker's place in the session and the person holding it. */
    public record ListedSpeaker(Speaker speaker, EventUser user) {
    }
}
