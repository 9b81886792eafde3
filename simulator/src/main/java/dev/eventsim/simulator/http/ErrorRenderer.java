package dev.eventsim.simulator.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventsim.simulator.api.ApiErrors;
import dev.eventsim.simulator.api.ApiException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place errors are rendered: every {@link ApiException}, every framework error and every
 * unexpected exception becomes the API's JSON envelope. No framework page or stack trace leaks.
 */
public final class ErrorRenderer {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorRenderer.class);
    private static final String RENDERED = "eventsim.error-rendered";

    private final ObjectMapper mapper;
    private final AllowedMethods routes;

    ErrorRenderer(ObjectMapper mapper, AllowedMethods routes) {
        this.mapper = mapper;
        this.routes = routes;
    }

    public void install(Javalin app) {
        app.exception(ApiException.class, (e, ctx) -> render(ctx, e));
        app.exception(HttpResponseException.class, (e, ctx) -> render(ctx, fromFramework(e, ctx)));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("Unexpected error in {} {}", method(ctx), ctx.path(), e);
            render(ctx, ApiErrors.internal("Internal simulator error; trace id " + ctx.res().getHeader(TraceIds.HEADER)));
        });
        app.error(404, ctx -> renderUnlessDone(ctx, noSuchRoute(ctx)));
        app.error(405, ctx -> renderUnlessDone(ctx, methodNotAllowed(ctx)));
    }

    public void render(Context ctx, ApiException e) {
        ctx.attribute(RENDERED, true);
        ctx.status(e.httpStatus());
        e.headers().forEach(ctx::header);
        ctx.contentType("application/json").result(bytes(new ErrorEnvelope(e.status().name(), e.getMessage())));
    }

    private void renderUnlessDone(Context ctx, ApiException e) {
        if (ctx.attribute(RENDERED) == null) {
            render(ctx, e);
        }
    }

    /** The method as sent: Javalin names one it does not know {@code INVALID}. */
    private static String method(Context ctx) {
        return ctx.req().getMethod();
    }

    private ApiException methodNotAllowed(Context ctx) {
        return ApiErrors.methodNotAllowed(method(ctx), ctx.path(), routes.of(ctx.path()));
    }

    private ApiException noSuchRoute(Context ctx) {
        return ApiErrors.noSuchRoute(method(ctx), ctx.path(), routes.nearest(ctx.path()).orElse(null));
    }

    private ApiException fromFramework(HttpResponseException e, Context ctx) {
        return switch (e.getStatus()) {
            case 404 -> noSuchRoute(ctx);
            case 405 -> methodNotAllowed(ctx);
            case 413 -> ApiErrors.bodyTooLarge(ApiSurface.MAX_BODY_BYTES);
            default -> e.getStatus() < 500 ? ApiErrors.invalidArgument(e.getMessage()) : ApiErrors.internal(e.getMessage());
        };
    }

    private byte[] bytes(Object body) {
        try {
            return mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an error envelope always serializes", e);
        }
    }
}
