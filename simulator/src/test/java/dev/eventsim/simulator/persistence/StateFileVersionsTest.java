package dev.eventsim.simulator.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eventsim.simulator.EventsSimulator;
import dev.eventsim.simulator.SimulatorOptions;
import dev.eventsim.simulator.support.Api;
import dev.eventsim.simulator.support.CoreApi;
import dev.eventsim.simulator.support.World;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * State files and change logs an earlier simulator wrote still load, with nothing lost: the files
 * of {@code src/test/resources/state-files/} (their README says what they hold) are copied to a
 * directory of the test's own, started over, and saved again in the current format.
 */
class StateFileVersionsTest {
    private static final long PARTNER = SimulatorOptions.DEFAULT_PARTNER_ID;
    private static final long OTHER_PARTNER = 3003;

    @TempDir
    Path dir;

    private Path fixture(String version, String... names) throws IOException {
        for (String name : names) {
            try (InputStream in = getClass().getResourceAsStream("/state-files/" + version + "/" + name)) {
                assertThat(in).as("fixture %s/%s", version, name).isNotNull();
                Files.copy(in, dir.resolve(name));
            }
        }
        return dir.resolve("state.json");
    }

    private static EventsSimulator start(Path stateFile) {
        return EventsSimulator.start(SimulatorOptions.defaults().withStateFile(stateFile));
    }

    private static Api api(EventsSimulator simulator, long partnerId) {
        return new Api(simulator.baseUrl(), simulator.adminKs(partnerId, "admin", Duration.ofDays(20 * 365)));
    }

    private static JsonNode read(Path file) throws IOException {
        return Api.JSON.readTree(file.toFile());
    }

    private static List<Long> eventIds(Api api) {
        List<Long> ids = new ArrayList<>();
        api.post("events/list", Map.of("orderBy", "+createdAt")).json().path("events")
                .forEach(e -> ids.add(e.path("id").asLong()));
        return ids;
    }

    private static List<String> sessionIds(Api api, long eventId) {
        List<String> ids = new ArrayList<>();
        api.post("sessions/list", Map.of("eventId", eventId)).json().path("sessions")
                .forEach(s -> ids.add(s.path("id").asText()));
        return ids;
    }

    /**
     * Every row of every partner by table, whatever the file's layout: version 1 kept a partner's
     * events and sessions beside its tables, later versions keep them among its tables.
     */
    static Map<Long, Map<String, JsonNode>> rowsOf(JsonNode image) {
        Map<Long, Map<String, JsonNode>> rows = new TreeMap<>();
        for (JsonNode partner : image.path("data")) {
            Map<String, JsonNode> tables = new TreeMap<>();
            if (image.path("formatVersion").asInt() == 1) {
                tables.put("events", partner.path("events"));
                tables.put("sessions", partner.path("sessions"));
                partner.path("tables").properties().forEach(t -> tables.put(t.getKey(), t.getValue()));
            } else {
                partner.path("tables").properties().forEach(t -> tables.put(t.getKey(),
                        switch (t.getKey()) {
                            case "events" -> t.getValue().path("events");
                            case "sessions" -> t.getValue().path("sessions");
                            default -> t.getValue();
                        }));
            }
            rows.put(partner.path("partnerId").asLong(), tables);
        }
        return rows;
    }

    /** What is not a partner's data: the clock, ids, the jobs' progression, the partner registry. */
    private static JsonNode restOf(JsonNode image) {
        ObjectNode rest = ((ObjectNode) image).deepCopy();
        rest.remove(List.of("formatVersion", "simulatorVersion", "data"));
        return rest;
    }

