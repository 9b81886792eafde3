package dev.eventsim.simulator.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The simulator's command line in a JVM of its own, as a user starts it; output and errors merged. */
public final class SimulatorProcess {
    private SimulatorProcess() {
    }

    public static ProcessBuilder of(String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.eventsim.simulator.Main"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true);
    }
}
