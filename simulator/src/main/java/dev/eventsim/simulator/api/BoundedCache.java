package dev.eventsim.simulator.api;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Answers kept for the next call that asks the same, within a bound in entries and in bytes: when
 * one more would pass either, everything kept is forgotten and keeping starts over (the simplest
 * rule that stays bounded; a load test's working set refills it within a few calls). The bytes are
 * each entry's estimate, given by the caller. Reads take no lock; keeping does. Every bound and
 * every cache is listed in docs/journal-and-metrics.md, and {@code GET /metrics} shows each one's
 * size ({@code sim_cache_entries}, {@code sim_cache_bytes}).
 */
public final class BoundedCache<K, V> implements CacheSize {
    private final String name;
    private final int maxEntries;
    private final long maxBytes;
    private final Map<K, Kept<V>> kept = new ConcurrentHashMap<>();
    private long bytes;

    private record Kept<V>(V value, int bytes) {
    }

    public BoundedCache(String name, int maxEntries, long maxBytes) {
        this.name = name;
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes;
    }

    public V get(K key) {
        Kept<V> found = kept.get(key);
        return found == null ? null : found.value();
    }

    /** Keeps a value of about {@code size} bytes (key and value); one larger than a tenth of the bound is not kept. */
    public synchronized void put(K key, V value, int size) {
        if (size > maxBytes / 10) {
            return;
        }
        Kept<V> old = kept.remove(key);
        if (old != null) {
            bytes -= old.bytes();
        }
        if (kept.size() >= maxEntries || bytes + size > maxBytes) {
            kept.clear();
            bytes = 0;
        }
        kept.put(key, new Kept<>(value, size));
        bytes += size;
    }

    public synchronized void clear() {
        kept.clear();
        bytes = 0;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int entries() {
        return kept.size();
    }

    @Override
    public synchronized long bytes() {
        return bytes;
    }

    @Override
    public int maxEntries() {
        return maxEntries;
    }

    @Override
    public long maxBytes() {
        return maxBytes;
    }
}
