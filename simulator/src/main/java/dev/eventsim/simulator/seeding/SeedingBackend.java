package dev.eventsim.simulator.seeding;

import dev.eventsim.simulator.api.ApiErrors;
import dev.eventsim.simulator.api.JsonBody;
import dev.eventsim.simulator.auth.Partners;
import dev.eventsim.simulator.eventusers.EventRole;
import dev.eventsim.simulator.eventusers.EventUserIds;
import dev.eventsim.simulator.eventusers.EventUsersBackend;
import dev.eventsim.simulator.eventusers.Invitation;
import dev.eventsim.simulator.eventusers.NewEventUser;
import dev.eventsim.simulator.events.Event;
import dev.eventsim.simulator.events.EventsBackend;
import dev.eventsim.simulator.events.NewEvent;
import dev.eventsim.simulator.participants.ParticipantsBackend;
import dev.eventsim.simulator.participants.SpeakerInput;
import dev.eventsim.simulator.sessions.NewSession;
import dev.eventsim.simulator.sessions.Session;
import dev.eventsim.simulator.sessions.SessionsBackend;
import dev.eventsim.simulator.state.PartnerData;
import dev.eventsim.simulator.state.Store;
import dev.eventsim.simulator.templates.Template;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Seeds a partner with many events at once, straight into the backends: no HTTP, so no faults
 * and no rate limit. Every event, session and user goes through the checks the API runs, once
 * (a user met again in another event of the seed is not checked again), and is stored by the
 * code that stores what the API creates, all in one write of the partner.
 *
 * <p>Listed events are all checked before the write, so a seed with one bad event stores nothing.
 * Generated events are made of checked parameters and a fixed vocabulary, so their checks cannot
 * fail; they run as each event is generated, inside the write, so a large seed is never held in
 * memory twice.
 */
public final class SeedingBackend {
    private final Store store;
    private final Clock clock;
    private final Partners partners;
    private final EventsBackend events;
    private final SessionsBackend sessions;
    private final EventUsersBackend users;
    private final ParticipantsBackend participants;

    public SeedingBackend(Store store, Clock clock, Partners partners, EventsBackend events, SessionsBackend sessions,
                          EventUsersBackend users, ParticipantsBackend participants) {
        this.store = store;
        this.clock = clock;
        this.partners = partners;
        this.events = events;
        this.sessions = sessions;
        this.users = users;
        this.participants = participants;
    }

    /** An event of the seed, checked and ready to store. */
    private record PlannedEvent(NewEvent event, Template template, List<String> labels, List<Invitation> users,
                                List<PlannedSession> sessions) {
    }

    /** A session of the seed with its speakers and moderators as user ids, checked. */
    private record PlannedSession(NewSession session, List<SpeakerInput> speakers, List<String> moderatorIds) {
    }

    public SeedResult seed(SeedRequest request) {
        long started = System.nanoTime();
        long partnerId = request.partnerId();
        if (partners.find(partnerId).isEmpty()) {
            throw ApiErrors.partnerNotFound(partnerId);
        }
        PartnerData partner = store.partner(partnerId);
        SeedResult.Created created;
        if (request instanceof SeedRequest.Listed listed) {
            Planner planner = new Planner(partnerId, true);
            List<PlannedEvent> plan = new ArrayList<>(listed.events().size());
            for (int i = 0; i < listed.events().size(); i++) {
                plan.add(planner.plan("events[" + i + "]", listed.events().get(i)));
            }
            created = partner.write(() -> store(partner, plan.iterator()));
        } else {
            Generation generation = ((SeedRequest.Generated) request).generation();
            Planner planner = new Planner(partnerId, false);
            SeedGenerator generator = new SeedGenerator(generation);
            Iterator<PlannedEvent> plan = new Iterator<>() {
                private int left = generation.events();

                @Override
                public boolean hasNext() {
                    return left > 0;
                }

                @Override
                public PlannedEvent next() {
                    left--;
                    return planner.plan("", generator.next());
                }
            };
            created = partner.write(() -> store(partner, plan));
        }
        return new SeedResult(partnerId, created, (System.nanoTime() - started) / 1_000_000);
    }

