package dev.eventsim.simulator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventsim.simulator.support.Api;
import dev.eventsim.simulator.support.ApiResponse;
import dev.eventsim.simulator.support.SimulatorProcess;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What a person running the simulator sees on its console after the banner: each call, and the stop. */
class ConsoleLogTest {
    private static final Pattern URL = Pattern.compile("API base URL  (http://127\\.0\\.0\\.1:\\d+)/api/v1");
    private static final Pattern KS = Pattern.compile("ADMIN KS      (\\S+)");

    @Test
    void each_call_is_a_line_and_stopping_says_so() throws Exception {
        Process process = SimulatorProcess.of("--port", "0").start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = reader(process)) {
            String banner = readUntil(out, lines, "curl");
            Matcher url = URL.matcher(banner);
            Matcher ks = KS.matcher(banner);
            assertThat(url.find() && ks.find()).as(banner).isTrue();
            Api api = new Api(url.group(1), ks.group(1));
            ApiResponse created = api.post("events/create", Map.of("name", "Town hall", "templateId", "tm0000",
                    "startDate", "2030-05-01T14:00:00Z", "endDate", "2030-05-01T16:00:00Z", "timezone", "UTC"));
            String traceId = created.header("x-traceid");

            String call = readUntil(out, lines, traceId);

            assertThat(call).matches("(?s).*\\d{2}:\\d{2}:\\d{2}\\.\\d{3} 1000001 events/create 200 ok \\d+\\.\\d ms "
                    + traceId + ".*");
            process.toHandle().destroy(); // SIGTERM, as Ctrl-C; Process.destroy() would also close our end
            assertThat(readUntil(out, lines, "stopped")).contains("Events API simulator stopped after 1 API call");
        } finally {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void a_busy_port_is_one_clear_line_that_suggests_port_0() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Process process = SimulatorProcess.of("--port", String.valueOf(taken.getLocalPort())).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).isEqualTo(1);
            assertThat(output.strip().lines()).as(output).hasSize(1);
            assertThat(output).contains("port is in use", "--port 0").doesNotContain("ERROR", "Exception");
        }
    }

    private static BufferedReader reader(Process process) {
        return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** Reads lines until one holds {@code marker}; returns everything read by this call. */
    private static String readUntil(BufferedReader out, List<String> lines, String marker) throws IOException {
        StringBuilder read = new StringBuilder();
        String line;
        while ((line = out.readLine()) != null) {
            lines.add(line);
            read.append(line).append('\n');
            if (line.contains(marker)) {
                return read.toString();
            }
        }
        throw new AssertionError("the output ended before '" + marker + "': " + String.join("\n", lines));
    }
}
