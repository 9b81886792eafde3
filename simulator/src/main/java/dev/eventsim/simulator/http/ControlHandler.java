package dev.eventsim.simulator.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eventsim.simulator.api.ApiErrors;
import dev.eventsim.simulator.api.JsonBody;
import dev.eventsim.simulator.control.ControlOperation;
import dev.eventsim.simulator.control.ControlRequest;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.LinkedHashMap;
import java.util.Map;

/** Runs one control plane task: JSON in (optional), JSON out, no KS. */
final class ControlHandler implements Handler {
    private static final int MAX_BODY_BYTES = 16 * 1024 * 1024;

    private final ControlOperation operation;
    private final ObjectMapper mapper;

    ControlHandler(ControlOperation operation, ObjectMapper mapper) {
        this.operation = operation;
        this.mapper = mapper;
    }

    @Override
    public void handle(Context ctx) throws Exception {
        if (ctx.req().getContentLengthLong() > MAX_BODY_BYTES) {
            throw ApiErrors.bodyTooLarge(MAX_BODY_BYTES);
        }
        byte[] bytes = ctx.bodyAsBytes();
        ObjectNode body = mapper.createObjectNode();
        if (bytes.length > 0 && !new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            JsonNode node;
            try {
                node = mapper.readTree(bytes);
            } catch (JacksonException e) {
                throw ApiErrors.malformedJson(e.getOriginalMessage());
            }
            if (!(node instanceof ObjectNode object)) {
                throw ApiErrors.invalidArgument("Request body must be a JSON object");
            }
            body = object;
        }
        Map<String, String> query = new LinkedHashMap<>();
        ctx.queryParamMap().forEach((name, values) -> query.put(name, values.isEmpty() ? "" : values.get(0)));
        Object result = operation.handle(new ControlRequest(ctx.pathParamMap(), query, new JsonBody(body, "")));
        ctx.contentType("application/json").result(mapper.writeValueAsBytes(result));
    }
}