    /** Stores checked events; runs under the partner's write lock and cannot fail. */
    private SeedResult.Created store(PartnerData partner, Iterator<PlannedEvent> plan) {
        Instant now = clock.instant();
        int eventCount = 0;
        int sessionCount = 0;
        int userCount = 0;
        int speakerCount = 0;
        int moderatorCount = 0;
        while (plan.hasNext()) {
            PlannedEvent planned = plan.next();
            Event event = events.insert(partner, planned.event(), planned.template(), planned.labels(), now);
            eventCount++;
            sessionCount += planned.template().sessions().size();
            for (Invitation invitation : planned.users()) {
                users.insert(partner, invitation.withEventId(event.id()), now);
            }
            userCount += planned.users().size();
            for (PlannedSession session : planned.sessions()) {
                Session stored = sessions.insert(partner, session.session().withEventId(event.id()), now);
                if (!session.speakers().isEmpty() || !session.moderatorIds().isEmpty()) {
                    participants.insert(partner, event.id(), stored.id(), session.speakers(), session.moderatorIds());
                }
                speakerCount += session.speakers().size();
                moderatorCount += session.moderatorIds().size();
            }
            sessionCount += planned.sessions().size();
        }
        return new SeedResult.Created(eventCount, sessionCount, userCount, speakerCount, moderatorCount);
    }

    /** Checks the events of one seed, remembering the users it has checked. */
    private final class Planner {
        private final long partnerId;
        private final boolean named;
        private final Map<NewEventUser, Invitation> checked = new HashMap<>();
        private final Map<String, String> userIdByEmail = new HashMap<>();

        /** {@code named}: errors name each field by its place in the request (listed events). */
        Planner(long partnerId, boolean named) {
            this.partnerId = partnerId;
            this.named = named;
        }

        PlannedEvent plan(String path, EventSeed seed) {
            Template template = events.check(path, seed.event());
            // The event is new, so its users need only be distinct among themselves (one id per email).
            Map<String, Integer> byUserId = new HashMap<>();
            List<Invitation> invitations = new ArrayList<>(seed.users().size());
            for (int k = 0; k < seed.users().size(); k++) {
                NewEventUser user = seed.users().get(k);
                String userPath = item(path, "users", k);
                Invitation invitation = checked.get(user);
                if (invitation == null) {
                    invitation = users.check(partnerId, userPath, user);
                    checked.put(user, invitation);
                    userIdByEmail.put(user.email(), invitation.userId());
                }
                Integer earlier = byUserId.putIfAbsent(invitation.userId(), k);
                if (earlier != null) {
                    throw ApiErrors.invalidArgument(JsonBody.name(userPath, "email") + " '" + user.email()
                            + "' repeats " + field(item(path, "users", earlier), "email") + ": one person is one user of an event");
                }
                invitations.add(invitation);
            }
            List<PlannedSession> planned = new ArrayList<>(seed.sessions().size());
            for (int j = 0; j < seed.sessions().size(); j++) {
                SessionSeed session = seed.sessions().get(j);
                String sessionPath = item(path, "sessions", j);
                sessions.check(sessionPath, session.session());
                List<SpeakerInput> speakers = new ArrayList<>(session.speakers().size());
                for (int s = 0; s < session.speakers().size(); s++) {
                    SpeakerInput speaker = session.speakers().get(s);
                    Invitation user = user(invitations, byUserId, field(item(sessionPath, "speakers", s), "email"),
                            speaker.userId(), EventRole.Speaker);
                    speakers.add(speaker.withUserId(user.userId()));
                }
                ParticipantsBackend.requireDistinct(field(sessionPath, "speakers"), "email", speakers);
                List<String> moderatorIds = new ArrayList<>(session.moderators().size());
                for (int m = 0; m < session.moderators().size(); m++) {
                    moderatorIds.add(user(invitations, byUserId, item(sessionPath, "moderators", m),
                            session.moderators().get(m), EventRole.Moderator).userId());
                }
                planned.add(new PlannedSession(session.session(), speakers, moderatorIds));
            }
            return new PlannedEvent(seed.event(), template, seed.labels(), invitations, planned);
        }

        /** The event's user a speaker or moderator names by email, who must hold the role the place needs. */
        private Invitation user(List<Invitation> invitations, Map<String, Integer> byUserId, String field,
                                String email, EventRole role) {
            String userId = userIdByEmail.computeIfAbsent(email, e -> EventUserIds.of(partnerId, e));
            Integer index = byUserId.get(userId);
            if (index == null) {
                throw ApiErrors.invalidArgument(field + " '" + email + "' is not the email of one of the event's users");
            }
            Invitation user = invitations.get(index);
            ParticipantsBackend.requireRole(field, userId, user.roles(), role);
            return user;
        }

        /** A field's name for errors; generated events have no names to give, so their fields go unnamed. */
        private String field(String path, String field) {
            return named ? JsonBody.name(path, field) : "";
        }

        /** The name of the {@code index}th item of a list field, for errors (see {@link #field}). */
        private String item(String path, String list, int index) {
            return named ? JsonBody.name(path, list + "[" + index + "]") : "";
        }
    }
}
