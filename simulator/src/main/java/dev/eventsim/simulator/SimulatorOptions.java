package dev.eventsim.simulator;

import dev.eventsim.simulator.api.PagerPolicy;
import dev.eventsim.simulator.auth.AuthMode;
import dev.eventsim.simulator.auth.Partner;
import java.nio.file.Path;
import java.util.List;

/**
 * How a simulator instance runs. {@link #defaults()} are the documented defaults; each
 * {@code with...} returns a changed copy.
 */
public record SimulatorOptions(
        String host, int port, List<Partner> partners, AuthMode authMode, PagerPolicy pagerPolicy, long seed,
        String adminToken, Path stateFile) {

    public static final long DEFAULT_PARTNER_ID = 1_000_001;
    public static final String DEFAULT_ADMIN_SECRET = "local-admin-secret";

    public SimulatorOptions {
        partners = List.copyOf(partners);
        if (partners.isEmpty()) {
            throw new IllegalArgumentException("at least one partner is needed");
        }
    }

    /** Loopback, port 0 (a free port), the default partner, strict KS checks, rejecting pagers. */
    public static SimulatorOptions defaults() {
        return new SimulatorOptions("127.0.0.1", 0, List.of(new Partner(DEFAULT_PARTNER_ID, DEFAULT_ADMIN_SECRET)),
                AuthMode.strict, PagerPolicy.DEFAULT, 42, null, null);
    }

    public SimulatorOptions withHost(String value) {
        return new SimulatorOptions(value, port, partners, authMode, pagerPolicy, seed, adminToken, stateFile);
    }

    public SimulatorOptions withPort(int value) {
        return new SimulatorOptions(host, value, partners, authMode, pagerPolicy, seed, adminToken, stateFile);
    }

    public SimulatorOptions withPartners(List<Partner> value) {
        return new SimulatorOptions(host, port, value, authMode, pagerPolicy, seed, adminToken, stateFile);
    }

    public SimulatorOptions withAuthMode(AuthMode value) {
        return new SimulatorOptions(host, port, partners, value, pagerPolicy, seed, adminToken, stateFile);
    }

    public SimulatorOptions withPagerPolicy(PagerPolicy value) {
        return new SimulatorOptions(host, port, partners, authMode, value, seed, adminToken, stateFile);
    }

    /** Protects the control plane: every /__sim call must then carry this token. */
    public SimulatorOptions withAdminToken(String value) {
        return new SimulatorOptions(host, port, partners, authMode, pagerPolicy, seed, value, stateFile);
    }

    /** Loads the state from this file at start if it exists, and saves it there on close and on demand. */
    public SimulatorOptions withStateFile(Path value) {
        return new SimulatorOptions(host, port, partners, authMode, pagerPolicy, seed, adminToken, value);
    }

    public SimulatorOptions withSeed(long value) {
        return new SimulatorOptions(host, port, partners, authMode, pagerPolicy, value, adminToken, stateFile);
    }
}
