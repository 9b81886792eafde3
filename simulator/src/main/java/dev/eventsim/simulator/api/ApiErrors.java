package dev.eventsim.simulator.api;

import java.util.Collection;
import java.util.Map;

/**
 * The one catalogue of errors the simulator answers with. Codes and {@code status} values are
 * listed in docs/api.md ("Errors"); every message names the field or id it is about.
 */
public final class ApiErrors {
    private ApiErrors() {
    }

    // 400 InvalidArgument

    public static ApiException invalidArgument(String message) {
        return new ApiException(400, RequestStatus.InvalidArgument, message, Map.of());
    }

    public static ApiException missingField(String field) {
        return invalidArgument(field + " is required");
    }

    public static ApiException wrongType(String field, String expected) {
        return invalidArgument(field + " must be " + expected);
    }

    /**
     * A string holding a lone UTF-16 surrogate ({@code "\u005cud800"} in JSON), which cannot be written
     * back as UTF-8: {@code name holds a lone UTF-16 surrogate (\u005cud800) at character 2; send valid Unicode}.
     */
    public static ApiException loneSurrogate(String field, String text, int index) {
        return invalidArgument(UnicodeText.describe(field, text, index) + "; send valid Unicode");
    }

    /**
     * A field {@code owner} (an operation such as {@code events/create}, or a nested object such as
     * {@code filter}) does not take: {@code surprise is not a field of events/create; it takes id, name}.
     */
    public static ApiException notAField(String field, String owner, Collection<String> taken) {
        return invalidArgument(field + " is not a field of " + owner + "; it takes " + String.join(", ", taken));
    }

    /** A date-time outside the years an answer can write: {@code startDate '0000-05-01T14:00:00Z' is ...}. */
    public static ApiException dateOutOfRange(String field, String text) {
        return invalidArgument(field + " '" + text + "' is outside the years 0001 to 9999 (UTC)");
    }

    /** Malformed JSON, {@code detail} being the JSON reader's account of it, told in plain words. */
    public static ApiException malformedJson(String detail) {
        return invalidArgument("Request body is not valid JSON: " + JsonProblem.plain(detail));
    }

    public static ApiException notJsonContentType(String contentType) {
        return invalidArgument("Content-Type must be application/json, got "
                + (contentType == null || contentType.isBlank() ? "none" : "'" + contentType + "'"));
    }

    /** A value out of a fixed set, named with the set: {@code roles[1] 'Host' is not one of ...}. */
    public static ApiException notOneOf(String field, String value, String allowed) {
        return invalidArgument(field + " '" + value + "' is not one of " + allowed);
    }

    public static ApiException malformedEmail(String field, String email) {
        return invalidArgument(field + " '" + email + "' is not an email address such as ada@example.com");
    }

    public static ApiException emailAlreadyOnTeam(String email) {
        return invalidArgument("email '" + email + "' already belongs to a team member");
    }

    public static ApiException tooManyItems(String field, int count, int max) {
        return invalidArgument(field + " holds " + count + " entries; at most " + max + " are allowed in one call");
    }

    // 400 OperationNotAllowed: well-formed, but the rules of the platform forbid it

    /** A session speaker must hold the event-level Speaker role, a moderator the Moderator role. */
    public static ApiException missingEventRole(String field, String userId, String role) {
        return new ApiException(400, RequestStatus.OperationNotAllowed,
                field + ": user " + userId + " does not hold the event role " + role, Map.of());
    }

    // 401, 403

    public static ApiException unauthorized(String reason) {
        return new ApiException(401, RequestStatus.NEW_LOGIN_REQUIRED, reason, Map.of());
    }

    public static ApiException forbidden(String reason) {
        return new ApiException(403, RequestStatus.Forbidden, reason, Map.of());
    }

    /**
     * A request whose {@code Host} is not a name the simulator answers to: what a page of another
     * site sends once its name has been rebound to this machine (DNS rebinding).
     */
    public static ApiException hostNotAllowed(String host, String name) {
        return forbidden("Host '" + host + "' is not a name this simulator answers to (localhost, an IP address or"
                + " its --host); to reach it as " + name + ", start it with --allowed-hosts " + name
                + " (env SIM_ALLOWED_HOSTS)");
    }

    /** A control plane call from a page of another origin: the control plane answers only its own. */
    public static ApiException originNotAllowed(String origin, String own) {
        return forbidden("The control plane answers only its own origin" + (own == null ? "" : " (" + own + ")")
                + ", not Origin '" + origin + "'; behind a proxy, start the simulator with --allowed-hosts"
                + " <the proxy's host name> (env SIM_ALLOWED_HOSTS)");
    }

    // 404 ResourceDoesNotExist

    public static ApiException eventNotFound(long eventId) {
        return notFound("Event " + eventId + " does not exist");
    }

    public static ApiException sessionNotFound(String sessionId, long eventId) {
        return notFound("Session " + sessionId + " does not exist in event " + eventId);
    }

    public static ApiException teamMemberNotFound(String id) {
        return notFound("Team member " + id + " does not exist");
    }

    public static ApiException jobNotFound(String jobId) {
        return notFound("Duplication job " + jobId + " does not exist");
    }

    public static ApiException eventUserNotFound(String field, String userId, long eventId) {
        return notFound(field + ": user " + userId + " is not a user of event " + eventId);
    }

