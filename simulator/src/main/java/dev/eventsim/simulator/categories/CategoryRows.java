package dev.eventsim.simulator.categories;

import dev.eventsim.simulator.state.TableRows;
import java.util.List;

/** A partner's categories as snapshots and the state file keep them, in id order. */
public record CategoryRows(List<Category> categories) implements TableRows {
    public CategoryRows {
        categories = List.copyOf(categories);
    }

    @Override
    public int size() {
        return categories.size();
    }
}
