package dev.eventsim.simulator.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventsim.simulator.auth.CoreApiException;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Writes core API (api_v3) answers in its two formats: {@code format=1} is JSON, anything else
 * is the core API's XML. Errors are HTTP 200 with a {@code KalturaAPIException}, as there.
 */
public final class CoreApiWriter {
    private final ObjectMapper mapper;

    public CoreApiWriter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Reads a request parameter from the form body or, as the core API also takes it, the query. */
    public static String param(Context ctx, String name) {
        String value = ctx.formParam(name);
        return value != null ? value : ctx.queryParam(name);
    }

    /** Runs an action and writes its result, or the {@link CoreApiException} it threw. */
    public void respond(Context ctx, Supplier<Object> action) throws Exception {
        Object result;
        try {
            result = action.get();
        } catch (CoreApiException e) {
            error(ctx, e);
            return;
        }
        result(ctx, result);
    }

    /** Writes a result; null is the answer of a void action ({@code null} in JSON, an empty result in XML). */
    public void result(Context ctx, Object result) throws Exception {
        if (isJson(ctx)) {
            ctx.contentType("application/json").result(mapper.writeValueAsBytes(result));
        } else {
            ctx.contentType("text/xml").result(xml("<result>" + CoreApiXml.of(mapper.valueToTree(result)) + "</result>"));
        }
    }

    public void error(Context ctx, CoreApiException e) throws Exception {
        if (isJson(ctx)) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("code", e.code());
            body.put("message", e.getMessage());
            body.put("objectType", "KalturaAPIException");
            body.put("args", e.args());
            ctx.contentType("application/json").result(mapper.writeValueAsBytes(body));
        } else {
            ctx.contentType("text/xml").result(xml("<result><error><objectType>KalturaAPIException</objectType><code>"
                    + escape(e.code()) + "</code><message>" + escape(e.getMessage()) + "</message></error></result>"));
        }
    }

    private static boolean isJson(Context ctx) {
        return "1".equals(param(ctx, "format"));
    }

    private static String xml(String inner) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?><xml>" + inner + "<executionTime>0</executionTime></xml>";
    }

    private static String escape(String text) {
        return CoreApiXml.escape(text);
    }
}
