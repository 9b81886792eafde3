package dev.eventsim.simulator.auth;

import java.util.Map;

/**
 * An error of the core API (api_v3): it answers HTTP 200 with a {@code KalturaAPIException}
 * object carrying a code, a message and its arguments.
 */
public final class CoreApiException extends RuntimeException {
    private final String code;
    private final Map<String, String> args;

    public CoreApiException(String code, String message, Map<String, String> args) {
        super(message, null, false, false);
        this.code = code;
        this.args = Map.copyOf(args);
    }

    public static CoreApiException missingParameter(String name) {
        return new CoreApiException("MISSING_MANDATORY_PARAMETER", "Missing parameter \"" + name + "\"",
                Map.of("PARAM_NAME", name));
    }

    public static CoreApiException invalidParameter(String name, String value) {
        return new CoreApiException("INVALID_PARAMETER_VALUE",
                "Invalid value \"" + value + "\" for parameter \"" + name + "\"", Map.of("PARAM_NAME", name));
    }

    public String code() {
        return code;
    }

    public Map<String, String> args() {
        return args;
    }
}
