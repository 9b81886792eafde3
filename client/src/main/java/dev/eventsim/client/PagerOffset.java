package dev.eventsim.client;

/**
 * What {@code pager.offset} counts. The contract calls it a "page index" for events and team
 * members but "Offset (0-based)" for event users, and the guide says it skips results; the
 * paging helpers send whichever the service reads, and detect the wrong choice through
 * {@code totalCount}.
 */
public enum PagerOffset {
    /** The number of items to skip (the guide's reading, and the simulator's default). */
    ITEMS,
    /** A zero-based page index: the service skips {@code offset * limit} items. */
    PAGES
}