    @Test
    void a_version_1_state_file_loads_with_everything_it_holds_and_is_saved_again_whole() throws IOException {
        Path file = fixture("v1", "state.json");
        JsonNode v1 = read(file);

        try (EventsSimulator simulator = start(file)) {
            Api api = api(simulator, PARTNER);
            assertThat(eventIds(api)).as("town hall, workshop, the town hall's copy").containsExactly(10001L, 10002L,
                    10003L);
            assertThat(sessionIds(api, 10001)).containsExactly("1_sjjsrds8", "1_st99h1wb", "1_2es1db4l");
            assertThat(sessionIds(api, 10003)).containsExactly("1_6u6ofuom", "1_fbvpx9eq", "1_c74zy763");
            JsonNode places = api.post("session-participants/list", Map.of("eventId", 10001,
                    "sessionId", "1_2es1db4l")).json();
            assertThat(places.path("speakers").get(0).path("email").asText()).isEqualTo("ada@example.test");
            assertThat(places.path("moderators").get(0).path("email").asText()).isEqualTo("grace@example.test");
            assertThat(api.post("event-users/list", Map.of("eventId", 10001)).json().path("totalCount").asInt())
                    .isEqualTo(3);
            assertThat(api.post("team-members/list", Map.of()).json().path("totalCount").asInt()).isEqualTo(1);
            assertThat(api.control().lifecycle(10001).state()).isEqualTo("scheduled");
            assertThat(api.control().lifecycle(10002).state()).isEqualTo("cancelled");
            assertThat(api.control().job("4001").jobState()).isEqualTo("completed");
            assertThat(api.control().job("4002").jobState()).isEqualTo("wait");

            Api other = api(simulator, OTHER_PARTNER);
            assertThat(eventIds(other)).containsExactly(10004L);
            assertThat(sessionIds(other, 10004)).containsExactly("1_5botctrv");

            CoreApi core = new CoreApi(new Api(simulator.baseUrl(), null), simulator.adminKs(PARTNER, "admin",
                    Duration.ofDays(365)));
            assertThat(core.call("appToken", "get", Map.of("id", "0_vkzwd50n")).json().path("description").asText())
                    .isEqualTo("kept");
            assertThat(core.withKs(ENDED_KS).call("baseEntry", "list", Map.of()).json().path("args").path("KSID")
                    .asText()).as("ended with session.end").isEqualTo("LOGOUT");
            assertThat(core.withKs(LIMITED_KS).call("baseEntry", "list", Map.of()).json().path("args").path("KSID")
                    .asText()).as("its one call used").isEqualTo("EXCEEDED_ACTIONS_LIMIT");
        }

        JsonNode saved = read(file);
        assertThat(saved.path("formatVersion").asInt()).isEqualTo(SimulatorImage.FORMAT_VERSION);
        assertThat(rowsOf(saved)).as("every row of version 1, as it was").isEqualTo(rowsOf(v1));
        assertThat(restOf(saved)).as("clock, ids, progression, partners").isEqualTo(restOf(v1));
    }

    @Test
    void what_a_version_1_simulator_left_in_its_change_log_is_replayed() throws IOException {
        Path file = fixture("v1", "state.json", "state.json.log");

        try (EventsSimulator simulator = start(file)) {
            Api api = api(simulator, PARTNER);
            assertThat(eventIds(api)).as("10005 created and 10002 deleted after the last save")
                    .containsExactly(10001L, 10003L, 10005L);
            assertThat(sessionIds(api, 10005)).containsExactly("1_r1urnhzq");
            assertThat(sessionIds(api, 10001)).containsExactly("1_sjjsrds8", "1_st99h1wb", "1_2es1db4l");
            assertThat(eventIds(api(simulator, OTHER_PARTNER))).containsExactly(10004L);
        }

        JsonNode saved = read(file);
        assertThat(saved.path("formatVersion").asInt()).as("folded at start, in the current format")
                .isEqualTo(SimulatorImage.FORMAT_VERSION);
        Map<String, JsonNode> rows = rowsOf(saved).get(PARTNER);
        assertThat(rows.get("events").findValuesAsText("name")).containsExactly("Town hall", "Town hall again",
                "Logged only");
        assertThat(rows.get("eventLifecycles").toString()).as("the deleted workshop's cancel mark went with it")
                .doesNotContain("10002");
    }

    @Test
    void a_state_file_is_written_in_version_2_events_and_sessions_first_among_the_tables() throws IOException {
        Path file = dir.resolve("state.json");
        try (EventsSimulator simulator = start(file)) {
            World.build(api(simulator, PARTNER));
        }

        JsonNode saved = read(file);
        assertThat(saved.path("formatVersion").asInt()).isEqualTo(2);
        JsonNode partner = saved.path("data").get(0);
        assertThat(partner.fieldNames()).toIterable().containsExactly("partnerId", "tables");
        assertThat(partner.path("tables").fieldNames()).toIterable().startsWith("events", "sessions");
        assertThat(partner.path("tables").path("events").path("events").get(0).path("name").asText())
                .isEqualTo("Town hall");
        assertThat(partner.path("tables").path("sessions").path("sessions").get(0).path("eventId").asLong())
                .isEqualTo(partner.path("tables").path("events").path("events").get(0).path("id").asLong());
    }

