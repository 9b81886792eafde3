package dev.eventsim.client.support;

import dev.eventsim.client.events.NewEvent;
import dev.eventsim.client.eventusers.EventUserInvitation;
import dev.eventsim.client.eventusers.EventUserRole;
import dev.eventsim.client.sessions.NewSession;
import dev.eventsim.client.sessions.SessionType;
import java.time.Instant;

/** Test data with sensible defaults; tests change only what they are about. */
public final class Fixtures {
    public static final Instant START = Instant.parse("2030-05-01T14:00:00Z");
    public static final Instant END = Instant.parse("2030-05-01T16:00:00Z");

    private Fixtures() {
    }

    /** A blank-template event on 1 May 2030, 14:00 to 16:00 UTC, in Berlin's time zone. */
    public static NewEvent.Builder anEvent(String name) {
        return NewEvent.builder().templateId("tm0000").name(name).startDate(START).endDate(END)
                .timezone("Europe/Berlin");
    }

    /** A live webcast in the first hour of the event. */
    public static NewSession.Builder aSession(String name) {
        return NewSession.builder(name, SessionType.LIVE_WEBCAST).dates(START, START.plusSeconds(3600));
    }

    /** A speaker named after the email's local part. */
    public static EventUserInvitation.Builder aSpeaker(long eventId, String email) {
        String local = email.substring(0, email.indexOf('@'));
        return EventUserInvitation.builder(eventId, email).name(capitalise(local), "Speaker")
                .roles(EventUserRole.SPEAKER).skipEmail(true);
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
