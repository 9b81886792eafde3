package dev.eventsim.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An Events API at a URL or in a region: only the public API is used (never a control plane),
 * with the KS from the environment. After the run it deletes everything the run created, found
 * by id and by the run's name prefix. Against a real region (anything but loopback) the rates
 * are low by default and capped.
 */
final class RemoteService implements Target {
    /** Users per second a real region gets unless told otherwise. */
    static final double DEFAULT_RATE = 1;
    /** The most users per second (and concurrent or burst users) a real region may be sent. */
    static final double MAX_RATE = 5;
    /** The most requests per second a real region may be sent (the default throttle is 5). */
    static final double MAX_RPS = 10;

    private static final int LIST_LIMIT = 15;
    private static final int MAX_SWEEPS = 200;

    private final String apiBaseUrl;
    private final String ks;
    private final boolean realRegion;
    private final double maxRps;
    private final String coreApiUrl;
    private EventsApiClient client;

    RemoteService(String apiBaseUrl, String ks, boolean realRegion, Knobs knobs) {
        this.apiBaseUrl = apiBaseUrl;
        this.ks = ks;
        this.realRegion = realRegion;
        this.maxRps = knobs.decimal("maxRps", realRegion ? 5 : 0);
        if (realRegion && (maxRps <= 0 || maxRps > MAX_RPS)) {
            throw new IllegalStateException("-DmaxRps=" + maxRps + " is outside the hard cap for a real region: above 0"
                    + " and at most " + MAX_RPS + " requests per second");
        }
        this.coreApiUrl = knobs.text("load.coreApiUrl", "");
    }

    @Override
    public void start() {
        client = new EventsApiClient(apiBaseUrl, ks, maxRps);
        // fail before any load when the KS is not accepted
        client.require("events/list", Map.of("pager", Map.of("limit", 1)));
    }

    @Override
    public String apiBaseUrl() {
        return apiBaseUrl;
    }

    @Override
    public String ks() {
        return ks;
    }

    @Override
    public boolean realRegion() {
        return realRegion;
    }

    /** The request throttle of the scenarios ({@code -DmaxRps}): requests per second, 0 for none. */
    double maxRps() {
        return maxRps;
    }

    @Override
    public EventsApiClient client() {
        return client;
    }

    @Override
    public void finish(Run run) {
        if (client == null) {
            return;
        }
        pollUnfinishedJobs(run);
        int events = 0;
        for (long id : run.liveEvents()) {
            events += deleteEvent(run, id) ? 1 : 0;
        }
        events += sweepEvents(run);
        int members = deleteTeamMembers(run);
        System.out.printf("Clean-up of %s: %d events and %d team members deleted%n", run.prefix(), events, members);
        deleteCategories(run.events());
    }

    @Override
    public String describe() {
        return (realRegion ? "REAL REGION " : "Events API ") + apiBaseUrl + " (API only, KS from " + KS_VARIABLE + ")"
                + (maxRps > 0 ? ", at most " + maxRps + " requests/s" : "");
    }

    /** A copy may complete after its user stopped polling; one more poll each finds its id. */
    private void pollUnfinishedJobs(Run run) {
        for (String jobId : run.unfinishedJobs()) {
            HttpJson.Answer answer = client.call("events/duplicateStatus", Map.of("jobId", jobId));
            JsonNode body = answer.body();
            if (answer.ok() && body != null && "completed".equals(body.path("jobState").asText())) {
                run.createdEvent(body.path("eventId").asLong());
                run.finishedJob(jobId);
            } else {
                System.out.printf("Duplication job %s had not completed; its copy, if it ever appears, is named %s...%n",
                        jobId, run.prefix());
            }
        }
    }

    private boolean deleteEvent(Run run, long id) {
        HttpJson.Answer answer = client.call("events/delete", Map.of("id", id));
        if (answer.ok() || answer.status() == 404) {
            run.deletedEvent(id);
        } else {
            System.out.printf("Could not delete event %d: HTTP %d %s%n", id, answer.status(), answer.text());
        }
        return answer.ok();
    }

    /** Events named with the run's prefix that no user got to delete (or whose id it never saw). */
    private int sweepEvents(Run run) {
        int deleted = 0;
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            JsonNode page = client.require("events/list", Map.of(
                    "filter", Map.of("searchTerm", run.prefix()),
                    "pager", Map.of("offset", 0, "limit", LIST_LIMIT)));
            List<Long> ours = new ArrayList<>();
            for (JsonNode event : page.path("events")) {
                if (event.path("name").asText().startsWith(run.prefix())) {
                    ours.add(event.path("id").asLong());
                }
            }
            if (ours.isEmpty()) {
                return deleted;
            }
            int deletedNow = 0;
            for (long id : ours) {
                run.createdEvent(id);
                deletedNow += deleteEvent(run, id) ? 1 : 0;
            }
            deleted += deletedNow;
            if (deletedNow == 0) {
                System.out.printf("Stopped sweeping: events named %s... remain that could not be deleted%n", run.prefix());
                return deleted;
            }
        }
        System.out.printf("Stopped sweeping %s events after %d rounds; some may remain%n", run.prefix(), MAX_SWEEPS);
        return deleted;
    }

    private int deleteTeamMembers(Run run) {
        Set<String> ids = new TreeSet<>(run.teamMembers());
        for (int offset = 0; offset < 100_000; offset += 500) {
            JsonNode page = client.require("team-members/list", Map.of("pager", Map.of("offset", offset, "limit", 500)));
            JsonNode members = page.path("teamMembers");
            for (JsonNode member : members) {
                if (member.path("email").asText().startsWith(run.prefix())) {
                    ids.add(member.path("id").asText());
                }
            }
            if (members.size() < 500) {
                break;
            }
        }
        int deleted = 0;
        for (String id : ids) {
            HttpJson.Answer answer = client.call("team-members/delete", Map.of("id", id));
            deleted += answer.ok() ? 1 : 0;
        }
        return deleted;
    }

    /**
     * The platform keeps three categories of every deleted event ({@code {id}EP...} and the two under
     * it); the core API deletes them when its URL is given.
     */
    private void deleteCategories(Set<Long> eventIds) {
        if (eventIds.isEmpty()) {
            return;
        }
        if (coreApiUrl.isBlank()) {
            System.out.printf("The categories of the %d events the run created ({id}EP..., e.g. %sEP) stay behind;"
                    + " -Dload.coreApiUrl=<core API service URL> deletes them too%n",
                    eventIds.size(), eventIds.iterator().next());
            return;
        }
        HttpJson http = new HttpJson();
        String base = coreApiUrl.replaceAll("/+$", "") + "/api_v3/service/category/action/";
        int deleted = 0;
        for (long eventId : eventIds) {
            HttpJson.Answer list = http.postForm(base + "list", Map.of("ks", ks, "format", "1",
                    "filter[fullNameStartsWith]", eventId + "EP", "filter[parentIdEqual]", "0"));
            JsonNode objects = list.body() == null ? null : list.body().path("objects");
            if (objects == null || !objects.isArray()) {
                System.out.printf("category.list for event %d answered: %s%n", eventId, list.text());
                continue;
            }
            for (JsonNode category : objects) {
                HttpJson.Answer gone = http.postForm(base + "delete",
                        Map.of("ks", ks, "format", "1", "id", category.path("id").asText()));
                deleted += gone.ok() && (gone.body() == null || gone.body().isNull()) ? 1 : 0;
            }
        }
        System.out.printf("Clean-up: %d event categories deleted (with the ones under them)%n", deleted);
    }
}
