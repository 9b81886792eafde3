package dev.eventsim.simulator;

import dev.eventsim.simulator.api.PagerPolicy;
import dev.eventsim.simulator.auth.AuthMode;
import dev.eventsim.simulator.auth.Partner;
import dev.eventsim.simulator.journal.Journal;
import java.nio.file.Path;
import java.util.List;

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
        Path seedFile) {

    public static final long DEFAULT_PARTNER_ID = 1_000_001;
    public static final String DEFAULT_ADMIN_SECRET = "local-admin-secret";

    public SimulatorOptions {
        partners = List.copyOf(partners);
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
                AuthMode.strict, PagerPolicy.DEFAULT, 42, null, null, Journal.DEFAULT_CAPACITY, null);
    }

    public SimulatorOptions withHost(String value) {
        return new SimulatorOptions(
                value, port, partners, authMode, pagerPolicy, seed, adminToken, stateFile, journalSize, seedFile);
    }

    public SimulatorOptions withPort(int value) {
        return new SimulatorOptions(
                host, value, partners, authMode, pagerPolicy, seed, adminToken, stateFile, journalSize, seedFile);
    }

    public SimulatorOptions withPartners(List<Partner> value) {
        return new SimulatorOptions(
                host, port, value, authMode, pagerPolicy, seed, adminToken, stateFile, journalSize, seedFile);
    }

    public SimulatorOptions withAuthMode(AuthMode value) {
        return new SimulatorOptions(
                host, port, partners, value, pagerPolicy, seed, adminToken, stateFile, journalSize, seedFile);
    }

    public SimulatorOptions withPagerPolicy(PagerPolicy value) {
        return new SimulatorOptions(
                host, port, partners, authMode, value, seed, adminToken, stateFile, journalSize, seedFile);
    }

    public SimulatorOptions withSeed(long value) {
        return new SimulatorOptions(
                host, port, partners, authMode, pagerPolicy, value, adminToken, stateFile, journalSize, seedFile);
    }

    /** Protects the control plane: every /__sim call must then carry this token. */
    public SimulatorOptions withAdminToken(String value) {
        return new SimulatorOptions(
                host, port, partners, authMode, pagerPolicy, seed, value, stateFile, journalSize, seedFile);
    }

    /** Loads the state from this file at start if it exists, and saves it there on close and on demand. */
    public SimulatorOptions withStateFile(Path value) {
        return new SimulatorOptions(
                host, port, partners, authMode, pagerPolicy, seed, adminToken, value, journalSize, seedFile);
    }

    /** How many calls the request journal keeps (the oldest go first); 0 keeps none, only counts. */
    public SimulatorOptions withJournalSize(int value) {
        return new SimulatorOptions(
                host, port, partners, authMode, pagerPolicy, seed, adminToken, stateFile, value, seedFile);
    }

    /** Seeds the events of this file at start (unless a state file was loaded) and on every full reset. */
    public SimulatorOptions withSeedFile(Path value) {
        return new SimulatorOptions(
                host, port, partners, authMode, pagerPolicy, seed, adminToken, stateFile, journalSize, value);
    }
}

