package dev.eventsim.simulator.categories;

/**
 * The core API's pager: {@code pageSize} (default 30, at most 500) and a 1-based {@code pageIndex}.
 * Out-of-range values are brought into range rather than refused, as the core API's pager does.
 */
public record CategoryPager(int pageSize, int pageIndex) {
    public static final int DEFAULT_PAGE_SIZE = 30;
    public static final int MAX_PAGE_SIZE = 500;

    /** A pager from the values sent (null when absent). */
    public static CategoryPager of(Integer pageSize, Integer pageIndex) {
        int size = pageSize == null || pageSize <= 0 ? DEFAULT_PAGE_SIZE : Math.min(pageSize, MAX_PAGE_SIZE);
        int index = pageIndex == null ? 1 : Math.max(1, pageIndex);
        return new CategoryPager(size, index);
    }

    long offset() {
        return (long) (pageIndex - 1) * pageSize;
    }
}
