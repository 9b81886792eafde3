package dev.eventsim.simulator.faults;

import dev.eventsim.simulator.events.EventLimit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/** The event limits set through the control plane: one for every partner and each partner's own. */
public final class EventLimits implements EventLimit {
    private Map<Long, PartnerEventLimit> perPartner = new LinkedHashMap<>();
    private PartnerEventLimit everyPartner;

    /** Sets (replaces) the limit of one partner, or (null partner) of every partner without its own. */
    public synchronized PartnerEventLimit set(PartnerEventLimit limit) {
        if (limit.partnerId() == null) {
            everyPartner = limit;
        } else {
            perPartner.put(limit.partnerId(), limit);
        }
        return limit;
    }

    /** The limit for every partner first, if any, then each partner's own. */
    public synchronized List<PartnerEventLimit> all() {
        List<PartnerEventLimit> limits = new ArrayList<>();
        if (everyPartner != null) {
            limits.add(everyPartner);
        }
        limits.addAll(perPartner.values());
        return limits;
    }

    /** Removes one partner's own limit, or (null) every limit. */
    public synchronized void clear(Long partnerId) {
        if (partnerId == null) {
            reset();
        } else {
            perPartner.remove(partnerId);
        }
    }

    public synchronized void reset() {
        perPartner = new LinkedHashMap<>();
        everyPartner = null;
    }

    @Override
    public synchronized OptionalLong maxEvents(long partnerId) {
        PartnerEventLimit limit = perPartner.getOrDefault(partnerId, everyPartner);
        return limit == null ? OptionalLong.empty() : OptionalLong.of(limit.maxEvents());
    }
}
