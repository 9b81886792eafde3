package dev.eventsim.simulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import dev.eventsim.simulator.coreapi.CoreRequest;
import dev.eventsim.simulator.coreapi.CoreRoute;
import dev.eventsim.simulator.coreapi.CoreSession;
import dev.eventsim.simulator.coreapi.References;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The core API (api_v3) in the pipeline: its codec ({@link CoreApiDecoder}, {@link CoreAnswers}),
 * its callers (the action is found first — {@code SERVICE_DOES_NOT_EXISTS},
 * {@code ACTION_DOES_NOT_EXISTS} — then the KS), fault rules by action name
 * ({@code session.start}), and its envelope: errors are HTTP 200 with a {@code KalturaAPIException},
 * as there, while a fault rule's answer keeps its HTTP code. A multirequest runs its requests in
 * order, each through the stages, an error standing in the place of a failed request.
 */
final class CoreApiSurface implements Surface<CoreApiSurface.Call> {
    private static final Logger LOG = LoggerFactory.getLogger(CoreApiSurface.class);
    static final String OPERATION = "eventsim.core-operation";
    /** In a multirequest, the last KS checked, as the core API remembers it. */
    private static final String CHECKED = "eventsim.core-checked-ks";

    /** A request, with the action and the session the authenticate stage found for it. */
    static final class Call {
        final CoreRequest request;
        CoreRoute route;
        CoreSession session;

        Call(CoreRequest request) {
            this.request = request;
        }
    }

    private final Map<String, Map<String, CoreRoute>> routes = new HashMap<>();
    private final KsValidator auth;
    private final CoreApiDecoder decoder;
    private final CoreAnswers answers;

    CoreApiSurface(List<CoreRoute> table, KsValidator auth, ObjectMapper mapper) {
        table.forEach(route -> routes.computeIfAbsent(key(route.service()), s -> new HashMap<>())
                .put(key(route.action()), route));
        this.auth = auth;
        this.decoder = new CoreApiDecoder(mapper);
        this.answers = new CoreAnswers(mapper);
    }

    @Override
    public Call decode(Context ctx) throws Exception {
        return new Call(decoder.decode(ctx));
    }

    /** The format, then the action, then the KS: a KS that is sent is checked even where none is needed. */
    @Override
    public Caller authenticate(Context ctx, Call call) {
        CoreRequest request = call.request;
        if (request.format() == CoreFormat.UNSUPPORTED) {
            throw CoreApiErrors.unknownFormat(request.params().text("format"));
        }
        if (request.isMultirequest()) {
            ctx.attribute(OPERATION, CoreRequest.MULTIREQUEST);
            return null; // each request inside is authenticated on its own
        }
        call.route = route(request);
        if (ctx.attribute(OPERATION) == null) {
            ctx.attribute(OPERATION, call.route.operation()); // the journal's name: only known actions, never what was sent
        }
        Map<String, CoreSession> checked = ctx.attribute(CHECKED);
        call.session = request.ks() != null && checked != null && checked.containsKey(request.ks())
                ? checked.get(request.ks()) : session(request, call.route);
        if (call.session == null) {
            return null;
        }
        if (checked != null) {
            checked.clear();
            checked.put(request.ks(), call.session);
        }
        requireAccess(call.session, call.route);
        return new Caller(call.session.partnerId(), call.session.userId());
    }

    /** A rule naming {@code multirequest} answers the whole call: no partner is known before its requests run. */
    @Override
    public String faultTarget(Call call) {
        return call.request.isMultirequest() ? CoreRequest.MULTIREQUEST : call.route.operation();
    }

    @Override
    public Object run(Context ctx, Call call, Caller caller, Stages<Call> stages) throws Exception {
        if (call.request.isMultirequest()) {
            return multirequest(ctx, call.request, stages);
        }
        CoreRoute route = call.route;
        return route.handler().handle(new CoreCall(route.service(), route.action(), call.request.params(), call.session));
    }

    /**
     * The requests in order, each through the stages; an error stands in its place and the rest go
     * on. As in the core API a KS is checked once in a multirequest (one {@code actionslimit} use;
     * a session.end inside it does not refuse the later requests).
     */
    private Object multirequest(Context ctx, CoreRequest request, Stages<Call> stages) throws Exception {
        List<JsonNode> results = new ArrayList<>();
        List<Object> slots = new ArrayList<>();
        References references = new References(results);
        ctx.attribute(CHECKED, new HashMap<String, CoreSession>());
        for (CoreRequest part : request.parts()) {
            try {
                Object result = stages.run(new Call(references.resolve(part)));
                if (result == Pipeline.DROPPED) {
                    return Pipeline.DROPPED;
                }
                JsonNode tree = result instanceof JsonNode node ? node : answers.tree(result);
                results.add(tree);
                slots.add(tree);
            } catch (CoreApiException e) {
                results.add(answers.errorTree(e));
                slots.add(e);
            } catch (ApiException e) {
                CoreApiException injected = injected(e);
                results.add(answers.errorTree(injected));
                slots.add(injected);
            }
        }
        return new Multi(slots);
    }

    /** The answers of a multirequest, in order: each a result tree or the error in its place. */
    private record Multi(List<Object> slots) {
    }

    @Override
    public Answer encode(Call call, Object result) {
        CoreFormat format = call.request.format();
        byte[] bytes = result instanceof Multi multi ? answers.multi(multi.slots(), format) : answers.result(result, format);
        return new Answer(bytes, format.contentType());
    }

    @Override
    public Answer error(Context ctx, Call call, RuntimeException e) {
        CoreFormat format = call == null ? CoreFormat.JSON : call.request.format();
        CoreApiException error;
        if (e instanceof CoreApiException core) {
            if (core.code().equals("SERVICE_FORBIDDEN")) {
                ctx.header("X-Kaltura", "error-SERVICE_FORBIDDEN"); // as the core API marks a refused service
            }
            error = core;
        } else if (e instanceof ApiException api) {
            // a fault rule's answer, or a rate limit: its HTTP code, in the core API's envelope
            ctx.status(api.httpStatus());
            api.headers().forEach(ctx::header);
            error = injected(api);
        } else {
            LOG.error("Unexpected error in {} {}", ctx.req().getMethod(), ctx.path(), e);
            error = CoreApiErrors.internal();
        }
        return new Answer(answers.error(error, format), format.contentType());
    }

    private static CoreApiException injected(ApiException e) {
        return CoreApiErrors.injected(e.status().name(), e.getMessage());
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

    /** The KS's session, or null when none is sent and the action needs none. */
    private CoreSession session(CoreRequest request, CoreRoute route) {
        if (request.ks() == null) {
            if (route.access() != Access.NONE) {
                throw CoreApiErrors.serviceForbidden(serviceAction(route));
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
        return new CoreSession(request.ks(), session.partnerId(), session.userId(), session.type(),
                session.expiry(), session.privileges());
    }

    /** An ADMIN action needs an ADMIN KS whose role (setrole) is not one of the read-only roles. */
    private static void requireAccess(CoreSession session, CoreRoute route) {
        if (route.access() == Access.ADMIN && (!session.isAdmin() || KsValidator.isRestrictedRole(session.privileges()))) {
            throw CoreApiErrors.serviceForbidden(serviceAction(route));
        }
    }

    private static String serviceAction(CoreRoute route) {
        return route.service().toLowerCase(Locale.ROOT) + "->" + route.action();
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