    public static ApiException notASpeaker(String field, String userId, String sessionId) {
        return notFound(field + ": user " + userId + " is not a speaker of session " + sessionId);
    }

    public static ApiException notAModerator(String field, String userId, String sessionId) {
        return notFound(field + ": user " + userId + " is not a moderator of session " + sessionId);
    }

    public static ApiException partnerNotFound(long partnerId) {
        return notFound("Partner " + partnerId + " is not known to the simulator");
    }

    public static ApiException faultRuleNotFound(String ruleId) {
        return notFound("Fault rule " + ruleId + " does not exist");
    }

    public static ApiException snapshotNotFound(String name) {
        return notFound("Snapshot " + name + " does not exist");
    }

    public static ApiException journalEntryNotFound(long id) {
        return notFound("Journal entry " + id + " is not in the journal (never recorded, evicted or cleared)");
    }

    public static ApiException dashboardFileNotFound(String path) {
        return notFound("The dashboard has no file " + path);
    }

    /** {@code meant}: the route the path was probably meant to be, or null. */
    public static ApiException noSuchRoute(String method, String path, String meant) {
        return notFound("No operation " + method + " " + path + (meant == null ? "" : "; did you mean " + meant + "?"));
    }

    private static ApiException notFound(String message) {
        return new ApiException(404, RequestStatus.ResourceDoesNotExist, message, Map.of());
    }

    // 409 OperationNotAllowed

    /** A request that is well formed but not allowed in the current state of its target. */
    public static ApiException conflict(String message) {
        return new ApiException(409, RequestStatus.OperationNotAllowed, message, Map.of());
    }

    public static ApiException alreadyInvited(String email, long eventId, String userId) {
        return new ApiException(409, RequestStatus.OperationNotAllowed,
                "email " + email + " is already invited to event " + eventId + " as user " + userId, Map.of());
    }

    /** POST /__sim/state/save on a simulator started without a state file. */
    public static ApiException noStateFile() {
        return new ApiException(409, RequestStatus.OperationNotAllowed,
                "The simulator was started without a state file (--state-file PATH or SIM_STATE_FILE)", Map.of());
    }

    // transport-level refusals

    public static ApiException methodNotAllowed(String method, String path, Collection<String> allowed) {
        String allow = String.join(", ", allowed);
        return new ApiException(405, RequestStatus.OperationNotAllowed,
                method + " is not allowed on " + path + "; it answers " + allow, Map.of("Allow", allow));
    }

    /** A control plane write whose body is not declared JSON: what an HTML form or a cross-site page sends. */
    public static ApiException controlNeedsJson(String contentType) {
        return new ApiException(415, RequestStatus.InvalidArgument, "The control plane takes JSON only: a request"
                + " body needs 'Content-Type: application/json' (curl: -H 'Content-Type: application/json'), got "
                + (contentType == null || contentType.isBlank() ? "none" : "'" + contentType + "'"), Map.of());
    }

    public static ApiException bodyTooLarge(long limitBytes) {
        return new ApiException(413, RequestStatus.InvalidArgument,
                "Request body is larger than " + limitBytes + " bytes", Map.of());
    }

    // 429

    /** The partner's request rate (set through the control plane) is used up for now. */
    public static ApiException rateLimitReached(long retryAfterSeconds, int limit, String window) {
        return new ApiException(429, RequestStatus.RateLimitReached, "Rate limit reached: at most " + limit
                + " requests per " + window + "; retry in " + retryAfterSeconds + " s",
                Map.of("Retry-After", Long.toString(retryAfterSeconds)));
    }

    // 5xx

    public static ApiException internal(String message) {
        return new ApiException(500, RequestStatus.OperationNotAllowed, message, Map.of());
    }

    /** The guide's quirk: events/create answers 500 once the account holds its limit of events. */
    public static ApiException eventLimitReached(long partnerId, int heldEvents, long maxEvents) {
        return internal("Event limit reached: partner " + partnerId + " may hold at most " + maxEvents
                + " events and holds " + heldEvents);
    }

    // answered by a simulator in another process

    /**
     * An error envelope {@code {"status": ..., "message": ...}} another simulator answered with
     * {@code httpStatus}, raised again here (the remote control plane's refusals read as the local
     * face's). A {@code status} outside the contract (or none) takes the one the simulator pairs with the code.
     */
    public static ApiException remote(int httpStatus, String status, String message) {
        RequestStatus known = null;
        for (RequestStatus candidate : RequestStatus.values()) {
            if (candidate != RequestStatus.ok && candidate.name().equals(status)) {
                known = candidate;
            }
        }
        if (known == null) {
            known = switch (httpStatus) {
                case 400, 413 -> RequestStatus.InvalidArgument;
                case 401 -> RequestStatus.NEW_LOGIN_REQUIRED;
                case 403 -> RequestStatus.Forbidden;
                case 404 -> RequestStatus.ResourceDoesNotExist;
                case 429 -> RequestStatus.RateLimitReached;
                default -> RequestStatus.OperationNotAllowed;
            };
        }
        return new ApiException(httpStatus, known, message, Map.of());
    }

    // injected by a fault rule of the control plane

    /** Any answer a fault rule chose: its HTTP code, {@code status} value, message and headers. */
    public static ApiException injected(int httpStatus, RequestStatus status, String message,
                                        Map<String, String> headers) {
        return new ApiException(httpStatus, status, message, headers);
    }
}
