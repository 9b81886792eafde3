package dev.eventsim.simulator.admin;

import dev.eventsim.simulator.api.Timestamps;
import dev.eventsim.simulator.lifecycle.EventLifecycle;
import java.time.Instant;

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
