package dev.eventsim.load.bench;

import java.util.Arrays;
import java.util.List;

/** Percentiles of latencies pooled over rounds (nearest rank), in milliseconds. */
final class Latencies {
    private final long[] sorted;

    Latencies(List<long[]> samples) {
        this.sorted = samples.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    }

    int count() {
        return sorted.length;
    }

    double percentileMillis(double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }
}
