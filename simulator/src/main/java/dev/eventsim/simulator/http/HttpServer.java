package dev.eventsim.simulator.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventsim.simulator.auth.KsValidator;
import dev.eventsim.simulator.control.ControlRoutes;
import dev.eventsim.simulator.faults.Faults;
import dev.eventsim.simulator.journal.CallLog;
import dev.eventsim.simulator.journal.Journal;
import dev.eventsim.simulator.journal.RequestMetrics;
import io.javalin.Javalin;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * Wires Javalin: the request journal and metrics, trace ids, the Host and Origin checks, the
 * route tables of the API, the core API and the control plane — each route one {@link Pipeline}
 * over its surface — {@code GET /metrics}, the OpenAPI document, the dashboard's files, and the one error renderer.
 */
public final class HttpServer {
    private HttpServer() {
    }

    public static Javalin create(ApiRoutes routes, CoreApiRoutes coreRoutes, ControlRoutes control, KsValidator auth,
                                 ObjectMapper mapper, EdgeSettings settings, Faults faults, Journal journal,
                                 RequestMetrics metrics, CallLog log, Clock clock) {
        OriginGuard origins = new OriginGuard(settings.host(), settings.allowedHosts());
        FaultInjection injection = new FaultInjection(faults);
        AllowedMethods allowed = new AllowedMethods();
        ParsedBodies parsed = new ParsedBodies();
        metrics.watchCache(parsed.kept());
        ErrorRenderer errors = new ErrorRenderer(mapper, allowed);
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            config.http.prefer405over404 = true;
            // The official client libraries build {serviceUrl}/api_v3/...: a service URL ending in a
            // slash gives //api_v3, which the core API serves like /api_v3.
            config.router.treatMultipleSlashesAsSingleSlash = true;
            config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrorHandler(mapper)));
            // Jetty caches a connection's header lines and by default matches them ignoring case: a
            // KS differing from the last one only in the case of a letter would be read as that one.
            config.jetty.modifyHttpConfiguration(http -> {
                http.setHeaderCacheCaseSensitive(true);
                http.setUriCompliance(org.eclipse.jetty.http.UriCompliance.DEFAULT
                        .with("api_v3 paths", org.eclipse.jetty.http.UriCompliance.Violation.AMBIGUOUS_EMPTY_SEGMENT));
            });
        });
        // A silent connection is closed after this long; a body shorter than its Content-Length is
        // then answered 400 (RequestBody) rather than waited on for Jetty's default 30 s. Javalin
        // makes its connector at start, so it is set then, before the first call is accepted.
        app.events(events -> events.serverStarted(() -> {
            for (org.eclipse.jetty.server.Connector connector : app.jettyServer().server().getConnectors()) {
                if (connector instanceof org.eclipse.jetty.server.AbstractConnector server) {
                    server.setIdleTimeout(settings.idleTimeout().toMillis());
                }
            }
        }));
        // Javalin's first before handler: it also gives every answer its trace id.
        new CallRecorder(journal, metrics, log, clock, operations(routes)).install(app);
        // Then, on every path (/metrics and unknown ones too): only the simulator's own names, and on
        // /__sim only its own origin and JSON writes. Refused calls of the API are journaled as 403s.
        origins.install(app);
        // As the real service: Prometheus text, no KS; not journaled, as the control plane is not.
        app.get("/metrics", ctx -> ctx.contentType(RequestMetrics.CONTENT_TYPE).result(metrics.scrape()));
        OpenApiDocument.install(app, allowed);
        for (ApiRoutes.Route route : routes.routes()) {
            app.post(route.path(), new Pipeline<>(
                    new ApiSurface(route.operation(), route.handler(), auth, mapper, parsed, settings.unknownFields()),
                    injection));
            allowed.add("POST", route.path());
        }
        // The core API: a POST (form, multipart or JSON) or a GET, its service and action in the
        // path or the parameters; one handler runs every action of its route table.
        Pipeline<?> core = new Pipeline<>(new CoreApiSurface(coreRoutes.routes(), auth, mapper), injection);
        app.post(CoreApiRoutes.BASE + "<path>", core);
        app.get(CoreApiRoutes.BASE + "<path>", core);
        allowed.add("POST", CoreApiRoutes.BASE + "<path>");
        allowed.add("GET", CoreApiRoutes.BASE + "<path>");
        for (ControlRoutes.Route route : control.routes()) {
            Pipeline<?> handler = new Pipeline<>(new ControlSurface(route.handler(), mapper, settings.adminToken()), injection);
            switch (route.method()) {
                case GET -> app.get(route.path(), handler);
                case POST -> app.post(route.path(), handler);
                case DELETE -> app.delete(route.path(), handler);
            }
            allowed.add(route.method().name(), route.path());
        }
        new DashboardHandler().install(app, allowed);
        errors.install(app);
        return app;
    }

    /** Route path to operation name, for /api/v1 ({@code events/create}); the core API's handler names its calls. */
    private static Map<String, String> operations(ApiRoutes routes) {
        Map<String, String> operations = new HashMap<>();
        routes.routes().forEach(route -> operations.put(route.path(), route.operation()));
        return operations;
    }
}
