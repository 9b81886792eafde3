package dev.eventsim.simulator.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eventsim.simulator.api.ApiErrors;
import dev.eventsim.simulator.api.ApiRequest;
import dev.eventsim.simulator.api.Caller;
import dev.eventsim.simulator.api.JsonBody;
import dev.eventsim.simulator.api.Operation;
import dev.eventsim.simulator.api.RenderedJson;
import dev.eventsim.simulator.api.UnknownFields;
import dev.eventsim.simulator.auth.KsValidator;
import io.javalin.http.Context;
import java.io.IOException;

/**
 * One /api/v1 operation as the real service's pipeline runs it: the body is read (413 past 1 MiB)
 * and parsed (400 when malformed) before the KS is checked (401/403), then the content type
 * (400); rate limits and fault rules come after those and just before the operation. Errors are
 * the API's envelope, rendered by the one {@link ErrorRenderer}.
 */
final class ApiSurface implements Surface<ApiSurface.Call> {
    static final int MAX_BODY_BYTES = 1024 * 1024;
    private static final String JSON = "application/json";
    private static final String JSON_SUFFIX = "+json";

    /** The request as read: its content type, and its body when that is JSON (null otherwise). */
    record Call(String contentType, JsonBody body) {
    }

    private final String name;
    private final Operation operation;
    private final KsValidator auth;
    private final ObjectMapper mapper;
    private final ParsedBodies parsed;
    private final UnknownFields.Mode unknownFields;

    ApiSurface(String name, Operation operation, KsValidator auth, ObjectMapper mapper, ParsedBodies parsed,
               UnknownFields.Mode unknownFields) {
        this.name = name;
        this.operation = operation;
        this.auth = auth;
        this.mapper = mapper;
        this.parsed = parsed;
        this.unknownFields = unknownFields;
    }

    @Override
    public Call decode(Context ctx) throws IOException {
        byte[] bytes = RequestBody.read(ctx, MAX_BODY_BYTES, () -> ApiErrors.bodyTooLarge(MAX_BODY_BYTES),
                ApiErrors::invalidArgument);
        String contentType = ctx.contentType();
        return new Call(contentType, isJson(contentType) ? parsed.get(bytes, this::parse) : null);
    }

    /** The KS first; a body that is not JSON is refused only then, as the real service does. */
    @Override
    public Caller authenticate(Context ctx, Call call) {
        Caller caller = auth.authenticate(ctx.header("Authorization"));
        if (call.body() == null) {
            RequestAttributes.caller(ctx, caller);
            throw ApiErrors.notJsonContentType(call.contentType());
        }
        return caller;
    }

    @Override
    public String faultTarget(Call call) {
        return name;
    }

    /**
     * The operation, under the {@code --unknown-fields} mode: with {@code warn} the fields it met
     * that it does not take are named in a header and left for the journal, whether it succeeds or not.
     */
    @Override
    public Object run(Context ctx, Call call, Caller caller, Stages<Call> stages) {
        return UnknownFields.watch(unknownFields, () -> operation.handle(new ApiRequest(caller, call.body())),
                unknown -> {
                    if (!unknown.isEmpty()) {
                        String names = String.join(", ", unknown);
                        ctx.header(UnknownFields.HEADER, names);
                        RequestAttributes.unknownFields(ctx, names);
                    }
                });
    }

    @Override
    public Answer encode(Call call, Object result) throws IOException {
        return new Answer(result instanceof RenderedJson rendered ? rendered.bytes() : mapper.writeValueAsBytes(result),
                JSON);
    }

    @Override
    public Answer error(Context ctx, Call call, RuntimeException e) {
        throw e;
    }

    private JsonBody parse(byte[] bytes) {
        if (RequestBody.isBlank(bytes)) {
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
}
