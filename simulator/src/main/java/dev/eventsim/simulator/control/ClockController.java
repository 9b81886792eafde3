package dev.eventsim.simulator.control;

import dev.eventsim.simulator.admin.ControlPlane;
import dev.eventsim.simulator.api.ApiErrors;
import java.time.Duration;
import java.time.Instant;

/** {@code /__sim/clock}: read, freeze (optionally at an instant), resume, set, advance. */
public final class ClockController {
    private final ControlPlane control;

    public ClockController(ControlPlane control) {
        this.control = control;
    }

    public Object read(ControlRequest request) {
        return control.readClock();
    }

    /** Stops the clock, at {@code at} when given, else where it is. */
    public Object freeze(ControlRequest request) {
        Instant at = request.body().optionalInstant("at");
        return (at == null ? control.freezeClock() : control.freezeClockAt(at)).readClock();
    }

    public Object resume(ControlRequest request) {
        return control.resumeClock().readClock();
    }

    public Object set(ControlRequest request) {
        return control.setClock(request.body().requiredInstant("now")).readClock();
    }

    public Object advance(ControlRequest request) {
        Duration duration = Durations.read(request.body(), "duration");
        if (duration == null) {
            throw ApiErrors.missingField("duration");
        }
        return control.advanceClock(duration).readClock();
    }
}
