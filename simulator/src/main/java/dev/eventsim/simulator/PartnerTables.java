package dev.eventsim.simulator;

import dev.eventsim.simulator.apptokens.AppTokensBackend;
import dev.eventsim.simulator.auth.SessionGuard;
import dev.eventsim.simulator.categories.CategoriesBackend;
import dev.eventsim.simulator.duplication.DuplicationBackend;
import dev.eventsim.simulator.events.EventsBackend;
import dev.eventsim.simulator.eventusers.EventUsersBackend;
import dev.eventsim.simulator.lifecycle.LifecycleBackend;
import dev.eventsim.simulator.participants.ParticipantsBackend;
import dev.eventsim.simulator.sessions.SessionsBackend;
import dev.eventsim.simulator.state.TableKinds;
import dev.eventsim.simulator.teammembers.TeamMembersBackend;
import java.util.List;

/**
 * Every kind of partner table, which snapshots and the state file carry in this order: events
 * first, then sessions, then the rest. A new table adds its kind here; a table without one makes a
 * snapshot fail loudly instead of being left out.
 */
final class PartnerTables {
    private PartnerTables() {
    }

    static TableKinds all() {
        return new TableKinds(List.of(
                EventsBackend.TABLE,
                SessionsBackend.TABLE,
                TeamMembersBackend.TABLE,
                EventUsersBackend.TABLE,
                ParticipantsBackend.TABLE,
                CategoriesBackend.TABLE,
                LifecycleBackend.TABLE,
                DuplicationBackend.TABLE,
                AppTokensBackend.TABLE,
                SessionGuard.TABLE));
    }
}
