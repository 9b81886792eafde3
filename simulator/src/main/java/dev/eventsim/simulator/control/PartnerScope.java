package dev.eventsim.simulator.control;

import dev.eventsim.simulator.api.ApiErrors;
import dev.eventsim.simulator.api.JsonBody;

/** The optional {@code partnerId} of a limit: absent means every partner. */
final class PartnerScope {
    private PartnerScope() {
    }

    static Long optional(JsonBody body) {
        return positive(body.optionalLong("partnerId"));
    }

    static Long query(ControlRequest request) {
        String text = request.query().get("partnerId");
        if (text == null) {
            return null;
        }
        try {
            return positive(Long.parseLong(text));
        } catch (NumberFormatException e) {
            throw ApiErrors.wrongType("partnerId '" + text + "'", "a number");
        }
    }

    private static Long positive(Long partnerId) {
        if (partnerId != null && partnerId <= 0) {
            throw ApiErrors.invalidArgument("partnerId must be positive, got " + partnerId);
        }
        return partnerId;
    }
}
