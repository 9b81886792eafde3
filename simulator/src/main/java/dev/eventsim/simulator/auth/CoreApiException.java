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

    /**
     * A KS the core API cannot use. Its permission layer reports every failure as
     * {@code -1,INVALID_STR}; for a KS that opened but failed validation (expired) it puts the
     * reason where the KS would be, so an expired KS reads {@code Invalid KS "EXPIRED"}.
     */
    public static CoreApiException invalidKs(String ks, boolean expired) {
        String ksId = expired ? "EXPIRED" : ks;
        return new CoreApiException("INVALID_KS", "Invalid KS \"" + ksId + "\", Error \"-1,INVALID_STR\"",
                Map.of("KSID", ksId, "ERR_CODE", "-1", "ERR_DESC", "INVALID_STR"));
    }

    /** No KS, or a KS whose role may not call the action; {@code service} reads {@code category->list}. */
    public static CoreApiException serviceForbidden(String service) {
        return new CoreApiException("SERVICE_FORBIDDEN", "The access to service [" + service + "] is forbidden",
                Map.of("SERVICE", service));
    }

    public static CoreApiException categoryNotFound(long id) {
        return new CoreApiException("CATEGORY_NOT_FOUND", "Category id \"" + id + "\" not found",
                Map.of("ID", Long.toString(id)));
    }

    public String code() {
        return code;
    }

    public Map<String, String> args() {
        return args;
    }
}
