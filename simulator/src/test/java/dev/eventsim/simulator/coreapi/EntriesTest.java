package dev.eventsim.simulator.coreapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventsim.simulator.control.Durations;
import dev.eventsim.simulator.support.ApiResponse;
import dev.eventsim.simulator.support.ApiTest;
import dev.eventsim.simulator.support.CoreApi;
import dev.eventsim.simulator.support.Events;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The entries the sessions of events are, read over the core API: baseEntry.get/list and
 * media.get/list, with ADMIN and USER KSes, private sessions, other partners and deleted events.
 */
class EntriesTest extends ApiTest {
    private static final long PARTNER = 1000001;
    private static final String ADMIN_SECRET = "local-admin-secret";
    private static final Instant NOW = Instant.parse("2030-02-01T08:00:00Z");

    private CoreApi core;

    @BeforeEach
    void adminCoreApiOnAFrozenClock() {
        api.control().freezeClockAt(NOW);
        core = new CoreApi(api, simulator.adminKs(PARTNER, "admin", Duration.ofDays(3650)));
    }

    // ---------------------------------------------------------------- what an entry is

    @Test
    void a_webcast_session_is_a_live_stream_admin_entry_for_an_admin_ks() {
        long eventId = createEvent("tm2000");
        JsonNode session = onlySession(eventId);
        JsonNode agenda = category(eventId, "ep_agenda_" + eventId);

        JsonNode entry = result(get(core, session.path("id").asText()), "KalturaLiveStreamAdminEntry");

        assertThat(entry.path("id").asText()).isEqualTo(session.path("id").asText());
        assertThat(entry.path("name").asText()).isEqualTo(session.path("name").asText());
        assertThat(entry.path("partnerId").asLong()).isEqualTo(PARTNER);
        assertThat(entry.path("type").isInt()).as("a core entry type is a number: %s", entry.path("type")).isTrue();
        assertThat(entry.path("type").asInt()).as("KalturaEntryType LIVE_STREAM").isEqualTo(7);
        assertThat(entry.path("mediaType").asInt()).as("LIVE_STREAM_FLASH").isEqualTo(201);
        assertThat(entry.path("status").asInt()).as("READY").isEqualTo(2);
        assertThat(entry.path("categories").asText()).isEqualTo(agenda.path("fullName").asText());
        assertThat(entry.path("categoriesIds").asText()).isEqualTo(agenda.path("id").asText());
    }

    @Test
    void a_meeting_session_is_a_room_entry() {
        long eventId = createEvent("tm1000");
        JsonNode session = onlySession(eventId);

        JsonNode entry = result(get(core, session.path("id").asText()), "KalturaRoomEntry");

        assertThat(entry.path("id").asText()).isEqualTo(session.path("id").asText());
        assertThat(entry.path("type").asText()).as("the room plugin's type").isEqualTo("room.room");
        assertThat(entry.has("mediaType")).as("a room is no media entry: %s", entry).isFalse();
        assertThat(entry.path("status").asInt()).isEqualTo(2);
        assertThat(entry.path("categoriesIds").asText())
                .isEqualTo(category(eventId, "ep_agenda_" + eventId).path("id").asText());
    }

    @Test
    void a_diy_event_gives_one_live_stream_and_one_room() {
        long eventId = createEvent("tm4000");
        String agendaId = category(eventId, "ep_agenda_" + eventId).path("id").asText();

        JsonNode listed = list(core, "filter:categoriesIdsMatchOr", agendaId);

        assertThat(listed.path("totalCount").asInt()).isEqualTo(2);
        assertThat(listed.path("objects")).extracting(e -> e.path("objectType").asText())
                .containsExactlyInAnyOrder("KalturaLiveStreamAdminEntry", "KalturaRoomEntry");
        assertThat(ids(listed)).containsExactlyInAnyOrderElementsOf(sessionIds(eventId));
    }

    @ParameterizedTest(name = "{0} is a {1} of type {2}")
    @CsvSource({
            "LiveWebcast,         KalturaLiveStreamAdminEntry, 7",
            "SimuLive,            KalturaLiveStreamAdminEntry, 7",
            "LiveKME,             KalturaLiveStreamAdminEntry, 7",
            "MeetingEntry,        KalturaRoomEntry,            room.room",
            "VirtualLearningRoom, KalturaRoomEntry,            room.room"})
    void each_kind_of_session_is_the_entry_the_platform_makes_of_it(String type, String objectType, String entryType) {
        long eventId = createEvent("tm0000");
        String id = createSession(eventId, "A " + type, type, "published").path("id").asText();

        JsonNode entry = result(get(core, id), objectType);

        assertThat(entry.path("type").asText()).isEqualTo(entryType);
    }

