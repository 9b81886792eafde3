package dev.eventsim.simulator.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eventsim.simulator.EventsSimulator;
import dev.eventsim.simulator.SimulatorOptions;
import dev.eventsim.simulator.support.Api;
import dev.eventsim.simulator.support.ApiResponse;
import dev.eventsim.simulator.support.ApiTest;
import dev.eventsim.simulator.support.World;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17: an error message names fields and values in plain words, never the reader's classes,
 * methods or switches ({@code com.fasterxml...}, {@code getMaxNestingDepth()},
 * {@code JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS}, {@code dev.eventsim...PartnerImage}).
 */
class PlainMessagesTest extends ApiTest {
    /** What a class, a method or a parser switch looks like in a message. */
    private static final Pattern INTERNALS = Pattern.compile(
            "[a-z]+\\.[a-z]+\\.[A-Z]\\w+|\\(\\)|Feature\\.|(?i:jackson)|java\\.|`|JsonToken|START_|END_|FIELD_NAME"
                    + "|REDACTED|StreamRead|DeserializationFeature|Source:");

    @TempDir
    Path dir;

    /** Bodies no JSON reader takes, each with what its message should say in plain words. */
    private static Map<String, String> malformedBodies() {
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("{\"filter\": " + "[".repeat(1500) + "]".repeat(1500) + "}", "nesting deeper than 1000 levels");
        bodies.put("{\"a\": " + "{\"b\": ".repeat(1200) + "1" + "}".repeat(1200) + "}", "nesting deeper than 1000 levels");
        bodies.put("{\"pager\": {\"limit\": NaN}}", "NaN is not a JSON number");
        bodies.put("{\"pager\": {\"limit\": Infinity}}", "Infinity is not a JSON number");
        bodies.put("{\"pager\": {\"limit\": -Infinity}}", "-Infinity is not a JSON number");
        bodies.put("{\"pager\": {\"limit\": +1}}", "plus sign");
        bodies.put("{\"pager\": {\"limit\": 01}}", "leading zero");
        bodies.put("{\"pager\": {\"limit\": " + "1".repeat(1200) + "}}", "longer than 1000 digits");
        bodies.put("{pager: 1}", "");
        bodies.put("{'pager': 1}", "");
        bodies.put("{\"pager\": {},}", "");
        bodies.put("{\"pager\": {}} trailing", "");
        bodies.put("{\"pager\": {}, \"pager\": {}}", "pager");
        bodies.put("{\"orderBy\": \"a\nb\"}", "");
        bodies.put("{\"orderBy\": \"\\q\"}", "");
        bodies.put("{\"filter\": {\"idIn\": [1, 2}}", "");
        bodies.put("{\"filter\": // a comment\n {}}", "comment");
        bodies.put("/* a comment */ {}", "comment");
        bodies.put("{\"filter\": ", "");
        bodies.put("{\"filter\": .5}", "");
        bodies.put("{\"filter\": tru}", "");
        return bodies;
    }

    /** Well-formed JSON of the wrong shape, at every level of an events/list body. */
    private static Map<String, String> wrongShapes() {
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("[]", "");
        bodies.put("1", "");
        bodies.put("\"text\"", "");
        bodies.put("null", "");
        bodies.put("{\"filter\": []}", "filter must be an object");
        bodies.put("{\"filter\": {\"idIn\": {}}}", "filter.idIn must be an array");
        bodies.put("{\"filter\": {\"idIn\": [[1]]}}", "filter.idIn[0] must be a number");
        bodies.put("{\"filter\": {\"idIn\": [1e400]}}", "filter.idIn[0]");
        bodies.put("{\"filter\": {\"labels\": [{\"a\": [1]}]}}", "filter.labels[0] must be a string");
        bodies.put("{\"pager\": {\"limit\": 1e400}}", "pager.limit");
        bodies.put("{\"pager\": {\"offset\": 123456789012345678901234567890}}", "pager.offset");
        bodies.put("{\"pager\": \"1\"}", "pager must be an object");
        bodies.put("{\"orderBy\": [\"+name\"]}", "orderBy must be a string");
        return bodies;
    }

