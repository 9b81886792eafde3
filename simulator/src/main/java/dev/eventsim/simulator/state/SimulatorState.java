package dev.eventsim.simulator.state;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The whole mutable state of a simulator: every partner's data and the id generator. */
public final class SimulatorState {
    private final Map<Long, PartnerData> partners = new ConcurrentHashMap<>();
    private final IdGenerator ids;

    public SimulatorState(long seed) {
        this.ids = new IdGenerator(seed);
    }

    public PartnerData partner(long partnerId) {
        return partners.computeIfAbsent(partnerId, PartnerData::new);
    }

    public IdGenerator ids() {
        return ids;
    }
}
