package dev.eventsim.simulator.apptokens;

import dev.eventsim.simulator.state.TableRows;
import java.util.List;

/** A partner's application tokens as snapshots and the state file keep them, in creation order. */
public record AppTokenRows(List<AppToken> tokens) implements TableRows {
    public AppTokenRows {
        tokens = List.copyOf(tokens);
    }

    @Override
    public int size() {
        return tokens.size();
    }
}
