package dev.eventsim.simulator.categories;

import dev.eventsim.simulator.state.IdGenerator;
import dev.eventsim.simulator.state.PartnerData;
import java.time.Instant;

/**
 * The categories the platform makes for every new event (docs/fidelity.md, "Operational quirks"):
 * {@code {eventId}EP{hex}} at the root, with {@code ep_agenda_{eventId}} and
 * {@code ep_private_{eventId}} under it. Deleting the event leaves all three behind.
 */
public final class EventCategories {
    private EventCategories() {
    }

    /**
     * Records the three categories of a new event. Every way of making an event (events/create,
     * duplication) calls this, under the partner's write lock, after its own checks.
     */
    public static void record(PartnerData partner, IdGenerator ids, long eventId, Instant now) {
        CategoryTree tree = partner.table(CategoryTree.class, CategoryTree::new);
        Category root = Category.root(ids.nextCategoryId(), partner.partnerId(),
                eventId + "EP" + ids.nextHex(4), now);
        tree.addRoot(root);
        tree.addChild(root.child(ids.nextCategoryId(), "ep_agenda_" + eventId, now), now);
        tree.addChild(root.child(ids.nextCategoryId(), "ep_private_" + eventId, now), now);
    }
}
