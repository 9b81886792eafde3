package dev.eventsim.simulator.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eventsim.simulator.api.ApiException;
import dev.eventsim.simulator.api.Caller;
import dev.eventsim.simulator.auth.KalturaSession;
import dev.eventsim.simulator.auth.KsRejectedException;
import dev.eventsim.simulator.auth.KsValidator;
import dev.eventsim.simulator.coreapi.Access;
import dev.eventsim.simulator.coreapi.CoreAnswers;
import dev.eventsim.simulator.coreapi.CoreApiErrors;
import dev.eventsim.simulator.coreapi.CoreApiException;
import dev.eventsim.simulator.coreapi.CoreCall;
import dev.eventsim.simulator.coreapi.CoreFormat;
import dev.eventsim.simulator.coreapi.CoreParams;
import dev.eventsim.simulator.coreapi.CoreRequest;
import dev.eventsim.simulator.coreapi.CoreRoute;
import dev.eventsim.simulator.coreapi.CoreSession;
import dev.eventsim.simulator.coreapi.References;
import dev.eventsim.simulator.faults.InjectedFault;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs core API (api_v3) calls through the same stages as /api/v1 operations, with the core
 * API's codec and envelope: decode (query, form, multipart or JSON, merged), find the action
 * ({@code SERVICE_DOES_NOT_EXISTS}, {@code ACTION_DOES_NOT_EXISTS}), check the KS, apply fault
 * rules by action name ({@code session.start}), run the action, write JSON or XML. Errors are
 * HTTP 200 with a {@code KalturaAPIException}, as there; a fault rule's answer keeps its HTTP code.
 * A multirequest runs its requests in order, each through the same stages, an error standing in
 * the place of a failed request.
 */
final class CoreApiHandler implements Handler {
    private static final Logger LOG = LoggerFactory.getLogger(CoreApiHandler.class);
    static final String OPERATION = "eventsim.core-operation";

    private final Map<String, Map<String, CoreRoute>> routes = new HashMap<>();
    private final KsValidator auth;
    private final ObjectMapper mapper;
    private final CoreAnswers answers;
    private final FaultInjection faults;

    CoreApiHandler(List<CoreRoute> table, KsValidator auth, ObjectMapper mapper, FaultInjection faults) {
        table.forEach(route -> routes.computeIfAbsent(key(route.service()), s -> new HashMap<>())
                .put(key(route.action()), route));
        this.auth = auth;
        this.mapper = mapper;
        this.answers = new CoreAnswers(mapper);
        this.faults = faults;
    }

    @Override
    public void handle(Context ctx) throws Exception {
        CoreFormat format = CoreFormat.JSON;
        byte[] answer;
        try {
            CoreRequest request = decode(ctx);
            format = request.format();
            if (format == CoreFormat.UNSUPPORTED) {
                throw CoreApiErrors.unknownFormat(request.params().text("format"));
            }
            if (request.isMultirequest()) {
                ctx.attribute(OPERATION, CoreRequest.MULTIREQUEST);
                answer = multirequest(ctx, request);
            } else {
                InjectedFault[] fault = new InjectedFault[1];
                Object result = run(ctx, request, fault, null);
                if (FaultInjection.dropped(fault[0])) {
                    return;
                }
                faults.after(fault[0]);
                answer = answers.result(result, format);
            }
        } catch (CoreApiException e) {
            if (e.code().equals("SERVICE_FORBIDDEN")) {
                ctx.header("X-Kaltura", "error-SERVICE_FORBIDDEN"); // as the core API marks a refused service
            }
            answer = answers.error(e, format);
        } catch (ApiException e) {
            // a fault rule's answer, or a rate limit: its HTTP code, in the core API's envelope
            ctx.status(e.httpStatus());
            e.headers().forEach(ctx::header);
            answer = answers.error(CoreApiErrors.injected(e.status().name(), e.getMessage()), format);
        } catch (RuntimeException e) {
            LOG.error("Unexpected error in {} {}", ctx.method(), ctx.path(), e);
            answer = answers.error(CoreApiErrors.internal(), format);
        }
        RequestAttributes.responseBody(ctx, answer);
        ctx.contentType(format.contentType());
        ctx.result(answer);
    }

