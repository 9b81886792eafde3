package dev.eventsim.simulator.categories;

/**
 * A category as the core API writes a {@code KalturaCategory}: times in unix seconds,
 * {@code objectType} last as in its JSON. The simulator's categories hold no entries and are
 * always active (status 2). The entries they count are the event sessions published in them.
 */
record CategoryView(
        long id,
        long parentId,
        int depth,
        long partnerId,
        String name,
        String fullName,
        String fullIds,
        int entriesCount,
        long createdAt,
        long updatedAt,
        int status,
        int directEntriesCount,
        int directSubCategoriesCount,
        String objectType) {

    private static final int ACTIVE = 2;

    /** {@code entries}: {@code [direct, with the categories under it]}, or null when it holds none. */
    static CategoryView of(Category c, int[] entries) {
        return new CategoryView(c.id(), c.parentId(), c.depth(), c.partnerId(), c.name(), c.fullName(), c.fullIds(),
                entries == null ? 0 : entries[1], c.createdAt().getEpochSecond(), c.updatedAt().getEpochSecond(), ACTIVE,
                entries == null ? 0 : entries[0], c.directSubCategoriesCount(), "KalturaCategory");
    }
}
