package dev.eventsim.simulator.api;

/** How full a cache is and its bounds, as {@code GET /metrics} shows them (docs/journal-and-metrics.md). */
public interface CacheSize {
    /** As the metrics' {@code cache} tag names it. */
    String name();

    int entries();

    /** An estimate of the bytes the entries hold, keys included. */
    long bytes();

    int maxEntries();

    long maxBytes();
}
