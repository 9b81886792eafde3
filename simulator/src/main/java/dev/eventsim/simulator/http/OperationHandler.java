package dev.eventsim.simulator.http;

import dev.eventsim.simulator.api.ApiRequest;
import dev.eventsim.simulator.api.Operation;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eventsim.simulator.api.ApiErrors;
import dev.eventsim.simulator.api.JsonBody;
import dev.eventsim.simulator.api.RenderedJson;
import dev.eventsim.simulator.api.Caller;
import dev.eventsim.simulator.auth.KsValidator;
import dev.eventsim.simulator.faults.InjectedFault;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;

/**
 * Runs one /api/v1 operation the way the real service's pipeline does: the body is read (413 past
 * 1 MiB) and parsed (400 when malformed) before the KS is checked (401/403), then the content type
 * and fields are validated (400) and the operation runs. Rate limits and fault rules apply
 * between the content type check and the operation (see {@link FaultInjection}).
 */
final class OperationHandler implements Handler {
    static final int MAX_BODY_BYTES = 1024 * 1024;
    /** Answers up to this size fit Jetty's response buffer (32 KiB), so nothing is sent before the call ends. */
    private static final int BUFFERED_ANSWER_BYTES = 16 * 1024;
    private static final String JSON = "application/json";
    private static final String JSON_SUFFIX = "+json";

    private final String name;
    private final Operation operation;
    private final KsValidator auth;
    private final ObjectMapper mapper;
    private final FaultInjection faults;
    private final ParsedBodies parsed;

    OperationHandler(String name, Operation operation, KsValidator auth, ObjectMapper mapper, FaultInjection faults,
                     ParsedBodies parsed) {
        this.name = name;
        this.operation = operation;
        this.auth = auth;
        this.mapper = mapper;
        this.faults = faults;
        this.parsed = parsed;
    }

    @Override
    public void handle(Context ctx) throws Exception {
        byte[] bytes = readBody(ctx);
        String contentType = ctx.contentType();
        boolean json = isJson(contentType);
        JsonBody body = json ? parsed.get(bytes, this::parse) : null;
        Caller caller = auth.authenticate(ctx.header("Authorization"));
        RequestAttributes.caller(ctx, caller);
        if (!json) {
            throw ApiErrors.notJsonContentType(contentType);
        }
        InjectedFault fault = faults.before(ctx, name, caller);
        if (FaultInjection.dropped(fault)) {
            return;
        }
        Object result = operation.handle(new ApiRequest(caller, body));
        faults.after(fault);
        byte[] answer = result instanceof RenderedJson rendered ? rendered.bytes() : mapper.writeValueAsBytes(result);
        RequestAttributes.responseBody(ctx, answer); // the last step: nothing can answer otherwise after it
        ctx.contentType("application/json");
        if (answer.length <= BUFFERED_ANSWER_BYTES) {
            // Straight into the response's buffer, which Jetty sends when the call ends (after the
            // journal has recorded it); Javalin's result would first copy the bytes through a stream.
            ctx.outputStream().write(answer);
        } else {
            ctx.result(answer);
        }
    }

    private static byte[] readBody(Context ctx) throws IOException {
        long length = ctx.req().getContentLengthLong();
        if (length > MAX_BODY_BYTES) {
            throw ApiErrors.bodyTooLarge(MAX_BODY_BYTES);
        }
        try (InputStream in = ctx.req().getInputStream()) {
            // With a Content-Length the server delivers exactly that many bytes; without one, read up to the limit.
            byte[] bytes = in.readNBytes(length >= 0 ? (int) length : MAX_BODY_BYTES + 1);
            RequestAttributes.requestBody(ctx, bytes);
            if (bytes.length > MAX_BODY_BYTES) {
                throw ApiErrors.bodyTooLarge(MAX_BODY_BYTES);
            }
            return bytes;
        }
    }

    private JsonBody parse(byte[] bytes) {
        if (isBlank(bytes)) {
            return new JsonBody(mapper.createObjectNode(), "");
        }
        JsonNode node;
        try {
            node = mapper.readTree(bytes);
        } catch (JacksonException e) {
            throw ApiErrors.malformedJson(e.getOriginalMessage() + locationOf(e));
        } catch (IOException e) {
            throw ApiErrors.malformedJson(e.getMessage());
        }
        if (!(node instanceof ObjectNode object)) {
            throw ApiErrors.invalidArgument("Request body must be a JSON object");
        }
        return new JsonBody(object, "");
    }

    private static String locationOf(JacksonException e) {
        return e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    /** {@code application/json} or a {@code +json} type, parameters aside; read in place, as every call asks. */
    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        int end = contentType.indexOf(';');
        end = end < 0 ? contentType.length() : end;
        int start = 0;
        while (start < end && isSpace(contentType.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(contentType.charAt(end - 1))) {
            end--;
        }
        return end - start == JSON.length() && contentType.regionMatches(true, start, JSON, 0, JSON.length())
                || end - start > JSON_SUFFIX.length()
                && contentType.regionMatches(true, end - JSON_SUFFIX.length(), JSON_SUFFIX, 0, JSON_SUFFIX.length());
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t';
    }

    /** Only JSON's own whitespace (RFC 8259): Character.isWhitespace would also skip control characters. */
    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
