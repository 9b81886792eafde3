package dev.eventsim.simulator.state;

/**
 * A partner table that can be saved and put back: snapshots and the state file carry it. Every
 * table of {@link PartnerData} is one, and has a {@link TableKind} naming it, so no table can be
 * left out of a snapshot.
 */
public interface PortableTable {
    /** The table's contents now, as a value that shares nothing mutable with the table. */
    TableRows export();
}
