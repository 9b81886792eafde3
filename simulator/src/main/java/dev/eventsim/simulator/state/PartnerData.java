package dev.eventsim.simulator.state;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * Everything one partner owns: a table per feature, events and sessions included, each plugged in
 * through its {@link TableKind}. Backends read it under {@link #read} and change it under
 * {@link #write}; an operation validates everything before its first change, so a failed call
 * leaves nothing half-applied.
 */
public final class PartnerData {
    private final long partnerId;
    private final Changes changes;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<Class<?>, PortableTable> tables = new LinkedHashMap<>();
    /** The same tables for lookups without the monitor: every KS check reads one. */
    private final Map<Class<?>, PortableTable> byType = new ConcurrentHashMap<>();
    /** The table of the events themselves, once there is one: what event-scoped rows refer to. */
    private volatile EventRegistry events;

    PartnerData(long partnerId, Changes changes) {
        this.partnerId = partnerId;
        this.changes = changes;
    }

    /**
     * New data holding what {@code image} holds; it shares nothing mutable with the image. Refuses
     * (IllegalArgumentException) an image that does not hold together: an event of another partner,
     * or a row of an event-scoped table whose event the partner does not have.
     */
    static PartnerData from(PartnerImage image, TableKinds kinds, Changes changes) {
        PartnerData data = new PartnerData(image.partnerId(), changes);
        image.tables().forEach((name, rows) -> {
            TableKind<?> kind = kinds.named(name)
                    .orElseThrow(() -> new IllegalArgumentException("unknown table kind '" + name + "'"));
            data.add(kind.tableType(), kind.restore(rows));
        });
        data.checkEventsHeld();
        return data;
    }

    private void checkEventsHeld() {
        EventRegistry registry = events;
        if (registry != null) {
            registry.foreignEvent(partnerId).ifPresent(event -> {
                throw new IllegalArgumentException(event + ", not " + partnerId);
            });
        }
        for (PortableTable table : tables.values()) {
            if (table instanceof EventScoped scoped) {
                scoped.orphan(this::hasEvent).ifPresent(row -> {
                    throw new IllegalArgumentException(row + ", which partner " + partnerId + " does not have");
                });
            }
        }
    }

    /** Everything this partner holds, read under its lock; tables in the order of {@code kinds}. */
    public PartnerImage image(TableKinds kinds) {
        return read(() -> {
            Map<String, TableRows> rows = new LinkedHashMap<>();
            synchronized (this) {
                tables.keySet().forEach(kinds::of); // a table without a kind fails here rather than go missing
                for (TableKind<?> kind : kinds.all()) {
                    PortableTable table = tables.get(kind.tableType());
                    TableRows exported = table == null ? null : table.export();
                    if (exported != null && exported.size() > 0) {
                        rows.put(kind.name(), exported);
                    }
                }
            }
            return new PartnerImage(partnerId, Collections.unmodifiableMap(rows));
        });
    }

    public long partnerId() {
        return partnerId;
    }

    /** Whether the partner has this event. Call under {@link #read} or {@link #write}. */
    public boolean hasEvent(long eventId) {
        EventRegistry registry = events;
        return registry != null && registry.containsKey(eventId);
    }

    /**
     * The partner's table of a feature, created on first use. Features keep their own state here
     * so that a reset (which rebuilds every {@code PartnerData}) rebuilds theirs too, and a
     * snapshot saves theirs ({@link PortableTable}). Call under {@link #read} or {@link #write}.
     */
    public <T extends PortableTable> T table(Class<T> type, Supplier<T> create) {
        PortableTable table = byType.get(type);
        if (table == null) {
            synchronized (this) {
                table = tables.get(type);
                if (table == null) {
                    table = create.get();
                    add(type, table);
                }
            }
        }
        return type.cast(table);
    }

    private void add(Class<?> type, PortableTable table) {
        tables.put(type, table);
        byType.put(type, table);
        if (table instanceof EventRegistry registry) {
            events = registry;
        }
    }

    /** The partner's table of a feature if it was ever created, else null; it never creates one. */
    public <T extends PortableTable> T existingTable(Class<T> type) {
        return type.cast(byType.get(type));
    }

    /** Every table created so far that is also a {@code type}, for cascades other than events'. */
    public synchronized <T> List<T> tablesOf(Class<T> type) {
        List<T> found = new ArrayList<>();
        for (PortableTable table : tables.values()) {
            if (type.isInstance(table)) {
                found.add(type.cast(table));
            }
        }
        return found;
    }

    /**
     * Removes an event and everything that belongs to it: the event table drops it, then every
     * {@link EventScoped} table (sessions, event users, ...) forgets it. Call under {@link #write}.
     */
    public void forgetEvent(long eventId) {
        EventRegistry registry = events;
        if (registry != null) {
            registry.removeEvent(eventId);
        }
        for (PortableTable table : tables.values()) {
            if (table instanceof EventScoped scoped) {
                scoped.forgetEvent(eventId);
            }
        }
    }

    /** Lets every event-scoped table copy its part of a duplicated event. */
    public void copyEventScoped(EventCopy copy) {
        for (PortableTable table : tables.values()) {
            if (table instanceof EventScoped scoped) {
                scoped.copyEvent(copy);
            }
        }
    }

    /**
     * A change a table made under its own lock rather than {@link #write} (the KS guard's ended
     * KSes and call counts, checked on every call): logged as a write's change is, and waited for
     * the same way.
     */
    public void changedOutsideWrite() {
        changes.enter();
        try {
            changes.partnerChanged(partnerId);
        } finally {
            changes.exit();
        }
    }

    public <T> T read(Supplier<T> action) {
        changes.enter();
        try {
            lock.readLock().lock();
            try {
                return action.get();
            } finally {
                lock.readLock().unlock();
            }
        } finally {
            changes.exit();
        }
    }

    /**
     * Every change goes through here. With a state file, the change is logged once the lock is
     * released, and the outermost read or write waits for it (see {@link Changes}); a write that
     * failed is logged too: it should have changed nothing, and logging it costs nothing more.
     */
    public <T> T write(Supplier<T> action) {
        changes.enter();
        try {
            lock.writeLock().lock();
            try {
                return action.get();
            } finally {
                lock.writeLock().unlock();
                changes.partnerChanged(partnerId);
            }
        } finally {
            changes.exit();
        }
    }
}