    /**
     * The requests in order, each through the stages; an error stands in its place and the rest
     * go on. As in the core API a KS is checked once in a multirequest (one {@code actionslimit}
     * use; a session.end inside it does not refuse the later requests).
     */
    private byte[] multirequest(Context ctx, CoreRequest request) throws InterruptedException {
        // A rule naming multirequest answers the whole call (no partner is known before its requests run).
        InjectedFault whole = faults.before(ctx, CoreRequest.MULTIREQUEST, null);
        if (FaultInjection.dropped(whole)) {
            return new byte[0];
        }
        List<JsonNode> results = new ArrayList<>();
        List<Object> slots = new ArrayList<>();
        References references = new References(results);
        Map<String, CoreSession> checked = new HashMap<>(); // the last KS checked, as the core API remembers it
        for (CoreRequest part : request.parts()) {
            try {
                CoreRequest resolved = references.resolve(part);
                InjectedFault[] fault = new InjectedFault[1];
                Object result = run(ctx, resolved, fault, checked);
                if (FaultInjection.dropped(fault[0])) {
                    return new byte[0];
                }
                faults.after(fault[0]);
                JsonNode tree = result instanceof JsonNode node ? node : answers.tree(result);
                results.add(tree);
                slots.add(tree);
            } catch (CoreApiException e) {
                results.add(answers.errorTree(e));
                slots.add(e);
            } catch (ApiException e) {
                CoreApiException injected = CoreApiErrors.injected(e.status().name(), e.getMessage());
                results.add(answers.errorTree(injected));
                slots.add(injected);
            }
        }
        faults.after(whole);
        return answers.multi(slots, request.format());
    }

    /** One action through the stages: route, KS, faults, the action. The fault that fired is left in {@code fault}. */
    private Object run(Context ctx, CoreRequest request, InjectedFault[] fault, Map<String, CoreSession> checked)
            throws InterruptedException {
        CoreRoute route = route(request);
        if (ctx.attribute(OPERATION) == null) {
            ctx.attribute(OPERATION, route.operation()); // the journal's name: only known actions, never what was sent
        }
        CoreSession session = request.ks() != null && checked != null && checked.containsKey(request.ks())
                ? checked.get(request.ks()) : authenticate(request, route);
        if (session != null && checked != null) {
            checked.clear();
            checked.put(request.ks(), session);
            requireAccess(session, route);
        }
        Caller caller = session == null ? null : new Caller(session.partnerId(), session.userId());
        if (caller != null) {
            RequestAttributes.caller(ctx, caller);
        }
        fault[0] = faults.before(ctx, route.operation(), caller);
        if (FaultInjection.dropped(fault[0])) {
            return null;
        }
        return route.handler().handle(new CoreCall(route.service(), route.action(), request.params(), session));
    }

    private CoreRoute route(CoreRequest request) {
        if (request.service() == null) {
            throw CoreApiErrors.serviceNotSpecified();
        }
        Map<String, CoreRoute> actions = routes.get(key(request.service()));
        if (actions == null) {
            throw CoreApiErrors.serviceDoesNotExist(request.service());
        }
        if (request.action() == null) {
            throw CoreApiErrors.actionNotSpecified();
        }
        CoreRoute route = actions.get(key(request.action()));
        if (route == null) {
            throw CoreApiErrors.actionDoesNotExist(request.action(), request.service());
        }
        return route;
    }

    /** The KS checked before any parameter; a KS that is sent is checked even where none is needed. */
    private CoreSession authenticate(CoreRequest request, CoreRoute route) {
        String serviceAction = route.service().toLowerCase(Locale.ROOT) + "->" + route.action();
        if (request.ks() == null) {
            if (route.access() != Access.NONE) {
                throw CoreApiErrors.serviceForbidden(serviceAction);
            }
            return null;
        }
        KalturaSession session;
        try {
            session = auth.validate(request.ks());
        } catch (KsRejectedException e) {
            throw switch (e.error()) {
                case INVALID_STR -> CoreApiErrors.invalidKs(request.ks());
                case INVALID_ACTIONS_LIMIT -> CoreApiErrors.invalidActionsLimit();
                // A KS that was read but refused: the reason stands where the KS would be.
                default -> CoreApiErrors.invalidKsBecause(e.error().name());
            };
        }
        CoreSession checked = new CoreSession(request.ks(), session.partnerId(), session.userId(), session.type(),
                session.expiry(), session.privileges());
        requireAccess(checked, route);
        return checked;
    }

