package dev.eventsim.simulator.eventusers;

import dev.eventsim.simulator.api.ApiErrors;
import dev.eventsim.simulator.api.JsonBody;
import dev.eventsim.simulator.api.PagerPolicy;
import dev.eventsim.simulator.api.ApiRequest;
import java.util.List;
import java.util.Set;

/** event-users/invite, list, update, delete: read the body, call the backend, shape the answer. */
public final class EventUsersController {
    static final int DEFAULT_LIMIT = 30;
    static final int MAX_LIMIT = 500;

    private final EventUsersBackend backend;
    private final PagerPolicy pagerPolicy;

    public EventUsersController(EventUsersBackend backend, PagerPolicy pagerPolicy) {
        this.backend = backend;
        this.pagerPolicy = pagerPolicy;
    }

    record EventUserResponse(EventUserView user, String status) {
    }

    record EventUserListResponse(List<EventUserView> users, int totalCount, String status) {
    }

    record DeleteResponse(String status) {
    }

    public Object invite(ApiRequest request) {
        JsonBody body = request.body().takingOnly("event-users/invite", "eventId", "firstName", "lastName", "email",
                "title", "company", "bio", "roles", "imageUrlEntryId", "skipEmail");
        NewEventUser user = NewEventUser.read(body.requiredLong("eventId"), body);
        return new EventUserResponse(EventUserView.of(request.partnerId(), backend.invite(request.partnerId(), user)), "ok");
    }

    public Object list(ApiRequest request) {
        JsonBody body = request.body().takingOnly("event-users/list", "eventId", "filter", "pager", "orderBy");
        long eventId = body.requiredLong("eventId");
        String orderBy = body.optionalString("orderBy");
        EventUserOrder order = orderBy == null ? EventUserOrder.DEFAULT : EventUserOrder.ofWireName(orderBy);
        if (order == null) {
            throw ApiErrors.notOneOf("orderBy", orderBy, EventUserOrder.ALLOWED);
        }
        EventUserQuery query = new EventUserQuery(eventId, filter(body.optionalObject("filter")), order,
                pagerPolicy.read(body.optionalObject("pager"), DEFAULT_LIMIT, MAX_LIMIT));
        EventUserPage page = backend.list(request.partnerId(), query);
        return new EventUserListResponse(page.users().stream().map(u -> EventUserView.of(request.partnerId(), u)).toList(),
                page.totalCount(), "ok");
    }

    public Object update(ApiRequest request) {
        JsonBody body = request.body().takingOnly("event-users/update", "eventId", "userId", "firstName", "lastName",
                "title", "company", "bio", "roles", "imageUrlEntryId");
        EventUserChanges changes = new EventUserChanges(body.requiredLong("eventId"), body.requiredText("userId"),
                nonBlank(body, "firstName"), nonBlank(body, "lastName"), body.optionalString("title"),
                body.optionalString("company"), body.optionalString("bio"),
                EventRole.readAll("roles", body.optionalStringList("roles")), body.optionalString("imageUrlEntryId"));
        return new EventUserResponse(EventUserView.of(request.partnerId(), backend.update(request.partnerId(), changes)), "ok");
    }

    public Object delete(ApiRequest request) {
        JsonBody body = request.body().takingOnly("event-users/delete", "eventId", "userId");
        backend.delete(request.partnerId(), body.requiredLong("eventId"), body.requiredText("userId"));
        return new DeleteResponse("ok");
    }

    private static EventUserFilter filter(JsonBody filter) {
        if (filter == null) {
            return EventUserFilter.NONE;
        }
        filter.takingOnly(filter.path(), "searchTerm", "roles", "idIn");
        List<EventRole> roles = EventRole.readAll(filter.name("roles"), filter.optionalStringList("roles"));
        List<String> idIn = filter.optionalStringList("idIn");
        return new EventUserFilter(filter.optionalString("searchTerm"),
                roles == null ? null : Set.copyOf(roles),
                idIn == null ? null : Set.copyOf(idIn));
    }

    /** An optional name: when sent it must say something, as on invite. */
    private static String nonBlank(JsonBody body, String field) {
        String text = body.optionalString(field);
        if (text != null && text.isBlank()) {
            throw ApiErrors.invalidArgument(body.name(field) + " must not be empty");
        }
        return text;
    }
}
