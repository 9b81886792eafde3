package dev.eventsim.simulator.coreapi;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An error of the core API (api_v3): it answers HTTP 200 with a {@code KalturaAPIException}
 * object carrying a code, a message and its arguments. Built only through {@link CoreApiErrors}.
 */
public final class CoreApiException extends RuntimeException {
    private final String code;
    private final Map<String, String> args;

    CoreApiException(String code, String message, Map<String, String> args) {
        super(message, null, false, false);
        this.code = code;
        this.args = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(args));
    }

    public String code() {
        return code;
    }

    public Map<String, String> args() {
        return args;
    }
}
