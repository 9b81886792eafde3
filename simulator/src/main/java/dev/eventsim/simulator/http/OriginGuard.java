package dev.eventsim.simulator.http;

import dev.eventsim.simulator.api.ApiErrors;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Keeps pages of other sites away from the simulator (issue 17): a {@code before} handler on every
 * path. Checks run in this order:
 * <ol>
 * <li>Every request: its {@code Host} must be a name the simulator answers to, or a page whose name
 * was rebound to this machine (DNS rebinding) could read the control plane or call the API with a
 * KS. Those names are {@code localhost} and {@code *.localhost} (browsers resolve them to loopback
 * themselves), any IP address (an address reaches this machine without DNS, so it cannot be
 * rebound), the {@code --host} name, and the {@code --allowed-hosts} names. The port is not
 * compared: an SSH tunnel, a container's port mapping or a proxy reaches the simulator under
 * another port, and a browser always sends the port it connected to. No {@code Host} (HTTP/1.0) is
 * answered.</li>
 * <li>The control plane ({@code /__sim}): an {@code Origin} must be the simulator's own, which is
 * {@code Host} itself (scheme http or https), or an origin whose host is named by
 * {@code --allowed-hosts} (a proxy that rewrites {@code Host}); {@code Origin: null} is never
 * own.</li>
 * <li>Control plane writes: a body, or a named content type, must be JSON (415 otherwise), so no
 * HTML form and no "simple" cross-site request can carry one. A POST with neither ({@code curl -X
 * POST $SIM/reset}) is answered.</li>
 * </ol>
 * Refusals are {@code ApiException}s, rendered by the {@link ErrorRenderer} like every error.
 */
public final class OriginGuard {
    private static final String CONTROL_PLANE = "__sim";

    private final String boundName;
    private final boolean anyHost;
    private final Set<String> names = new HashSet<>();
    private final List<String> domains = new ArrayList<>();

    /**
     * @param boundHost the address or name the simulator binds ({@code --host}); a wildcard adds nothing
     * @param allowedHosts {@code --allowed-hosts}: names, {@code .domain} for a domain and its subdomains, {@code *}
     */
    public OriginGuard(String boundHost, List<String> allowedHosts) {
        String bound = boundHost == null ? "" : boundHost.strip().toLowerCase(Locale.ROOT);
        this.boundName = bound.isEmpty() || isIpLiteral(bound) || isIpLiteral("[" + bound + "]") ? null : bound;
        boolean any = false;
        for (String entry : allowedHosts) {
            String name = entry.strip().toLowerCase(Locale.ROOT);
            if (name.equals("*")) {
                any = true;
            } else if (name.startsWith(".")) {
                domains.add(name);
            } else {
                names.add(name);
            }
        }
        this.anyHost = any;
    }

    void install(Javalin app) {
        app.before(this::check);
    }

    private void check(Context ctx) {
        String host = ctx.header("Host");
        if (host != null && host.isBlank()) {
            host = null;
        }
        if (host != null) {
            String name = hostName(host);
            if (name == null || !answersTo(name)) {
                throw ApiErrors.hostNotAllowed(host, name == null ? host : name);
            }
        }
        if (isControlPlane(ctx.path())) {
            checkOrigin(ctx.header("Origin"), host);
            checkContentType(ctx);
        }
    }

    /** Whether a request whose {@code Host} is this name (no port) is answered. */
    boolean answersTo(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return anyHost || isIpLiteral(lower) || lower.equals("localhost") || lower.endsWith(".localhost")
                || lower.equals(boundName) || listed(lower);
    }

    /** Named by {@code --allowed-hosts}, {@code *} aside. */
    private boolean listed(String name) {
        if (names.contains(name)) {
            return true;
        }
        for (String domain : domains) {
            if (name.endsWith(domain) || name.equals(domain.substring(1))) {
                return true;
            }
        }
        return false;
    }

    private void checkOrigin(String origin, String host) {
        if (origin == null || isOwnOrigin(origin, host)) {
            return;
        }
        throw ApiErrors.originNotAllowed(origin, host == null ? null : "http://" + host);
    }

