package dev.eventsim.simulator.http;

import dev.eventsim.simulator.api.ApiErrors;
import dev.eventsim.simulator.dashboard.DashboardAssets;
import io.javalin.Javalin;
import io.javalin.http.Context;

/**
 * Serves the dashboard's files at {@code /__sim/ui} and {@code /__sim/ui/<file>}. They carry no
 * data and a browser cannot add a header to a page load, so they need no admin token; every call
 * the page makes for data goes to the control plane, which does.
 */
final class DashboardHandler {
    /** The page loads nothing from anywhere else: no CDN, no inline script, works offline. */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private final DashboardAssets assets = new DashboardAssets();

    void install(Javalin app, AllowedMethods allowed) {
        app.get(DashboardAssets.PATH, ctx -> serve(ctx, DashboardAssets.INDEX));
        app.get(DashboardAssets.PATH + "/<file>", ctx -> serve(ctx, ctx.pathParam("file")));
        allowed.add("GET", DashboardAssets.PATH);
        allowed.add("GET", DashboardAssets.PATH + "/{file}");
    }

    private void serve(Context ctx, String name) {
        DashboardAssets.Asset asset = assets.find(name)
                .orElseThrow(() -> ApiErrors.dashboardFileNotFound(ctx.path()));
        // Revalidated on every load (cheap: an ETag), so a newer simulator's page is never stale.
        ctx.header("Cache-Control", "no-cache");
        ctx.header("ETag", asset.etag());
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("Referrer-Policy", "no-referrer");
        if (matches(ctx.header("If-None-Match"), asset.etag())) {
            ctx.status(304);
            return;
        }
        ctx.contentType(asset.contentType()).result(asset.bytes());
    }

    /** RFC 9110 If-None-Match: {@code *} or a list of tags, compared weakly. */
    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String candidate = tag.strip();
            if (candidate.equals("*") || candidate.equals(etag) || candidate.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }
}
