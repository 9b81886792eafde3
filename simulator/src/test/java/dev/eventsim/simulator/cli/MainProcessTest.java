package dev.eventsim.simulator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventsim.simulator.support.Api;
import dev.eventsim.simulator.support.ApiResponse;
import dev.eventsim.simulator.support.SimulatorProcess;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Starts the simulator as a user does, in its own JVM, configured through environment variables. */
class MainProcessTest {

    private static ProcessBuilder simulatorProcess(String... args) {
        return SimulatorProcess.of(args);
    }

    @Test
    void started_from_the_environment_it_prints_a_banner_whose_ks_works() throws Exception {
        ProcessBuilder builder = simulatorProcess();
        builder.environment().put("SIM_PORT", "0");
        builder.environment().put("SIM_PARTNER_ID", "4242");
        builder.environment().put("SIM_ADMIN_SECRET", "env-secret");
        Process process = builder.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            StringBuilder banner = new StringBuilder();
            String line;
            while ((line = out.readLine()) != null) {
                banner.append(line).append('\n');
                if (line.contains("curl")) {
                    break;
                }
            }
            assertThat(banner.toString()).contains("Partner       4242", "env-secret");
            Matcher url = Pattern.compile("API base URL  (http://127\\.0\\.0\\.1:(\\d+))/api/v1").matcher(banner);
            Matcher ks = Pattern.compile("ADMIN KS      (\\S+)").matcher(banner);
            assertThat(url.find()).as("banner: %s", banner).isTrue();
            assertThat(ks.find()).isTrue();
            assertThat(Integer.parseInt(url.group(2))).as("port 0 picks a free port").isPositive();

            ApiResponse listed = new Api(url.group(1), ks.group(1)).post("events/list", Map.of());

            assertThat(listed.statusCode()).isEqualTo(200);
            assertThat(listed.json().path("totalCount").asInt()).isZero();
        } finally {
            process.destroy();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void help_lists_every_option_and_its_environment_variable() throws Exception {
        Process process = simulatorProcess("--help").start();
        String help = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        assertThat(help).contains("--port", "SIM_PORT", "--host", "SIM_HOST", "--partner-id", "SIM_PARTNER_ID",
                "--admin-secret", "SIM_ADMIN_SECRET", "--partners-file", "--auth", "--pager-limit", "--pager-offset",
                "--state-sync", "SIM_STATE_SYNC");
    }

    @Test
    void a_missing_partners_file_stops_start_up_with_a_clear_message() throws IOException, InterruptedException {
        Process process = simulatorProcess("--port", "0", "--partners-file", "/nonexistent/partners.json").start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(output).contains("/nonexistent/partners.json").doesNotContain("Exception");
    }
}
