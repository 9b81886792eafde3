package dev.eventsim.simulator;

import dev.eventsim.simulator.cli.ClassWarmer;
import dev.eventsim.simulator.cli.SimulatorCommand;
import picocli.CommandLine;

/** {@code java -jar events-simulator-all.jar [options]}: see {@code --help}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        ClassWarmer.start();
        int exit = new CommandLine(new SimulatorCommand()).execute(args);
        if (exit != 0) {
            System.exit(exit);
        }
    }
}
