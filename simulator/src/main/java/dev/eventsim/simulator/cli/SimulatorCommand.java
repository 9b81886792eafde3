package dev.eventsim.simulator.cli;

import dev.eventsim.simulator.EventsSimulator;
import dev.eventsim.simulator.SimulatorOptions;
import dev.eventsim.simulator.categories.LeftoverCategories;
import dev.eventsim.simulator.api.ApiException;
import dev.eventsim.simulator.api.PagerPolicy;
import dev.eventsim.simulator.api.UnknownFields;
import dev.eventsim.simulator.auth.AuthMode;
import dev.eventsim.simulator.auth.Partner;
import dev.eventsim.simulator.control.Durations;
import dev.eventsim.simulator.journal.CallLog;
import dev.eventsim.simulator.persistence.StateFileException;
import dev.eventsim.simulator.persistence.StateSync;
import dev.eventsim.simulator.seeding.SeedFileException;
import dev.eventsim.simulator.seeding.SeedResult;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The command line: every option also reads an environment variable. */
@Command(name = "events-simulator", mixinStandardHelpOptions = true,
        versionProvider = SimulatorCommand.Version.class,
        description = "A local, stateful stand-in for the Kaltura Virtual Events Platform API.")
public final class SimulatorCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "${env:SIM_PORT:-8080}",
            description = "Port to listen on; 0 picks a free one (env SIM_PORT, default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "${env:SIM_HOST:-127.0.0.1}",
            description = "Address to bind (env SIM_HOST, default ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--partner-id", defaultValue = "${env:SIM_PARTNER_ID:-1000001}",
            description = "Id of the default partner (env SIM_PARTNER_ID, default ${DEFAULT-VALUE}).")
    long partnerId;

    @Option(names = "--admin-secret", defaultValue = "${env:SIM_ADMIN_SECRET:-local-admin-secret}",
            description = "Admin secret of the default partner (env SIM_ADMIN_SECRET, default ${DEFAULT-VALUE}).")
    String adminSecret;

    @Option(names = "--partners-file", defaultValue = "${env:SIM_PARTNERS_FILE}",
            description = "JSON file of more partners: {\"partners\": [{\"partnerId\": 1, \"adminSecret\": \"...\"}]} "
                    + "(env SIM_PARTNERS_FILE).")
    Path partnersFile;

    @Option(names = "--auth", defaultValue = "${env:SIM_AUTH:-strict}",
            description = "KS checks: strict (real validation) or lenient (any token is the default partner) "
                    + "(env SIM_AUTH, default ${DEFAULT-VALUE}).")
    AuthMode authMode;

    @Option(names = "--pager-limit", defaultValue = "${env:SIM_PAGER_LIMIT:-reject}",
            description = "A pager limit above the maximum: reject (400) or clamp (env SIM_PAGER_LIMIT, default ${DEFAULT-VALUE}).")
    PagerPolicy.LimitMode pagerLimit;

    @Option(names = "--pager-offset", defaultValue = "${env:SIM_PAGER_OFFSET:-items}",
            description = "What pager.offset counts: items or pages (env SIM_PAGER_OFFSET, default ${DEFAULT-VALUE}).")
    PagerPolicy.OffsetMode pagerOffset;

    @Option(names = "--seed", defaultValue = "${env:SIM_SEED:-42}",
            description = "Seed of the id generator and of fault rules without their own, so runs repeat"
                    + " (env SIM_SEED, default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--admin-token", defaultValue = "${env:SIM_ADMIN_TOKEN}",
            description = "Protects the control plane (/__sim): calls must send 'Authorization: Bearer <token>' "
                    + "or 'X-Sim-Admin-Token: <token>' (env SIM_ADMIN_TOKEN; default: unprotected).")
    String adminToken;

    @Option(names = "--allowed-hosts", split = ",", paramLabel = "NAME", defaultValue = "${env:SIM_ALLOWED_HOSTS}",
            description = "More Host names the simulator answers to, besides localhost, IP addresses and --host: "
                    + "the name a proxy or another container uses; .example.test takes its subdomains too, * any name "
                    + "(env SIM_ALLOWED_HOSTS, comma-separated; see docs/control-plane.md).")
    List<String> allowedHosts;

    @Option(names = "--state-file", defaultValue = "${env:SIM_STATE_FILE}",
            description = "Keeps the state in this JSON file: loaded at start if it exists; every answered write is "
                    + "logged beside it (<file>.log) and survives kill -9; the log is folded into the file on clean "
                    + "shutdown, on POST /__sim/state/save and when it grows; a corrupt file stops start-up "
                    + "(env SIM_STATE_FILE).")
    Path stateFile;

    @Option(names = "--state-sync", defaultValue = "${env:SIM_STATE_SYNC:-second}",
            description = "When the state file's change log is forced to disk: write (an answer waits for it) or "
                    + "second (at most once a second; a machine crash may lose the last second, kill -9 loses "
                    + "nothing) (env SIM_STATE_SYNC, default ${DEFAULT-VALUE}).")
    StateSync stateSync;

    @Option(names = "--journal-size", defaultValue = "${env:SIM_JOURNAL_SIZE:-1000}",
            description = "How many API calls the request journal keeps; 0 keeps only counts "
                    + "(env SIM_JOURNAL_SIZE, default ${DEFAULT-VALUE}).")
    int journalSize;

    @Option(names = "--seed-file", defaultValue = "${env:SIM_SEED_FILE}",
            description = "JSON file of events to seed at start (unless a state file was loaded) and on every full "
                    + "reset: {\"events\": 1000, \"seed\": 7}, {\"events\": [...]} and/or "
                    + "{\"partners\": [{\"partnerId\": 1, \"events\": 1000, \"seed\": 7}]} "
                    + "(env SIM_SEED_FILE; see docs/snapshots-and-seeding.md).")
    Path seedFile;

    @Option(names = "--unknown-fields", defaultValue = "${env:SIM_UNKNOWN_FIELDS:-warn}",
            description = "A field an operation does not take: warn (answer as usual, name it in the "
                    + "X-Sim-Unknown-Fields header and the journal), reject (400 naming it) or ignore "
                    + "(env SIM_UNKNOWN_FIELDS, default ${DEFAULT-VALUE}).")
    UnknownFields.Mode unknownFields;

    @Option(names = "--log", defaultValue = "${env:SIM_LOG:-calls}",
            description = "Each API call on stdout: calls (one line: time, partner, operation, HTTP code, status, "
                    + "latency, trace id), bodies (and both bodies) or off (env SIM_LOG, default ${DEFAULT-VALUE}).")
    CallLog.Mode log;

    @Option(names = "--idle-timeout", defaultValue = "${env:SIM_IDLE_TIMEOUT:-5s}",
            description = "How long a connection may stay silent (between calls, or in a body shorter than its "
                    + "Content-Length, which is then a 400) before it is closed: 500ms, 5s, 2m "
                    + "(env SIM_IDLE_TIMEOUT, default ${DEFAULT-VALUE}).")
    String idleTimeout;

    @Option(names = "--leftover-categories", defaultValue = "${env:SIM_LEFTOVER_CATEGORIES:-keep}",
            description = "The categories events/delete leaves behind, as the platform does: keep (up to "
                    + "--leftover-categories-max per partner, the oldest dropped) or off "
                    + "(env SIM_LEFTOVER_CATEGORIES, default ${DEFAULT-VALUE}).")
    LeftoverCategories.Mode leftoverCategories;

    @Option(names = "--leftover-categories-max", defaultValue = "${env:SIM_LEFTOVER_CATEGORIES_MAX:-10000}",
            description = "How many left-behind categories a partner keeps before the oldest are dropped "
                    + "(env SIM_LEFTOVER_CATEGORIES_MAX, default ${DEFAULT-VALUE}).")
    int leftoverCategoriesMax;

    @Override
    public Integer call() throws InterruptedException {
        ClassWarmer.awaitLogging(); // nothing below may log before SLF4J is set up
        SimulatorOptions options;
        try {
            options = options();
        } catch (IllegalArgumentException e) {
            System.err.println("events-simulator: " + e.getMessage());
            return 2;
        }
        EventsSimulator simulator;
        try {
            simulator = EventsSimulator.start(options);
        } catch (StateFileException | SeedFileException e) {
            System.err.println("events-simulator: " + e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            System.err.println("events-simulator: " + cannotListen(options, e));
            return 1;
        }
        long listening = System.currentTimeMillis(); // before anything else: the banner's figure ends here
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            long calls = simulator.control().journalCounts().total();
            try {
                simulator.close();
                System.out.println("Events API simulator stopped after " + calls + " API call" + (calls == 1 ? "" : "s")
                        + (options.stateFile() == null ? "" : "; state saved to " + options.stateFile()));
            } catch (StateFileException e) {
                System.err.println("events-simulator: " + e.getMessage());
            }
            System.out.flush();
            stopped.countDown();
        }, "simulator-shutdown"));
        System.out.print(Banner.of(simulator, new Version().getVersion()[0], millisSinceJvmStart(listening)));
        for (SeedResult seeded : simulator.seeded()) {
            SeedResult.Created c = seeded.created();
            System.out.println("  Seeded        partner " + seeded.partnerId() + ": " + c.events() + " events, "
                    + c.sessions() + " sessions, " + c.eventUsers() + " event users, " + c.speakers() + " speakers, "
                    + c.moderators() + " moderators in " + seeded.tookMillis() + " ms");
        }
        System.out.flush();
        stopped.await();
        return 0;
    }

    /**
     * From the JVM's start to now, as the JVM recorded it: not the process's, which a launcher
     * script that builds first and then {@code exec}s java would include (and which Linux keeps
     * only to the clock tick, from a boot time in whole seconds).
     */
    private static long millisSinceJvmStart(long now) {
        return Math.max(0, now - ManagementFactory.getRuntimeMXBean().getStartTime());
    }

    /** Why the port could not be had, and what to do: a busy port is the usual reason. */
    private static String cannotListen(SimulatorOptions options, RuntimeException e) {
        String where = options.host() + ":" + options.port();
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.net.BindException) {
                return "cannot listen on " + where + ": the port is in use (" + cause.getMessage() + "). Stop what"
                        + " holds it, choose another with --port N, or use --port 0 for any free port (the banner"
                        + " shows which).";
            }
        }
        return "cannot listen on " + where + ": " + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage());
    }

    /** The options the command line and environment give, checked; a bad partners file is an error. */
    public SimulatorOptions options() {
        List<Partner> partners = new ArrayList<>();
        partners.add(new Partner(partnerId, adminSecret));
        if (partnersFile != null) {
            PartnersFile.read(partnersFile).stream().filter(p -> p.id() != partnerId).forEach(partners::add);
        }
        return new SimulatorOptions(host, port, partners, authMode, new PagerPolicy(pagerLimit, pagerOffset), seed,
                adminToken == null || adminToken.isBlank() ? null : adminToken, stateFile, journalSize, seedFile,
                allowedHosts == null ? List.of() : allowedHosts, unknownFields,
                idleTimeout(), log, new LeftoverCategories(leftoverCategories, leftoverCategoriesMax), stateSync);
    }

    private Duration idleTimeout() {
        try {
            return Durations.parse("--idle-timeout", idleTimeout);
        } catch (ApiException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** The version from the jar's manifest. */
    static final class Version implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = SimulatorCommand.class.getPackage().getImplementationVersion();
            return new String[] {version == null ? "dev" : version};
        }
    }
}
