package dev.eventsim.load;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Map;

/**
 * Where a run sends its load: the simulator started in-process (the default), or an Events API
 * at a URL or region. Anything but loopback needs {@code -Dload.allowRealRegion=true}.
 */
sealed interface Target permits InProcessSimulator, RemoteService {

    /** The regions of the integration guide, by the names {@code -Dtarget} takes. */
    Map<String, String> REGIONS = Map.of(
            "nvp", "https://events-api.nvp1.ovp.kaltura.com/api/v1",
            "eu", "https://events-api.irp2.ovp.kaltura.com/api/v1",
            "de", "https://events-api.frp2.ovp.kaltura.com/api/v1");

    /** Where the KS for a URL or region target comes from: the environment, never the command line. */
    String KS_VARIABLE = "EVENTS_KS";

    /**
     * Reads {@code -Dtarget} (and, for anything but loopback, the opt-in) and the KS from
     * {@code environment}; refuses what is not allowed before anything is sent.
     */
    static Target choose(Knobs knobs, Map<String, String> environment) {
        String target = knobs.text("target", "simulator");
        boolean optIn = knobs.flag("load.allowRealRegion");
        String name = target.toLowerCase(Locale.ROOT);
        if (name.equals("simulator")) {
            return new InProcessSimulator(knobs);
        }
        String url = REGIONS.containsKey(name) ? REGIONS.get(name) : apiBaseUrl(target);
        boolean loopback = isLoopback(URI.create(url).getHost());
        if (!loopback && !optIn) {
            throw new RunRefused("Refusing to send load to " + url + ": it is not this machine."
                    + " A real region needs the explicit opt-in -Dload.allowRealRegion=true and an ADMIN KS in "
                    + KS_VARIABLE + "; the default target is the in-process simulator.");
        }
        String ks = environment.get(KS_VARIABLE);
        if (ks == null || ks.isBlank()) {
            throw new RunRefused("-Dtarget=" + target + " needs an ADMIN KS with a userId in the "
                    + "environment variable " + KS_VARIABLE + " (the control plane is never used there)");
        }
        String coreApiUrl = knobs.text(RemoteService.CORE_API_KNOB,
                REGIONS.containsKey(name) ? "" : url.replaceFirst("/api/v1$", ""));
        if (coreApiUrl.isBlank()) {
            throw new RunRefused("-Dtarget=" + target + " needs the core API's service URL in -D"
                    + RemoteService.CORE_API_KNOB + "=https://...: the clean-up deletes through it the categories the"
                    + " platform keeps for every deleted event");
        }
        return new RemoteService(url, ks.trim(), !loopback, coreApiUrl, knobs);
    }

    /** {@code https://host/api/v1} from what was given, with or without the {@code /api/v1}. */
    private static String apiBaseUrl(String given) {
        if (!given.startsWith("http://") && !given.startsWith("https://")) {
            throw new IllegalArgumentException("-Dtarget must be simulator, one of " + REGIONS.keySet()
                    + " or an http(s) URL, got '" + given + "'");
        }
        String url = given.replaceAll("/+$", "");
        return url.endsWith("/api/v1") ? url : url + "/api/v1";
    }

    /**
     * Loopback by the address itself: {@code localhost} or a 127.0.0.0/8 or ::1 literal. A host name
     * is never looked up, since a name can point anywhere.
     */
    static boolean isLoopback(String host) {
        if (host == null) {
            return false;
        }
        String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (h.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (!h.matches("[0-9.]+") && !h.contains(":")) {
            return false;
        }
        try {
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** Starts or reaches the target; called from the simulation's {@code before()}. */
    void start();

    /** {@code http://127.0.0.1:PORT/api/v1} or the region's base URL; known once started. */
    String apiBaseUrl();

    /** The ADMIN KS every request carries. */
    String ks();

    /** A real service elsewhere: low default rates, hard caps, a request throttle. */
    boolean realRegion();

    /** The blocking client set-up and clean-up use. */
    EventsApiClient client();

    /** Removes what the run created and lets go of the target; called from {@code after()}. */
    void finish(Run run);

    /** One line for the run's log. */
    String describe();
}
