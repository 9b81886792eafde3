package dev.eventsim.simulator.participants;

import dev.eventsim.simulator.api.ApiErrors;
import dev.eventsim.simulator.eventusers.EventRole;
import dev.eventsim.simulator.eventusers.EventUser;
import dev.eventsim.simulator.eventusers.EventUsers;
import dev.eventsim.simulator.eventusers.EventUsersBackend;
import dev.eventsim.simulator.participants.ParticipantList.ListedSpeaker;
import dev.eventsim.simulator.sessions.SessionsBackend;
import dev.eventsim.simulator.state.PartnerData;
import dev.eventsim.simulator.state.Store;
import dev.eventsim.simulator.state.TableKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Speakers and moderators of sessions: their rules and their state. Each call is all-or-nothing:
 * every entry is checked before the first change.
 */
public final class ParticipantsBackend {
    /** The session participants table, as snapshots and the state file name it. */
    public static final TableKind<SessionParticipantRows> TABLE = new TableKind<>("sessionParticipants",
            SessionParticipants.class, SessionParticipantRows.class, SessionParticipants::new);

    /** The contract's limit on each list of one call. */
    static final int MAX_PER_CALL = 10;

    private final Store store;

    public ParticipantsBackend(Store store) {
        this.store = store;
    }

    public void add(long partnerId, ParticipantsAddition add) {
        requireAtMostTen("speakers", add.speakers());
        requireAtMostTen("moderatorIds", add.moderatorIds());
        requireDistinct("speakers", "userId", add.speakers());
        PartnerData partner = store.partner(partnerId);
        partner.write(() -> {
            requireSession(partner, add.eventId(), add.sessionId());
            EventUsers users = EventUsersBackend.users(partner);
            for (int i = 0; i < add.speakers().size(); i++) {
                requireRole(users, add.eventId(), "speakers[" + i + "].userId", add.speakers().get(i).userId(),
                        EventRole.Speaker);
            }
            for (int i = 0; i < add.moderatorIds().size(); i++) {
                requireRole(users, add.eventId(), "moderatorIds[" + i + "]", add.moderatorIds().get(i),
                        EventRole.Moderator);
            }
            insert(partner, add.eventId(), add.sessionId(), add.speakers(), add.moderatorIds());
            return null;
        });
    }

    /**
     * Adds speakers and moderators who passed the checks of {@link #add} (each holds the event
     * role the place needs) to a session that exists. Call under the partner's write lock.
     */
    public void insert(PartnerData partner, long eventId, String sessionId, List<SpeakerInput> speakers,
                       List<String> moderatorIds) {
        SessionParticipants table = participants(partner);
        table.put(eventId, sessionId, table.of(eventId, sessionId).withSpeakers(speakers).withModerators(moderatorIds));
    }

    public void remove(long partnerId, ParticipantsRemoval removal) {
        requireAtMostTen("speakerIds", removal.speakerIds());
        requireAtMostTen("moderatorIds", removal.moderatorIds());
        PartnerData partner = store.partner(partnerId);
        partner.write(() -> {
            requireSession(partner, removal.eventId(), removal.sessionId());
            SessionParticipants table = participants(partner);
            Participants current = table.of(removal.eventId(), removal.sessionId());
            for (int i = 0; i < removal.speakerIds().size(); i++) {
                requireSpeaker(current, "speakerIds[" + i + "]", removal.speakerIds().get(i), removal.sessionId());
            }
            for (int i = 0; i < removal.moderatorIds().size(); i++) {
                String userId = removal.moderatorIds().get(i);
                if (!current.moderatorIds().contains(userId)) {
                    throw ApiErrors.notAModerator("moderatorIds[" + i + "]", userId, removal.sessionId());
                }
            }
            table.put(removal.eventId(), removal.sessionId(),
                    current.withoutSpeakers(removal.speakerIds()).withoutModerators(removal.moderatorIds()));
            return null;
        });
    }

