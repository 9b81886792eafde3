package dev.eventsim.simulator.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventsim.simulator.auth.KsValidator;
import dev.eventsim.simulator.control.ControlRoutes;
import dev.eventsim.simulator.faults.Faults;
import dev.eventsim.simulator.journal.Journal;
import dev.eventsim.simulator.journal.RequestMetrics;
import io.javalin.Javalin;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * Wires Javalin: the request journal and metrics, trace ids, the API and control plane route
 * tables, {@code GET /metrics}, the dashboard's files, and the one error renderer.
 */
public final class HttpServer {
    private HttpServer() {
    }

    public static Javalin create(ApiRoutes routes, ControlRoutes control, KsValidator auth, ObjectMapper mapper,
                                 String adminToken, Faults faults, Journal journal, RequestMetrics metrics,
                                 Clock clock) {
        FaultInjection injection = new FaultInjection(faults);
        AllowedMethods allowed = new AllowedMethods();
        ParsedBodies parsed = new ParsedBodies();
        ErrorRenderer errors = new ErrorRenderer(mapper, allowed::of);
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            config.http.prefer405over404 = true;
            config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrorHandler(mapper)));
            // Jetty caches a connection's header lines and by default matches them ignoring case: a
            // KS differing from the last one only in the case of a letter would be read as that one.
            config.jetty.modifyHttpConfiguration(http -> http.setHeaderCacheCaseSensitive(true));
        });
        // Javalin's first before handler: it also gives every answer its trace id.
        new CallRecorder(journal, metrics, clock, operations(routes)).install(app);
        // As the real service: Prometheus text, no KS; not journaled, as the control plane is not.
        app.get("/metrics", ctx -> ctx.contentType(RequestMetrics.CONTENT_TYPE).result(metrics.scrape()));
        for (ApiRoutes.Route route : routes.routes()) {
            app.post(route.path(), new OperationHandler(route.operation(), route.handler(), auth, mapper, injection, parsed));
            allowed.add("POST", route.path());
        }
        // The core API takes its parameters as a form POST or in the query of a GET.
        for (ApiRoutes.CoreRoute route : routes.coreRoutes()) {
            app.post(route.path(), route.handler());
            app.get(route.path(), route.handler());
            allowed.add("POST", route.path());
            allowed.add("GET", route.path());
        }
        for (ControlRoutes.Route route : control.routes()) {
            ControlHandler handler = new ControlHandler(route.handler(), mapper, adminToken);
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

    /** Route path to operation name: {@code events/create} for /api/v1, {@code session.start} for the core API. */
    private static Map<String, String> operations(ApiRoutes routes) {
        Map<String, String> operations = new HashMap<>();
        routes.routes().forEach(route -> operations.put(route.path(), route.operation()));
        routes.coreRoutes().forEach(route -> operations.put(route.path(),
                route.path().substring(ApiRoutes.CORE_API_BASE.length()).replace("/action/", ".")));
        return operations;
    }
}
