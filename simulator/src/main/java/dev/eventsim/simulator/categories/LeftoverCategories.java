package dev.eventsim.simulator.categories;

import dev.eventsim.simulator.state.PartnerData;
import dev.eventsim.simulator.state.Store;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What happens to the three categories of an event that events/delete deletes. The platform keeps
 * them (docs/fidelity.md), and so does the simulator by default, up to {@code max} per partner:
 * past it, the group left longest ago is removed and counted as dropped, so that a load test that
 * creates and deletes events for hours keeps a flat heap. {@code off} is a cap of 0: nothing is
 * left behind. See docs/core-api.md, "Categories left behind".
 */
public record LeftoverCategories(Mode mode, int max) {
    /** Large enough that no functional test comes near it; 3,334 deleted events of one partner. */
    public static final int DEFAULT_MAX = 10_000;

    public enum Mode { keep, off }

    public LeftoverCategories {
        if (max < 0) {
            throw new IllegalArgumentException("the leftover categories cap must be 0 or more, got " + max);
        }
    }

    public static LeftoverCategories defaults() {
        return new LeftoverCategories(Mode.keep, DEFAULT_MAX);
    }

    /** How many a partner may keep. */
    public int cap() {
        return mode == Mode.off ? 0 : max;
    }

    /** The categories removed so far to keep within the cap; a simulator reset does not zero it. */
    public static final class Dropped {
        private final AtomicLong count = new AtomicLong();

        public long count() {
            return count.get();
        }
    }

    /**
     * Marks the categories of an event just deleted as left behind, then drops the oldest groups past
     * the cap. Call under the partner's write lock, as events/delete does.
     */
    public void eventDeleted(PartnerData partner, long eventId, Instant now, Dropped dropped) {
        CategoryTree tree = partner.existingTable(CategoryTree.class);
        if (tree == null || tree.leaveBehind(eventId) == 0) {
            return;
        }
        while (tree.leftCount() > cap()) {
            int removed = tree.dropOldestLeft(now);
            if (removed == 0) {
                break;
            }
            dropped.count.addAndGet(removed);
        }
    }

    /** Categories left behind and kept, in every partner; read without the partners' locks, for a gauge. */
    public static long kept(Store store) {
        long kept = 0;
        for (PartnerData partner : store.current().partners()) {
            CategoryTree tree = partner.existingTable(CategoryTree.class);
            kept += tree == null ? 0 : tree.leftCount();
        }
        return kept;
    }
}
