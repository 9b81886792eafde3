package dev.eventsim.simulator.cli;

import dev.eventsim.simulator.EventsSimulator;
import dev.eventsim.simulator.auth.Partner;

/** The short text printed once the simulator answers: where it is, who you are, what to try. */
final class Banner {
    private Banner() {
    }

    static String of(EventsSimulator simulator, String version, long startMillis) {
        Partner partner = simulator.partners().defaultPartner();
        String ks = simulator.adminKs();
        int others = simulator.partners().all().size() - 1;
        return String.join(System.lineSeparator(),
                "Events API simulator " + version + " ready in " + startMillis + " ms ("
                        + simulator.options().authMode() + " KS auth)",
                "  API base URL  " + simulator.apiBaseUrl(),
                "  Dashboard     " + simulator.baseUrl() + "/__sim/ui   OpenAPI  " + simulator.baseUrl() + "/openapi.yaml",
                "  Partner       " + partner.id() + "  admin secret " + partner.adminSecret()
                        + (others > 0 ? "  (+" + others + " more partners)" : ""),
                "  ADMIN KS      " + ks + "  (user admin, valid 24 h)",
                "  Try:  curl -s -X POST " + simulator.apiBaseUrl() + "/events/list -H 'Authorization: Bearer "
                        + ks + "' -H 'Content-Type: application/json' -d '{}'",
                "");
    }
}
