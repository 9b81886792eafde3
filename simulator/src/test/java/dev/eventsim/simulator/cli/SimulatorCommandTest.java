package dev.eventsim.simulator.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.eventsim.simulator.EventsSimulator;
import dev.eventsim.simulator.SimulatorOptions;
import dev.eventsim.simulator.categories.LeftoverCategories;
import dev.eventsim.simulator.api.PagerPolicy;
import dev.eventsim.simulator.api.UnknownFields;
import dev.eventsim.simulator.journal.CallLog;
import dev.eventsim.simulator.auth.AuthMode;
import dev.eventsim.simulator.auth.Partner;
import dev.eventsim.simulator.persistence.StateSync;
import dev.eventsim.simulator.support.Api;
import dev.eventsim.simulator.support.ApiResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SimulatorCommandTest {

    private static SimulatorOptions parse(String... args) {
        SimulatorCommand command = new SimulatorCommand();
        new CommandLine(command).parseArgs(args);
        return command.options();
    }

    @Test
    void defaults_are_loopback_port_8080_the_documented_partner_and_strict_auth() {
        for (String variable : List.of("SIM_PORT", "SIM_HOST", "SIM_PARTNER_ID", "SIM_ADMIN_SECRET", "SIM_AUTH",
                "SIM_PAGER_LIMIT", "SIM_PAGER_OFFSET", "SIM_PARTNERS_FILE", "SIM_ADMIN_TOKEN", "SIM_STATE_FILE",
                "SIM_JOURNAL_SIZE", "SIM_SEED_FILE", "SIM_ALLOWED_HOSTS", "SIM_STATE_SYNC")) {
            assumeTrue(System.getenv(variable) == null, variable + " is set in this environment");
        }
        SimulatorOptions options = parse();

        assertThat(options.host()).isEqualTo("127.0.0.1");
        assertThat(options.port()).isEqualTo(8080);
        assertThat(options.partners()).containsExactly(
                new Partner(SimulatorOptions.DEFAULT_PARTNER_ID, SimulatorOptions.DEFAULT_ADMIN_SECRET));
        assertThat(options.authMode()).isEqualTo(AuthMode.strict);
        assertThat(options.pagerPolicy()).isEqualTo(PagerPolicy.DEFAULT);
        assertThat(options.adminToken()).as("the control plane is open by default").isNull();
        assertThat(options.stateFile()).as("state lives in memory only by default").isNull();
        assertThat(options.stateSync()).as("see docs/snapshots-and-seeding.md").isEqualTo(StateSync.second);
        assertThat(options.journalSize()).isEqualTo(1000);
        assertThat(options.allowedHosts()).as("loopback names, IP addresses and --host only").isEmpty();
    }

    @Test
    void every_option_is_read_from_the_command_line() {
        SimulatorOptions options = parse("--port", "0", "--host", "localhost", "--partner-id", "77",
                "--admin-secret", "s", "--auth", "lenient", "--pager-limit", "clamp", "--pager-offset", "pages",
                "--seed", "9", "--admin-token", "t0ken", "--state-file", "state.json",
                "--journal-size", "25", "--seed-file", "seed.json", "--allowed-hosts", "sim.proxy.test,.Tunnel.test",
                "--unknown-fields", "reject", "--idle-timeout", "750ms", "--log", "bodies",
                "--state-sync", "write");

        assertThat(options).isEqualTo(new SimulatorOptions("localhost", 0, List.of(new Partner(77, "s")),
                AuthMode.lenient, new PagerPolicy(PagerPolicy.LimitMode.clamp, PagerPolicy.OffsetMode.pages), 9, "t0ken",
                Path.of("state.json"), 25, Path.of("seed.json"), List.of("sim.proxy.test", ".tunnel.test"),
                UnknownFields.Mode.reject, Duration.ofMillis(750), CallLog.Mode.bodies, LeftoverCategories.defaults(),
                StateSync.write));
    }

    @Test
    void leftover_categories_are_kept_up_to_ten_thousand_unless_told_otherwise() {
        assumeTrue(System.getenv("SIM_LEFTOVER_CATEGORIES") == null && System.getenv("SIM_LEFTOVER_CATEGORIES_MAX") == null,
                "SIM_LEFTOVER_CATEGORIES(_MAX) is set in this environment");
        assertThat(parse().leftoverCategories()).isEqualTo(LeftoverCategories.defaults());
        assertThat(parse("--leftover-categories", "off", "--leftover-categories-max", "30").leftoverCategories())
                .isEqualTo(new LeftoverCategories(LeftoverCategories.Mode.off, 30));
    }

    @Test
    void an_unknown_state_sync_policy_is_a_usage_error() {
        assertThatThrownBy(() -> parse("--state-sync", "never"))
                .isInstanceOf(CommandLine.ParameterException.class)
                .hasMessageContaining("never");
    }

    @Test
    void allowed_hosts_may_be_repeated() {
        assertThat(parse("--allowed-hosts", "a.test", "--allowed-hosts", "b.test,*").allowedHosts())
                .containsExactly("a.test", "b.test", "*");
    }

    @Test
    void an_allowed_host_given_as_a_url_is_refused() {
        assertThatThrownBy(() -> parse("--allowed-hosts", "http://sim.proxy.test:8080"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("http://sim.proxy.test:8080")
                .hasMessageContaining("without scheme, port or path");
    }

    @Test
    void a_partners_file_adds_partners_after_the_default_one(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("partners.json");
        Files.writeString(file, "{\"partners\": [{\"partnerId\": 2001, \"adminSecret\": \"a\"},"
                + " {\"partnerId\": 2002, \"adminSecret\": \"b\"}]}");

        SimulatorOptions options = parse("--partner-id", "1", "--admin-secret", "x", "--partners-file", file.toString());

        assertThat(options.partners()).containsExactly(new Partner(1, "x"), new Partner(2001, "a"), new Partner(2002, "b"));
    }

    @Test
    void a_broken_partners_file_is_refused_with_its_name(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("partners.json");
        Files.writeString(file, "{\"partners\": [{\"partnerId\": \"abc\"}]}");

        assertThatThrownBy(() -> parse("--partners-file", file.toString()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("adminSecret");
    }

    @Test
    void a_negative_journal_size_is_refused() {
        assertThatThrownBy(() -> parse("--journal-size", "-1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("journal size");
    }

    @Test
    void an_unknown_auth_mode_is_a_usage_error() {
        assertThatThrownBy(() -> parse("--auth", "maybe"))
                .isInstanceOf(CommandLine.ParameterException.class)
                .hasMessageContaining("--auth");
    }

    @Test
    void the_banner_gives_a_working_ks_and_curl_line() {
        try (EventsSimulator simulator = EventsSimulator.start(SimulatorOptions.defaults())) {
            String banner = Banner.of(simulator, "test", 5);

            assertThat(banner).contains(simulator.apiBaseUrl(), "1000001", "local-admin-secret", "valid 24 h",
                    simulator.baseUrl() + "/__sim/ui", simulator.baseUrl() + "/openapi.yaml");
            Matcher curl = Pattern.compile("curl -s -X POST (\\S+) -H 'Authorization: Bearer (\\S+)'").matcher(banner);
            assertThat(curl.find()).as("banner has a curl line: %s", banner).isTrue();
            assertThat(curl.group(1)).isEqualTo(simulator.apiBaseUrl() + "/events/list");

            simulator.clock().advance(Duration.ofHours(23));
            ApiResponse listed = new Api(simulator.baseUrl(), curl.group(2)).post("events/list", Map.of());
            assertThat(listed.statusCode()).as("the printed KS is an ADMIN KS valid for a day").isEqualTo(200);
        }
    }
}
