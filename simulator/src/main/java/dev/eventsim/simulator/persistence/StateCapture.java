package dev.eventsim.simulator.persistence;

import dev.eventsim.simulator.api.ApiErrors;
import dev.eventsim.simulator.auth.Partners;
import dev.eventsim.simulator.clock.SimClock;
import dev.eventsim.simulator.duplication.DuplicationBackend;
import dev.eventsim.simulator.state.IdsImage;
import dev.eventsim.simulator.state.PartnerImage;
import dev.eventsim.simulator.state.SimulatorState;
import dev.eventsim.simulator.state.Store;
import dev.eventsim.simulator.state.TableKinds;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Takes and puts back {@link SimulatorImage}s: of everything (every partner's data, ids, clock,
 * the jobs' default progression, the partner registry) or of one partner's data. A restore builds
 * the new state completely before it swaps it in, so a caller sees the old state or the new one;
 * takes and restores never overlap, so a save never catches a restore half done.
 */
public final class StateCapture {
    private final String version;
    private final Store store;
    private final SimClock clock;
    private final Partners partners;
    private final DuplicationBackend duplication;
    private final TableKinds kinds;

    public StateCapture(String version, Store store, SimClock clock, Partners partners,
                        DuplicationBackend duplication, TableKinds kinds) {
        this.version = version;
        this.store = store;
        this.clock = clock;
        this.partners = partners;
        this.duplication = duplication;
        this.kinds = kinds;
    }

    public TableKinds kinds() {
        return kinds;
    }

    public String version() {
        return version;
    }

    /**
     * A change-log record of the given partners' data ({@code whole}: every partner's), with the
     * ids, clock, progression and registry as they are now; never in the middle of a restore.
     */
    public synchronized ChangeRecord captureChanges(Collection<Long> partnerIds, boolean whole) {
        SimulatorState state = store.current();
        List<PartnerImage> data = new ArrayList<>();
        if (whole) {
            data.addAll(state.image(kinds));
        } else {
            for (long partnerId : partnerIds) {
                data.add(state.existingPartner(partnerId).map(p -> p.image(kinds))
                        .orElse(PartnerImage.empty(partnerId)));
            }
        }
        IdsImage ids = state.ids().image(); // after the data, as in capture()
        return new ChangeRecord(whole, data, ids, clock.setting(), duplication.defaultProgression(),
                List.copyOf(partners.all()));
    }

    public synchronized SimulatorImage capture() {
        SimulatorState state = store.current();
        List<PartnerImage> data = state.image(kinds);
        // Ids after the data: an id the data holds was handed out before, so it is below the next one.
        IdsImage ids = state.ids().image();
        return new SimulatorImage(SimulatorImage.FORMAT_VERSION, version, clock.setting(), ids,
                duplication.defaultProgression(), List.copyOf(partners.all()), data);
    }

    /** One partner's data, with the rest of the simulator as it stands (restoring it uses only the data and ids). */
    public synchronized SimulatorImage capturePartner(long partnerId) {
        if (partners.find(partnerId).isEmpty()) {
            throw ApiErrors.partnerNotFound(partnerId);
        }
        SimulatorState state = store.current();
        PartnerImage data = state.partner(partnerId).image(kinds);
        IdsImage ids = state.ids().image();
        return new SimulatorImage(SimulatorImage.FORMAT_VERSION, version, clock.setting(), ids,
                duplication.defaultProgression(), List.copyOf(partners.all()), List.of(data));
    }

    public synchronized void restore(SimulatorImage image) {
        SimulatorState state = SimulatorState.from(image.ids(), image.data(), kinds, store.changes());
        partners.restore(image.partners());
        store.replace(state);
        clock.restore(image.clock());
        duplication.setDefaultProgression(image.jobProgression());
    }

    /**
     * Replaces one partner's data with the image's, leaving every other partner, the clock and the
     * registry alone. Ids never go back: they move up to where the image had them, so nothing the
     * restored data holds is handed out again.
     */
    public synchronized void restorePartner(long partnerId, SimulatorImage image) {
        PartnerImage data = image.data().stream().filter(p -> p.partnerId() == partnerId).findFirst()
                .orElse(PartnerImage.empty(partnerId));
        SimulatorState state = store.current();
        state.ids().catchUpWith(image.ids());
        state.replacePartner(data, kinds);
    }
}
