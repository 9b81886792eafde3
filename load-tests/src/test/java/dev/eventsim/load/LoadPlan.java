package dev.eventsim.load;

import java.time.Duration;

/**
 * How much load a run sends and what it must achieve, from the knobs: each simulation gives its
 * defaults for the simulator; a real region gets low defaults instead, and values above its hard
 * caps are refused before anything is sent.
 */
final class LoadPlan {
    /** Percentile limits in milliseconds ({@code -Dp95Ms}, {@code -Dp99Ms} override them). */
    record Thresholds(int p95Ms, int p99Ms) {
        static final Thresholds LOOPBACK = new Thresholds(500, 1000);
        static final Thresholds REAL_REGION = new Thresholds(2000, 4000);
    }

    private final Knobs knobs;
    private final boolean realRegion;

    LoadPlan(Knobs knobs, Target target) {
        this.knobs = knobs;
        this.realRegion = target.realRegion();
        // refused now, before the simulation builds its scenarios, rather than in the middle
        if (realRegion && System.getProperty("rate") != null) {
            refuseAboveCap("rate", knobs.decimal("rate", RemoteService.DEFAULT_RATE));
        }
        if (realRegion && System.getProperty("users") != null) {
            refuseAboveCap("users", knobs.integer("users", 1));
        }
    }

    /** Arriving users per second ({@code -Drate}); a real region gets 1 by default and at most 5. */
    double rate(double onSimulator) {
        double rate = knobs.decimal("rate", realRegion ? RemoteService.DEFAULT_RATE : onSimulator);
        if (rate <= 0) {
            throw new IllegalArgumentException("-Drate must be above 0, got " + rate);
        }
        return refuseAboveCap("rate", rate);
    }

    /** Concurrent or burst users ({@code -Dusers}); a real region gets 1 by default and at most 5. */
    int users(int onSimulator) {
        int users = knobs.integer("users", realRegion ? 1 : onSimulator);
        if (users < 1) {
            throw new IllegalArgumentException("-Dusers must be 1 or more, got " + users);
        }
        return (int) refuseAboveCap("users", users);
    }

    /** {@code -Dduration}, seconds at full load. */
    Duration duration(double seconds) {
        return knobs.seconds("duration", seconds);
    }

    /** {@code -Dramp}, seconds to reach full load (for the spike: how long the burst arrives over). */
    Duration ramp(double seconds) {
        return knobs.seconds("ramp", seconds);
    }

    /** {@code -DseedEvents}, events created before the run; at most 15 by default on a real region. */
    int seedEvents(int onSimulator) {
        return knobs.integer("seedEvents", realRegion ? Math.min(onSimulator, 15) : onSimulator);
    }

    /** {@code -DmaxErrorPercent}: none on the simulator, 1 % on a real region by default. */
    double maxErrorPercent() {
        return knobs.decimal("maxErrorPercent", realRegion ? 1 : 0);
    }

    Thresholds thresholds(Thresholds onSimulator) {
        Thresholds defaults = realRegion ? Thresholds.REAL_REGION : onSimulator;
        return new Thresholds(knobs.integer("p95Ms", defaults.p95Ms()), knobs.integer("p99Ms", defaults.p99Ms()));
    }

    /** {@code -DmaxDuration}: the run is stopped then whatever happens (default: planned + 2 minutes). */
    Duration maxDuration(Duration planned) {
        return knobs.seconds("maxDuration", planned.toMillis() / 1000.0 + 120);
    }

    private double refuseAboveCap(String knob, double value) {
        if (realRegion && value > RemoteService.MAX_RATE) {
            throw new RunRefused("Refusing -D" + knob + "=" + value + " against a real region: the hard cap is "
                    + RemoteService.MAX_RATE);
        }
        return value;
    }
}
