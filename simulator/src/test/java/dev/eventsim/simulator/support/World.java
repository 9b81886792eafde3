package dev.eventsim.simulator.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eventsim.simulator.admin.ControlPlane;
import dev.eventsim.simulator.admin.KsRequest;
import dev.eventsim.simulator.duplication.Progression;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A simulator holding something in every table — events, sessions, event users, session
 * participants, team members, categories, lifecycle marks, duplication jobs — on a frozen clock,
 * and everything a client can see of it in one JSON value, to compare before and after.
 */
public final class World {
    /** The clock's time while the world is built (frozen). */
    public static final String NOW = "2030-04-01T09:00:00Z";

    public final long townHall;
    public final long workshop;
    public final String keynote;
    public final String speaker;
    public final String moderator;
    public final String completedJob;
    public final String waitingJob;

    private World(long townHall, long workshop, String keynote, String speaker, String moderator,
                  String completedJob, String waitingJob) {
        this.townHall = townHall;
        this.workshop = workshop;
        this.keynote = keynote;
        this.speaker = speaker;
        this.moderator = moderator;
        this.completedJob = completedJob;
        this.waitingJob = waitingJob;
    }

    /** Builds the world through the API and the control plane, each step checked. */
    public static World build(Api api) {
        ControlPlane control = api.control();
        control.freezeClockAt(Instant.parse(NOW));
        long townHall = ok(api.post("events/create", Events.anEvent().withTemplate("tm4000")
                .withName("Town hall").body())).path("event").path("id").asLong();
        long workshop = Given.anEvent(api);
        String keynote = Given.aSession(api, townHall);
        String speaker = Given.aUser(api, Users.aUser(townHall).named("Ada", "Lovelace")
                .withEmail("ada@example.test").asSpeaker());
        String moderator = Given.aUser(api, Users.aUser(townHall).named("Grace", "Hopper")
                .withEmail("grace@example.test").asModerator());
        Given.aUser(api, Users.aUser(townHall).withEmail("attendee@example.test"));
        ok(api.post("session-participants/add", Map.of("eventId", townHall, "sessionId", keynote,
                "speakers", List.of(Map.of("userId", speaker, "order", 2, "isHidden", true, "role", "advancedSpeaker")),
                "moderatorIds", List.of(moderator))));
        ok(api.post("team-members/create", TeamMembers.aTeamMember().body()));
        control.publishEvent(townHall);
        control.cancelEvent(workshop);

        control.jobProgression(Progression.immediate());
        String completedJob = duplicate(api, townHall, "Town hall again");
        assertThat(api.post("events/duplicateStatus", Map.of("jobId", completedJob)).json().path("jobState").asText())
                .isEqualTo("completed");
        control.jobProgression(Progression.afterPolls(5));
        String waitingJob = duplicate(api, workshop, "Workshop again");
        ok(api.post("events/duplicateStatus", Map.of("jobId", waitingJob)));
        return new World(townHall, workshop, keynote, speaker, moderator, completedJob, waitingJob);
    }

    /** Everything a client sees: each event with its sessions, users, participants and lifecycle, and the rest. */
    public static JsonNode observe(Api api) {
        ObjectNode world = Api.JSON.createObjectNode();
        ControlPlane control = api.control();
        world.set("clock", Api.JSON.valueToTree(control.readClock()));
        world.set("jobProgression", Api.JSON.valueToTree(control.jobProgression()));
        world.set("jobs", Api.JSON.valueToTree(control.jobs()));
        world.set("partners", Api.JSON.valueToTree(control.partners()));
        world.set("teamMembers", ok(api.post("team-members/list", Map.of())));
        String ks = longLivedKs(control);
        world.set("categories", new CoreApi(api, ks).listCategories("pager:pageSize", "500").json());
        ArrayNode events = world.putArray("events");
        JsonNode listed = ok(api.post("events/list", Map.of("orderBy", "+createdAt", "pager", Map.of("limit", 15))));
        for (JsonNode event : listed.path("events")) {
            long id = event.path("id").asLong();
            ObjectNode entry = events.addObject();
            entry.set("event", event);
            entry.set("lifecycle", Api.JSON.valueToTree(control.lifecycle(id)));
            entry.set("users", ok(api.post("event-users/list", Map.of("eventId", id))));
            JsonNode sessions = ok(api.post("sessions/list", Map.of("eventId", id)));
            entry.set("sessions", sessions);
            ArrayNode participants = entry.putArray("participants");
            for (JsonNode session : sessions.path("sessions")) {
                participants.add(ok(api.post("session-participants/list",
                        Map.of("eventId", id, "sessionId", session.path("id").asText()))));
            }
        }
        return world;
    }

    /** What creating one tm4000 event hands out: its id, its sessions' entry ids, its categories' names, a job id. */
    public static JsonNode nextIds(Api api) {
        long id = ok(api.post("events/create", Events.anEvent().withTemplate("tm4000").body()))
                .path("event").path("id").asLong();
        ObjectNode ids = Api.JSON.createObjectNode();
        ids.put("eventId", id);
        ArrayNode sessions = ids.putArray("sessions");
        for (JsonNode session : ok(api.post("sessions/list", Map.of("eventId", id))).path("sessions")) {
            sessions.add(session.path("id").asText());
        }
        String ks = longLivedKs(api.control());
        ArrayNode categories = ids.putArray("categories");
        for (JsonNode category : new CoreApi(api, ks).listCategories("filter:fullNameStartsWith", id + "EP").json()
                .path("objects")) {
            categories.add(category.path("id").asLong() + " " + category.path("fullName").asText());
        }
        ids.put("jobId", ok(api.post("events/duplicate", Map.of("sourceEventId", id,
                "event", Map.of("name", "copy", "timezone", "UTC")))).path("jobId").asText());
        return ids;
    }

    /** An ADMIN KS of the default partner, valid ten years (KsRequest's nulls take the route's defaults). */
    private static String longLivedKs(ControlPlane control) {
        return control.mintKs(new KsRequest(null, null, null, 315_360_000L, null, null)).ks();
    }

    private static String duplicate(Api api, long eventId, String name) {
        return ok(api.post("events/duplicate", Map.of("sourceEventId", eventId,
                "event", Map.of("name", name, "timezone", "Europe/Paris")))).path("jobId").asText();
    }

    private static JsonNode ok(ApiResponse response) {
        assertThat(response.statusCode()).as("answer: %s", response.rawBody()).isEqualTo(200);
        return response.json();
    }
}
