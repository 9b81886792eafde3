package dev.eventsim.simulator.journal;

import java.util.List;

/**
 * An answer of the journal: the entries that matched (newest first), how many entries the ring
 * buffer holds and can hold, and how many calls were recorded since it was last cleared.
 */
public record JournalPage(List<JournalEntry> entries, int returned, int retained, int capacity, long recorded) {
}
