package dev.eventsim.simulator.admin;

import java.util.List;

/** {@code GET /__sim/health}: ready, version, uptime, the clock, and what each partner holds. */
public record Health(boolean ready, String version, long uptimeMillis, String clock, List<PartnerCounts> partners) {

    /** What one partner holds. */
    public record PartnerCounts(long partnerId, int events, int sessions) {
    }
}
