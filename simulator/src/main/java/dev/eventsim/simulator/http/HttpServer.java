package dev.eventsim.simulator.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventsim.simulator.auth.KsValidator;
import io.javalin.Javalin;

/** Wires Javalin: trace ids, the route table, and the one error renderer. */
public final class HttpServer {
    private HttpServer() {
    }

    public static Javalin create(ApiRoutes routes, KsValidator auth, ObjectMapper mapper) {
        ErrorRenderer errors = new ErrorRenderer(mapper);
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            config.http.prefer405over404 = true;
            config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrorHandler(mapper)));
        });
        app.before(ctx -> ctx.header(TraceIds.HEADER, TraceIds.next()));
        for (ApiRoutes.Route route : routes.routes()) {
            app.post(route.path(), new OperationHandler(route.handler(), auth, mapper));
        }
        // The core API takes its parameters as a form POST or in the query of a GET.
        for (ApiRoutes.CoreRoute route : routes.coreRoutes()) {
            app.post(route.path(), route.handler());
            app.get(route.path(), route.handler());
        }
        errors.install(app);
        return app;
    }
}
