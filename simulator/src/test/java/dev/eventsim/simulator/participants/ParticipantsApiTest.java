package dev.eventsim.simulator.participants;

import static dev.eventsim.simulator.support.Users.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventsim.simulator.support.ApiResponse;
import dev.eventsim.simulator.support.ApiTest;
import dev.eventsim.simulator.support.Given;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the session-participants tests: an event with one session and a cast of users —
 * two speakers, a moderator, one holding both roles, and a plain attendee.
 */
abstract class ParticipantsApiTest extends ApiTest {
    protected long eventId;
    protected String sessionId;
    protected String speaker;
    protected String otherSpeaker;
    protected String moderator;
    protected String speakerModerator;
    protected String attendee;

    @BeforeEach
    void anEventWithASessionAndUsers() {
        eventId = Given.anEvent(api);
        sessionId = Given.aSession(api, eventId);
        speaker = Given.aUser(api, aUser(eventId).named("Ada", "Lovelace").withEmail("ada@example.test").asSpeaker());
        otherSpeaker = Given.aUser(api, aUser(eventId).named("Alan", "Turing").withEmail("alan@example.test").asSpeaker());
        moderator = Given.aUser(api, aUser(eventId).named("Grace", "Hopper").withEmail("grace@example.test").asModerator());
        speakerModerator = Given.aUser(api, aUser(eventId).named("Edsger", "Dijkstra").withEmail("ewd@example.test")
                .withRoles("Speaker", "Moderator"));
        attendee = Given.aUser(api, aUser(eventId).named("Joe", "Public").withEmail("joe@example.test"));
    }

    /** POSTs to session-participants/{operation} for the test's session; fields of the same name win. */
    protected ApiResponse participants(String operation, Map<String, ?> fields) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("eventId", eventId);
        body.put("sessionId", sessionId);
        body.putAll(fields);
        return api.post("session-participants/" + operation, body);
    }

    protected void added(Map<String, ?> fields) {
        ApiResponse added = participants("add", fields);
        assertThat(added.statusCode()).as("add: %s", added.rawBody()).isEqualTo(200);
    }

    protected JsonNode list() {
        ApiResponse listed = participants("list", Map.of());
        assertThat(listed.statusCode()).as("list: %s", listed.rawBody()).isEqualTo(200);
        return listed.json();
    }

    protected List<String> speakerIds() {
        return ids(list().path("speakers"));
    }

    protected List<String> moderatorIds() {
        return ids(list().path("moderators"));
    }

    protected static Map<String, Object> speakerEntry(String userId, Object... fields) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("userId", userId);
        for (int i = 0; i < fields.length; i += 2) {
            entry.put((String) fields[i], fields[i + 1]);
        }
        return entry;
    }

    protected static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(p -> ids.add(p.path("id").asText()));
        return ids;
    }

    protected static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