    @Test
    void an_entry_carries_its_session_s_name_description_and_times_in_unix_seconds() {
        long eventId = createEvent("tm0000");
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("name", "Quarterly results");
        draft.put("description", "Numbers and questions");
        draft.put("type", "LiveWebcast");
        draft.put("startDate", "2030-05-01T14:00:00Z");
        draft.put("endDate", "2030-05-01T15:30:00Z");
        JsonNode session = created(api.post("sessions/create", Map.of("eventId", eventId, "session", draft)));

        JsonNode entry = result(get(core, session.path("id").asText()), "KalturaLiveStreamAdminEntry");

        assertThat(entry.path("name").asText()).isEqualTo("Quarterly results");
        assertThat(entry.path("description").asText()).isEqualTo("Numbers and questions");
        assertThat(entry.path("startDate").asLong()).isEqualTo(Instant.parse("2030-05-01T14:00:00Z").getEpochSecond());
        assertThat(entry.path("endDate").asLong()).isEqualTo(Instant.parse("2030-05-01T15:30:00Z").getEpochSecond());
        assertThat(entry.path("createdAt").isIntegralNumber()).isTrue();
        assertThat(entry.path("createdAt").asLong()).isEqualTo(NOW.getEpochSecond());
        assertThat(entry.path("updatedAt").asLong()).isEqualTo(NOW.getEpochSecond());
    }

    @Test
    void a_user_ks_that_may_list_reads_a_live_stream_as_the_plain_live_stream_entry() {
        long eventId = createEvent("tm2000");
        String id = onlySession(eventId).path("id").asText();
        CoreApi asUser = core.withKs(userKs("viewer", "list:*"));

        result(get(asUser, id), "KalturaLiveStreamEntry");
        assertThat(list(asUser).path("objects")).extracting(e -> e.path("objectType").asText())
                .containsExactly("KalturaLiveStreamEntry");
    }

    // ---------------------------------------------------------------- baseEntry.list

    @Test
    void base_entry_list_answers_every_entry_of_the_partner() {
        long first = createEvent("tm4000");
        long second = createEvent("tm2000");
        List<String> all = new ArrayList<>(sessionIds(first));
        all.addAll(sessionIds(second));

        JsonNode listed = list(core);

        assertThat(listed.path("objectType").asText()).isEqualTo("KalturaBaseEntryListResponse");
        assertThat(listed.path("totalCount").asInt()).isEqualTo(3);
        assertThat(ids(listed)).containsExactlyInAnyOrderElementsOf(all);
    }

    @Test
    void base_entry_list_filters_by_id_name_category_and_type() {
        long eventId = createEvent("tm0000");
        String keynote = createSession(eventId, "Opening keynote", "LiveWebcast", "published").path("id").asText();
        String panel = createSession(eventId, "Closing panel", "LiveWebcast", "published").path("id").asText();
        String room = createSession(eventId, "Breakout room", "MeetingEntry", "published").path("id").asText();
        long otherEvent = createEvent("tm2000");
        String agendaId = category(eventId, "ep_agenda_" + eventId).path("id").asText();

        assertThat(ids(list(core, "filter:idEqual", panel))).containsExactly(panel);
        assertThat(ids(list(core, "filter:idIn", keynote + "," + room))).containsExactlyInAnyOrder(keynote, room);
        assertThat(ids(list(core, "filter:nameLike", "keynote"))).containsExactly(keynote);
        assertThat(ids(list(core, "filter:categoriesIdsMatchOr", agendaId)))
                .as("the event's sessions, not the other event's").containsExactlyInAnyOrder(keynote, panel, room);
        assertThat(ids(list(core, "filter:typeEqual", "room.room"))).containsExactly(room);
        assertThat(ids(list(core, "filter:typeEqual", "7")))
                .containsExactlyInAnyOrder(keynote, panel, onlySession(otherEvent).path("id").asText());
        assertThat(list(core, "filter:idEqual", "1_nope").path("totalCount").asInt()).isZero();
    }

    @Test
    void base_entry_list_pages_and_counts_every_match() {
        long eventId = createEvent("tm0000");
        List<String> all = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            all.add(createSession(eventId, "Session " + i, "LiveWebcast", "published").path("id").asText());
        }

        JsonNode first = list(core, "pager:pageSize", "2", "pager:pageIndex", "1");
        JsonNode second = list(core, "pager:pageSize", "2", "pager:pageIndex", "2");
        JsonNode third = list(core, "pager:pageSize", "2", "pager:pageIndex", "3");

