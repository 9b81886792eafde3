package dev.eventsim.simulator.state;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The registry of partner table kinds, by name and by table class. */
public final class TableKinds {
    private final Map<String, TableKind<?>> byName = new LinkedHashMap<>();
    private final Map<Class<?>, TableKind<?>> byType = new LinkedHashMap<>();

    public TableKinds(List<TableKind<?>> kinds) {
        for (TableKind<?> kind : kinds) {
            if (byName.put(kind.name(), kind) != null || byType.put(kind.tableType(), kind) != null) {
                throw new IllegalArgumentException("table kind " + kind.name() + " (" + kind.tableType().getName()
                        + ") is registered twice");
            }
        }
    }

    public List<TableKind<?>> all() {
        return List.copyOf(byName.values());
    }

    public Optional<TableKind<?>> named(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The kind of a table class; a table without one would escape snapshots, which is a bug. */
    public TableKind<?> of(Class<?> tableType) {
        TableKind<?> kind = byType.get(tableType);
        if (kind == null) {
            throw new IllegalStateException("partner table " + tableType.getName() + " has no TableKind: register "
                    + "one so that snapshots and the state file carry it");
        }
        return kind;
    }
}
