package dev.eventsim.simulator.coreapi;

/**
 * {@code KalturaFilterPager}: {@code pageSize} (default 30; above 500 served as 500, as the core
 * API caps it; zero or less the default) and {@code pageIndex} (1-based; zero or less is 1).
 */
public record Pager(int pageSize, int pageIndex) {
    public static final int DEFAULT_SIZE = 30;
    public static final int MAX_SIZE = 500;

    public static Pager of(CoreParams pager) {
        Integer size = pager.intValue("pageSize");
        Integer index = pager.intValue("pageIndex");
        int pageSize = size == null || size <= 0 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
        int pageIndex = index == null || index <= 0 ? 1 : index;
        return new Pager(pageSize, pageIndex);
    }

    /** The index of the page's first item, capped so that a far page is empty rather than an overflow. */
    public long offset() {
        return (long) (pageIndex - 1) * pageSize;
    }
}
