package dev.eventsim.simulator.teammembers;

import dev.eventsim.simulator.state.TableRows;
import java.util.List;

/** A team as snapshots and the state file keep it: the members in creation order. */
public record TeamRows(List<TeamMember> members) implements TableRows {
    public TeamRows {
        members = List.copyOf(members);
    }

    @Override
    public int size() {
        return members.size();
    }
}
