package dev.eventsim.simulator.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventsim.simulator.duplication.Progression;
import dev.eventsim.simulator.support.Api;
import dev.eventsim.simulator.support.ApiResponse;
import dev.eventsim.simulator.support.ApiTest;
import dev.eventsim.simulator.support.Events;
import dev.eventsim.simulator.support.Given;
import dev.eventsim.simulator.support.TeamMembers;
import dev.eventsim.simulator.support.Users;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Issue 17, item 2: a string holding a lone UTF-16 surrogate (JSON {@code "\u005cud800"}) is refused
 * with a 400 naming the field, wherever /api/v1 and the control plane read text, so nothing stored
 * can break a list; text beyond the basic plane (an emoji, a CJK ideograph, an escaped surrogate
 * pair) is kept and read back unchanged through every list.
 */
class LoneSurrogateTest extends ApiTest {
    /** Stands in a body for the value under test, swapped for its JSON text once the body is written. */
    private static final String MARK = "@@VALUE@@";
    /** The JSON text of the bad value: a, a lone high surrogate, b. */
    private static final String LONE_JSON = "a\\ud800b";
    /** The JSON text of a good value: Latin, an emoji, CJK, an astral ideograph, and an emoji as an escaped pair. */
    private static final String ASTRAL_JSON = "Zo\u00eb\ud83d\ude00\u6f22\u5b57\ud840\udc00\\ud83d\\ude00";
    /** The same text as Java reads it. */
    private static final String ASTRAL = "Zo\u00eb\ud83d\ude00\u6f22\u5b57\ud840\udc00\ud83d\ude00";

    // ---- the finding, through each operation that stored it

    @Test
    void events_create_with_a_lone_surrogate_in_the_name_is_refused_and_events_list_still_answers() {
        ApiResponse created = api.post("events/create",
                "{\"templateId\":\"tm0000\",\"name\":\"a\\ud800b\",\"startDate\":\"2030-05-01T14:00:00Z\","
                        + "\"endDate\":\"2030-05-01T16:00:00Z\",\"timezone\":\"America/New_York\"}");

        assertRefused(created, "name");
        assertThat(created.message()).isEqualTo(
                "name holds a lone UTF-16 surrogate (\\ud800) at character 2; send valid Unicode");
        assertListsAnswer();
        assertThat(api.post("events/list", Map.of()).json().path("totalCount").asInt()).isZero();
    }

    @Test
    void events_update_with_a_lone_surrogate_is_refused_and_events_list_still_answers() {
        long eventId = Given.anEvent(api);

        assertRefused(post("events/update", Map.of("id", eventId, "name", MARK)), "name");
        assertRefused(post("events/update", Map.of("id", eventId, "description", MARK)), "description");
        assertRefused(post("events/update", Map.of("id", eventId, "labels", List.of("fine", MARK))), "labels[1]");
        assertListsAnswer();
        assertThat(api.post("events/list", Map.of()).json().path("events").get(0).path("name").asText())
                .isEqualTo("Quarterly town hall");
    }

    @Test
    void sessions_create_with_a_lone_surrogate_is_refused_naming_the_nested_field() {
        long eventId = Given.anEvent(api);

        assertRefused(post("sessions/create", Map.of("eventId", eventId, "session", Map.of("name", MARK,
                "type", "LiveWebcast", "startDate", "2030-05-01T14:00:00Z", "endDate", "2030-05-01T15:00:00Z"))),
                "session.name");
        assertThat(api.post("sessions/list", Map.of("eventId", eventId)).json().path("sessions")).isEmpty();
    }

    @Test
    void team_members_create_with_a_lone_surrogate_is_refused() {
        assertRefused(post("team-members/create", TeamMembers.aTeamMember().with("firstName", MARK).body()),
                "firstName");
        assertListsAnswer();
        assertThat(api.post("team-members/list", Map.of()).json().path("teamMembers")).isEmpty();
    }

