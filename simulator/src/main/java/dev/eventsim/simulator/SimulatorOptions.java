package dev.eventsim.simulator;

import dev.eventsim.simulator.api.PagerPolicy;
import dev.eventsim.simulator.api.UnknownFields;
import dev.eventsim.simulator.auth.AuthMode;
import dev.eventsim.simulator.auth.Partner;
import dev.eventsim.simulator.categories.LeftoverCategories;
import dev.eventsim.simulator.journal.CallLog;
import dev.eventsim.simulator.journal.Journal;
import dev.eventsim.simulator.persistence.StateSync;
import java.nio.file.Path;
import java.time.Duration;
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
        UnknownFields.Mode unknownFields,
        Duration idleTimeout,
        CallLog.Mode log,
        LeftoverCategories leftoverCategories,
        StateSync stateSync) {

    public static final long DEFAULT_PARTNER_ID = 1_000_001;
    public static final String DEFAULT_ADMIN_SECRET = "local-admin-secret";

    /**
     * How long a connection may stay silent — between calls, or in the middle of a body shorter
     * than its {@code Content-Length} — before the simulator gives up on it (a 400 for the body).
     */
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(5);

    /** No {@link #allowedHosts}, unknown fields warned of, the default idle timeout: the simulator answers to loopback names, IP addresses and {@code host} only. */
    public SimulatorOptions(String host, int port, List<Partner> partners, AuthMode authMode,
                            PagerPolicy pagerPolicy, long seed, String adminToken, Path stateFile, int journalSize,
                            Path seedFile) {
        this(host, port, partners, authMode, pagerPolicy, seed, adminToken, stateFile, journalSize, seedFile,
                List.of(), UnknownFields.Mode.warn, DEFAULT_IDLE_TIMEOUT, CallLog.Mode.off,
                LeftoverCategories.defaults(), StateSync.DEFAULT);
    }

    public SimulatorOptions {
        partners = List.copyOf(partners);
        allowedHosts = allowedHosts(allowedHosts);
        if (partners.isEmpty()) {
            throw new IllegalArgumentException("at least one partner is needed");
        }
        unknownFields = unknownFields == null ? UnknownFields.Mode.warn : unknownFields;
        idleTimeout = idleTimeout == null ? DEFAULT_IDLE_TIMEOUT : idleTimeout;
        log = log == null ? CallLog.Mode.off : log;
        leftoverCategories = leftoverCategories == null ? LeftoverCategories.defaults() : leftoverCategories;
        stateSync = stateSync == null ? StateSync.DEFAULT : stateSync;
        if (idleTimeout.toMillis() < 1) {
            throw new IllegalArgumentException("the idle timeout must be at least 1 ms, got " + idleTimeout);
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
                UnknownFields.Mode.warn, DEFAULT_IDLE_TIMEOUT, CallLog.Mode.off, LeftoverCategories.defaults(),
                StateSync.DEFAULT);
    }

    public SimulatorOptions withHost(String value) {
        return new SimulatorOptions(value, port, partners, authMode, pagerPolicy, seed, adminToken, stateFile,
                journalSize, seedFile, allowedHosts, unknownFields, idleTimeout, log, leftoverCategories, stateSync);
    }

    public SimulatorOptions withPort(int value) {
        return new SimulatorOptions(host, value, partners, authMode, pagerPolicy, seed, adminToken, stateFile,
                journalSize, seedFile, allowedHosts, unknownFields, idleTimeout, log, leftoverCategories, stateSync);
    }

    public SimulatorOptions withPartners(List<Partner> value) {
        return new SimulatorOptions(host, port, value, authMode, pagerPolicy, seed, adminToken, stateFile,
                journalSize, seedFile, allowedHosts, unknownFields, idleTimeout, log, leftoverCategories, stateSync);
    }

    public SimulatorOptions withAuthMode(AuthMode value) {
        return new SimulatorOptions(host, port, partners, value, pagerPolicy, seed, adminToken, stateFile,
                journalSize, seedFile, allowedHosts, unknownFields, idleTimeout, log, leftoverCategories, stateSync);
    }

    public SimulatorOptions withPagerPolicy(PagerPolicy value) {
        return new SimulatorOptions(host, port, partners, authMode, value, seed, adminToken, stateFile,
                journalSize, seedFile, allowedHosts, unknownFields, idleTimeout, log, leftoverCategories, stateSync);
    }

    public SimulatorOptions withSeed(long value) {
        return new SimulatorOptions(host, port, partners, authMode, pagerPolicy, value, adminToken, stateFile,
                journalSize, seedFile, allowedHosts, unknownFields, idleTimeout, log, leftoverCategories, stateSync);
    }

    /** Protects the control plane: every /__sim call must then carry this token. */
    public SimulatorOptions withAdminToken(String value) {
        return new SimulatorOptions(host, port, partners, authMode, pagerPolicy, seed, value, stateFile,
                journalSize, seedFile, allowedHosts, unknownFields, idleTimeout, log, leftoverCategories, stateSync);
    }

    /** Loads the state from this file at start if it exists, and saves it there on close and on demand. */
    public SimulatorOptions withStateFile(Path value) {
        return new SimulatorOptions(host, port, partners, authMode, pagerPolicy, seed, adminToken, value,
                journalSize, seedFile, allowedHosts, unknownFields, idleTimeout, log, leftoverCategories, stateSync);
    }

    /** How many calls the request journal keeps (the oldest go first); 0 keeps none, only counts. */
    public SimulatorOptions withJournalSize(int value) {
        return new SimulatorOptions(host, port, partners, authMode, pagerPolicy, seed, adminToken, stateFile,
                value, seedFile, allowedHosts, unknownFields, idleTimeout, log, leftoverCategories, stateSync);
    }

    /** Seeds the events of this file at start (unless a state file was loaded) and on every full reset. */
    public SimulatorOptions withSeedFile(Path value) {
        return new SimulatorOptions(host, port, partners, authMode, pagerPolicy, seed, adminToken, stateFile,
                journalSize, value, allowedHosts, unknownFields, idleTimeout, log, leftoverCategories, stateSync);
    }

    /**
     * More names the simulator answers to, besides the loopback names, IP addresses and {@code host}:
     * the name a proxy, a tunnel or another container reaches it by ({@code sim.example.test}); a
     * leading dot takes the domain and all its subdomains ({@code .example.test}); {@code *} any
     * name, which gives up the protection against DNS rebinding. See docs/control-plane.md.
     */
    public SimulatorOptions withAllowedHosts(List<String> value) {
        return new SimulatorOptions(host, port, partners, authMode, pagerPolicy, seed, adminToken, stateFile,
                journalSize, seedFile, value, unknownFields, idleTimeout, log, leftoverCategories, stateSync);
    }

    /** What an operation does with a field it does not take: {@code warn} (the default), {@code reject} or {@code ignore}. */
    public SimulatorOptions withUnknownFields(UnknownFields.Mode value) {
        return new SimulatorOptions(host, port, partners, authMode, pagerPolicy, seed, adminToken, stateFile,
                journalSize, seedFile, allowedHosts, value, idleTimeout, log, leftoverCategories, stateSync);
    }

    /**
     * One line per API call on stdout ({@code calls}), with the bodies ({@code bodies}), or none
     * ({@code off}: the default in a JVM that embeds the simulator; the command line prints calls).
     */
    public SimulatorOptions withLog(CallLog.Mode value) {
        return new SimulatorOptions(host, port, partners, authMode, pagerPolicy, seed, adminToken, stateFile,
                journalSize, seedFile, allowedHosts, unknownFields, idleTimeout, value, leftoverCategories, stateSync);
    }

    /** What events/delete leaves behind: see {@link LeftoverCategories#defaults()}. */
    public SimulatorOptions withLeftoverCategories(LeftoverCategories value) {
        return new SimulatorOptions(host, port, partners, authMode, pagerPolicy, seed, adminToken, stateFile,
                journalSize, seedFile, allowedHosts, unknownFields, idleTimeout, log, value, stateSync);
    }

    /** When the state file's change log is forced to disk; see {@link StateSync}. */
    public SimulatorOptions withStateSync(StateSync value) {
        return new SimulatorOptions(host, port, partners, authMode, pagerPolicy, seed, adminToken, stateFile,
                journalSize, seedFile, allowedHosts, unknownFields, idleTimeout, log, leftoverCategories, value);
    }

    /** See {@link #DEFAULT_IDLE_TIMEOUT}. */
    public SimulatorOptions withIdleTimeout(Duration value) {
        return new SimulatorOptions(host, port, partners, authMode, pagerPolicy, seed, adminToken, stateFile,
                journalSize, seedFile, allowedHosts, unknownFields, value, log, leftoverCategories, stateSync);
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
