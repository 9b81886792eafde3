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
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;

/** Runs one control plane task: JSON in (optional), JSON out, no KS. */
final class ControlHandler implements Handler {
    private static final int MAX_BODY_BYTES = 16 * 1024 * 1024;

    private final ControlOperation operation;
    private final ObjectMapper mapper;
    private final byte[] adminToken;

    ControlHandler(ControlOperation operation, ObjectMapper mapper, String adminToken) {
        this.operation = operation;
        this.mapper = mapper;
        this.adminToken = adminToken == null ? null : adminToken.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void handle(Context ctx) throws Exception {
        checkToken(ctx);
        if (ctx.req().getContentLengthLong() > MAX_BODY_BYTES) {
            throw ApiErrors.bodyTooLarge(MAX_BODY_BYTES);
        }
        byte[] bytes = ctx.bodyAsBytes();
        ObjectNode body = mapper.createObjectNode();
        if (bytes.length > 0 && !new String(bytes, StandardCharsets.UTF_8).isBlank()) {
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

    /** With {@code --admin-token}, a control call must carry the token in either header. */
    private void checkToken(Context ctx) {
        if (adminToken == null) {
            return;
        }
        String sent = ctx.header("X-Sim-Admin-Token");
        String authorization = ctx.header("Authorization");
        if (sent == null && authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            sent = authorization.substring(7).strip();
        }
        if (sent == null || !MessageDigest.isEqual(adminToken, sent.getBytes(StandardCharsets.UTF_8))) {
            throw ApiErrors.unauthorized("The control plane needs the admin token: send 'X-Sim-Admin-Token: <token>'"
                    + " or 'Authorization: Bearer <token>'");
        }
    }
}