    @Test
    void event_users_invite_with_a_lone_surrogate_is_refused() {
        long eventId = Given.anEvent(api);

        assertRefused(post("event-users/invite", Users.aUser(eventId).with("bio", MARK).body()), "bio");
        assertThat(api.post("event-users/list", Map.of("eventId", eventId)).json().path("users")).isEmpty();
    }

    @Test
    void a_lone_low_surrogate_a_reversed_pair_and_a_high_surrogate_at_the_end_are_refused_too() {
        String member = "{\"email\":\"x@example.test\",\"role\":\"Organizer\",";
        assertThat(api.post("team-members/create", member + "\"firstName\":\"\\udc00\",\"lastName\":\"L\"}").message())
                .isEqualTo("firstName holds a lone UTF-16 surrogate (\\udc00) at character 1; send valid Unicode");
        assertThat(api.post("team-members/create", member + "\"firstName\":\"F\",\"lastName\":\"ok\\ude00\\ud83d\"}")
                .message())
                .isEqualTo("lastName holds a lone UTF-16 surrogate (\\ude00) at character 3; send valid Unicode");
        assertThat(api.post("team-members/create", member + "\"firstName\":\"F\",\"lastName\":\"end\\ud83d\"}")
                .message())
                .isEqualTo("lastName holds a lone UTF-16 surrogate (\\ud83d) at character 4; send valid Unicode");
        assertThat(api.post("team-members/create", member + "\"firstName\":\"\\ud83d\\ude00\\ud83d\","
                + "\"lastName\":\"L\"}").message())
                .as("counted in characters: the emoji before it is one")
                .isEqualTo("firstName holds a lone UTF-16 surrogate (\\ud83d) at character 2; send valid Unicode");
        assertListsAnswer();
    }

