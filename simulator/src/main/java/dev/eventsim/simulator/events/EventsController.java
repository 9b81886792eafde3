package dev.eventsim.simulator.events;

import dev.eventsim.simulator.api.ApiErrors;
import dev.eventsim.simulator.api.CacheSize;
import dev.eventsim.simulator.api.JsonBody;
import dev.eventsim.simulator.api.UnknownFields;
import dev.eventsim.simulator.api.PagerPolicy;
import dev.eventsim.simulator.api.RenderedJson;
import dev.eventsim.simulator.api.ApiRequest;
import java.util.List;
import java.util.Set;

/** events/create, list, update, delete: read the body, call the backend, shape the answer. */
public final class EventsController {
    static final int DEFAULT_LIMIT = 5;
    static final int MAX_LIMIT = 15;

    private final EventsBackend backend;
    private final PagerPolicy pagerPolicy;
    private final EventJson json = new EventJson();

    public EventsController(EventsBackend backend, PagerPolicy pagerPolicy) {
        this.backend = backend;
        this.pagerPolicy = pagerPolicy;
    }

    /** The JSON of events and of events/list pages kept, for the metrics. */
    public List<CacheSize> keptJson() {
        return List.of(json.events(), json.pages());
    }

    record EventResponse(EventView event, String status) {
        EventResponse(Event event) {
            this(EventView.of(event), "ok");
        }
    }

    /** The answer of events/list; {@link EventJson} writes it (see {@link #list}). */
    record EventListResponse(List<EventView> events, int totalCount, String status) {
    }

    /** Fields events/update sets that events/create does not take (the contract's CreateEventRequestDto). */
    private static final List<String> SET_BY_UPDATE = List.of("labels", "doorsOpenDate", "logoEntryId", "bannerEntryId");

    public Object create(ApiRequest request) {
        JsonBody body = request.body();
        for (String field : SET_BY_UPDATE) {
            if (body.has(field)) {
                UnknownFields.met(field, () -> ApiErrors.invalidArgument(field + " is not a field of events/create;"
                        + " set it with events/update once the event exists"));
            }
        }
        body.takingOnly("events/create", "templateId", "name", "description", "startDate", "endDate", "timezone");
        return new EventResponse(backend.create(request.partnerId(), NewEvent.read(body)));
    }

    public Object list(ApiRequest request) {
        // The reading is kept with the body (the same bytes read as the same query), with the
        // unknown fields it met, which each call that sends them is told of.
        UnknownFields.Watched<?> reading = request.body().readOnce(this, UnknownFields.Watched.class,
                body -> UnknownFields.keep(() -> query(body)));
        UnknownFields.metAgain(reading.fields());
        EventQuery query = (EventQuery) reading.value();
        EventPage page = backend.list(request.partnerId(), query);
        return new RenderedJson(json.listAnswer(page)); // the bytes of an EventListResponse
    }

    /** The query of an events/list body; the same body (the same bytes) reads as the same query. */
    private EventQuery query(JsonBody body) {
        body.takingOnly("events/list", "filter", "pager", "orderBy");
        String orderBy = body.optionalString("orderBy");
        EventOrder order = orderBy == null ? EventOrder.DEFAULT : EventOrder.ofWireName(orderBy);
        if (order == null) {
            throw ApiErrors.invalidArgument("orderBy '" + orderBy
                    + "' is not one of +name, -name, +createdAt, -createdAt, +startDate, -startDate");
        }
        return new EventQuery(filter(body.optionalObject("filter")), order,
                pagerPolicy.read(body.optionalObject("pager"), DEFAULT_LIMIT, MAX_LIMIT));
    }

    public Object update(ApiRequest request) {
        JsonBody body = request.body().takingOnly("events/update", "id", "name", "description", "startDate",
                "endDate", "doorsOpenDate", "timezone", "labels", "logoEntryId", "bannerEntryId");
        String name = body.optionalString("name");
        if (name != null && name.isBlank()) {
            throw ApiErrors.invalidArgument("name must not be empty");
        }
        EventChanges changes = new EventChanges(body.requiredLong("id"), name, body.optionalString("description"),
                body.optionalInstant("startDate"), body.optionalInstant("endDate"),
                body.optionalInstant("doorsOpenDate"), body.optionalString("timezone"),
                body.optionalStringList("labels"), body.optionalString("logoEntryId"),
                body.optionalString("bannerEntryId"));
        return new EventResponse(backend.update(request.partnerId(), changes));
    }

    public Object delete(ApiRequest request) {
        JsonBody body = request.body().takingOnly("events/delete", "id");
        return new EventResponse(backend.delete(request.partnerId(), body.requiredLong("id")));
    }

    private static EventFilter filter(JsonBody filter) {
        if (filter == null) {
            return EventFilter.NONE;
        }
        filter.takingOnly(filter.path(), "idIn", "templateIdIn", "searchTerm", "labels", "startDateGreaterThanOrEqual",
                "startDateLessOrEqualThan", "endDateGreaterThanOrEqual", "endDateLessOrEqualThan");
        return new EventFilter(setOf(filter.optionalLongList("idIn")), setOf(filter.optionalStringList("templateIdIn")),
                filter.optionalString("searchTerm"), setOf(filter.optionalStringList("labels")),
                filter.optionalInstant("startDateGreaterThanOrEqual"), filter.optionalInstant("startDateLessOrEqualThan"),
                filter.optionalInstant("endDateGreaterThanOrEqual"), filter.optionalInstant("endDateLessOrEqualThan"));
    }

    private static <T> Set<T> setOf(List<T> items) {
        return items == null ? null : Set.copyOf(items);
    }
}
