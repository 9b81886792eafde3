package dev.eventsim.simulator.control;

import dev.eventsim.simulator.api.ApiErrors;
import dev.eventsim.simulator.api.JsonBody;
import dev.eventsim.simulator.api.Timestamps;
import dev.eventsim.simulator.clock.SimClock;
import java.time.Instant;

/** Reads, freezes, sets, advances and resumes the simulator's one clock. */
public final class ClockController {
    private final SimClock clock;

    public ClockController(SimClock clock) {
        this.clock = clock;
    }

    /** The clock as the control plane shows it. */
    public record ClockView(String now, long epochMillis, boolean frozen) {
    }

    public Object read(ControlRequest request) {
        return view();
    }

    /** Stops the clock, at {@code at} when given, else where it is. */
    public Object freeze(ControlRequest request) {
        Instant at = request.body().optionalInstant("at");
        clock.freeze();
        if (at != null) {
            clock.set(at);
        }
        return view();
    }

    public Object resume(ControlRequest request) {
        clock.resume();
        return view();
    }

    public Object set(ControlRequest request) {
        clock.set(request.body().requiredInstant("now"));
        return view();
    }

    public Object advance(ControlRequest request) {
        JsonBody body = request.body();
        java.time.Duration duration = Durations.read(body, "duration");
        if (duration == null) {
            throw ApiErrors.missingField("duration");
        }
        if (duration.isNegative()) {
            throw ApiErrors.invalidArgument("duration must not be negative; use clock/set to go back in time");
        }
        clock.advance(duration);
        return view();
    }

    private ClockView view() {
        Instant now = clock.instant();
        return new ClockView(Timestamps.format(now), now.toEpochMilli(), clock.frozen());
    }
}
