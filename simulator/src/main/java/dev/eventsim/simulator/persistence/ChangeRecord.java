package dev.eventsim.simulator.persistence;

import dev.eventsim.simulator.auth.Partner;
import dev.eventsim.simulator.clock.SimClock;
import dev.eventsim.simulator.duplication.Progression;
import dev.eventsim.simulator.state.IdsImage;
import dev.eventsim.simulator.state.PartnerImage;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One record of the change log: the resulting state of what changed, never the request that
 * changed it (partners run concurrently and share the id generator's random stream, so replaying
 * requests in log order could hand out other ids than those answered). {@code data} holds each
 * changed partner's whole data (empty: forgotten); {@code whole} says it holds every partner (a
 * reset or a restore); the rest of a {@link SimulatorImage} goes with every record.
 */
public record ChangeRecord(
        boolean whole,
        List<PartnerImage> data,
        IdsImage ids,
        SimClock.Setting clock,
        Progression jobProgression,
        List<Partner> partners) {

    public ChangeRecord {
        data = List.copyOf(data);
        partners = List.copyOf(partners);
    }

    /** {@code image} with this change on top: the partners it holds replaced, everything else taken from it. */
    public SimulatorImage applyTo(SimulatorImage image) {
        Map<Long, PartnerImage> byId = new TreeMap<>();
        if (!whole) {
            image.data().forEach(p -> byId.put(p.partnerId(), p));
        }
        for (PartnerImage partner : data) {
            if (partner.holdsNothing()) {
                byId.remove(partner.partnerId());
            } else {
                byId.put(partner.partnerId(), partner);
            }
        }
        return new SimulatorImage(image.formatVersion(), image.simulatorVersion(), clock, ids, jobProgression,
                partners, List.copyOf(byId.values()));
    }
}
