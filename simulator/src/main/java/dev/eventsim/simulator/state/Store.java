package dev.eventsim.simulator.state;

/**
 * Holds the current {@link SimulatorState}. A reset replaces it with a new one instead of
 * clearing fields, so no field added later can escape a reset.
 */
public final class Store {
    private final long seed;
    private final Changes changes = new Changes();
    private volatile SimulatorState current;

    public Store(long seed) {
        this.seed = seed;
        this.current = new SimulatorState(seed, changes);
    }

    /** Told of every change to the state this store holds, now and after any reset or swap. */
    public Changes changes() {
        return changes;
    }

    public SimulatorState current() {
        return current;
    }

    public PartnerData partner(long partnerId) {
        return current.partner(partnerId);
    }

    public IdGenerator ids() {
        return current.ids();
    }

    public void resetPartner(long partnerId) {
        current.resetPartner(partnerId);
    }

    /** Swaps in a whole new state at once (a restore); callers see the old state or the new one. */
    public void replace(SimulatorState state) {
        current = state;
        changes.everythingChanged();
    }

    public void reset() {
        current = new SimulatorState(seed, changes);
        changes.everythingChanged();
    }
}