    /** An ADMIN action needs an ADMIN KS whose role (setrole) is not one of the read-only roles. */
    private static void requireAccess(CoreSession session, CoreRoute route) {
        if (route.access() == Access.ADMIN && (!session.isAdmin() || KsValidator.isRestrictedRole(session.privileges()))) {
            throw CoreApiErrors.serviceForbidden(route.service().toLowerCase(Locale.ROOT) + "->" + route.action());
        }
    }

    private CoreRequest decode(Context ctx) throws IOException {
        String contentType = ctx.contentType() == null ? "" : ctx.contentType().strip().toLowerCase(Locale.ROOT);
        ObjectNode json = null;
        Map<String, List<String>> form = Map.of();
        // As the core API: a body is JSON only under exactly application/json (with a charset it is
        // not read at all), a form under the form types; any other body is not read.
        if (contentType.equals("application/json")) {
            json = parse(readBody(ctx));
        } else if (contentType.startsWith("application/x-www-form-urlencoded")
                || contentType.startsWith("multipart/form-data")) {
            form = ctx.formParamMap();
            requireText(ctx, contentType);
            List<String> jsonPart = form.get("json");
            if (contentType.startsWith("multipart/") && jsonPart != null && !jsonPart.isEmpty()) {
                json = parse(jsonPart.get(0).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        if (ctx.queryString() != null) {
            CoreParams.requireText(ctx.queryString().getBytes(java.nio.charset.StandardCharsets.UTF_8), charset(ctx));
        }
        return CoreRequest.decode(ctx.path(), ctx.queryParamMap(), form, json, ctx.header("Authorization"));
    }

    /**
     * Form fields whose bytes are not text in the request's charset (UTF-8 unless it names another)
     * are refused: Javalin would read them as U+FFFD and the value would be stored changed.
     */
    private static void requireText(Context ctx, String contentType) throws IOException {
        java.nio.charset.Charset charset = charset(ctx);
        if (contentType.startsWith("application/x-www-form-urlencoded")) {
            CoreParams.requireText(ctx.bodyAsBytes(), charset);
            return;
        }
        try {
            for (jakarta.servlet.http.Part part : ctx.req().getParts()) {
                if (part.getSubmittedFileName() == null) {
                    try (InputStream in = part.getInputStream()) {
                        CoreParams.requireText(part.getName(), in.readAllBytes(), charset);
                    }
                }
            }
        } catch (jakarta.servlet.ServletException e) {
            // not a multipart body Javalin could read: it read no fields either
        }
    }

    /** The charset Javalin decodes the query and the form with. */
    private static java.nio.charset.Charset charset(Context ctx) {
        try {
            return java.nio.charset.Charset.forName(ctx.characterEncoding());
        } catch (IllegalArgumentException e) {
            return java.nio.charset.StandardCharsets.UTF_8;
        }
    }

    private static byte[] readBody(Context ctx) throws IOException {
        long length = ctx.req().getContentLengthLong();
        if (length > OperationHandler.MAX_BODY_BYTES) {
            throw tooLarge();
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] bytes = in.readNBytes(length >= 0 ? (int) length : OperationHandler.MAX_BODY_BYTES + 1);
            RequestAttributes.requestBody(ctx, bytes);
            if (bytes.length > OperationHandler.MAX_BODY_BYTES) {
                throw tooLarge();
            }
            return bytes;
        }
    }

    private static CoreApiException tooLarge() {
        return CoreApiErrors.invalidParameterValue("(request body larger than " + OperationHandler.MAX_BODY_BYTES
                + " bytes)", "");
    }

    private ObjectNode parse(byte[] bytes) {
        if (new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            return null;
        }
        JsonNode node;
        try {
            node = mapper.readTree(bytes);
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw CoreApiErrors.malformedJson("not JSON" + where + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw CoreApiErrors.malformedJson("not JSON: " + e.getMessage());
        }
        if (!(node instanceof ObjectNode object)) {
            throw CoreApiErrors.malformedJson("a JSON " + node.getNodeType().name().toLowerCase(Locale.ROOT)
                    + ", not an object of parameters");
        }
        return object;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
