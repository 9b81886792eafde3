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
        tree.rootOf(eventId, root.id());
        tree.addChild(root.child(ids.nextCategoryId(), "ep_agenda_" + eventId, now), now);
        tree.addChild(root.child(ids.nextCategoryId(), "ep_private_" + eventId, now), now);
    }

    /** The event id a root category's name starts with ({@code 10001EP3f2a}), or 0 for another name. */
    static long eventOf(String rootName) {
        int ep = rootName.indexOf("EP");
        if (ep <= 0 || ep > 18) {
            return 0;
        }
        for (int i = 0; i < ep; i++) {
            if (!Character.isDigit(rootName.charAt(i))) {
                return 0;
            }
        }
        return Long.parseLong(rootName, 0, ep, 10);
    }
}
