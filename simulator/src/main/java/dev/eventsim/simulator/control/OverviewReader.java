package dev.eventsim.simulator.control;

import dev.eventsim.simulator.api.Timestamps;
import dev.eventsim.simulator.apptokens.AppToken;
import dev.eventsim.simulator.apptokens.AppTokensBackend;
import dev.eventsim.simulator.auth.SessionGuard;
import dev.eventsim.simulator.auth.Partner;
import dev.eventsim.simulator.auth.Partners;
import dev.eventsim.simulator.events.Event;
import dev.eventsim.simulator.events.EventTable;
import dev.eventsim.simulator.eventusers.EventRole;
import dev.eventsim.simulator.eventusers.EventUser;
import dev.eventsim.simulator.eventusers.EventUsers;
import dev.eventsim.simulator.lifecycle.LifecycleBackend;
import dev.eventsim.simulator.participants.Participants;
import dev.eventsim.simulator.participants.SessionParticipants;
import dev.eventsim.simulator.sessions.Session;
import dev.eventsim.simulator.sessions.SessionTable;
import dev.eventsim.simulator.state.PartnerData;
import dev.eventsim.simulator.state.Store;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Reads the overview of {@link Overview} from the state, each partner under its read lock, so
 * one partner's overview is consistent. Tables a partner never used are read as empty, never
 * created.
 */
final class OverviewReader {
    /** Sessions and users shown per event; the counts always cover them all. */
    static final int SESSIONS_PER_EVENT = 100;
    static final int USERS_PER_EVENT = 50;

    private final Store store;
    private final Partners partners;
    private final LifecycleBackend lifecycle;
    private final Clock clock;
    private final AppTokensBackend appTokens;
    private final SessionGuard sessions;

    OverviewReader(Store store, Partners partners, LifecycleBackend lifecycle, Clock clock, AppTokensBackend appTokens,
                   SessionGuard sessions) {
        this.store = store;
        this.partners = partners;
        this.lifecycle = lifecycle;
        this.clock = clock;
        this.appTokens = appTokens;
        this.sessions = sessions;
    }

    /** Every partner's overview, or one partner's; {@code limit} newest events each. */
    Overview read(Collection<Partner> which, int limit) {
        Instant now = clock.instant();
        long defaultId = partners.defaultPartner().id();
        List<Overview.PartnerOverview> overviews = new ArrayList<>();
        for (Partner partner : which) {
            PartnerData data = store.partner(partner.id());
            overviews.add(data.read(() -> partner(data, partner.id() == defaultId, limit, now)));
        }
        return new Overview(Timestamps.format(now), limit, overviews);
    }

    private Overview.PartnerOverview partner(PartnerData data, boolean isDefault, int limit, Instant now) {
        EventUsers users = first(data.tablesOf(EventUsers.class));
        SessionParticipants participants = first(data.tablesOf(SessionParticipants.class));
        EventTable table = data.existingTable(EventTable.class);
        SessionTable sessions = data.existingTable(SessionTable.class);
        List<Overview.EventOverview> events = new ArrayList<>();
        for (Event event : table == null ? List.<Event>of() : table.highestIds(limit)) {
            events.add(event(data, event, sessions, users, participants, now));
        }
        return new Overview.PartnerOverview(data.partnerId(), isDefault, table == null ? 0 : table.size(),
                sessions == null ? 0 : sessions.size(),
                events.size(), events, appTokens(data.partnerId()), endedSessions(data.partnerId()));
    }

    private List<Overview.AppTokenOverview> appTokens(long partnerId) {
        return appTokens.all(partnerId).stream().map(t -> new Overview.AppTokenOverview(t.id(), t.description(),
                t.hashType().name(), switch (t.status()) {
                    case AppToken.ACTIVE -> "active";
                    case AppToken.DISABLED -> "disabled";
                    default -> "deleted";
                }, t.sessionType(), t.sessionUserId(), t.sessionDuration(), t.sessionPrivileges(),
                Timestamps.format(t.createdAt()))).toList();
    }

    private List<Overview.EndedSessionOverview> endedSessions(long partnerId) {
        List<Overview.EndedSessionOverview> ended = new ArrayList<>();
        sessions.ended(partnerId).forEach(row -> ended.add(new Overview.EndedSessionOverview("ks",
                row.key().substring(0, 12), Timestamps.format(row.endedAt()), Timestamps.format(row.expiry()))));
        sessions.endedGroups(partnerId).forEach(row -> ended.add(new Overview.EndedSessionOverview("sessionid",
                row.key(), Timestamps.format(row.endedAt()), Timestamps.format(row.expiry()))));
        return ended;
    }

    private Overview.EventOverview event(PartnerData data, Event event, SessionTable table, EventUsers users,
                                         SessionParticipants participants, Instant now) {
        Map<String, Session> sessions = table == null ? Map.of() : table.of(event.id());
        List<Overview.SessionOverview> sessionViews = sessions.values().stream().limit(SESSIONS_PER_EVENT)
                .map(s -> session(s, participants == null ? Participants.NONE : participants.of(event.id(), s.id()),
                        users))
                .toList();
        Collection<EventUser> eventUsers = users == null ? List.of() : users.of(event.id());
        List<Overview.UserOverview> userViews = eventUsers.stream().limit(USERS_PER_EVENT)
                .map(u -> new Overview.UserOverview(u.id(), u.fullName(), u.email(),
                        u.roles().stream().map(EventRole::name).toList()))
                .toList();
        return new Overview.EventOverview(event.id(), event.name(), event.templateId(), event.timezone(),
                Timestamps.format(event.startDate()), Timestamps.format(event.endDate()),
                Timestamps.format(event.createdAt()), event.labels(), lifecycle.stateOf(data, event, now).name(),
                sessions.size(), sessionViews, eventUsers.size(), userViews);
    }

    private static Overview.SessionOverview session(Session session, Participants places, EventUsers users) {
        List<Overview.Participant> speakers = places.speakersInOrder().stream()
                .map(s -> new Overview.Participant(s.userId(), nameOf(users, session.eventId(), s.userId()), s.order()))
                .toList();
        List<Overview.Participant> moderators = places.moderatorIds().stream()
                .map(id -> new Overview.Participant(id, nameOf(users, session.eventId(), id), null))
                .toList();
        return new Overview.SessionOverview(session.id(), session.name(), session.type().name(),
                Timestamps.format(session.startDate()), Timestamps.format(session.endDate()), speakers, moderators);
    }

    private static String nameOf(EventUsers users, long eventId, String userId) {
        EventUser user = users == null ? null : users.find(eventId, userId);
        return user == null ? userId : user.fullName();
    }

    private static <T> T first(List<T> tables) {
        return tables.isEmpty() ? null : tables.get(0);
    }
}
