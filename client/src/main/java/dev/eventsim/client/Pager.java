package dev.eventsim.client;

/**
 * One page of a list: {@code offset} (see {@link PagerOffset} for what it counts) and
 * {@code limit}, the page size (1 to 15 for events; the contract's default is 5 for events and
 * 30 for team members and event users).
 */
public record Pager(int offset, int limit) {

    public Pager {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative, got " + offset);
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
    }

    public static Pager of(int offset, int limit) {
        return new Pager(offset, limit);
    }

    public static Pager first(int limit) {
        return new Pager(0, limit);
    }
}
