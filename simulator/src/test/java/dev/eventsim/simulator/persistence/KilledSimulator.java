package dev.eventsim.simulator.persistence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The simulator's command line in a JVM of its own, to be killed with SIGKILL
 * ({@link Process#destroyForcibly()} on Linux). Started with the client compiler only, which
 * starts quicker: the crash test starts it twenty times.
 */
final class KilledSimulator implements AutoCloseable {
    private final Process process;
    private final StringBuffer output = new StringBuffer();
    private final KilledApi api;

    private KilledSimulator(Process process) throws IOException {
        this.process = process;
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            output.append(line).append('\n');
            if (line.contains("curl")) {
                break;
            }
        }
        Matcher url = Pattern.compile("API base URL  (http://\\S+)/api/v1").matcher(output);
        Matcher ks = Pattern.compile("ADMIN KS      (\\S+)").matcher(output);
        if (!url.find() || !ks.find()) {
            process.destroyForcibly();
            throw new IllegalStateException("the simulator did not start:\n" + output);
        }
        this.api = new KilledApi(url.group(1), ks.group(1));
        Thread drain = new Thread(() -> {
            try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    output.append(line).append('\n');
                }
            } catch (IOException e) {
                // the process is gone
            }
        }, "killed-simulator-output");
        drain.setDaemon(true);
        drain.start();
    }

    static KilledSimulator start(Path stateFile, String sync) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), "dev.eventsim.simulator.Main",
                "--port", "0", "--state-file", stateFile.toString(), "--state-sync", sync));
        return new KilledSimulator(new ProcessBuilder(command).redirectErrorStream(true).start());
    }

    KilledApi api() {
        return api;
    }

    String output() {
        return output.toString();
    }

    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        kill();
    }
}
