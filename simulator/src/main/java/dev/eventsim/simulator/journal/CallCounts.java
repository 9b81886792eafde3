package dev.eventsim.simulator.journal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Exact call counts per operation and HTTP status; the journal's ring buffer may forget calls, these never do. */
final class CallCounts {
    private final Map<String, Map<Integer, long[]>> counts = new TreeMap<>();
    private long total;

    void add(String operation, int httpStatus) {
        counts.computeIfAbsent(operation, o -> new TreeMap<>()).computeIfAbsent(httpStatus, s -> new long[1])[0]++;
        total++;
    }

    long total() {
        return total;
    }

    JournalCounts view() {
        List<JournalCounts.OperationCounts> operations = new ArrayList<>();
        counts.forEach((operation, byStatus) -> {
            Map<String, Long> view = new TreeMap<>();
            long sum = 0;
            for (Map.Entry<Integer, long[]> entry : byStatus.entrySet()) {
                view.put(String.valueOf(entry.getKey()), entry.getValue()[0]);
                sum += entry.getValue()[0];
            }
            operations.add(new JournalCounts.OperationCounts(operation, sum, view));
        });
        return new JournalCounts(total, operations);
    }
}
