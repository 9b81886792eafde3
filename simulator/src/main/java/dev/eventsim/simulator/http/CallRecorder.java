package dev.eventsim.simulator.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.eventsim.simulator.api.Caller;
import dev.eventsim.simulator.journal.ApiCall;
import dev.eventsim.simulator.journal.Body;
import dev.eventsim.simulator.journal.CallLog;
import dev.eventsim.simulator.journal.Journal;
import dev.eventsim.simulator.journal.RequestMetrics;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds the journal and the metrics with every /api/v1 and core API call, and gives every answer
 * its {@code x-traceid}. It runs as Javalin's first {@code before} and an {@code after} handler: {@code after} runs once exception and error
 * handlers have rendered the answer and before it is written, so errors are recorded like any
 * answer, and a client that has its answer can always find it in the journal.
 */
final class CallRecorder {
    private static final Logger LOG = LoggerFactory.getLogger(CallRecorder.class);
    private static final String STARTED = "eventsim.started-nanos";
    private static final String ARRIVED = "eventsim.arrived";
    static final String UNKNOWN_OPERATION = "unknown";
    private static final JsonFactory JSON = new JsonFactory();
    private static final byte[] OK_LAST = "\"status\":\"ok\"}".getBytes(StandardCharsets.UTF_8);
    private static final Pattern XML_ERROR_CODE = Pattern.compile("<error>.*?<code>([^<]*)</code>", Pattern.DOTALL);

    private final Journal journal;
    private final RequestMetrics metrics;
    private final Clock clock;
    private final Map<String, String> operations;
    private final CallLog log;

    /** {@code operations} maps each route path to its operation name ({@code events/create}, {@code session.start}). */
    CallRecorder(Journal journal, RequestMetrics metrics, CallLog log, Clock clock, Map<String, String> operations) {
        this.journal = journal;
        this.log = log;
        this.metrics = metrics;
        this.clock = clock;
        this.operations = Map.copyOf(operations);
    }

    void install(Javalin app) {
        app.before(ctx -> {
            ctx.header(TraceIds.HEADER, TraceIds.next()); // every answer carries one, control plane included
            if (isApiCall(ctx.path())) {
                ctx.attribute(STARTED, System.nanoTime());
                ctx.attribute(ARRIVED, clock.instant());
            }
        });
        app.after(ctx -> {
            Long started = ctx.attribute(STARTED);
            if (started != null) {
                try {
                    record(ctx, System.nanoTime() - started);
                } catch (RuntimeException | IOException e) {
                    LOG.warn("Could not journal {} {}", ctx.req().getMethod(), ctx.path(), e);
                }
            }
        });
    }

    private void record(Context ctx, long latencyNanos) throws IOException {
        String operation = operationOf(ctx);
        int httpStatus = ctx.statusCode();
        Caller caller = ctx.attribute(RequestAttributes.CALLER);
        Object fault = ctx.attribute(Journal.FAULT_ATTRIBUTE);
        Body request = null;
        Body response = null;
        String status = null;
        if (journal.keepsEntries() || log.enabled()) {
            byte[] responseBytes = ctx.attribute(RequestAttributes.RESPONSE_BODY);
            if (responseBytes == null) {
                responseBytes = responseBytes(ctx);
            }
            request = Body.of(requestBytes(ctx), journal.bodyLimit());
            response = Body.of(responseBytes, journal.bodyLimit());
            status = statusOf(responseBytes, ctx.res().getContentType());
        }
        ApiCall call = new ApiCall(ctx.attribute(ARRIVED), ctx.req().getMethod(), ctx.path(), operation,
                caller == null ? null : caller.partnerId(), caller == null ? null : caller.userId(), httpStatus,
                status, latencyNanos, ctx.res().getHeader(TraceIds.HEADER), fault == null ? null : fault.toString(),
                ctx.attribute(RequestAttributes.UNKNOWN_FIELDS), request, response);
        journal.record(call);
        log.record(call);
        metrics.record(operation, httpStatus, latencyNanos);
    }

    /**
     * A JSON object whose last bytes are these has {@code "status": "ok"} as its last member: a
     * quote inside a string is always escaped, and a nested object would end with two braces.
     * Most answers end so, and a long list need not be parsed to find it.
     */
    private static boolean endsWith(byte[] body, byte[] tail) {
        if (body.length < tail.length + 1 || body[0] != '{') {
            return false;
        }
        for (int i = 1; i <= tail.length; i++) {
            if (body[body.length - i] != tail[tail.length - i]) {
                return false;
            }
        }
        byte before = body[body.length - tail.length - 1];
        return before == ',' || before == '{';
    }

    private static boolean isApiCall(String path) {
        return path.startsWith(ApiRoutes.API_BASE) || path.startsWith(CoreApiRoutes.BASE) || path.startsWith("//api_v3/");
    }

    /** The matched route's operation; a wrong method on a known path still names it (405). */
    private String operationOf(Context ctx) {
        String coreAction = ctx.attribute(CoreApiSurface.OPERATION);
        if (coreAction != null) {
            return coreAction;
        }
        String byRoute = operations.get(ctx.endpointHandlerPath());
        return byRoute != null ? byRoute : operations.getOrDefault(ctx.path(), UNKNOWN_OPERATION);
    }

    /** The body as the handler read it, or, if no handler did (404, 405, core API forms), as Javalin caches it. */
    private static byte[] requestBytes(Context ctx) {
        byte[] read = ctx.attribute(RequestAttributes.REQUEST_BODY);
        if (read != null) {
            return read;
        }
        if (ctx.req().getContentLengthLong() > ApiSurface.MAX_BODY_BYTES) {
            return null; // refused unread (413)
        }
        try {
            return ctx.bodyAsBytes();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Reads the answer without consuming it: the same bytes are set back as the result. */
    private static byte[] responseBytes(Context ctx) throws IOException {
        InputStream result = ctx.resultInputStream();
        if (result == null) {
            return new byte[0];
        }
        byte[] bytes = result.readAllBytes();
        ctx.result(bytes);
        return bytes;
    }

    /**
     * The request status of an answer: the top-level {@code status} of an /api/v1 body, or the
     * {@code code} of a core API exception (JSON or XML); null for a bare result such as a KS.
     */
    static String statusOf(byte[] body, String contentType) {
        if (body.length == 0) {
            return null;
        }
        if (endsWith(body, OK_LAST)) {
            return "ok";
        }
        if (contentType != null && contentType.contains("xml")) {
            Matcher code = XML_ERROR_CODE.matcher(new String(body, StandardCharsets.UTF_8));
            return code.find() ? code.group(1) : null;
        }
        try (JsonParser parser = JSON.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            String code = null;
            boolean coreApiError = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value == JsonToken.VALUE_STRING) {
                    switch (name) {
                        case "status" -> {
                            return parser.getText();
                        }
                        case "code" -> code = parser.getText();
                        case "objectType" -> coreApiError = "KalturaAPIException".equals(parser.getText());
                        default -> { }
                    }
                }
                parser.skipChildren();
            }
            return coreApiError ? code : null;
        } catch (IOException e) {
            return null;
        }
    }
}