    /** Changes the sent fields of speakers already on the session. */
    public void update(long partnerId, SpeakerChanges changes) {
        requireAtMostTen("speakers", changes.speakers());
        requireDistinct("speakers", "userId", changes.speakers());
        PartnerData partner = store.partner(partnerId);
        partner.write(() -> {
            requireSession(partner, changes.eventId(), changes.sessionId());
            SessionParticipants table = participants(partner);
            Participants current = table.of(changes.eventId(), changes.sessionId());
            for (int i = 0; i < changes.speakers().size(); i++) {
                requireSpeaker(current, "speakers[" + i + "].userId", changes.speakers().get(i).userId(),
                        changes.sessionId());
            }
            table.put(changes.eventId(), changes.sessionId(), current.withSpeakers(changes.speakers()));
            return null;
        });
    }

    /** Speakers by display order, moderators in the order they were added, each with their profile. */
    public ParticipantList list(long partnerId, long eventId, String sessionId) {
        PartnerData partner = store.partner(partnerId);
        return partner.read(() -> {
            requireSession(partner, eventId, sessionId);
            EventUsers users = EventUsersBackend.users(partner);
            Participants current = participants(partner).of(eventId, sessionId);
            // Cascades keep every participant an event user; a miss here is a simulator bug, so fail loudly.
            List<ListedSpeaker> speakers = current.speakersInOrder().stream()
                    .map(s -> new ListedSpeaker(s, Objects.requireNonNull(users.find(eventId, s.userId()))))
                    .toList();
            List<EventUser> moderators = current.moderatorIds().stream()
                    .map(id -> Objects.requireNonNull(users.find(eventId, id)))
                    .toList();
            return new ParticipantList(speakers, moderators);
        });
    }

    private static SessionParticipants participants(PartnerData partner) {
        return partner.table(SessionParticipants.class, SessionParticipants::new);
    }

    private static void requireSession(PartnerData partner, long eventId, String sessionId) {
        if (!partner.hasEvent(eventId)) {
            throw ApiErrors.eventNotFound(eventId);
        }
        // Only the event's own sessions count: another event's session id is unknown here. The one
        // import back up the layers, knowingly (docs/architecture.md): sessions/speakerList reads the
        // participants, and the participants read the session they belong to.
        if (!SessionsBackend.sessions(partner).of(eventId).containsKey(sessionId)) {
            throw ApiErrors.sessionNotFound(sessionId, eventId);
        }
    }

    private static void requireRole(EventUsers users, long eventId, String field, String userId, EventRole role) {
        EventUser user = users.find(eventId, userId);
        if (user == null) {
            throw ApiErrors.eventUserNotFound(field, userId, eventId);
        }
        requireRole(field, userId, user.roles(), role);
    }

    /** A session speaker must hold the event's Speaker role, a moderator its Moderator role. */
    public static void requireRole(String field, String userId, List<EventRole> held, EventRole role) {
        if (!held.contains(role)) {
            throw ApiErrors.missingEventRole(field, userId, role.name());
        }
    }

    private static void requireSpeaker(Participants current, String field, String userId, String sessionId) {
        if (!current.speakers().containsKey(userId)) {
            throw ApiErrors.notASpeaker(field, userId, sessionId);
        }
    }

    private static void requireAtMostTen(String field, List<?> items) {
        if (items.size() > MAX_PER_CALL) {
            throw ApiErrors.tooManyItems(field, items.size(), MAX_PER_CALL);
        }
    }

    /**
     * One call naming a speaker twice would give two answers for one place: refuse it rather than
     * pick one. {@code field} names the list, {@code userField} the field of an entry that says who.
     */
    public static void requireDistinct(String field, String userField, List<SpeakerInput> speakers) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < speakers.size(); i++) {
            Integer first = seen.putIfAbsent(speakers.get(i).userId(), i);
            if (first != null) {
                throw ApiErrors.invalidArgument(field + "[" + i + "]." + userField + " repeats "
                        + field + "[" + first + "]." + userField);
            }
        }
    }
}
