package dev.eventsim.simulator.control;

import dev.eventsim.simulator.api.ApiErrors;
import dev.eventsim.simulator.api.JsonBody;
import dev.eventsim.simulator.api.RequestStatus;
import dev.eventsim.simulator.faults.FaultAction;
import dev.eventsim.simulator.faults.NewFaultRule;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the body of {@code POST /__sim/faults} into a rule, every error naming its field:
 * <pre>{"operations": ["events/create"], "partnerId": 1000001, "times": 1,
 *  "action": {"type": "respond", "httpStatus": 503, "status": "OperationNotAllowed", "message": "..."}}</pre>
 */
final class FaultRuleRequest {
    private static final String TYPES = "respond, latency, drop, commitThenFail";

    private FaultRuleRequest() {
    }

    static NewFaultRule read(JsonBody body) {
        List<String> operations = body.optionalStringList("operations");
        if (operations != null && operations.isEmpty()) {
            throw ApiErrors.invalidArgument(
                    "operations must name at least one operation; leave it out for all of them");
        }
        Long partnerId = PartnerScope.optional(body);
        Double probability = body.optionalDouble("probability");
        Long times = body.optionalLong("times");
        if (probability != null && times != null) {
            throw ApiErrors.invalidArgument("give either probability or times, not both");
        }
        if (probability != null && (probability < 0 || probability > 1)) {
            throw ApiErrors.invalidArgument("probability must be between 0 and 1, got " + probability);
        }
        if (times != null && (times < 1 || times > 1_000_000)) {
            throw ApiErrors.invalidArgument("times must be between 1 and 1000000, got " + times);
        }
        Set<String> named = operations == null ? Set.of() : new LinkedHashSet<>(operations);
        return new NewFaultRule(named, partnerId, probability, times == null ? null : times.intValue(),
                body.optionalLong("seed"), action(body.requiredObject("action")));
    }

    private static FaultAction action(JsonBody action) {
        String type = action.requiredString("type");
        return switch (type) {
            case "respond" -> respond(action);
            case "latency" -> latency(action);
            case "drop" -> new FaultAction.Drop();
            case "commitThenFail" -> new FaultAction.CommitThenFail(action.optionalString("message"));
            default -> throw ApiErrors.notOneOf(action.name("type"), type, TYPES);
        };
    }

    private static FaultAction respond(JsonBody action) {
        Long code = action.optionalLong("httpStatus");
        int httpStatus = code == null ? 500 : code.intValue();
        if (code != null && (code < 400 || code > 599)) {
            throw ApiErrors.invalidArgument(
                    action.name("httpStatus") + " must be an error code, 400 to 599, got " + code);
        }
        String statusName = action.optionalString("status");
        RequestStatus status = statusName == null ? FaultAction.Respond.statusFor(httpStatus)
                : requestStatus(action, statusName);
        Long retryAfter = action.optionalLong("retryAfterSeconds");
        if (retryAfter != null && retryAfter < 0) {
            throw ApiErrors.invalidArgument(action.name("retryAfterSeconds") + " must not be negative");
        }
        return new FaultAction.Respond(httpStatus, status, action.optionalString("message"), retryAfter);
    }

    private static FaultAction latency(JsonBody action) {
        Long ms = action.optionalLong("ms");
        Long min = action.optionalLong("minMs");
        Long max = action.optionalLong("maxMs");
        if (ms != null && (min != null || max != null)) {
            throw ApiErrors.invalidArgument(action.name("ms") + ": give either ms or minMs and maxMs, not both");
        }
        if (ms == null && (min == null || max == null)) {
            String missing = min == null && max == null ? "ms" : min == null ? "minMs" : "maxMs";
            throw ApiErrors.missingField(action.name(missing));
        }
        long from = ms != null ? ms : min;
        long to = ms != null ? ms : max;
        String field = action.name(ms != null ? "ms" : "minMs");
        if (from < 0 || to > FaultAction.MAX_LATENCY_MS) {
            throw ApiErrors.invalidArgument(field + " must be between 0 and " + FaultAction.MAX_LATENCY_MS
                    + " milliseconds");
        }
        if (from > to) {
            throw ApiErrors.invalidArgument(action.name("minMs") + " must not be above maxMs");
        }
        return new FaultAction.Latency(from, to);
    }

    private static RequestStatus requestStatus(JsonBody action, String name) {
        for (RequestStatus status : RequestStatus.values()) {
            if (status != RequestStatus.ok && status.name().equals(name)) {
                return status;
            }
        }
        throw ApiErrors.notOneOf(action.name("status"), name, "the contract's error statuses (Forbidden, "
                + "InvalidArgument, RateLimitReached, OperationNotAllowed, ResourceDoesNotExist, NEW_LOGIN_REQUIRED, "
                + "MISSING_OTP, AuthLoginMissingOrg)");
    }
}
