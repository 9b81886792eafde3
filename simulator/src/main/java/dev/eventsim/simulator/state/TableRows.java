package dev.eventsim.simulator.state;

/**
 * What a partner table saves of itself: an immutable, Jackson-friendly value (a record of lists of
 * records). The same value is kept by an in-memory snapshot and written to the state file, so the
 * two cannot diverge.
 */
public interface TableRows {
    /** How many rows it holds, for the counts a snapshot shows; an empty table is not saved. */
    int size();
}
