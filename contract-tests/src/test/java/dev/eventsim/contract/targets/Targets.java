package dev.eventsim.contract.targets;

import java.net.URI;
import java.util.Locale;
import java.util.Map;

/**
 * Reads {@code -Dtarget} and the environment: {@code simulator} (the default) starts one
 * in-process; {@code nvp}, {@code eu}, {@code de} or a URL point at a real service, which needs
 * credentials from the environment. Without them the suites are skipped, never failed.
 */
public final class Targets {
    public static final String PROPERTY = "target";
    public static final String SIMULATOR = "simulator";
    /** The core API's service URL, when it is not the target's own root (a region's is elsewhere). */
    public static final String CORE_API_PROPERTY = "target.coreApiUrl";

    /** The guide's regions, by the names {@code -Dtarget} takes. */
    public static final Map<String, String> REGIONS = Map.of(
            "nvp", "https://events-api.nvp1.ovp.kaltura.com/api/v1",
            "eu", "https://events-api.irp2.ovp.kaltura.com/api/v1",
            "de", "https://events-api.frp2.ovp.kaltura.com/api/v1");

    private Targets() {
    }

    /** What {@code -Dtarget} asks for: a target to open, or why there is none. */
    public sealed interface Choice {
    }

    /** The in-process simulator. */
    public record Simulator() implements Choice {
    }

    /**
     * A real service with credentials; {@code coreApiUrl} is where its core API answers, null when
     * not known (a region named without {@code -Dtarget.coreApiUrl}: the check before the run fails).
     */
    public record Remote(URI apiBaseUrl, URI coreApiUrl, Credentials credentials) implements Choice {
    }

    /** Nothing to run against; the suites skip with this reason. */
    public record Unavailable(String reason) implements Choice {
    }

    public static Choice choose(String target, Map<String, String> environment) {
        return choose(target, null, environment);
    }

    /**
     * {@code coreApiUrl} ({@code -Dtarget.coreApiUrl}) defaults to the root of a URL target (the
     * simulator serves both APIs); a named region has none unless given.
     */
    public static Choice choose(String target, String coreApiUrl, Map<String, String> environment) {
        String name = target == null || target.isBlank() ? SIMULATOR : target.strip();
        if (name.equalsIgnoreCase(SIMULATOR)) {
            return new Simulator();
        }
        String region = REGIONS.get(name.toLowerCase(Locale.ROOT));
        URI url = URI.create(region != null ? region : apiBaseUrl(name));
        URI core = coreApiUrl != null && !coreApiUrl.isBlank() ? URI.create(coreApiUrl.strip())
                : region != null ? null : URI.create(url.toString().replaceFirst("/api/v1$", ""));
        return Credentials.fromEnvironment(environment)
                .<Choice>map(credentials -> new Remote(url, core, credentials))
                .orElseGet(() -> new Unavailable("-Dtarget=" + name + " (" + url + ") needs credentials in the"
                        + " environment: an ADMIN KS with a user id in " + Credentials.KS_VARIABLE + ", or "
                        + Credentials.PARTNER_ID_VARIABLE + " and " + Credentials.ADMIN_SECRET_VARIABLE
                        + "; none are set, so the suites against it are skipped"));
    }

    /** Opens the chosen target; an unavailable one is an error here (callers skip before). */
    static Target open(Choice choice) {
        if (choice instanceof Remote remote) {
            return new RegionTarget(remote.apiBaseUrl(), remote.coreApiUrl(), remote.credentials());
        }
        if (choice instanceof Unavailable unavailable) {
            throw new IllegalStateException(unavailable.reason());
        }
        return new SimulatorTarget();
    }

    /** {@code https://host/api/v1} from a URL given with or without the {@code /api/v1}. */
    static String apiBaseUrl(String given) {
        if (!given.startsWith("http://") && !given.startsWith("https://")) {
            throw new IllegalArgumentException("-Dtarget must be " + SIMULATOR + ", one of " + REGIONS.keySet()
                    + " or an http(s) URL, got '" + given + "'");
        }
        String url = given.replaceAll("/+$", "");
        return url.endsWith("/api/v1") ? url : url + "/api/v1";
    }
}