        assertThat(first.path("totalCount").asInt()).isEqualTo(5);
        assertThat(third.path("totalCount").asInt()).isEqualTo(5);
        assertThat(ids(first)).hasSize(2);
        assertThat(ids(second)).hasSize(2);
        assertThat(ids(third)).hasSize(1);
        List<String> paged = new ArrayList<>(ids(first));
        paged.addAll(ids(second));
        paged.addAll(ids(third));
        assertThat(paged).containsExactlyInAnyOrderElementsOf(all);
    }

    @Test
    void base_entry_list_orders_by_name_creation_and_start() {
        long eventId = createEvent("tm0000");
        String bravo = createSession(eventId, "Bravo", "LiveWebcast", "published",
                "2030-05-01T10:00:00Z", "2030-05-01T11:00:00Z").path("id").asText();
        advance("1m");
        String charlie = createSession(eventId, "Charlie", "LiveWebcast", "published",
                "2030-05-01T08:00:00Z", "2030-05-01T09:00:00Z").path("id").asText();
        advance("1m");
        String alpha = createSession(eventId, "Alpha", "MeetingEntry", "published",
                "2030-05-01T09:00:00Z", "2030-05-01T10:00:00Z").path("id").asText();

        assertThat(ids(list(core, "filter:orderBy", "+name"))).containsExactly(alpha, bravo, charlie);
        assertThat(ids(list(core, "filter:orderBy", "-name"))).containsExactly(charlie, bravo, alpha);
        assertThat(ids(list(core, "filter:orderBy", "+createdAt"))).containsExactly(bravo, charlie, alpha);
        assertThat(ids(list(core, "filter:orderBy", "-createdAt"))).containsExactly(alpha, charlie, bravo);
        assertThat(ids(list(core, "filter:orderBy", "+startDate"))).containsExactly(charlie, alpha, bravo);
    }

    // ---------------------------------------------------------------- media

    @Test
    void media_list_shows_live_streams_only_and_as_the_plain_live_stream_entry_even_for_an_admin_ks() {
        long eventId = createEvent("tm4000");
        String live = sessionOfType(eventId, "LiveWebcast");

        ApiResponse listed = core.call("media", "list", Map.of());

        JsonNode media = result(listed, "KalturaMediaListResponse");
        assertThat(media.path("totalCount").asInt()).isEqualTo(1);
        assertThat(ids(media)).containsExactly(live);
        assertThat(media.path("objects").get(0).path("objectType").asText()).isEqualTo("KalturaLiveStreamEntry");
    }

    @Test
    void media_get_reads_a_live_stream_but_not_a_room() {
        long eventId = createEvent("tm4000");
        String live = sessionOfType(eventId, "LiveWebcast");
        String room = sessionOfType(eventId, "MeetingEntry");

        JsonNode stream = result(core.call("media", "get", Map.of("entryId", live)), "KalturaLiveStreamAdminEntry");
        ApiResponse notMedia = core.call("media", "get", Map.of("entryId", room));

        assertThat(stream.path("id").asText()).isEqualTo(live);
        assertError(notMedia, "ENTRY_ID_NOT_FOUND", "Entry id \"" + room + "\" not found");
        assertThat(notMedia.json().path("args").path("ENTRY_ID").asText()).isEqualTo(room);
    }

    @ParameterizedTest(name = "{0}.get")
    @ValueSource(strings = {"baseEntry", "media"})
    void an_unknown_entry_is_entry_id_not_found(String service) {
        createEvent("tm4000");

        ApiResponse got = core.call(service, "get", Map.of("entryId", "1_nope"));

        assertError(got, "ENTRY_ID_NOT_FOUND", "Entry id \"1_nope\" not found");
    }

    @Test
    void deleting_the_event_removes_its_entries() {
        long gone = createEvent("tm4000");
        long kept = createEvent("tm2000");
        List<String> goneIds = sessionIds(gone);
        assertThat(api.post("events/delete", Map.of("id", gone)).statusCode()).isEqualTo(200);

        for (String id : goneIds) {
            assertError(get(core, id), "ENTRY_ID_NOT_FOUND", "Entry id \"" + id + "\" not found");
        }
        assertThat(ids(list(core))).containsExactlyElementsOf(sessionIds(kept));
        assertThat(list(core, "filter:idIn", String.join(",", goneIds)).path("totalCount").asInt()).isZero();
    }

    // ---------------------------------------------------------------- who sees what

    @Test
    void a_user_ks_lists_the_entries_only_with_list_star() {
        long eventId = createEvent("tm4000");

        JsonNode withoutList = list(core.withKs(userKs("viewer", null)));
        JsonNode withList = list(core.withKs(userKs("viewer", "list:*")));

        assertThat(withoutList.path("totalCount").asInt())
                .as("the entries are not the viewer's own, and list:* is what lifts the user filter").isZero();
        assertThat(ids(withList)).containsExactlyInAnyOrderElementsOf(sessionIds(eventId));
    }

    @Test
    void a_private_session_s_entry_is_in_the_event_s_private_category() {
        long eventId = createEvent("tm0000");
        String secret = createSession(eventId, "Board meeting", "LiveWebcast", "private").path("id").asText();
        JsonNode privateCategory = category(eventId, "ep_private_" + eventId);

        JsonNode entry = result(get(core, secret), "KalturaLiveStreamAdminEntry");

        assertThat(entry.path("categories").asText()).isEqualTo(privateCategory.path("fullName").asText());
        assertThat(entry.path("categoriesIds").asText()).isEqualTo(privateCategory.path("id").asText());
        assertThat(ids(list(core, "filter:categoriesIdsMatchOr", privateCategory.path("id").asText())))
                .containsExactly(secret);
    }

    @Test
    void a_private_session_s_entry_is_hidden_from_a_user_ks_without_sview() {
        long eventId = createEvent("tm0000");
        String open = createSession(eventId, "Keynote", "LiveWebcast", "published").path("id").asText();
        String secret = createSession(eventId, "Board meeting", "LiveWebcast", "private").path("id").asText();
        CoreApi asUser = core.withKs(userKs("viewer", "list:*"));

        assertThat(ids(list(asUser))).containsExactly(open);
        assertError(get(asUser, secret), "ENTRY_ID_NOT_FOUND", "Entry id \"" + secret + "\" not found");
        assertThat(ids(list(core))).as("an ADMIN KS sees it").containsExactlyInAnyOrder(open, secret);
    }

    @Test
    void sview_of_the_entry_or_of_everything_shows_a_private_session_to_a_user_ks() {
        long eventId = createEvent("tm0000");
        String open = createSession(eventId, "Keynote", "LiveWebcast", "published").path("id").asText();
        String secret = createSession(eventId, "Board meeting", "LiveWebcast", "private").path("id").asText();
        String otherSecret = createSession(eventId, "Audit", "MeetingEntry", "private").path("id").asText();
        CoreApi oneEntry = core.withKs(userKs("viewer", "list:*,sview:" + secret));
        CoreApi everything = core.withKs(userKs("viewer", "list:*,sview:*"));

        assertThat(result(get(oneEntry, secret), "KalturaLiveStreamEntry").path("id").asText()).isEqualTo(secret);
        assertThat(ids(list(oneEntry))).containsExactlyInAnyOrder(open, secret);
        assertError(get(oneEntry, otherSecret), "ENTRY_ID_NOT_FOUND", "Entry id \"" + otherSecret + "\" not found");
        assertThat(ids(list(everything))).containsExactlyInAnyOrder(open, secret, otherSecret);
        assertThat(result(get(everything, otherSecret), "KalturaRoomEntry").path("id").asText()).isEqualTo(otherSecret);
    }

    @Test
    void another_partner_sees_none_of_the_entries() {
        long eventId = createEvent("tm4000");
        String id = sessionIds(eventId).get(0);
        api.control().registerPartner(3003, "secret-3003");
        CoreApi other = core.withKs(simulator.adminKs(3003, "admin", Duration.ofDays(1)));

        assertThat(list(other).path("totalCount").asInt()).isZero();
        assertThat(list(other, "filter:idEqual", id).path("totalCount").asInt()).isZero();
        assertThat(result(other.call("media", "list", Map.of()), "KalturaMediaListResponse").path("totalCount").asInt())
                .isZero();
        assertError(get(other, id), "ENTRY_ID_NOT_FOUND", "Entry id \"" + id + "\" not found");
    }

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({"baseEntry, get, baseentry->get", "baseEntry, list, baseentry->list", "media, get, media->get",
            "media, list, media->list"})
    void without_a_ks_entries_are_a_forbidden_service(String service, String action, String named) {
        long eventId = createEvent("tm2000");

        ApiResponse refused = core.withKs(null).call(service, action,
                Map.of("entryId", onlySession(eventId).path("id").asText()));

        assertError(refused, "SERVICE_FORBIDDEN", "The access to service [" + named + "] is forbidden");
    }

    // ---------------------------------------------------------------- helpers

    private long createEvent(String template) {
        return created(api.post("events/create", Events.anEvent().withTemplate(template).body()))
                .path("id").asLong();
    }

    private JsonNode createSession(long eventId, String name, String type, String visibility) {
        return createSession(eventId, name, type, visibility, "2030-05-01T14:00:00Z", "2030-05-01T15:00:00Z");
    }

    private JsonNode createSession(long eventId, String name, String type, String visibility, String start, String end) {
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("name", name);
        draft.put("type", type);
        draft.put("visibility", visibility);
        draft.put("startDate", start);
        draft.put("endDate", end);
        return created(api.post("sessions/create", Map.of("eventId", eventId, "session", draft)));
    }

    /** The event or session an Events API create answered. */
    private static JsonNode created(ApiResponse response) {
        assertThat(response.statusCode()).as(response.rawBody()).isEqualTo(200);
        JsonNode body = response.json();
        return body.has("event") ? body.path("event") : body.path("session");
    }

    private List<JsonNode> sessionsOf(long eventId) {
        ApiResponse listed = api.post("sessions/list", Map.of("eventId", eventId));
        assertThat(listed.statusCode()).as(listed.rawBody()).isEqualTo(200);
        List<JsonNode> sessions = new ArrayList<>();
        listed.json().path("sessions").forEach(sessions::add);
        return sessions;
    }

    private List<String> sessionIds(long eventId) {
        return sessionsOf(eventId).stream().map(s -> s.path("id").asText()).toList();
    }

    private JsonNode onlySession(long eventId) {
        List<JsonNode> sessions = sessionsOf(eventId);
        assertThat(sessions).as("the template's one session").hasSize(1);
        return sessions.get(0);
    }

    private String sessionOfType(long eventId, String type) {
        return sessionsOf(eventId).stream().filter(s -> s.path("type").asText().equals(type)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " session in event " + eventId))
                .path("id").asText();
    }

    /** One of the categories the platform made for the event, found by name under {@code <eventId>EP}. */
    private JsonNode category(long eventId, String name) {
        for (JsonNode category : core.listCategories("filter:fullNameStartsWith", eventId + "EP").json().path("objects")) {
            if (category.path("name").asText().equals(name)) {
                return category;
            }
        }
        throw new AssertionError("no category " + name + " for event " + eventId);
    }

    private static ApiResponse get(CoreApi as, String entryId) {
        return as.call("baseEntry", "get", Map.of("entryId", entryId));
    }

    private static JsonNode list(CoreApi as, String... fieldPairs) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i + 1 < fieldPairs.length; i += 2) {
            form.put(fieldPairs[i], fieldPairs[i + 1]);
        }
        return result(as.call("baseEntry", "list", form), "KalturaBaseEntryListResponse");
    }

    private static List<String> ids(JsonNode listed) {
        List<String> ids = new ArrayList<>();
        listed.path("objects").forEach(e -> ids.add(e.path("id").asText()));
        return ids;
    }

    /** session.start with type 0: a USER KS of the default partner with these privileges (null: none). */
    private String userKs(String userId, String privileges) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("partnerId", Long.toString(PARTNER));
        form.put("secret", ADMIN_SECRET);
        form.put("type", "0");
        form.put("userId", userId);
        if (privileges != null) {
            form.put("privileges", privileges);
        }
        form.put("format", "1");
        ApiResponse started = api.postForm("/api_v3/service/session/action/start", form);
        assertThat(started.json().isTextual()).as("session.start: %s", started.rawBody()).isTrue();
        return started.json().textValue();
    }

    private void advance(String duration) {
        api.control().advanceClock(Durations.parse("duration", duration));
    }

    private static JsonNode result(ApiResponse response, String objectType) {
        assertThat(response.statusCode()).as(response.rawBody()).isEqualTo(200);
        assertThat(response.json()).as("a JSON answer: %s", response.rawBody()).isNotNull();
        assertThat(response.json().path("objectType").asText()).as(response.rawBody()).isEqualTo(objectType);
        return response.json();
    }

    private static void assertError(ApiResponse response, String code, String message) {
        assertThat(response.statusCode()).as("core API errors are HTTP 200: %s", response.rawBody()).isEqualTo(200);
        assertThat(response.json().path("objectType").asText()).as(response.rawBody()).isEqualTo("KalturaAPIException");
        assertThat(response.json().path("code").asText()).as(response.rawBody()).isEqualTo(code);
        assertThat(response.json().path("message").asText()).isEqualTo(message);
    }
}
