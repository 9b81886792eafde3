package dev.eventsim.simulator.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
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
            api.control().registerPartner(3003, "run-time");
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
            api.control().saveState();
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
        // The route's own answer, checked against the project's document: raw HTTP.
        try (EventsSimulator simulator = start(file())) {
            Api api = api(simulator);
            World.build(api);
            for (int i = 0; i < 3; i++) {
                ApiResponse saved = api.rawControl("POST", "/__sim/state/save", null);

                assertThat(saved.statusCode()).isEqualTo(200);
                OpenApiCheck.assertValid("POST", "/__sim/state/save", saved);
                assertThat(saved.json().path("path").asText()).isEqualTo(file().toAbsolutePath().toString());
                assertThat(saved.json().path("bytes").asLong()).isEqualTo(Files.size(file()));
                assertThat(saved.json().path("savedAt").asText()).isEqualTo("2030-04-01T09:00:00.000Z");
            }
            assertThat(filesInDir()).as("the state file and its change log").containsExactly("state.json",
                    "state.json.log");
        }
        assertThat(filesInDir()).as("after the save on close too").containsExactly("state.json", "state.json.log");
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
        assertRefused(saved -> saved.remove("ids"), "is corrupt: missing field 'ids'.");
    }

    @Test
    void a_file_with_an_unknown_table_is_refused() throws IOException {
        assertRefused(saved -> {
            ObjectNode tables = (ObjectNode) saved.path("data").get(0).path("tables");
            tables.set("speakers", tables.remove("teamMembers"));
        }, "unknown table kind 'speakers'");
    }

    /** The first event of the default partner (the only one a built world fills) in a saved file. */
    private static ObjectNode firstEvent(ObjectNode saved) {
        return (ObjectNode) saved.path("data").get(0).path("tables").path("events").path("events").get(0);
    }

    @Test
    void a_file_whose_sessions_lack_their_event_is_refused() throws IOException {
        assertRefused(saved -> ((ObjectNode) saved.path("data").get(0).path("tables")).remove("events"),
                "is inconsistent: session ");
        assertThatThrownBy(() -> start(file()).close()).hasMessageContaining(" belongs to event 1000")
                .hasMessageContaining(", which partner 1000001 does not have.");
    }

    /** Not only sessions: a row of any event-scoped table must belong to an event the partner has. */
    @Test
    void a_file_whose_event_users_lack_their_event_is_refused() throws IOException {
        assertRefused(saved -> {
            ObjectNode tables = (ObjectNode) saved.path("data").get(0).path("tables");
            // the town hall (10001, the first event) and its sessions gone: its users are left behind
            ((ArrayNode) tables.path("events").path("events")).remove(0);
            ArrayNode sessions = (ArrayNode) tables.path("sessions").path("sessions");
            for (int i = sessions.size() - 1; i >= 0; i--) {
                if (sessions.get(i).path("eventId").asLong() == 10001) {
                    sessions.remove(i);
                }
            }
        }, "is inconsistent: event user ");
        assertThatThrownBy(() -> start(file()).close())
                .hasMessageContaining(" belongs to event 10001, which partner 1000001 does not have.");
    }

    /** Issue 17: a hand-edited file with a string no answer could carry (a lone UTF-16 surrogate). */
    @Test
    void a_file_holding_a_lone_surrogate_is_refused_naming_where() throws IOException {
        ObjectNode saved = savedWorld();
        firstEvent(saved).put("name", "@@LONE@@");
        Files.writeString(file(), saved.toString().replace("@@LONE@@", "a\\ud800b"));

        assertRefused("is corrupt: data[0].tables.events.events[0].name holds a lone UTF-16 surrogate (\\ud800) at"
                + " character 2");
        assertThatThrownBy(() -> start(file()).close()).hasMessageNotContaining("Exception");
    }

    @Test
    void a_lone_surrogate_in_a_field_name_or_in_a_feature_table_is_refused_too() throws IOException {
        ObjectNode saved = savedWorld();
        ((ObjectNode) saved.path("data").get(0)).put("@@LONE@@", 1);
        Files.writeString(file(), saved.toString().replace("@@LONE@@", "\\udc00"));
        assertRefused("is corrupt: Unexpected low surrogate in field name: 0xdc00"); // the JSON reader's own check

        Files.delete(file());
        saved = savedWorld();
        String where = markFirstText(saved.path("data").get(0).path("tables"), "data[0].tables");
        Files.writeString(file(), saved.toString().replace("@@LONE@@", "\\ud83d"));
        assertRefused("is corrupt: " + where + " holds a lone UTF-16 surrogate (\\ud83d) at character 1");
    }

    /** Sets the first string field found (depth first) to @@LONE@@; answers its path. */
    private static String markFirstText(JsonNode node, String path) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                if (field.getValue().isTextual()) {
                    object.put(field.getKey(), "@@LONE@@");
                    return path + "." + field.getKey();
                }
                String found = markFirstText(field.getValue(), path + "." + field.getKey());
                if (found != null) {
                    return found;
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String found = markFirstText(node.get(i), path + "[" + i + "]");
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    @Test
    void a_file_with_bytes_that_are_not_utf8_is_refused() throws IOException {
        ObjectNode saved = savedWorld();
        firstEvent(saved).put("name", "@@BAD@@");
        byte[] text = saved.toString().getBytes(StandardCharsets.UTF_8);
        String marked = new String(text, StandardCharsets.ISO_8859_1);
        int at = marked.indexOf("@@BAD@@");
        byte[] bad = new byte[text.length - "@@BAD@@".length() + 3];
        System.arraycopy(text, 0, bad, 0, at);
        bad[at] = (byte) 0xED; // a surrogate as CESU-8 writes it: not UTF-8
        bad[at + 1] = (byte) 0xA0;
        bad[at + 2] = (byte) 0x80;
        System.arraycopy(text, at + "@@BAD@@".length(), bad, at + 3, text.length - at - "@@BAD@@".length());
        Files.write(file(), bad);

        assertRefused("is corrupt: Invalid UTF-8");
    }

    @Test
    void text_beyond_the_basic_plane_survives_a_restart_unchanged() throws IOException {
        String name = "Launch \ud83d\ude80 \u6f22\u5b57 \ud800\udc00 caf\u00e9";
        try (EventsSimulator first = start(file())) {
            assertThat(api(first).post("events/create", Events.anEvent().withName(name).body()).statusCode())
                    .isEqualTo(200);
        }
        assertThat(firstEvent((ObjectNode) Api.JSON.readTree(file().toFile())).path("name").asText())
                .as("saved as JSON that reads back as the same text").isEqualTo(name);

        try (EventsSimulator second = start(file())) {
            ApiResponse listed = api(second).post("events/list", Map.of());
            assertThat(listed.statusCode()).isEqualTo(200);
            assertThat(listed.json().path("events").get(0).path("name").asText()).isEqualTo(name);
        }
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
        assertThat(filesInDir()).containsExactly("state.json", "state.json.log");
    }
}
