package dev.eventsim.simulator.control;

import dev.eventsim.simulator.api.ApiErrors;
import dev.eventsim.simulator.api.JsonBody;
import java.util.Map;

/** A control plane call: its path parameters, query parameters and JSON body ({} when empty). */
public record ControlRequest(Map<String, String> pathParams, Map<String, String> query, JsonBody body) {

    public String path(String name) {
        return pathParams.get(name);
    }

    /** A path parameter that must be a whole number, such as an event id. */
    public long pathLong(String name) {
        String value = pathParams.get(name);
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ApiErrors.wrongType(name + " '" + value + "'", "a number");
        }
    }
}
