package dev.eventsim.client.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventsim.client.errors.ConflictException;
import dev.eventsim.client.errors.ErrorDetails;
import dev.eventsim.client.errors.EventsApiException;
import dev.eventsim.client.errors.ForbiddenException;
import dev.eventsim.client.errors.InvalidArgumentException;
import dev.eventsim.client.errors.NotFoundException;
import dev.eventsim.client.errors.RateLimitedException;
import dev.eventsim.client.errors.ServerErrorException;
import dev.eventsim.client.errors.UnauthorizedException;
import dev.eventsim.client.errors.UnexpectedResponseException;
import java.time.Duration;
import java.util.StringJoiner;

/**
 * Turns an error answer into its typed exception: by HTTP code first, by the body's
 * {@code status} for codes the contract does not list. Reads the body leniently — an error page
 * from a proxy still becomes a typed exception.
 */
final class ErrorDecoder {
    private static final int MAX_QUOTED_BODY = 300;

    private final ObjectMapper json;

    ErrorDecoder(ObjectMapper json) {
        this.json = json;
    }

    EventsApiException decode(String operation, int httpStatus, String body, String traceId, Duration retryAfter) {
        JsonNode tree = readTree(body);
        String status = text(tree.path("status"));
        String message = message(tree.path("message"));
        if (message == null) {
            message = body == null || body.isBlank() ? "HTTP " + httpStatus : quote(body);
        }
        ErrorDetails details = new ErrorDetails(operation, httpStatus, status, message, traceId, retryAfter);
        return switch (httpStatus) {
            case 400, 413, 422 -> new InvalidArgumentException(details);
            case 401 -> new UnauthorizedException(details);
            case 403 -> new ForbiddenException(details);
            case 404 -> new NotFoundException(details);
            case 409 -> new ConflictException(details);
            case 429 -> new RateLimitedException(details);
            default -> httpStatus >= 500 && httpStatus <= 599 ? new ServerErrorException(details) : byStatus(details);
        };
    }

    /** For codes outside the contract's (and for a 2xx whose {@code status} is not {@code ok}). */
    EventsApiException byStatus(ErrorDetails details) {
        String status = details.status() == null ? "" : details.status();
        return switch (status) {
            case "InvalidArgument", "OperationNotAllowed" -> new InvalidArgumentException(details);
            case "NEW_LOGIN_REQUIRED", "MISSING_OTP", "AuthLoginMissingOrg" -> new UnauthorizedException(details);
            case "Forbidden" -> new ForbiddenException(details);
            case "ResourceDoesNotExist" -> new NotFoundException(details);
            case "RateLimitReached" -> new RateLimitedException(details);
            default -> new UnexpectedResponseException(details);
        };
    }

    private JsonNode readTree(String body) {
        if (body == null || body.isBlank()) {
            return json.missingNode();
        }
        try {
            return json.readTree(body);
        } catch (JsonProcessingException notJson) {
            return json.missingNode();
        }
    }

    private static String text(JsonNode node) {
        return node.isTextual() ? node.asText() : null;
    }

    /** {@code message} as a string, or the strings of an array joined (as NestJS validation answers). */
    private static String message(JsonNode node) {
        if (node.isArray()) {
            StringJoiner joined = new StringJoiner("; ");
            node.forEach(item -> joined.add(item.asText()));
            return joined.toString();
        }
        return text(node);
    }

    private static String quote(String body) {
        String flat = body.strip().replaceAll("\\s+", " ");
        return flat.length() <= MAX_QUOTED_BODY ? flat : flat.substring(0, MAX_QUOTED_BODY) + "...";
    }
}
