package dev.eventsim.client.example;

import dev.eventsim.client.EventsClient;
import dev.eventsim.client.ExchangeListener;
import dev.eventsim.client.auth.KsProvider;
import dev.eventsim.client.events.DuplicateEventRequest;
import dev.eventsim.client.events.DuplicateRole;
import dev.eventsim.client.events.Event;
import dev.eventsim.client.events.EventFilter;
import dev.eventsim.client.events.NewEvent;
import dev.eventsim.client.eventusers.EventUser;
import dev.eventsim.client.eventusers.EventUserInvitation;
import dev.eventsim.client.eventusers.EventUserRole;
import dev.eventsim.client.participants.SpeakerPlacement;
import dev.eventsim.client.sessions.NewSession;
import dev.eventsim.client.sessions.Session;
import dev.eventsim.client.sessions.SessionType;
import dev.eventsim.client.sessions.Speaker;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Creates an event with sessions and speakers, lists it, duplicates it, and cleans up. */
public final class LaunchExample {

    public static void main(String[] args) {
        EventsClient client = EventsClient.builder()
                .baseUrl("http://127.0.0.1:8080/api/v1")          // or .region(Region.EU)
                .ksProvider(KsProvider.minting(1000001, "local-admin-secret", "sync@example.com",
                        Duration.ofHours(12)))                    // mints and renews an ADMIN KS locally
                .clientTag("launch-example/1.0")
                .listener(ExchangeListener.logging(System.getLogger("events-client")))
                .build();
        run(client);
    }

    public static void run(EventsClient client) {
        // 1. An event with two sessions
        Instant start = Instant.parse("2030-05-01T14:00:00Z");
        Event event = client.events().create(NewEvent.builder()
                .templateId("tm0000").name("Product launch").timezone("America/New_York")
                .startDate(start).endDate(start.plus(Duration.ofHours(2)))
                .build());
        Session keynote = client.sessions().create(event.id(), NewSession.builder("Keynote", SessionType.LIVE_WEBCAST)
                .dates(start, start.plus(Duration.ofMinutes(45))).build());
        Session panel = client.sessions().create(event.id(), NewSession.builder("Panel", SessionType.MEETING_ENTRY)
                .dates(start.plus(Duration.ofMinutes(45)), start.plus(Duration.ofHours(2))).build());

        // 2. Speakers: invite them to the event with the Speaker role, then put them on sessions
        EventUser ada = client.eventUsers().invite(EventUserInvitation.builder(event.id(), "ada@example.com")
                .name("Ada", "Lovelace").roles(EventUserRole.SPEAKER).skipEmail(true).build());
        EventUser grace = client.eventUsers().invite(EventUserInvitation.builder(event.id(), "grace@example.com")
                .name("Grace", "Hopper").roles(EventUserRole.SPEAKER).skipEmail(true).build());
        client.sessionParticipants().addSpeakers(event.id(), keynote.id(),
                SpeakerPlacement.of(ada.id()).withOrder(1), SpeakerPlacement.of(grace.id()).withOrder(2));
        client.sessionParticipants().addSpeakers(event.id(), panel.id(), SpeakerPlacement.of(grace.id()));

        // 3. List it: every matching event, 15 a page, checked against totalCount
        List<Event> launches = client.events().streamAll(EventFilter.all().withSearchTerm("launch")).toList();
        List<Speaker> speakers = client.sessions().speakerList(event.id(), keynote.id());
        System.out.printf("%d launch event(s); keynote speakers: %s%n", launches.size(),
                speakers.stream().map(Speaker::firstName).toList());

        // 4. Duplicate it a week later, speakers included; polls at 5 s, 10 s, 30 s... for up to 5 minutes
        Event copy = client.events().duplicateAndWait(DuplicateEventRequest.builder(event.id())
                .name("Product launch (EMEA)").timezone("Europe/Berlin")
                .startDate(start.plus(Duration.ofDays(7)))
                .duplicateUsers(List.of(DuplicateRole.SPEAKER), true)
                .build());
        System.out.printf("copy %d starts %s with %d session(s)%n", copy.id(), copy.startDate(),
                client.sessions().list(copy.id()).size());

        // 5. Clean up: deleting an event takes its sessions and users with it
        client.events().delete(copy.id());
        client.events().delete(event.id());
    }
}
