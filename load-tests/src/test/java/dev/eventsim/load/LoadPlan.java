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
    private final double maxRps;
    private final Duration pollInterval;
    private final Duration pollTimeout;
    private String demand = "";

    LoadPlan(Knobs knobs, Target target) {
        this.knobs = knobs;
        this.realRegion = target.realRegion();
        this.maxRps = target instanceof RemoteService remote ? remote.maxRps() : 0;
        this.pollInterval = knobs.seconds("pollInterval", realRegion ? 5 : 0.1);
        this.pollTimeout = knobs.seconds("pollTimeout", realRegion ? 300 : 30);
        // refused now, before the simulation builds its scenarios, rather than in the middle
        if (realRegion && System.getProperty("rate") != null) {
            refuseAboveCap("rate", knobs.decimal("rate", RemoteService.DEFAULT_RATE));
        }
        if (realRegion && System.getProperty("users") != null) {
            refuseAboveCap("users", knobs.integer("users", 1));
        }
    }

    /**
     * Arriving users per second ({@code -Drate}), each sending at most {@code requestsPerUser}
     * requests. Under a throttle ({@code maxRps}, always on a real region) the plan never asks more
     * than it: users queued behind a throttle wait unmeasured (Gatling counts no throttle wait in a
     * response time) and run into {@code maxDuration}. So the default is at most 1 user/s and at
     * most {@code maxRps / requestsPerUser}, and a {@code -Drate} above that is refused.
     */
    double rate(double onSimulator, int requestsPerUser) {
        double highest = maxRps > 0 ? maxRps / requestsPerUser : Double.MAX_VALUE;
        double rate = knobs.decimal("rate", realRegion ? Math.min(RemoteService.DEFAULT_RATE, highest) : onSimulator);
        if (rate <= 0) {
            throw new IllegalArgumentException("-Drate must be above 0, got " + rate);
        }
        refuseAboveCap("rate", rate);
        if (rate > highest * (1 + 1e-9)) {
            throw new RunRefused("Refusing -Drate=" + rate + ": each user sends up to " + requestsPerUser
                    + " requests, so more than " + format(highest) + " users/s would ask more than -DmaxRps="
                    + format(maxRps) + " allows");
        }
        demand = format(rate) + " users/s x up to " + requestsPerUser + " requests = up to "
                + format(rate * requestsPerUser) + " requests/s" + (maxRps > 0 ? " (cap " + format(maxRps) + ")" : "");
        return rate;
    }

    /** The most events/duplicateStatus polls one duplication makes: the first, then one per interval. */
    int maxPolls() {
        if (pollInterval.isZero()) {
            return Integer.MAX_VALUE / 2;
        }
        return 1 + (int) Math.ceil((double) pollTimeout.toMillis() / pollInterval.toMillis());
    }

    /** {@code -DpollInterval}, seconds between duplicateStatus polls (5 on a real region). */
    Duration pollInterval() {
        return pollInterval;
    }

    /** {@code -DpollTimeout}, when a user gives up waiting for a copy (the guide's 5 minutes on a real region). */
    Duration pollTimeout() {
        return pollTimeout;
    }

    /** What the run will ask of the target, once {@link #rate} was read; empty before. */
    String demand() {
        return demand;
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

    /**
     * {@code -DmaxDuration}: the run is stopped then whatever happens. By default the last user to
     * arrive has the whole poll timeout and 2 minutes more, so no user is cut off mid-poll.
     */
    Duration maxDuration(Duration planned) {
        return knobs.seconds("maxDuration", planned.plus(pollTimeout).toMillis() / 1000.0 + 120);
    }

    private static String format(double value) {
        return java.math.BigDecimal.valueOf(value).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
    }

    private double refuseAboveCap(String knob, double value) {
        if (realRegion && value > RemoteService.MAX_RATE) {
            throw new RunRefused("Refusing -D" + knob + "=" + value + " against a real region: the hard cap is "
                    + RemoteService.MAX_RATE);
        }
        return value;
    }
}
