package dev.eventsim.simulator.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eventsim.simulator.api.ApiErrors;
import dev.eventsim.simulator.api.Caller;
import dev.eventsim.simulator.api.JsonBody;
import dev.eventsim.simulator.control.ControlOperation;
import dev.eventsim.simulator.control.ControlRequest;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One control plane task: a JSON body (optional, up to 16 MiB, for seeding), path and query
 * parameters; no KS but, with {@code --admin-token}, the token, checked before the body is read;
 * no fault rules; errors in the API's envelope, rendered by the one {@link ErrorRenderer}.
 */
final class ControlSurface implements Surface<ControlRequest> {
    private static final int MAX_BODY_BYTES = 16 * 1024 * 1024;

    private final ControlOperation operation;
    private final ObjectMapper mapper;
    private final byte[] adminToken;

    ControlSurface(ControlOperation operation, ObjectMapper mapper, String adminToken) {
        this.operation = operation;
        this.mapper = mapper;
        this.adminToken = adminToken == null ? null : adminToken.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public ControlRequest decode(Context ctx) throws IOException {
        byte[] bytes = RequestBody.read(ctx, MAX_BODY_BYTES, () -> ApiErrors.bodyTooLarge(MAX_BODY_BYTES),
                ApiErrors::invalidArgument);
        ObjectNode body = mapper.createObjectNode();
        if (!RequestBody.isBlank(bytes)) {
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
        return new ControlRequest(ctx.pathParamMap(), query, new JsonBody(body, ""));
    }

    /**
     * With {@code --admin-token}, a control call must carry the token in either header, whatever
     * its body: one without it is a 401 before the body is read, malformed or not.
     */
    @Override
    public void admit(Context ctx) {
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

    /** A control call has no caller: the admin token, if any, was checked on admission. */
    @Override
    public Caller authenticate(Context ctx, ControlRequest call) {
        return null;
    }

    /** Fault rules and rate limits are for the API under test, never for the control plane. */
    @Override
    public String faultTarget(ControlRequest call) {
        return null;
    }

    @Override
    public Object run(Context ctx, ControlRequest call, Caller caller, Stages<ControlRequest> stages) {
        return operation.handle(call);
    }

    @Override
    public Answer encode(ControlRequest call, Object result) throws IOException {
        return new Answer(mapper.writeValueAsBytes(result), "application/json");
    }

    @Override
    public Answer error(Context ctx, ControlRequest call, RuntimeException e) {
        throw e;
    }
}