    /** The origin of the simulator itself, as the browser reached it, or of a name listed for a proxy. */
    boolean isOwnOrigin(String origin, String host) {
        int separator = origin.indexOf("://");
        if (separator < 0) {
            return false; // "null" and anything that is not scheme://host[:port]
        }
        String scheme = origin.substring(0, separator).toLowerCase(Locale.ROOT);
        int defaultPort = switch (scheme) {
            case "http" -> 80;
            case "https" -> 443;
            default -> -1;
        };
        String authority = origin.substring(separator + 3);
        String originName = hostName(authority);
        if (defaultPort < 0 || originName == null) {
            return false;
        }
        if (host != null) {
            String hostName = hostName(host);
            if (originName.equalsIgnoreCase(hostName)
                    && portOf(authority, defaultPort) == portOf(host, defaultPort)) {
                return true;
            }
        }
        return listed(originName.toLowerCase(Locale.ROOT));
    }

    private static void checkContentType(Context ctx) {
        HandlerType method = ctx.method();
        if (method == HandlerType.GET || method == HandlerType.HEAD || method == HandlerType.OPTIONS) {
            return;
        }
        String contentType = ctx.header("Content-Type");
        boolean named = contentType != null && !contentType.isBlank();
        boolean hasBody = ctx.req().getContentLengthLong() > 0 || ctx.header("Transfer-Encoding") != null;
        if ((named || hasBody) && !ApiSurface.isJson(contentType)) {
            throw ApiErrors.controlNeedsJson(contentType);
        }
    }

    /** {@code /__sim} and below, however many slashes lead (the router reads {@code //} as {@code /}). */
    private static boolean isControlPlane(String path) {
        int start = 0;
        while (start < path.length() && path.charAt(start) == '/') {
            start++;
        }
        int end = start + CONTROL_PLANE.length();
        return start > 0 && path.regionMatches(start, CONTROL_PLANE, 0, CONTROL_PLANE.length())
                && (path.length() == end || path.charAt(end) == '/');
    }

    /**
     * The host of a {@code Host} value or an origin's authority, without its port: {@code name},
     * {@code name:port}, {@code [v6]}, {@code [v6]:port}; a bare {@code ::1} is taken as {@code [::1]}.
     * Null when it is none of these.
     */
    static String hostName(String authority) {
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            if (close < 0 || !isPort(authority, close + 1)) {
                return null;
            }
            return authority.substring(0, close + 1);
        }
        int colon = authority.indexOf(':');
        if (colon < 0) {
            return authority.isEmpty() ? null : authority;
        }
        if (colon != authority.lastIndexOf(':')) {
            String bracketed = "[" + authority + "]";
            return isIpLiteral(bracketed) ? bracketed : null;
        }
        return colon == 0 || !isPort(authority, colon) ? null : authority.substring(0, colon);
    }

    /** The port of an authority whose host {@link #hostName} read, or {@code defaultPort} when it names none. */
    private static int portOf(String authority, int defaultPort) {
        int colon = authority.startsWith("[") ? authority.indexOf(']') + 1 : authority.indexOf(':');
        if (colon < 0 || colon >= authority.length() - 1 || authority.indexOf(':', colon + 1) >= 0) {
            return defaultPort; // no port, an empty one, or a bare IPv6 address
        }
        return Integer.parseInt(authority.substring(colon + 1));
    }

    /** Nothing from {@code at}, or {@code :} and up to five digits. */
    private static boolean isPort(String text, int at) {
        if (at == text.length()) {
            return true;
        }
        if (text.charAt(at) != ':' || text.length() - at - 1 > 5) {
            return false;
        }
        for (int i = at + 1; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Four decimal octets, or a bracketed IPv6 address: an address, never a name DNS could answer for. */
    static boolean isIpLiteral(String name) {
        if (name.startsWith("[") && name.endsWith("]")) {
            String inner = name.substring(1, name.length() - 1);
            if (inner.indexOf(':') < 0 || inner.indexOf(':') == inner.lastIndexOf(':')) {
                return false;
            }
            for (int i = 0; i < inner.length(); i++) {
                char c = inner.charAt(i);
                boolean hex = c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
                if (!hex && c != ':' && c != '.') {
                    return false;
                }
            }
            return true;
        }
        String[] octets = name.split("\\.", -1);
        if (octets.length != 4) {
            return false;
        }
        for (String octet : octets) {
            if (octet.isEmpty() || octet.length() > 3 || !octet.chars().allMatch(c -> c >= '0' && c <= '9')
                    || Integer.parseInt(octet) > 255) {
                return false;
            }
        }
        return true;
    }
}
