package dev.eventsim.simulator.journal;

import java.util.List;
import java.util.Map;

/** Every call recorded since the journal was last cleared, counted per operation and HTTP status. */
public record JournalCounts(long total, List<OperationCounts> operations) {

    /** One operation's calls: in all, and per HTTP status code. */
    public record OperationCounts(String operation, long total, Map<String, Long> byStatus) {
    }
}
