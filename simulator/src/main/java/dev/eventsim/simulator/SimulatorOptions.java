package dev.eventsim.simulator;

import dev.eventsim.simulator.api.PagerPolicy;
import dev.eventsim.simulator.auth.AuthMode;
import dev.eventsim.simulator.auth.Partner;
import dev.eventsim.simulator.journal.Journal;
import dev.eventsim.simulator.persistence.StateSync;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How a simulator instance runs. {@link #defaults()} are the documented defaults; each
 * {@code with...} returns a changed copy.
 */
public record SimulatorOptions(
        String host,
        int port,
        List<Partner> partners,
        AuthMode authMode,
        PagerPolicy pagerPolicy,
        long seed,
        String adminToken,
        Path stateFile,
        int journalSize,
        Path seedFile,
        List<String> allowedHosts,
        StateSync stateSync) {

    public static final long DEFAULT_PARTNER_ID = 1_000_001;
    public static final String DEFAULT_ADMIN_SECRET = "local-admin-secret";

    /** No {@link #allowedHosts}: the simulator answers to loopback names, IP addresses and {@code host} only. */
    public SimulatorOptions(String host, int port, List<Partner> partners, AuthMode authMode,
                            PagerPolicy pagerPolicy, long seed, String adminToken, Path stateFile, int journalSize,
                            Path seedFile) {
        this(host, port, partners, authMode, pagerPolicy, seed, adminToken, stateFile, journalSize, seedFile,
                List.of());
    }

    /** The {@link StateSync#DEFAULT} sync of the state file's change log. */
    public SimulatorOptions(String host, int port, List<Partner> partners, AuthMode authMode,
                            PagerPolicy pagerPolicy, long seed, String adminToken, Path stateFile, int journalSize,
                            Path seedFile, List<String> allowedHosts) {
        this(host, port, partners, authMode, pagerPolicy, seed, adminToken, stateFile, journalSize, seedFile,
                allowedHosts, StateSync.DEFAULT);
    }

    public SimulatorOptions {
        stateSync = stateSync == null ? StateSync.DEFAULT : stateSync;
        partners = List.copyOf(partners);
        allowedHosts = allowedHosts(allowedHosts);
        if (partners.isEmpty()) {
            throw new IllegalArgumentException("at least one partner is needed");
        }
        if (journalSize < 0 || journalSize > Journal.MAX_CAPACITY) {
            throw new IllegalArgumentException("the journal size must be between 0 and " + Journal.MAX_CAPACITY
                    + ", got " + journalSize);
        }
    }

    /** Loopback, port 0 (a free port), the default partner, strict KS checks, rejecting pagers. */
    public static SimulatorOptions defaults() {
        return new SimulatorOptions("127.0.0.1", 0, List.of(new Partner(DEFAULT_PARTNER_ID, DEFAULT_ADMIN_SECRET)),
                AuthMode.strict, PagerPolicy.DEFAULT, 42, null, null, Journal.DEFAULT_CAPACITY, null, List.of(),
                StateSync.DEFAULT);
    }

    public SimulatorOptions withHost(String value) {
        return new SimulatorOptions(value, port, partners, authMode, pagerPolicy, seed, adminToken, stateFile,
                journalSize, seedFile, allowedHosts, stateSync);
    }

    public SimulatorOptions withPort(int value) {
        return new SimulatorOptions(host, value, partners, authMode, pagerPolicy, seed, adminToken, stateFile,
                journalSize, seedFile, allowedHosts, stateSync);
    }

    public SimulatorOptions withPartners(List<Partner> value) {
        return new SimulatorOptions(host, port, value, authMode, pagerPolicy, seed, adminToken, stateFile,
                journalSize, seedFile, allowedHosts, stateSync);
    }

    public SimulatorOptions withAuthMode(AuthMode value) {
        return new SimulatorOptions(host, port, partners, value, pagerPolicy, seed, adminToken, stateFile,
                journalSize, seedFile, allowedHosts, stateSync);
    }

    public SimulatorOptions withPagerPolicy(PagerPolicy value) {
        return new SimulatorOptions(host, port, partners, authMode, value, seed, adminToken, stateFile,
                journalSize, seedFile, allowedHosts, stateSync);
    }

    public SimulatorOptions withSeed(long value) {
        return new SimulatorOptions(host, port, partners, authMode, pagerPolicy, value, adminToken, stateFile,
                journalSize, seedFile, allowedHosts, stateSync);
    }

    /** Protects the control plane: every /__sim call must then carry this token. */
    public SimulatorOptions withAdminToken(String value) {
        return new SimulatorOptions(host, port, partners, authMode, pagerPolicy, seed, value, stateFile,
                journalSize, seedFile, allowedHosts, stateSync);
    }

    /**
     * Loads the state from this file (and its change log) at start if it exists; logs every answered
     * write beside it and folds the log into it on close, on demand and when the log grows.
     */
    public SimulatorOptions withStateFile(Path value) {
        return new SimulatorOptions(host, port, partners, authMode, pagerPolicy, seed, adminToken, value,
                journalSize, seedFile, allowedHosts, stateSync);
    }

    /** How many calls the request journal keeps (the oldest go first); 0 keeps none, only counts. */
    public SimulatorOptions withJournalSize(int value) {
        return new SimulatorOptions(host, port, partners, authMode, pagerPolicy, seed, adminToken, stateFile,
                value, seedFile, allowedHosts, stateSync);
    }

    /** Seeds the events of this file at start (unless a state file was loaded) and on every full reset. */
    public SimulatorOptions withSeedFile(Path value) {
        return new SimulatorOptions(host, port, partners, authMode, pagerPolicy, seed, adminToken, stateFile,
                journalSize, value, allowedHosts, stateSync);
    }

    /**
     * More names the simulator answers to, besides the loopback names, IP addresses and {@code host}:
     * the name a proxy, a tunnel or another container reaches it by ({@code sim.example.test}); a
     * leading dot takes the domain and all its subdomains ({@code .example.test}); {@code *} any
     * name, which gives up the protection against DNS rebinding. See docs/control-plane.md.
     */
    public SimulatorOptions withAllowedHosts(List<String> value) {
        return new SimulatorOptions(host, port, partners, authMode, pagerPolicy, seed, adminToken, stateFile,
                journalSize, seedFile, value, stateSync);
    }

    /** When the state file's change log is forced to disk; see {@link StateSync}. */
    public SimulatorOptions withStateSync(StateSync value) {
        return new SimulatorOptions(host, port, partners, authMode, pagerPolicy, seed, adminToken, stateFile,
                journalSize, seedFile, allowedHosts, value);
    }

    /** Lower-cased, blanks dropped; a URL, a path or a port is refused, as a name is asked for. */
    private static List<String> allowedHosts(List<String> names) {
        if (names == null) {
            return List.of();
        }
        List<String> checked = new ArrayList<>();
        for (String name : names) {
            String value = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
            if (value.isEmpty()) {
                continue;
            }
            boolean bracketed = value.startsWith("[") && value.endsWith("]");
            if (!value.equals("*") && (value.contains("/") || value.contains("*") || value.contains("@")
                    || !bracketed && value.contains(":") && value.indexOf(':') == value.lastIndexOf(':'))) {
                throw new IllegalArgumentException("an allowed host is a name such as sim.example.test, .example.test"
                        + " or *, without scheme, port or path; got '" + name.strip() + "'");
            }
            checked.add(value);
        }
        return List.copyOf(checked);
    }
}
