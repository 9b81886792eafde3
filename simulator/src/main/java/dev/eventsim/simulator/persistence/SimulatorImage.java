package dev.eventsim.simulator.persistence;

import dev.eventsim.simulator.auth.Partner;
import dev.eventsim.simulator.clock.SimClock;
import dev.eventsim.simulator.duplication.Progression;
import dev.eventsim.simulator.state.IdsImage;
import dev.eventsim.simulator.state.PartnerImage;
import java.util.List;

/**
 * The whole simulator as a value: what a named snapshot keeps in memory and what the state file
 * holds, field for field, so the two cannot diverge. {@code data} holds the partners that hold
 * something (a partner snapshot: that partner only); {@code partners} is the partner registry,
 * secrets included.
 */
public record SimulatorImage(
        int formatVersion,
        String simulatorVersion,
        SimClock.Setting clock,
        IdsImage ids,
        Progression jobProgression,
        List<Partner> partners,
        List<PartnerImage> data) {

    /** The version of the layout; a file of a newer one is refused rather than half read. */
    public static final int FORMAT_VERSION = 2;

    public SimulatorImage {
        partners = List.copyOf(partners);
        data = List.copyOf(data);
    }
}