    @Test
    void bytes_that_are_not_utf8_never_reach_a_string() {
        // A surrogate as CESU-8 writes it (ED A0 80): the JSON reader already refuses it.
        byte[] start = "{\"email\":\"x@example.test\",\"role\":\"Organizer\",\"lastName\":\"L\",\"firstName\":\""
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] body = java.util.Arrays.copyOf(start, start.length + 5);
        body[start.length] = (byte) 0xED;
        body[start.length + 1] = (byte) 0xA0;
        body[start.length + 2] = (byte) 0x80;
        body[start.length + 3] = '"';
        body[start.length + 4] = '}';
        ApiResponse answer = api.send(api.request("/api/v1/team-members/create")
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + simulator.adminKs(simulator.partners().defaultPartner().id(),
                        "admin", java.time.Duration.ofHours(1)))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body)).build());

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.message()).startsWith("Request body is not valid JSON: Invalid UTF-8");
        assertListsAnswer();
    }

    // ---- the differential test: every stored string field of every table

    /** What a case works on: an event with a session, a speaker of it, and a team member. */
    private record Fixture(long eventId, String sessionId, String userId, String memberId) {
    }

    /** How a stored value is read back: the list call and the value in its answer. */
    private record Reader(String via, BiFunction<Fixture, ApiResponse, JsonNode> read) {
    }

    /**
     * One string field an operation stores: {@code body} makes the request around {@link #MARK}
     * (as the value, or as an item of a list), {@code named} is its name in errors, {@code readers}
     * read the stored value back.
     */
    private record Field(String operation, String named, BiFunction<Fixture, Object, Map<String, Object>> body,
                         boolean listItem, List<Reader> readers) {
        Object value() {
            return listItem ? List.of("plain", MARK) : MARK;
        }
    }

    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static Map<String, Object> session(Object... pairs) {
        Map<String, Object> session = map("name", "Keynote", "type", "LiveWebcast",
                "startDate", "2030-05-01T14:00:00Z", "endDate", "2030-05-01T15:00:00Z");
        session.putAll(map(pairs));
        return session;
    }

    /** The stored string fields of every table /api/v1 writes, each with the lists that read it back. */
    private List<Field> storedFields() {
        List<Field> fields = new ArrayList<>();
        for (String field : List.of("name", "description")) {
            fields.add(new Field("events/create", field, (f, v) -> Events.anEvent().with(field, v).body(), false,
                    List.of(eventsList(field, (f, written) -> written.json().path("event").path("id").asLong()))));
            fields.add(new Field("events/update", field, (f, v) -> map("id", f.eventId(), field, v), false,
                    List.of(eventsList(field, (f, written) -> f.eventId()))));
            fields.add(new Field("events/duplicate", "event." + field, (f, v) -> map("sourceEventId", f.eventId(),
                    "event", map("name", "Copy", "timezone", "Europe/Paris", field, v)), false,
                    List.of(eventsList(field, this::duplicatedEventId))));
            fields.add(new Field("sessions/create", "session." + field, (f, v) -> map("eventId", f.eventId(),
                    "session", session(field, v)), false, List.of(sessionsList(field))));
        }
        fields.add(new Field("events/update", "labels", (f, v) -> map("id", f.eventId(), "labels", v), true,
                List.of(eventsList("labels", (f, written) -> f.eventId()))));
        fields.add(new Field("sessions/create", "session.tags", (f, v) -> map("eventId", f.eventId(),
                "session", session("tags", v)), true, List.of(sessionsList("tags"))));
        for (String field : List.of("firstName", "lastName", "email")) {
            fields.add(new Field("team-members/create", field, (f, v) -> TeamMembers.aTeamMember()
                    .withEmail("other@example.test").with(field, v).body(), false,
                    List.of(teamMembersList(field, (f, written) -> written.json().path("teamMember").path("id").asText()))));
        }
        for (String field : List.of("firstName", "lastName")) {
            fields.add(new Field("team-members/update", field, (f, v) -> map("id", f.memberId(), field, v), false,
                    List.of(teamMembersList(field, (f, written) -> f.memberId()))));
        }
        for (String field : List.of("firstName", "lastName", "email", "title", "company", "bio")) {
            fields.add(new Field("event-users/invite", field, (f, v) -> Users.aUser(f.eventId())
                    .withEmail("guest@example.test").with(field, v).body(), false,
                    List.of(eventUsersList(field, (f, written) -> written.json().path("user").path("id").asText()))));
        }
        for (String field : List.of("firstName", "lastName", "title", "company", "bio")) {
            List<Reader> readers = new ArrayList<>();
            readers.add(eventUsersList(field, (f, written) -> f.userId()));
            if (!field.equals("company")) {
                readers.add(participantsList(field));
                readers.add(speakerList(field));
            }
            fields.add(new Field("event-users/update", field, (f, v) -> map("eventId", f.eventId(),
                    "userId", f.userId(), field, v), false, readers));
        }
        return fields;
    }

    private Reader eventsList(String field, BiFunction<Fixture, ApiResponse, Long> id) {
        return new Reader("events/list", (f, written) -> {
            ApiResponse listed = listed("events/list", map("filter", map("idIn", List.of(id.apply(f, written)))));
            return listed.json().path("events").get(0).path(field);
        });
    }

    private Reader sessionsList(String field) {
        return new Reader("sessions/list", (f, written) -> find(listed("sessions/list", map("eventId", f.eventId())),
                "sessions", written.json().path("session").path("id").asText()).path(field));
    }

    private Reader teamMembersList(String field, BiFunction<Fixture, ApiResponse, String> id) {
        return new Reader("team-members/list", (f, written) -> find(listed("team-members/list", map()),
                "teamMembers", id.apply(f, written)).path(field));
    }

    private Reader eventUsersList(String field, BiFunction<Fixture, ApiResponse, String> id) {
        return new Reader("event-users/list", (f, written) -> find(listed("event-users/list",
                map("eventId", f.eventId())), "users", id.apply(f, written)).path(field));
    }

    private Reader participantsList(String field) {
        return new Reader("session-participants/list", (f, written) -> find(listed("session-participants/list",
                map("eventId", f.eventId(), "sessionId", f.sessionId())), "speakers", f.userId()).path(field));
    }

    private Reader speakerList(String field) {
        return new Reader("sessions/speakerList", (f, written) -> find(listed("sessions/speakerList",
                map("eventId", f.eventId(), "sessionId", f.sessionId())), "speakers", f.userId()).path(field));
    }

    private long duplicatedEventId(Fixture f, ApiResponse written) {
        ApiResponse status = api.post("events/duplicateStatus",
                map("jobId", written.json().path("jobId").asText()));
        assertThat(status.json().path("jobState").asText()).as(status.rawBody()).isEqualTo("completed");
        return status.json().path("eventId").asLong();
    }

    /** A list call that must answer 200 with every byte UTF-8 (no U+FFFD from a broken sequence). */
    private ApiResponse listed(String operation, Map<String, Object> body) {
        ApiResponse listed = api.post(operation, body);
        assertThat(listed.statusCode()).as("%s: %s", operation, listed.rawBody()).isEqualTo(200);
        assertThat(listed.rawBody()).as("%s writes UTF-8", operation).doesNotContain("\uFFFD");
        return listed;
    }

    private static JsonNode find(ApiResponse listed, String items, String id) {
        for (JsonNode item : listed.json().path(items)) {
            if (item.path("id").asText().equals(id)) {
                return item;
            }
        }
        throw new AssertionError("no " + id + " in " + listed.rawBody());
    }

    private Fixture fixture() {
        simulator.reset();
        api.control().jobProgression(Progression.immediate());
        long eventId = Given.anEvent(api);
        String sessionId = Given.aSession(api, eventId);
        String userId = Given.aUser(api, Users.aUser(eventId).withEmail("speaker@example.test").asSpeaker());
        ApiResponse added = api.post("session-participants/add", map("eventId", eventId, "sessionId", sessionId,
                "speakers", List.of(map("userId", userId))));
        assertThat(added.statusCode()).as(added.rawBody()).isEqualTo(200);
        ApiResponse member = api.post("team-members/create", TeamMembers.aTeamMember().body());
        assertThat(member.statusCode()).as(member.rawBody()).isEqualTo(200);
        return new Fixture(eventId, sessionId, userId, member.json().path("teamMember").path("id").asText());
    }

    @TestFactory
    Stream<DynamicTest> every_stored_string_field_refuses_a_lone_surrogate_and_keeps_astral_text() {
        return storedFields().stream().map(field -> dynamicTest(field.operation() + " " + field.named(), () -> {
            Fixture f = fixture();
            String named = field.listItem() ? field.named() + "[1]" : field.named();
            String body = write(field.body().apply(f, field.value()));

            ApiResponse refused = api.post(field.operation(), body.replace(MARK, LONE_JSON));
            assertRefused(refused, named);
            assertListsAnswer();

            // An email must still look like one: the astral text goes before the @.
            String good = field.named().equals("email") ? ASTRAL_JSON + "@example.test" : ASTRAL_JSON;
            String expected = field.named().equals("email") ? ASTRAL + "@example.test" : ASTRAL;
            ApiResponse written = api.post(field.operation(), body.replace(MARK, good));
            assertThat(written.statusCode()).as("%s: %s", field.operation(), written.rawBody()).isEqualTo(200);
            for (Reader reader : field.readers()) {
                JsonNode read = reader.read().apply(f, written);
                JsonNode value = field.listItem() ? read.path(1) : read;
                assertThat(value.isTextual()).as("%s through %s: %s", named, reader.via(), read).isTrue();
                assertThat(value.textValue()).as("%s through %s", named, reader.via()).isEqualTo(expected);
                if (field.listItem()) {
                    assertThat(read.path(0).asText()).isEqualTo("plain");
                }
            }
        }));
    }

    // ---- inputs that are checked (or only looked up) are refused the same way, before anything else

    /** Operation, body around {@link #MARK}, and the field the error must name. */
    private record Input(String operation, Function<Fixture, Map<String, Object>> body, String named) {
    }

    private static List<Input> otherInputs() {
        return List.of(
                new Input("events/create", f -> Events.anEvent().withTemplate(MARK).body(), "templateId"),
                new Input("events/create", f -> Events.anEvent().with("timezone", MARK).body(), "timezone"),
                new Input("events/update", f -> map("id", f.eventId(), "timezone", MARK), "timezone"),
                new Input("events/update", f -> map("id", f.eventId(), "logoEntryId", MARK), "logoEntryId"),
                new Input("events/update", f -> map("id", f.eventId(), "bannerEntryId", MARK), "bannerEntryId"),
                new Input("events/list", f -> map("orderBy", MARK), "orderBy"),
                new Input("events/list", f -> map("filter", map("searchTerm", MARK)), "filter.searchTerm"),
                new Input("events/list", f -> map("filter", map("templateIdIn", List.of(MARK))),
                        "filter.templateIdIn[0]"),
                new Input("events/list", f -> map("filter", map("labels", List.of("x", MARK))), "filter.labels[1]"),
                new Input("events/duplicate", f -> map("sourceEventId", f.eventId(),
                        "event", map("name", "Copy", "timezone", MARK)), "event.timezone"),
                new Input("events/duplicate", f -> map("sourceEventId", f.eventId(), "event",
                        map("name", "Copy", "timezone", "UTC"), "duplicateUsers",
                        map("roles", List.of(MARK), "skipEmail", true)), "duplicateUsers.roles[0]"),
                new Input("events/duplicateStatus", f -> map("jobId", MARK), "jobId"),
                new Input("sessions/create", f -> map("eventId", f.eventId(), "session", session("type", MARK)),
                        "session.type"),
                new Input("sessions/create", f -> map("eventId", f.eventId(), "session",
                        session("visibility", MARK)), "session.visibility"),
                new Input("sessions/create", f -> map("eventId", f.eventId(), "session",
                        session("imageUrlEntryId", MARK)), "session.imageUrlEntryId"),
                new Input("sessions/create", f -> map("eventId", f.eventId(), "session",
                        session("sourceEntryId", MARK)), "session.sourceEntryId"),
                new Input("sessions/speakerList", f -> map("eventId", f.eventId(), "sessionId", MARK), "sessionId"),
                new Input("event-users/invite", f -> Users.aUser(f.eventId()).withRoles(MARK).body(), "roles[0]"),
                new Input("event-users/invite", f -> Users.aUser(f.eventId()).with("imageUrlEntryId", MARK).body(),
                        "imageUrlEntryId"),
                new Input("event-users/list", f -> map("eventId", f.eventId(), "orderBy", MARK), "orderBy"),
                new Input("event-users/list", f -> map("eventId", f.eventId(), "filter", map("searchTerm", MARK)),
                        "filter.searchTerm"),
                new Input("event-users/list", f -> map("eventId", f.eventId(), "filter", map("idIn", List.of(MARK))),
                        "filter.idIn[0]"),
                new Input("event-users/update", f -> map("eventId", f.eventId(), "userId", MARK), "userId"),
                new Input("event-users/update", f -> map("eventId", f.eventId(), "userId", f.userId(),
                        "roles", List.of(MARK)), "roles[0]"),
                new Input("event-users/delete", f -> map("eventId", f.eventId(), "userId", MARK), "userId"),
                new Input("session-participants/add", f -> map("eventId", f.eventId(), "sessionId", MARK),
                        "sessionId"),
                new Input("session-participants/add", f -> map("eventId", f.eventId(), "sessionId", f.sessionId(),
                        "moderatorIds", List.of(MARK)), "moderatorIds[0]"),
                new Input("session-participants/add", f -> map("eventId", f.eventId(), "sessionId", f.sessionId(),
                        "speakers", List.of(map("userId", MARK))), "speakers[0].userId"),
                new Input("session-participants/update", f -> map("eventId", f.eventId(), "sessionId", f.sessionId(),
                        "speakers", List.of(map("userId", f.userId(), "role", MARK))), "speakers[0].role"),
                new Input("session-participants/remove", f -> map("eventId", f.eventId(), "sessionId", f.sessionId(),
                        "speakerIds", List.of(MARK)), "speakerIds[0]"),
                new Input("session-participants/list", f -> map("eventId", f.eventId(), "sessionId", MARK),
                        "sessionId"),
                new Input("team-members/create", f -> TeamMembers.aTeamMember().withRole(MARK).body(), "role"),
                new Input("team-members/update", f -> map("id", MARK, "firstName", "F"), "id"),
                new Input("team-members/update", f -> map("id", f.memberId(), "role", MARK), "role"),
                new Input("team-members/delete", f -> map("id", MARK), "id"));
    }

    @TestFactory
    Stream<DynamicTest> every_other_string_input_refuses_a_lone_surrogate_naming_it() {
        return otherInputs().stream().map(input -> dynamicTest(input.operation() + " " + input.named(), () -> {
            Fixture f = fixture();
            assertRefused(api.post(input.operation(), write(input.body().apply(f)).replace(MARK, LONE_JSON)),
                    input.named());
            assertListsAnswer();
        }));
    }

    // ---- the control plane reads its bodies the same way

    @Test
    void the_control_plane_refuses_a_lone_surrogate_in_what_it_stores() {
        // The routes' own refusals of the bytes sent: raw HTTP.
        assertRefused(api.rawControl("POST", "/__sim/snapshots", withMark(map("name", MARK))), "name");
        assertRefused(api.rawControl("POST", "/__sim/partners", withMark(map("partnerId", 4242,
                "adminSecret", MARK))), "adminSecret");
        assertRefused(api.rawControl("POST", "/__sim/faults", withMark(map("operations", List.of("events/list"),
                "action", map("type", "respond", "httpStatus", 503, "message", MARK)))), "action.message");
        assertRefused(api.rawControl("POST", "/__sim/faults", withMark(map("operations", List.of(MARK),
                "action", map("type", "drop")))), "operations[0]");
        assertRefused(api.rawControl("POST", "/__sim/ks", withMark(map("userId", MARK))), "userId");
        assertRefused(api.rawControl("POST", "/__sim/ks", withMark(map("privileges", MARK))), "privileges");
        assertRefused(api.rawControl("POST", "/__sim/seed", withMark(map("events", List.of(Events.anEvent()
                .withName(MARK).body())))), "events[0].name");
        assertRefused(api.rawControl("POST", "/__sim/seed", withMark(map("events", List.of(map("templateId", "tm0000",
                "name", "N", "startDate", "2030-05-01T14:00:00Z", "endDate", "2030-05-01T16:00:00Z",
                "timezone", "UTC", "users", List.of(Users.aUser(0).with("bio", MARK).body())))))),
                "events[0].users[0].bio");
        ApiResponse fieldName = api.rawControl("POST", "/__sim/seed", "{\"events\": 1, \"seed\": 1, \"\\ud800\": 1}");
        assertThat(fieldName.statusCode()).isEqualTo(400);
        assertThat(fieldName.message()).as("field names are the JSON reader's to refuse")
                .startsWith("Request body is not valid JSON: Broken surrogate pair in field name");

        assertThat(api.control().snapshots()).isEmpty();
        assertThat(api.control().faults()).isEmpty();
        assertListsAnswer();
    }

    // ---- helpers

    private void assertListsAnswer() {
        for (String list : List.of("events/list", "team-members/list")) {
            ApiResponse answer = api.post(list, Map.of());
            assertThat(answer.statusCode()).as("%s: %s", list, answer.rawBody()).isEqualTo(200);
        }
    }

    static void assertRefused(ApiResponse answer, String field) {
        assertThat(answer.statusCode()).as("answer: %s", answer.rawBody()).isEqualTo(400);
        assertThat(answer.status()).isEqualTo("InvalidArgument");
        assertThat(answer.message()).as("the message names the field")
                .startsWith(field + " holds a lone UTF-16 surrogate (\\u")
                .endsWith("; send valid Unicode");
    }

    /** POSTs the body with every {@link #MARK} swapped for a lone surrogate, as raw JSON text. */
    private ApiResponse post(String operation, Object body) {
        return api.post(operation, withMark(body));
    }

    private static String withMark(Object body) {
        return write(body).replace(MARK, LONE_JSON);
    }

    private static String write(Object body) {
        try {
            return Api.JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
