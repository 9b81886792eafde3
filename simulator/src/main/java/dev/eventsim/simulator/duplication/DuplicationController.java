package dev.eventsim.simulator.duplication;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.eventsim.simulator.api.ApiErrors;
import dev.eventsim.simulator.api.JsonBody;
import dev.eventsim.simulator.api.ApiRequest;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** events/duplicate and events/duplicateStatus. */
public final class DuplicationController {
    private static final Set<String> USER_ROLES = Set.of("Speaker", "Moderator", "EventTeam");

    private final DuplicationBackend backend;

    public DuplicationController(DuplicationBackend backend) {
        this.backend = backend;
    }

    record DuplicateResponse(String jobId, String status) {
    }

    /** The contract types {@code eventId} here as a string, unlike everywhere else. */
    record DuplicateStatusResponse(String jobId, String jobState,
                                   @JsonInclude(JsonInclude.Include.NON_NULL) String eventId, String status) {
    }

    public Object duplicate(ApiRequest request) {
        JsonBody body = request.body().takingOnly("events/duplicate", "sourceEventId", "event", "duplicateUsers");
        long sourceEventId = body.requiredLong("sourceEventId");
        JsonBody event = body.requiredObject("event")
                .takingOnly("event", "name", "description", "startDate", "endDate", "timezone");
        String name = event.requiredText("name");
        String timezone = event.requiredText("timezone");
        JsonBody users = body.optionalObject("duplicateUsers");
        Set<String> roles = Set.of();
        boolean skipEmail = false;
        if (users != null) {
            users.takingOnly("duplicateUsers", "roles", "skipEmail");
            roles = roles(users);
            Boolean skip = users.optionalBoolean("skipEmail");
            if (skip == null) {
                throw ApiErrors.missingField(users.name("skipEmail"));
            }
            skipEmail = skip;
        }
        DuplicateRequest duplicate = new DuplicateRequest(sourceEventId, name, timezone,
                event.optionalString("description"), event.optionalInstant("startDate"), event.optionalInstant("endDate"),
                roles, skipEmail);
        return new DuplicateResponse(backend.start(request.partnerId(), duplicate), "ok");
    }

    public Object duplicateStatus(ApiRequest request) {
        JsonBody body = request.body().takingOnly("events/duplicateStatus", "jobId");
        JobSnapshot job = backend.poll(request.partnerId(), body.requiredText("jobId"));
        String eventId = job.state() == JobState.completed ? Long.toString(job.eventId()) : null;
        return new DuplicateStatusResponse(job.jobId(), job.state().name(), eventId, "ok");
    }

    private static Set<String> roles(JsonBody users) {
        List<String> roles = users.optionalStringList("roles");
        if (roles == null) {
            throw ApiErrors.missingField(users.name("roles"));
        }
        for (int i = 0; i < roles.size(); i++) {
            if (!USER_ROLES.contains(roles.get(i))) {
                throw ApiErrors.invalidArgument(users.name("roles") + "[" + i + "] '" + roles.get(i)
                        + "' is not one of Speaker, Moderator, EventTeam");
            }
        }
        return Set.copyOf(new LinkedHashSet<>(roles));
    }
}
