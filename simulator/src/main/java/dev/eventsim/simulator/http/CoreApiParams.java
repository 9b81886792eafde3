package dev.eventsim.simulator.http;

import dev.eventsim.simulator.auth.CoreApiException;
import io.javalin.http.Context;
import java.util.function.Function;

/**
 * The parameters of a core API call, from the form body or the query. Fields of an object
 * parameter come in either of the core API's notations, {@code filter:idEqual} or
 * {@code filter[idEqual]}. An empty value counts as not sent.
 */
public final class CoreApiParams {
    private final Function<String, String> source;

    CoreApiParams(Function<String, String> source) {
        this.source = source;
    }

    public static CoreApiParams of(Context ctx) {
        return new CoreApiParams(name -> CoreApiWriter.param(ctx, name));
    }

    /** A parameter's value, or null when absent or empty. */
    public String text(String name) {
        String value = source.apply(name);
        return value == null || value.isEmpty() ? null : value;
    }

    /** A field of an object parameter ({@code filter}, {@code pager}) in either notation, or null. */
    public String field(String object, String field) {
        String colon = text(object + ":" + field);
        return colon != null ? colon : text(object + "[" + field + "]");
    }

    public long requiredLong(String name) {
        Long value = number(name, text(name));
        if (value == null) {
            throw CoreApiException.missingParameter(name);
        }
        return value;
    }

    public Long longField(String object, String field) {
        return number(object + ":" + field, field(object, field));
    }

    public Integer intField(String object, String field) {
        Long value = longField(object, field);
        if (value != null && (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE)) {
            throw CoreApiException.invalidParameter(object + ":" + field, value.toString());
        }
        return value == null ? null : value.intValue();
    }

    private static Long number(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw CoreApiException.invalidParameter(name, value);
        }
    }
}