    @Test
    void malformed_json_on_the_api_is_described_in_plain_words() {
        SoftAssertions softly = new SoftAssertions();
        malformedBodies().forEach((body, says) -> {
            ApiResponse response = api.post("events/list", body);
            softly.assertThat(response.statusCode()).as(body).isEqualTo(400);
            softly.assertThat(response.status()).as(body).isEqualTo("InvalidArgument");
            softly.assertThat(response.message()).as(shorten(body)).startsWith("Request body is not valid JSON: ")
                    .contains(says).doesNotContainPattern(INTERNALS);
        });
        softly.assertAll();
    }

    @Test
    void nesting_too_deep_is_told_as_such_and_nothing_more() {
        ApiResponse response = api.post("events/list", "{\"filter\": " + "[".repeat(1500) + "]".repeat(1500) + "}");

        assertThat(response.message()).isEqualTo("Request body is not valid JSON: nesting deeper than 1000 levels");
    }

    @Test
    void bytes_that_are_not_utf8_are_described_in_plain_words() {
        byte[] body = {'{', '"', 'o', 'r', 'd', 'e', 'r', 'B', 'y', '"', ':', '"', (byte) 0xC3, '"', '}'};
        ApiResponse response = api.send(api.request("/api/v1/events/list").header("Content-Type", "application/json")
                .header("Authorization", "Bearer x").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.message()).contains("UTF-8").doesNotContainPattern(INTERNALS);
    }

    @Test
    void json_of_the_wrong_shape_on_the_api_is_described_in_plain_words() {
        SoftAssertions softly = new SoftAssertions();
        wrongShapes().forEach((body, says) -> {
            ApiResponse response = api.post("events/list", body);
            softly.assertThat(response.statusCode()).as(body).isEqualTo(400);
            softly.assertThat(response.message()).as(body).contains(says).doesNotContainPattern(INTERNALS);
        });
        softly.assertAll();
    }

    @Test
    void the_control_plane_describes_bad_bodies_in_plain_words() {
        Map<String, String> calls = new LinkedHashMap<>();
        malformedBodies().keySet().forEach(body -> calls.put(body, "/__sim/faults"));
        calls.put("{\"now\": [\"2030-01-01T00:00:00Z\"]}", "/__sim/clock/set");
        calls.put("{\"now\": \"+10000-01-01T00:00:00Z\"}", "/__sim/clock/set");
        calls.put("{\"duration\": {}}", "/__sim/clock/advance");
        calls.put("{\"duration\": NaN}", "/__sim/clock/advance");
        calls.put("{\"partnerId\": \"2001\", \"adminSecret\": \"s\"}", "/__sim/partners");
        calls.put("{\"partnerId\": 2001, \"adminSecret\": [\"s\"]}", "/__sim/partners");
        calls.put("{\"operation\": {}, \"action\": \"respond\"}", "/__sim/faults");
        calls.put("{\"probability\": \"1\"}", "/__sim/faults");
        calls.put("{\"events\": {\"a\": 1}}", "/__sim/seed");
        calls.put("{\"events\": [{\"name\": 1}]}", "/__sim/seed");
        calls.put("{\"events\": 1.5}", "/__sim/seed");
        calls.put("{\"name\": {}}", "/__sim/snapshots");
        SoftAssertions softly = new SoftAssertions();
        calls.forEach((body, path) -> {
            ApiResponse response = api.rawControl("POST", path, body);
            softly.assertThat(response.statusCode()).as("%s %s", path, shorten(body)).isBetween(400, 499);
            softly.assertThat(response.message()).as("%s %s", path, shorten(body)).doesNotContainPattern(INTERNALS);
        });
        softly.assertAll();
    }

    /** The default partner's event table in a saved state file: {@code data[0].tables.events}. */
    private static ObjectNode eventsTable(ObjectNode saved) {
        return (ObjectNode) saved.get("data").get(0).get("tables").get("events");
    }

