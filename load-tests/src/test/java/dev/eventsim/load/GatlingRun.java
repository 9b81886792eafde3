package dev.eventsim.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatling.app.Gatling$;
import io.gatling.javaapi.core.Simulation;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A simulation run by Gatling itself inside the test JVM, as the build runs it, with its knobs as
 * system properties (set for the run only). It answers Gatling's exit code and what the run
 * printed, which stays off the build's console (a green build is quiet) and goes into a failing
 * test's message instead.
 */
final class GatlingRun {
    /** Gatling's exit codes (io.gatling.app.cli.StatusCode). */
    static final int SUCCESS = 0;
    static final int ASSERTIONS_FAILED = 2;

    /** Gatling's exit code and what it printed on standard out. */
    record Outcome(int exitCode, String console) {
    }

    private final Map<String, String> knobs = new LinkedHashMap<>();

    /** One smoke user and its duplication polled for half a second at most. */
    static GatlingRun oneSmokeUser() {
        return new GatlingRun().knob("rate", "1").knob("duration", "1")
                .knob("pollInterval", "0.1").knob("pollTimeout", "0.5");
    }

    GatlingRun knob(String name, String value) {
        knobs.put(name, value);
        return this;
    }

    Outcome run(Class<? extends Simulation> simulation) {
        if (!knobs.getOrDefault("target", "simulator").equals("simulator")) {
            // without it the simulation would refuse the run and end the JVM (LoadSimulation.orStop)
            assertThat(System.getenv(Target.KS_VARIABLE)).as("%s, set for the tests in load-tests/pom.xml",
                    Target.KS_VARIABLE).isNotBlank();
        }
        knobs.forEach(System::setProperty);
        PrintStream console = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            Path results = Path.of("target", "gatling-test-runs").toAbsolutePath();
            int exitCode = Gatling$.MODULE$.fromArgs(new String[] {
                    "--simulation", simulation.getName(),
                    "--results-folder", results.toString(),
                    "--no-reports"});
            return new Outcome(exitCode, printed.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(console);
            knobs.keySet().forEach(System::clearProperty);
        }
    }
}
