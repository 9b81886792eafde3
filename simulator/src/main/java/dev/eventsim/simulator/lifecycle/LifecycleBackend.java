package dev.eventsim.simulator.lifecycle;

import dev.eventsim.simulator.api.ApiErrors;
import dev.eventsim.simulator.events.Event;
import dev.eventsim.simulator.events.EventsBackend;
import dev.eventsim.simulator.state.PartnerData;
import dev.eventsim.simulator.state.Store;
import dev.eventsim.simulator.state.TableKind;
import java.time.Clock;
import java.time.Instant;

/**
 * The event lifecycle: draft until published; then scheduled, live and ended follow from the
 * clock against the event's dates; cancelled on request, for good.
 */
public final class LifecycleBackend {
    /** The lifecycle marks table, as snapshots and the state file name it. */
    public static final TableKind<LifecycleRows> TABLE =
            new TableKind<>("eventLifecycles", Lifecycles.class, LifecycleRows.class, Lifecycles::new);

    private final Store store;
    private final Clock clock;

    public LifecycleBackend(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public EventLifecycle read(long eventId) {
        PartnerData partner = partnerOf(eventId);
        return partner.read(() -> lifecycle(partner, eventId));
    }

    /** Publishes a draft; publishing again changes nothing; a cancelled event cannot be published. */
    public EventLifecycle publish(long eventId) {
        PartnerData partner = partnerOf(eventId);
        return partner.write(() -> {
            Lifecycles table = partner.table(Lifecycles.class, Lifecycles::new);
            Lifecycles.Marks marks = table.of(eventId);
            if (marks.cancelledAt() != null) {
                throw ApiErrors.conflict("Event " + eventId + " is cancelled and cannot be published");
            }
            if (marks.publishedAt() == null) {
                table.put(eventId, new Lifecycles.Marks(clock.instant(), null));
            }
            return lifecycle(partner, eventId);
        });
    }

    /** Cancels an event, published or not; cancelling again changes nothing. */
    public EventLifecycle cancel(long eventId) {
        PartnerData partner = partnerOf(eventId);
        return partner.write(() -> {
            Lifecycles table = partner.table(Lifecycles.class, Lifecycles::new);
            Lifecycles.Marks marks = table.of(eventId);
            if (marks.cancelledAt() == null) {
                table.put(eventId, new Lifecycles.Marks(marks.publishedAt(), clock.instant()));
            }
            return lifecycle(partner, eventId);
        });
    }

    /**
     * The state of one of the partner's events at {@code now}, for readers that walk many events
     * at once (the dashboard's overview). Call under the partner's lock; creates nothing.
     */
    public LifecycleState stateOf(PartnerData partner, Event event, Instant now) {
        Lifecycles.Marks marks = partner.tablesOf(Lifecycles.class).stream().findFirst()
                .map(table -> table.of(event.id())).orElse(Lifecycles.NO_MARKS);
        return state(event, marks, now);
    }

    private EventLifecycle lifecycle(PartnerData partner, long eventId) {
        Event event = EventsBackend.events(partner).get(eventId);
        if (event == null) {
            throw ApiErrors.eventNotFound(eventId);
        }
        Lifecycles.Marks marks = partner.table(Lifecycles.class, Lifecycles::new).of(eventId);
        return new EventLifecycle(eventId, partner.partnerId(), state(event, marks, clock.instant()),
                marks.publishedAt(), marks.cancelledAt(), event.startDate(), event.endDate());
    }

    static LifecycleState state(Event event, Lifecycles.Marks marks, Instant now) {
        if (marks.cancelledAt() != null) {
            return LifecycleState.cancelled;
        }
        if (marks.publishedAt() == null) {
            return LifecycleState.draft;
        }
        if (now.isBefore(event.startDate())) {
            return LifecycleState.scheduled;
        }
        return now.isBefore(event.endDate()) ? LifecycleState.live : LifecycleState.ended;
    }

    private PartnerData partnerOf(long eventId) {
        return store.current().partnerHolding(eventId).orElseThrow(() -> ApiErrors.eventNotFound(eventId));
    }
}
