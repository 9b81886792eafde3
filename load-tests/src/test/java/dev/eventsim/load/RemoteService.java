package dev.eventsim.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
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
    /** The requests per second a real region allows: set-up and clean-up never go faster. */
    static final double REGION_RPS = 5;
    /** The core API's service URL: a URL target's own root unless given; a region needs it given. */
    static final String CORE_API_KNOB = "load.coreApiUrl";

    private static final int LIST_LIMIT = 15;
    private static final int MAX_SWEEPS = 200;
    private static final int TEAM_PAGE = 500;

    private final String apiBaseUrl;
    private final String ks;
    private final boolean realRegion;
    private final double maxRps;
    private final String coreApiUrl;
    private final boolean offsetCountsPages;
    private EventsApiClient client;
    private boolean started;

    RemoteService(String apiBaseUrl, String ks, boolean realRegion, String coreApiUrl, Knobs knobs) {
        this.apiBaseUrl = apiBaseUrl;
        this.ks = ks;
        this.realRegion = realRegion;
        this.maxRps = knobs.decimal("maxRps", realRegion ? 5 : 0);
        if (realRegion && (maxRps <= 0 || maxRps > MAX_RPS)) {
            throw new RunRefused("-DmaxRps=" + maxRps + " is outside the hard cap for a real region: above 0"
                    + " and at most " + MAX_RPS + " requests per second");
        }
        // Gatling's throttle takes whole requests per second: 2.5 would become 2, and 0.5 would become 1,
        // above what was asked
        if (maxRps != Math.rint(maxRps) || maxRps < 0) {
            throw new RunRefused("-DmaxRps must be a whole number of requests per second (Gatling's throttle"
                    + " takes no fraction), got " + maxRps);
        }
        this.offsetCountsPages = offsetCountsPages(knobs);
        this.coreApiUrl = coreApiUrl.replaceAll("/+$", "");
    }

    /**
     * Checks, once and without retries, that the target answers and accepts the KS, and that its
     * core API does too (the clean-up needs it): a target that is down stops the run in seconds,
     * naming the URL and the cause, before any load or clean-up.
     */
    @Override
    public void start() {
        client = new EventsApiClient(apiBaseUrl, ks, realRegion ? Math.min(maxRps, REGION_RPS) : maxRps);
        HttpJson.Answer answer;
        try {
            answer = client.call("events/list", Map.of("pager", Map.of("limit", 1)));
        } catch (UncheckedIOException e) {
            throw new RunRefused("The target " + apiBaseUrl + " does not answer: " + HttpJson.cause(e.getCause()));
        }
        if (!answer.ok()) {
            JsonNode body = answer.body();
            throw new RunRefused("The target " + apiBaseUrl + " refused events/list: HTTP " + answer.status()
                    + (body == null ? ": " + answer.text() : ", status " + body.path("status").asText()
                    + ": " + body.path("message").asText())
                    + (answer.status() == 401 ? " (the KS in " + KS_VARIABLE + " is not accepted)" : ""));
        }
        HttpJson.Answer core;
        try {
            core = client.callCore(categoryAction("list"), Map.of("ks", ks, "format", "1", "pager[pageSize]", "1"));
        } catch (UncheckedIOException e) {
            throw new RunRefused("The core API at " + coreApiUrl + " does not answer: " + HttpJson.cause(e.getCause())
                    + " (-D" + CORE_API_KNOB + " names it)");
        }
        if (!isList(core)) {
            throw new RunRefused("The core API at " + coreApiUrl + " refused category.list: HTTP " + core.status()
                    + ", " + core.text() + " (the clean-up deletes categories through it; -D" + CORE_API_KNOB
                    + " names it)");
        }
        started = true;
    }

    private String categoryAction(String action) {
        return coreApiUrl + "/api_v3/service/category/action/" + action;
    }

    private static boolean isList(HttpJson.Answer answer) {
        return answer.ok() && answer.body() != null && answer.body().path("objects").isArray()
                || answer.ok() && answer.body() != null && answer.body().path("totalCount").isNumber();
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
        if (!started) {
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
        return (realRegion ? "REAL REGION " : "Events API ") + apiBaseUrl + " (API only, KS from " + KS_VARIABLE
                + "; core API at " + coreApiUrl + ")"
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

    /**
     * {@code -DpagerOffset=pages} when the target reads {@code pager.offset} as a page index (the
     * contract leaves it open; the simulator's {@code --pager-offset pages}); {@code items} by default.
     */
    static boolean offsetCountsPages(Knobs knobs) {
        String mode = knobs.text("pagerOffset", "items");
        if (!mode.equals("items") && !mode.equals("pages")) {
            throw new IllegalArgumentException("-DpagerOffset must be items or pages, got '" + mode + "'");
        }
        return mode.equals("pages");
    }

    private int deleteTeamMembers(Run run) {
        Set<String> ids = new TreeSet<>(run.teamMembers());
        for (int pageNo = 0; pageNo < 200; pageNo++) {
            int offset = offsetCountsPages ? pageNo : pageNo * TEAM_PAGE;
            JsonNode page = client.require("team-members/list", Map.of("pager", Map.of("offset", offset, "limit", TEAM_PAGE)));
            JsonNode members = page.path("teamMembers");
            for (JsonNode member : members) {
                if (member.path("email").asText().startsWith(run.prefix())) {
                    ids.add(member.path("id").asText());
                }
            }
            if (members.size() < TEAM_PAGE) {
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
     * it); the core API deletes them, paced like every set-up and clean-up call.
     */
    private void deleteCategories(Set<Long> eventIds) {
        int deleted = 0;
        List<Long> failed = new ArrayList<>();
        for (long eventId : new TreeSet<>(eventIds)) {
            HttpJson.Answer list = client.callCore(categoryAction("list"), Map.of("ks", ks, "format", "1",
                    "filter[fullNameStartsWith]", eventId + "EP", "filter[parentIdEqual]", "0"));
            if (!isList(list)) {
                failed.add(eventId);
                continue;
            }
            for (JsonNode category : list.body().path("objects")) {
                HttpJson.Answer gone = client.callCore(categoryAction("delete"),
                        Map.of("ks", ks, "format", "1", "id", category.path("id").asText()));
                if (gone.ok() && (gone.body() == null || gone.body().isNull())) {
                    deleted++;
                } else {
                    failed.add(eventId);
                }
            }
        }
        System.out.printf("Clean-up: %d event categories deleted (with the ones under them)%s%n", deleted,
                failed.isEmpty() ? "" : "; those of events " + failed + " could not be: see " + coreApiUrl);
    }
}