    @Test
    void a_version_2_state_file_loads_and_is_saved_again_row_for_row() throws IOException {
        Path file = dir.resolve("state.json");
        JsonNode observed;
        try (EventsSimulator simulator = start(file)) {
            World.build(api(simulator, PARTNER));
            observed = World.observe(api(simulator, PARTNER));
        }
        JsonNode first = read(file);

        try (EventsSimulator simulator = start(file)) {
            assertThat(World.observe(api(simulator, PARTNER))).isEqualTo(observed);
        }

        JsonNode second = read(file);
        assertThat(rowsOf(second)).isEqualTo(rowsOf(first));
        assertThat(restOf(second)).isEqualTo(restOf(first));
    }

    @Test
    void a_version_1_file_that_does_not_hold_together_is_refused_as_a_version_2_one_is() throws IOException {
        Path file = fixture("v1", "state.json");
        ObjectNode v1 = (ObjectNode) read(file);
        // data[1] is the default partner's (data is in partner id order): its events gone, its sessions kept
        ((ObjectNode) v1.path("data").get(1)).putArray("events");
        Files.writeString(file, v1.toString());

        assertThatThrownBy(() -> start(file).close()).isInstanceOf(StateFileException.class)
                .hasMessageContaining("is inconsistent: session ")
                .hasMessageContaining(", which partner 1000001 does not have.")
                .hasMessageContaining("left as it is");
    }

    @Test
    void a_version_1_partner_not_as_version_1_wrote_it_is_refused_as_corrupt() throws IOException {
        Path file = fixture("v1", "state.json");
        ObjectNode v1 = (ObjectNode) read(file);
        ((ObjectNode) v1.path("data").get(1)).putObject("events");
        Files.writeString(file, v1.toString());

        assertThatThrownBy(() -> start(file).close()).isInstanceOf(StateFileException.class)
                .hasMessageContaining("is corrupt: unknown field 'events' at data[1].")
                .hasMessageContaining("left as it is");
    }

    @Test
    void a_lone_surrogate_in_a_version_1_file_is_named_where_it_is_in_that_file() throws IOException {
        Path file = fixture("v1", "state.json");
        ObjectNode v1 = (ObjectNode) read(file);
        ((ObjectNode) v1.path("data").get(1).path("sessions").get(0)).put("name", "@@LONE@@");
        Files.writeString(file, v1.toString().replace("@@LONE@@", "\\ud800"));

        assertThatThrownBy(() -> start(file).close()).isInstanceOf(StateFileException.class)
                .hasMessageContaining("is corrupt: data[1].sessions[0].name holds a lone UTF-16 surrogate");
    }

    @Test
    void a_change_log_of_a_newer_log_version_is_refused_and_left_as_it_is() throws IOException {
        Path file = dir.resolve("state.json");
        Path log = dir.resolve("state.json.log");
        byte[] header = Api.JSON.writeValueAsBytes(Map.of("logVersion", LogHeader.LOG_VERSION + 1,
                "baseSize", -1, "baseCrc", 0));
        Files.write(log, LogFrames.frame(header).array());
        byte[] before = Files.readAllBytes(log);

        assertThatThrownBy(() -> start(file).close()).isInstanceOf(StateFileException.class)
                .hasMessageContaining("change log " + log.toAbsolutePath() + " has log version "
                        + (LogHeader.LOG_VERSION + 1) + "; this simulator reads versions 1 to " + LogHeader.LOG_VERSION)
                .hasMessageContaining("left as it is");
        assertThat(Files.readAllBytes(log)).isEqualTo(before);
        assertThat(file).doesNotExist();
    }

    // Written by the fixture's simulator (its README): a KS ended with session.end, and one whose one call was used.
    private static final String ENDED_KS = "djJ8MTAwMDAwMXzCKiE_BN3ejkMxRijeCxWRIgESc_ffs0bP_h1BATfqW8C7_92NxLq94W4dL"
            + "TNWtDP8bQLeKrRA1mtI8jIsB_Rw";
    private static final String LIMITED_KS = "djJ8MTAwMDAwMXyWl3Dje3c2kpEdntgeSd1G_QRFOnIUdS8Qg0953mk6aFIxg0m6G9seESMS"
            + "eYd6U4ywr1JvI1oNKnw6FwynN6QJqJKaotTODKrmNrZBpxEASg==";
}
