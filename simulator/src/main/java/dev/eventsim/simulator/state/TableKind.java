package dev.eventsim.simulator.state;

import java.util.function.Function;

/**
 * One kind of partner table, under a stable name (the key in snapshots and the state file): the
 * table's class, the class of its rows, and how to build a new table from rows.
 */
public record TableKind<R extends TableRows>(
        String name, Class<? extends PortableTable> tableType, Class<R> rowsType,
        Function<R, ? extends PortableTable> fromRows) {

    /** A new table holding {@code rows}, which must be of this kind's rows type. */
    public PortableTable restore(TableRows rows) {
        return fromRows.apply(rowsType.cast(rows));
    }
}
