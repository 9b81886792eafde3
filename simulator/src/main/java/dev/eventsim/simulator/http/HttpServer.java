package dev.eventsim.simulator.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventsim.simulator.auth.KsValidator;
import dev.eventsim.simulator.control.ControlRoutes;
import dev.eventsim.simulator.faults.Faults;
import io.javalin.Javalin;

/** Wires Javalin: trace ids, the API and control plane route tables, and the one error renderer. */
public final class HttpServer {
    private HttpServer() {
    }

    public static Javalin create(ApiRoutes routes, ControlRoutes control, KsValidator auth, ObjectMapper mapper,
                                 String adminToken, Faults faults) {
        FaultInjection injection = new FaultInjection(faults);
        AllowedMethods allowed = new AllowedMethods();
        ErrorRenderer errors = new ErrorRenderer(mapper, allowed::of);
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            config.http.prefer405over404 = true;
            config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrorHandler(mapper)));
        });
        app.before(ctx -> ctx.header(TraceIds.HEADER, TraceIds.next()));
        for (ApiRoutes.Route route : routes.routes()) {
            app.post(route.path(), new OperationHandler(route.operation(), route.handler(), auth, mapper, injection));
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
        errors.install(app);
        return app;
    }
}
