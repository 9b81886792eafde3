package dev.eventsim.simulator.control;

import dev.eventsim.simulator.api.Timestamps;
import dev.eventsim.simulator.lifecycle.EventLifecycle;
import dev.eventsim.simulator.lifecycle.LifecycleBackend;
import java.time.Instant;

/** Reads an event's lifecycle state, publishes and cancels events. */
public final class LifecycleController {
    private final LifecycleBackend backend;

    public LifecycleController(LifecycleBackend backend) {
        this.backend = backend;
    }

    /** An event's lifecycle as the control plane shows it. */
    public record LifecycleView(long eventId, long partnerId, String state, String publishedAt, String cancelledAt,
                                String startDate, String endDate) {
        static LifecycleView of(EventLifecycle l) {
            return new LifecycleView(l.eventId(), l.partnerId(), l.state().name(), format(l.publishedAt()),
                    format(l.cancelledAt()), format(l.startDate()), format(l.endDate()));
        }

        private static String format(Instant instant) {
            return instant == null ? null : Timestamps.format(instant);
        }
    }

    public Object read(ControlRequest request) {
        return LifecycleView.of(backend.read(request.pathLong("eventId")));
    }

    public Object publish(ControlRequest request) {
        return LifecycleView.of(backend.publish(request.pathLong("eventId")));
    }

    public Object cancel(ControlRequest request) {
        return LifecycleView.of(backend.cancel(request.pathLong("eventId")));
    }
}
