package dev.eventsim.simulator.state;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
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

    /** The partner that holds an event id (event ids are unique across partners), if any. */
    public Optional<PartnerData> partnerHolding(long eventId) {
        for (PartnerData partner : partners.values()) {
            if (partner.read(() -> partner.events().containsKey(eventId))) {
                return Optional.of(partner);
            }
        }
        return Optional.empty();
    }

    /** Forgets one partner's data: its next use starts from an empty {@code PartnerData}. */
    public void resetPartner(long partnerId) {
        partners.remove(partnerId);
    }

    public Collection<PartnerData> partners() {
        return partners.values();
    }

    public IdGenerator ids() {
        return ids;
    }
}