    @Test
    void a_state_file_of_the_wrong_shape_is_described_in_plain_words() throws IOException {
        Path file = dir.resolve("state.json");
        try (EventsSimulator first = EventsSimulator.start(SimulatorOptions.defaults().withStateFile(file))) {
            World.build(new Api(first.baseUrl(), first.adminKs(SimulatorOptions.DEFAULT_PARTNER_ID, "admin",
                    Duration.ofDays(20 * 365))));
        }
        ObjectNode saved = (ObjectNode) Api.JSON.readTree(file.toFile());
        Map<String, Consumer<ObjectNode>> corruptions = new LinkedHashMap<>();
        corruptions.put("data an object", s -> s.putObject("data"));
        corruptions.put("a partner an array", s -> ((ArrayNode) s.get("data")).set(0, Api.JSON.createArrayNode()));
        corruptions.put("a partner a string", s -> ((ArrayNode) s.get("data")).set(0, s.textNode("x")));
        corruptions.put("events an object", s -> eventsTable(s).putObject("events"));
        corruptions.put("an event a number", s -> ((ArrayNode) eventsTable(s).get("events")).set(0, s.numberNode(1)));
        corruptions.put("an event's id a string", s -> ((ObjectNode) eventsTable(s).get("events").get(0))
                .put("id", "ten"));
        corruptions.put("an event's startDate not a date", s -> ((ObjectNode) eventsTable(s).get("events").get(0))
                .put("startDate", "May 1st"));
        corruptions.put("an unknown field", s -> ((ObjectNode) s.get("data").get(0)).put("surprise", 1));
        corruptions.put("the clock an array", s -> s.putArray("clock"));
        corruptions.put("tables an array", s -> ((ObjectNode) s.get("data").get(0)).putArray("tables"));
        corruptions.put("a table a string", s -> ((ObjectNode) s.get("data").get(0).get("tables"))
                .put("teamMembers", "x"));
        corruptions.put("NaN for an id", s -> ((ObjectNode) eventsTable(s).get("events").get(0))
                .put("id", Double.NaN));
        SoftAssertions softly = new SoftAssertions();
        corruptions.forEach((name, corrupt) -> {
            ObjectNode copy = saved.deepCopy();
            corrupt.accept(copy);
            writeQuietly(file, copy.toString().replace("\"NaN\"", "NaN"));
            Throwable refused = catchThrowable(() -> EventsSimulator.start(SimulatorOptions.defaults()
                    .withStateFile(file)).close());
            softly.assertThat(refused).as(name).isNotNull();
            if (refused != null) {
                softly.assertThat(refused.getMessage()).as(name).contains("is corrupt")
                        .doesNotContainPattern(INTERNALS);
            }
        });
        writeQuietly(file, "{\"formatVersion\": 1, \"clock\": " + "[".repeat(1200));
        softly.assertThat(catchThrowable(() -> EventsSimulator.start(SimulatorOptions.defaults().withStateFile(file))
                .close())).as("deep nesting").hasMessageContaining("nesting deeper than 1000 levels")
                .message().doesNotContainPattern(INTERNALS);
        softly.assertAll();
    }

    @Test
    void a_seed_file_that_is_not_json_is_described_in_plain_words() throws IOException {
        Path file = dir.resolve("seed.json");
        SoftAssertions softly = new SoftAssertions();
        for (String text : new String[] {"{\"events\": NaN}", "{\"events\": " + "[".repeat(1200), "{events: 1}",
                "{\"events\": [{\"name\": {}}]}", "[]"}) {
            Files.writeString(file, text, StandardCharsets.UTF_8);
            Throwable refused = catchThrowable(() -> EventsSimulator.start(SimulatorOptions.defaults()
                    .withSeedFile(file)).close());
            softly.assertThat(refused).as(shorten(text)).isNotNull();
            if (refused != null) {
                softly.assertThat(refused.getMessage()).as(shorten(text)).doesNotContainPattern(INTERNALS);
            }
        }
        softly.assertAll();
    }

    private static void writeQuietly(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String shorten(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "..." : text;
    }
}
