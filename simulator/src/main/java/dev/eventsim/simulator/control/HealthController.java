package dev.eventsim.simulator.control;

import dev.eventsim.simulator.api.Timestamps;
import dev.eventsim.simulator.auth.Partner;
import dev.eventsim.simulator.auth.Partners;
import dev.eventsim.simulator.clock.SimClock;
import dev.eventsim.simulator.state.PartnerData;
import dev.eventsim.simulator.state.Store;
import java.util.ArrayList;
import java.util.List;

/** {@code GET /__sim/health}: ready, version, uptime, and what each partner holds. */
public final class HealthController {
    private final String version;
    private final long startedNanos = System.nanoTime();
    private final Store store;
    private final Partners partners;
    private final SimClock clock;

    public HealthController(String version, Store store, Partners partners, SimClock clock) {
        this.version = version;
        this.store = store;
        this.partners = partners;
        this.clock = clock;
    }

    /** What one partner holds. */
    public record PartnerCounts(long partnerId, int events, int sessions) {
    }

    /** The health answer. */
    public record Health(boolean ready, String version, long uptimeMillis, String clock, List<PartnerCounts> partners) {
    }

    public Object health(ControlRequest request) {
        List<PartnerCounts> counts = new ArrayList<>();
        for (Partner partner : partners.all()) {
            PartnerData data = store.partner(partner.id());
            counts.add(data.read(() -> new PartnerCounts(partner.id(), data.events().size(), data.sessionCount())));
        }
        long uptime = (System.nanoTime() - startedNanos) / 1_000_000;
        return new Health(true, version, uptime, Timestamps.format(clock.instant()), counts);
    }
}
