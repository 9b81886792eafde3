package dev.eventsim.simulator.auth;

import dev.eventsim.simulator.http.CoreApiWriter;
import io.javalin.http.Context;

/** {@code POST /api_v3/service/session/action/start}: form fields in, a KS (or a KalturaAPIException) out. */
public final class SessionStartController {
    private final SessionStarter starter;
    private final CoreApiWriter writer;

    public SessionStartController(SessionStarter starter, CoreApiWriter writer) {
        this.starter = starter;
        this.writer = writer;
    }

    public void start(Context ctx) throws Exception {
        try {
            writer.result(ctx, starter.start(name -> CoreApiWriter.param(ctx, name)));
        } catch (CoreApiException e) {
            writer.error(ctx, e);
        }
    }
}
