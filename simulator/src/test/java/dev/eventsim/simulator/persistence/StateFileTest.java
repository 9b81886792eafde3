package dev.eventsim.simulator.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eventsim.simulator.EventsSimulator;
import dev.eventsim.simulator.SimulatorOptions;
import dev.eventsim.simulator.support.Api;
import dev.eventsim.simulator.support.ApiResponse;
import dev.eventsim.simulator.support.Events;
import dev.eventsim.simulator.support.OpenApiCheck;
import dev.eventsim.simulator.support.SimulatorProcess;
import dev.eventsim.simulator.support.World;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --state-file}: restarts over one file, atomic saves, and corrupt files refused as they are. */
class StateFileTest {
    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("state.json");
    }

    private static EventsSimulator start(Path stateFile) {
        return EventsSimulator.start(SimulatorOptions.defaults().withStateFile(stateFile));
    }

    private static Api api(EventsSimulator simulator) {
        return new Api(simulator.baseUrl(), simulator.adminKs(SimulatorOptions.DEFAULT_PARTNER_ID, "admin",
                Duration.ofDays(20 * 365)));
    }

    private List<String> filesInDir() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** A state file of a built world, closed and saved. */
    private ObjectNode savedWorld() throws IOException {
        try (EventsSimulator first = start(file())) {
            World.build(api(first));
        }
        return (ObjectNode) Api.JSON.readTree(file().toFile());
    }

    @Test
    void a_restart_over_the_same_file_brings_back_everything() {
        JsonNode before;
        try (EventsSimulator first = start(file())) {
            Api api = api(first);
            World.build(api);
            api.control("POST", "/__sim/partners", Map.of("partnerId", 3003, "adminSecret", "run-time"));
            before = World.observe(api);
        }

        try (EventsSimulator second = start(file())) {
            assertThat(World.observe(api(second))).isEqualTo(before);
        }
    }

    @Test
    void after_a_restart_ids_continue_as_the_first_run_would_have_given_them() throws IOException {
        Path copy = dir.resolve("copy.json");
        JsonNode wouldHave;
        try (EventsSimulator first = start(file())) {
            Api api = api(first);
            World.build(api);
            assertThat(api.control("POST", "/__sim/state/save", null).statusCode()).isEqualTo(200);
            Files.copy(file(), copy);
            wouldHave = World.nextIds(api);
        }

        try (EventsSimulator second = start(copy)) {
            assertThat(World.nextIds(api(second))).as("event, entry, category and job ids").isEqualTo(wouldHave);
        }
    }

    @Test
    void without_a_file_it_starts_empty_and_writes_one_with_its_format_version_on_close() throws IOException {
        try (EventsSimulator simulator = start(file())) {
            Api api = api(simulator);
            assertThat(api.post("events/list", Map.of()).json().path("totalCount").asInt()).isZero();
            api.post("events/create", Events.anEvent().withName("Kept").body());
            assertThat(file()).as("nothing is written before a save").doesNotExist();
        }

        JsonNode saved = Api.JSON.readTree(file().toFile());
        assertThat(saved.path("formatVersion").asInt()).isEqualTo(SimulatorImage.FORMAT_VERSION);
        assertThat(saved.toString()).contains("\"Kept\"");
    }

    @Test
    void saving_on_demand_answers_where_and_how_much_and_leaves_no_temporary_file() throws IOException {
        try (EventsSimulator simulator = start(file())) {
            Api api = api(simulator);
            World.build(api);
            for (int i = 0; i < 3; i++) {
                ApiResponse saved = api.control("POST", "/__sim/state/save", null);

                assertThat(saved.statusCode()).isEqualTo(200);
                OpenApiCheck.assertValid("POST", "/__sim/state/save", saved);
                assertThat(saved.json().path("path").asText()).isEqualTo(file().toAbsolutePath().toString());
                assertThat(saved.json().path("bytes").asLong()).isEqualTo(Files.size(file()));
                assertThat(saved.json().path("savedAt").asText()).isEqualTo("2030-04-01T09:00:00.000Z");
            }
            assertThat(filesInDir()).containsExactly("state.json");
        }
        assertThat(filesInDir()).as("after the save on close too").containsExactly("state.json");
    }

    @Test
    void a_save_cut_short_by_a_crash_leaves_the_previous_state_to_load() throws IOException {
        JsonNode before;
        try (EventsSimulator first = start(file())) {
            World.build(api(first));
            before = World.observe(api(first));
        }
        // What a crash mid-save leaves: a half-written temporary file beside the untouched state file.
        Files.writeString(dir.resolve(".state.json.4711.tmp"), "{\"formatVersion\": 1, \"data\": [{\"partnerId\"");

        try (EventsSimulator second = start(file())) {
            assertThat(World.observe(api(second))).isEqualTo(before);
        }
    }

    private void assertRefused(Consumer<ObjectNode> corrupt, String expected) throws IOException {
        ObjectNode saved = savedWorld();
        corrupt.accept(saved);
        Files.writeString(file(), saved.toString());
        assertRefused(expected);
    }

    private void assertRefused(String expected) throws IOException {
        byte[] before = Files.readAllBytes(file());

        assertThatThrownBy(() -> start(file()).close())
                .isInstanceOf(StateFileException.class)
                .hasMessageContaining(file().toAbsolutePath().toString())
                .hasMessageContaining(expected)
                .hasMessageContaining("left as it is");
        assertThat(Files.readAllBytes(file())).as("the file is never replaced").isEqualTo(before);
    }

    @Test
    void a_file_that_is_not_json_is_refused_and_left_as_it_is() throws IOException {
        Files.writeString(file(), "{\"formatVersion\": 1, \"clock\": {oops");

        assertRefused("is corrupt");
    }

    @Test
    void an_empty_file_is_refused() throws IOException {
        Files.writeString(file(), "");

        assertRefused("not a simulator state file");
    }

    @Test
    void a_file_of_another_format_version_is_refused() throws IOException {
        assertRefused(saved -> saved.put("formatVersion", 99), "format version 99");
    }

    @Test
    void a_file_missing_a_field_is_refused() throws IOException {
        assertRefused(saved -> saved.remove("ids"), "ids");
    }

    @Test
    void a_file_with_an_unknown_table_is_refused() throws IOException {
        assertRefused(saved -> {
            ObjectNode tables = (ObjectNode) saved.path("data").get(0).path("tables");
            tables.set("speakers", tables.remove("teamMembers"));
        }, "unknown table kind 'speakers'");
    }

    @Test
    void a_file_whose_sessions_lack_their_event_is_refused() throws IOException {
        assertRefused(saved -> ((ObjectNode) saved.path("data").get(0)).putArray("events"), "which partner");
    }

    @Test
    void a_state_file_in_a_directory_that_does_not_exist_stops_start_up() {
        Path nowhere = dir.resolve("missing").resolve("state.json");

        assertThatThrownBy(() -> start(nowhere).close())
                .isInstanceOf(StateFileException.class)
                .hasMessageContaining(nowhere.getParent().toString())
                .hasMessageContaining("does not exist");
    }

    // The command line, in its own JVM as a user runs it.

    private static Process simulatorProcess(String... args) throws IOException {
        return SimulatorProcess.of(args).start();
    }

    @Test
    void the_command_line_refuses_a_corrupt_file_with_a_message_and_no_stack_trace() throws Exception {
        Files.writeString(file(), "not a state file");
        byte[] before = Files.readAllBytes(file());

        Process process = simulatorProcess("--port", "0", "--state-file", file().toString());
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(output).startsWith("events-simulator: state file " + file().toAbsolutePath())
                .contains("is corrupt", "left as it is")
                .doesNotContain("Exception", "\tat ", "API base URL");
        assertThat(Files.readAllBytes(file())).isEqualTo(before);
    }

    @Test
    void the_command_line_saves_the_state_when_it_is_stopped() throws Exception {
        Process process = simulatorProcess("--port", "0", "--state-file", file().toString());
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            StringBuilder banner = new StringBuilder();
            for (String line = out.readLine(); line != null && !line.contains("curl"); line = out.readLine()) {
                banner.append(line).append('\n');
            }
            Matcher url = Pattern.compile("API base URL  (http://\\S+)/api/v1").matcher(banner);
            Matcher ks = Pattern.compile("ADMIN KS      (\\S+)").matcher(banner);
            assertThat(url.find() && ks.find()).as("banner: %s", banner).isTrue();
            ApiResponse created = new Api(url.group(1), ks.group(1)).post("events/create",
                    Events.anEvent().withName("Saved by the shutdown hook").body());
            assertThat(created.statusCode()).isEqualTo(200);
        } finally {
            process.destroy();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(Files.readString(file())).contains("Saved by the shutdown hook");
        assertThat(filesInDir()).containsExactly("state.json");
    }
}
