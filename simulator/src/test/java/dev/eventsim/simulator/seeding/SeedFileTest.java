package dev.eventsim.simulator.seeding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventsim.simulator.EventsSimulator;
import dev.eventsim.simulator.SimulatorOptions;
import dev.eventsim.simulator.auth.Partner;
import dev.eventsim.simulator.support.Api;
import dev.eventsim.simulator.support.SimulatorProcess;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedFileTest {
    private static final long OTHER_PARTNER = 2001;
    private static final String LISTED_EVENT = """
            {"templateId": "tm1000", "name": "Board meeting", "startDate": "2030-05-01T14:00:00Z",
             "endDate": "2030-05-01T15:00:00Z", "timezone": "Europe/Berlin", "labels": ["internal"],
             "users": [{"firstName": "Ada", "lastName": "Lovelace", "email": "ada@example.com", "roles": ["Speaker"]}],
             "sessions": [{"name": "Q&A", "type": "MeetingEntry", "startDate": "2030-05-01T14:30:00Z",
                           "endDate": "2030-05-01T15:00:00Z", "speakers": [{"email": "ada@example.com"}]}]}
            """;

    @TempDir
    Path dir;

    private Path file(String json) throws IOException {
        Path file = dir.resolve("seed.json");
        Files.writeString(file, json);
        return file;
    }

    private static SimulatorOptions withOtherPartner() {
        return SimulatorOptions.defaults().withPartners(List.of(
                new Partner(SimulatorOptions.DEFAULT_PARTNER_ID, SimulatorOptions.DEFAULT_ADMIN_SECRET),
                new Partner(OTHER_PARTNER, "other-secret")));
    }

    private static Api api(EventsSimulator simulator, long partnerId) {
        return new Api(simulator.baseUrl(), simulator.adminKs(partnerId, "admin", Duration.ofDays(1)));
    }

    private static JsonNode list(Api api) {
        return api.post("events/list", Map.of("pager", Map.of("limit", 15))).json();
    }

    @Test
    void an_instance_started_with_a_seed_file_has_its_data() throws IOException {
        Path seedFile = file("""
                {"events": 12, "seed": 3, "usersPerEvent": 2,
                 "partners": [{"partnerId": 2001, "events": [%s]}]}
                """.formatted(LISTED_EVENT));

        try (EventsSimulator simulator = EventsSimulator.start(withOtherPartner().withSeedFile(seedFile))) {
            assertThat(list(api(simulator, SimulatorOptions.DEFAULT_PARTNER_ID)).path("totalCount").asInt()).isEqualTo(12);
            Api other = api(simulator, OTHER_PARTNER);
            JsonNode event = list(other).path("events").get(0);
            assertThat(list(other).path("totalCount").asInt()).isEqualTo(1);
            assertThat(event.path("name").asText()).isEqualTo("Board meeting");
            assertThat(event.path("labels").toString()).isEqualTo("[\"internal\"]");
            JsonNode sessions = other.post("sessions/list", Map.of("eventId", event.path("id"))).json().path("sessions");
            assertThat(sessions).hasSize(2);
            JsonNode speakers = other.post("sessions/speakerList",
                    Map.of("eventId", event.path("id"), "sessionId", sessions.get(1).path("id"))).json().path("speakers");
            assertThat(speakers.get(0).path("email").asText()).isEqualTo("ada@example.com");
            assertThat(simulator.seeded()).extracting(SeedResult::partnerId)
                    .containsExactly(SimulatorOptions.DEFAULT_PARTNER_ID, OTHER_PARTNER);
            assertThat(simulator.seeded().get(0).created().eventUsers()).isEqualTo(24);
        }
    }

    @Test
    void a_full_reset_seeds_the_file_again_as_at_start_up() throws IOException {
        Path seedFile = file("{\"events\": 7, \"seed\": 11}");

        try (EventsSimulator simulator = EventsSimulator.start(SimulatorOptions.defaults().withSeedFile(seedFile))) {
            Api api = api(simulator, SimulatorOptions.DEFAULT_PARTNER_ID);
            List<String> atStart = idsAndNames(list(api));
            api.post("events/delete", Map.of("id", Long.parseLong(atStart.get(0).split(" ")[0])));

            api.control().reset();

            assertThat(idsAndNames(list(api))).as("the same events, ids included").hasSize(7)
                    .containsExactlyElementsOf(atStart);
        }
    }

    private static List<String> idsAndNames(JsonNode page) {
        List<String> events = new ArrayList<>();
        page.path("events").forEach(e -> events.add(e.path("id").asLong() + " " + e.path("name").asText()));
        return events;
    }

    @Test
    void a_bad_file_stops_the_simulator_from_starting_with_a_message_naming_the_file_and_the_problem()
            throws IOException {
        Map<String, String> cases = Map.of(
                "{\"events\": 5", "is not valid JSON (line 1",
                "[1, 2]", "must hold a JSON object",
                "{}", "asks for no seed",
                "{\"events\": 5, \"seed\": 1, \"sessionPerEvent\": 1}", "sessionPerEvent is not a field of a seed",
                "{\"partners\": {\"partnerId\": 2001}}", "partners must be an array",
                "{\"partners\": [{\"partnerId\": 2001, \"events\": 5}]}", "partners[0].seed is required",
                "{\"partners\": [{\"partnerId\": 9, \"events\": 5, \"seed\": 1}]}", "Partner 9 is not known",
                "{\"events\": [" + LISTED_EVENT.replace("Europe/Berlin", "Europe/Atlantis") + "]}",
                "events[0].timezone 'Europe/Atlantis'");
        for (Map.Entry<String, String> bad : cases.entrySet()) {
            Path seedFile = file(bad.getKey());
            assertThatThrownBy(() -> EventsSimulator.start(withOtherPartner().withSeedFile(seedFile)).close())
                    .as(bad.getKey())
                    .isInstanceOf(SeedFileException.class)
                    .hasMessageStartingWith("seed file " + seedFile)
                    .hasMessageContaining(bad.getValue());
        }
    }

    /** Issue 17: a string no answer could carry (a lone UTF-16 surrogate) is refused wherever it stands. */
    @Test
    void a_file_holding_a_lone_surrogate_is_refused_naming_where() throws IOException {
        Map<String, String> cases = Map.of(
                "{\"events\": [" + LISTED_EVENT.replace("Board meeting", "Board\\ud800 meeting") + "]}",
                "is not valid Unicode: events[0].name holds a lone UTF-16 surrogate (\\ud800) at character 6",
                "{\"partners\": [{\"partnerId\": 2001, \"events\": [" + LISTED_EVENT.replace("\"internal\"",
                        "\"ok\", \"in\\udc00\"") + "]}]}",
                "partners[0].events[0].labels[1] holds a lone UTF-16 surrogate (\\udc00) at character 3",
                "{\"events\": [" + LISTED_EVENT.replace("\"Ada\"", "\"\\ud83d\"") + "]}",
                "events[0].users[0].firstName holds a lone UTF-16 surrogate (\\ud83d) at character 1",
                "{\"events\": 5, \"seed\": 1, \"note\": \"never read \\ude00\"}",
                "note holds a lone UTF-16 surrogate (\\ude00) at character 12",
                "{\"events\": 5, \"seed\": 1, \"\\ud800\": 1}",
                "is not valid JSON (line 1, column 33): Broken surrogate pair in field name"); // the JSON reader's check
        for (Map.Entry<String, String> bad : cases.entrySet()) {
            Path seedFile = file(bad.getKey());
            assertThatThrownBy(() -> EventsSimulator.start(withOtherPartner().withSeedFile(seedFile)).close())
                    .as(bad.getKey())
                    .isInstanceOf(SeedFileException.class)
                    .hasMessageStartingWith("seed file " + seedFile)
                    .hasMessageContaining(bad.getValue())
                    .hasMessageNotContaining("Exception");
        }
    }

    @Test
    void text_beyond_the_basic_plane_is_seeded_unchanged() throws IOException {
        String name = "Board \ud83d\ude80 \u6f22\u5b57 \ud800\udc00";
        Path seedFile = file("{\"events\": [" + LISTED_EVENT.replace("Board meeting", name) + "]}");

        try (EventsSimulator simulator = EventsSimulator.start(withOtherPartner().withSeedFile(seedFile))) {
            assertThat(list(api(simulator, SimulatorOptions.DEFAULT_PARTNER_ID)).path("events").get(0).path("name")
                    .asText()).isEqualTo(name);
        }
    }

    // Through the command line, in a JVM of its own, as a user starts it.

    private static ProcessBuilder simulatorProcess(String... args) {
        return SimulatorProcess.of(args);
    }

    @Test
    void the_command_line_refuses_a_bad_seed_file_with_a_clear_message_and_no_stack_trace() throws Exception {
        Path seedFile = file("{\"events\": [" + LISTED_EVENT.replace("\"tm1000\"", "\"tm1234\"") + "]}");

        Process process = simulatorProcess("--port", "0", "--seed-file", seedFile.toString()).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(output).contains("events-simulator: seed file " + seedFile + ": events[0].templateId 'tm1234'")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void the_command_line_reads_the_seed_file_from_the_environment_and_says_what_it_seeded() throws Exception {
        Path seedFile = file("{\"events\": 9, \"seed\": 5}");
        ProcessBuilder builder = simulatorProcess();
        builder.environment().put("SIM_PORT", "0");
        builder.environment().put("SIM_SEED_FILE", seedFile.toString());
        Process process = builder.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            StringBuilder banner = new StringBuilder();
            String line;
            while ((line = out.readLine()) != null) {
                banner.append(line).append('\n');
                if (line.contains("Seeded")) {
                    break;
                }
            }
            assertThat(banner.toString()).contains("Seeded        partner 1000001: 9 events,");
            Matcher url = Pattern.compile("API base URL  (http://127\\.0\\.0\\.1:\\d+)/api/v1").matcher(banner);
            Matcher ks = Pattern.compile("ADMIN KS      (\\S+)").matcher(banner);
            assertThat(url.find()).as("banner: %s", banner).isTrue();
            assertThat(ks.find()).isTrue();

            JsonNode listed = new Api(url.group(1), ks.group(1)).post("events/list", Map.of()).json();

            assertThat(listed.path("totalCount").asInt()).isEqualTo(9);
        } finally {
            process.destroy();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
