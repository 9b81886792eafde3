package dev.eventsim.simulator.control;

import dev.eventsim.simulator.admin.ControlPlane;
import dev.eventsim.simulator.admin.RateLimitView;
import dev.eventsim.simulator.api.ApiErrors;
import dev.eventsim.simulator.api.JsonBody;
import dev.eventsim.simulator.faults.RateLimit;
import java.time.Duration;
import java.util.List;

/**
 * {@code /__sim/rate-limit}: sets, shows and clears per-partner request rates. Body
 * {@code {"partnerId"?, "requestsPerSecond": 5}} or {@code {"partnerId"?, "limit": 100, "window": "1m"}}.
 */
public final class RateLimitController {
    private static final int MAX_LIMIT = 100_000;

    private final ControlPlane control;

    public RateLimitController(ControlPlane control) {
        this.control = control;
    }

    /** The answer of the limit list. */
    public record RateLimitList(List<RateLimitView> limits) {
    }

    public Object set(ControlRequest request) {
        JsonBody body = request.body();
        Long partnerId = PartnerScope.optional(body);
        Long perSecond = body.optionalLong("requestsPerSecond");
        Long limit = body.optionalLong("limit");
        Duration window = Durations.read(body, "window");
        if (perSecond != null && (limit != null || window != null)) {
            throw ApiErrors.invalidArgument("give either requestsPerSecond or limit and window, not both");
        }
        if (perSecond != null) {
            limit = perSecond;
            window = Duration.ofSeconds(1);
        }
        if (limit == null) {
            throw ApiErrors.missingField(window == null ? "requestsPerSecond" : "limit");
        }
        if (window == null) {
            throw ApiErrors.missingField("window");
        }
        String limitField = perSecond != null ? "requestsPerSecond" : "limit";
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiErrors.invalidArgument(limitField + " must be between 1 and " + MAX_LIMIT + ", got " + limit);
        }
        return control.setRateLimit(new RateLimit(partnerId, limit.intValue(), window));
    }

    public Object list(ControlRequest request) {
        return new RateLimitList(control.rateLimits());
    }

    /** Clears every limit, or with {@code ?partnerId=N} that partner's own. */
    public Object clear(ControlRequest request) {
        return new RateLimitList(control.clearRateLimits(PartnerScope.query(request)));
    }
}
