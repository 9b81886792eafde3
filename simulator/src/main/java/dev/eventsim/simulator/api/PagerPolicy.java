package dev.eventsim.simulator.api;

/**
 * How pagers are read: the two open questions of the contract, each a per-instance switch.
 * Defaults: a limit above the maximum is a 400; {@code offset} counts items.
 */
public record PagerPolicy(LimitMode limitMode, OffsetMode offsetMode) {

    public static final PagerPolicy DEFAULT = new PagerPolicy(LimitMode.reject, OffsetMode.items);

    /** What a limit above the maximum does. */
    public enum LimitMode {
        reject,
        clamp
    }

    /** What {@code offset} counts. */
    public enum OffsetMode {
        items,
        pages
    }

    /** Where a page starts and how long it is, once read. */
    public record Page(int start, int limit) {
    }

    /** Reads a {@code pager} object (absent: the defaults) against a default and a maximum limit. */
    public Page read(JsonBody pager, int defaultLimit, int maxLimit) {
        if (pager == null) {
            return new Page(0, defaultLimit);
        }
        pager.takingOnly(pager.path(), "offset", "limit");
        Long offset = pager.optionalLong("offset");
        Long limit = pager.optionalLong("limit");
        if (offset != null && offset < 0) {
            throw ApiErrors.invalidArgument(pager.name("offset") + " must be 0 or more, got " + offset);
        }
        if (limit != null && limit < 1) {
            throw ApiErrors.invalidArgument(pager.name("limit") + " must be at least 1, got " + limit);
        }
        if (limit != null && limit > maxLimit && limitMode == LimitMode.reject) {
            throw ApiErrors.invalidArgument(pager.name("limit") + " must be at most " + maxLimit + ", got " + limit);
        }
        int size = limit == null ? defaultLimit : (int) Math.min(limit, maxLimit);
        long first = offset == null ? 0 : offsetMode == OffsetMode.pages ? pageStart(offset, size) : offset;
        return new Page((int) Math.min(first, Integer.MAX_VALUE), size);
    }

    // A page index far past any data must not overflow into a negative start.
    private static long pageStart(long pageIndex, int size) {
        return pageIndex > Integer.MAX_VALUE / size ? Integer.MAX_VALUE : pageIndex * size;
    }
}
