package dev.eventsim.simulator.admin;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eventsim.simulator.api.ApiErrors;
import dev.eventsim.simulator.duplication.Outcome;
import dev.eventsim.simulator.duplication.Progression;
import dev.eventsim.simulator.eventusers.EventRole;
import dev.eventsim.simulator.eventusers.NewEventUser;
import dev.eventsim.simulator.events.NewEvent;
import dev.eventsim.simulator.faults.FaultAction;
import dev.eventsim.simulator.faults.NewFaultRule;
import dev.eventsim.simulator.faults.PartnerEventLimit;
import dev.eventsim.simulator.faults.RateLimit;
import dev.eventsim.simulator.journal.JournalCounts;
import dev.eventsim.simulator.journal.JournalEntry;
import dev.eventsim.simulator.journal.JournalPage;
import dev.eventsim.simulator.journal.JournalQuery;
import dev.eventsim.simulator.journal.StatusMatch;
import dev.eventsim.simulator.participants.SpeakerInput;
import dev.eventsim.simulator.seeding.EventSeed;
import dev.eventsim.simulator.seeding.Generation;
import dev.eventsim.simulator.seeding.SeedRequest;
import dev.eventsim.simulator.seeding.SeedResult;
import dev.eventsim.simulator.seeding.SessionSeed;
import dev.eventsim.simulator.sessions.NewSession;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The control plane of a simulator in another process, driven over HTTP: each task is one call to
 * its {@code /__sim} route, answering the record {@link LocalControlPlane} answers, so a test or a
 * tool can drive a simulator it did not start (a jar, a container, a shared test environment) with
 * the same typed calls an in-process test makes on {@code EventsSimulator.control()} — as
 * WireMock's {@code WireMock} client drives a WireMock server's admin API.
 *
 * <p>A refusal of the simulator (any answer but 2xx) is thrown as the {@code ApiException} the
 * local face throws: the same HTTP code, {@code status} and message. A simulator that cannot be
 * reached, or does not answer in time, is an {@link IllegalStateException} naming the URL.
 *
 * <pre>{@code
 * ControlPlane sim = RemoteControlPlane.at("http://127.0.0.1:8080", System.getenv("SIM_ADMIN_TOKEN"));
 * sim.reset();
 * sim.freezeClockAt(Instant.parse("2030-01-01T00:00:00Z")).advanceClock(Duration.ofSeconds(90));
 * sim.addFault(NewFaultRule.of(FaultAction.respond(503, "busy")).withOperations("events/create").withTimes(1));
 * String ks = sim.adminKs(1_000_001, "qa@example.com", Duration.ofHours(1));
 * }</pre>
 *
 * <p>It holds no state besides its HTTP client: one instance may serve many threads.
 */
public final class RemoteControlPlane implements ControlPlane {
    /** The header {@code --admin-token} is checked against. */
    public static final String ADMIN_TOKEN_HEADER = "X-Sim-Admin-Token";
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

    private static final String PREFIX = "/__sim";
    private static final int MAX_BODY_IN_MESSAGE = 300;
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final String baseUrl;
    private final String adminToken;
    private final Duration requestTimeout;
    private final HttpClient http;

    private RemoteControlPlane(String baseUrl, String adminToken, Duration requestTimeout, HttpClient http) {
        this.baseUrl = baseUrl;
        this.adminToken = adminToken;
        this.requestTimeout = requestTimeout;
        this.http = http;
    }

    /** The control plane of the simulator at {@code baseUrl}, such as {@code http://127.0.0.1:8080}. */
    public static RemoteControlPlane at(String baseUrl) {
        return at(baseUrl, null);
    }

    /**
     * The control plane of a simulator started with {@code --admin-token}: every call sends the
     * token in {@value #ADMIN_TOKEN_HEADER}. A null or blank token sends none.
     */
    public static RemoteControlPlane at(String baseUrl, String adminToken) {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        return new RemoteControlPlane(checkedBaseUrl(baseUrl),
                adminToken == null || adminToken.isBlank() ? null : adminToken, DEFAULT_REQUEST_TIMEOUT, http);
    }

    /** The same control plane waiting up to {@code timeout} for each answer (a large seed may need more than 30 s). */
    public RemoteControlPlane withRequestTimeout(Duration timeout) {
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the request timeout must be positive, got " + timeout);
        }
        return new RemoteControlPlane(baseUrl, adminToken, timeout, http);
    }

    /** The simulator's base URL, without a trailing slash. */
    public String baseUrl() {
        return baseUrl;
    }

    @Override
    public String toString() {
        return "RemoteControlPlane[" + baseUrl + PREFIX + "]";
    }

    // ---- health and reset

    @Override
    public Health health() {
        return read(get("/health"), Health.class);
    }

    @Override
    public ResetDone reset() {
        return read(post("/reset", null), ResetDone.class);
    }

    @Override
    public ResetDone resetPartner(long partnerId) {
        return read(post("/reset", object().put("partnerId", partnerId)), ResetDone.class);
    }

    // ---- partners and KSes

    @Override
    public List<PartnerView> partners() {
        return list(get("/partners"), "partners", PartnerView.class);
    }

    @Override
    public PartnerView registerPartner(long partnerId, String adminSecret) {
        return read(post("/partners", object().put("partnerId", partnerId).put("adminSecret", adminSecret)),
                PartnerView.class);
    }

    @Override
    public void removePartner(long partnerId) {
        delete("/partners/" + partnerId);
    }

    @Override
    public MintedKs mintKs(KsRequest request) {
        Objects.requireNonNull(request, "request");
        ObjectNode body = object();
        putIfSet(body, "partnerId", request.partnerId());
        putIfSet(body, "userId", request.userId());
        putIfSet(body, "type", request.type());
        putIfSet(body, "expiry", request.expiry());
        putIfSet(body, "privileges", request.privileges());
        putIfSet(body, "version", request.version());
        return read(post("/ks", body), MintedKs.class);
    }

    // ---- the clock

    @Override
    public ClockView readClock() {
        return read(get("/clock"), ClockView.class);
    }

    // The changes answer the clock as it now reads; that reading is checked, and this plane
    // answered, so that the calls chain as they do on the local face.

    @Override
    public RemoteControlPlane freezeClock() {
        return changed(post("/clock/freeze", null));
    }

    @Override
    public RemoteControlPlane freezeClockAt(Instant at) {
        // Over HTTP a freeze without "at" stops the clock where it is: a null instant must not mean that.
        required("at", at);
        return changed(post("/clock/freeze", object().put("at", at.toString())));
    }

    @Override
    public RemoteControlPlane setClock(Instant now) {
        ObjectNode body = object();
        putIfSet(body, "now", text(now));
        return changed(post("/clock/set", body));
    }

    @Override
    public RemoteControlPlane advanceClock(Duration duration) {
        ObjectNode body = object();
        putIfSet(body, "duration", duration == null ? null : duration.toString());
        return changed(post("/clock/advance", body));
    }

    @Override
    public RemoteControlPlane resumeClock() {
        return changed(post("/clock/resume", null));
    }

    private RemoteControlPlane changed(Answer clock) {
        read(clock, ClockView.class);
        return this;
    }

    // ---- lifecycle

    @Override
    public LifecycleView lifecycle(long eventId) {
        return read(get("/events/" + eventId + "/lifecycle"), LifecycleView.class);
    }

    @Override
    public LifecycleView publishEvent(long eventId) {
        return read(post("/events/" + eventId + "/publish", null), LifecycleView.class);
    }

    @Override
    public LifecycleView cancelEvent(long eventId) {
        return read(post("/events/" + eventId + "/cancel", null), LifecycleView.class);
    }

    // ---- jobs

    @Override
    public ProgressionView jobProgression() {
        return read(get("/jobs/progression"), ProgressionView.class);
    }

    @Override
    public ProgressionView jobProgression(Progression progression) {
        return read(post("/jobs/progression", progressionBody(progression)), ProgressionView.class);
    }

    @Override
    public List<JobView> jobs() {
        return list(get("/jobs"), "jobs", JobView.class);
    }

    @Override
    public JobView job(String jobId) {
        // GET /__sim/jobs/progression is the default progression, not a job of that id (no job has it).
        if ("progression".equals(jobId)) {
            throw ApiErrors.jobNotFound(jobId);
        }
        return read(get("/jobs/" + segment(jobId, ApiErrors::jobNotFound)), JobView.class);
    }

    @Override
    public JobView jobProgression(String jobId, Progression progression) {
        return read(post("/jobs/" + segment(jobId, ApiErrors::jobNotFound) + "/progression",
                progressionBody(progression)), JobView.class);
    }

    @Override
    public JobView forceJob(String jobId, Outcome outcome) {
        required("outcome", outcome);
        return read(post("/jobs/" + segment(jobId, ApiErrors::jobNotFound) + "/force",
                object().put("outcome", outcome.name())), JobView.class);
    }

    // ---- faults and limits

    @Override
    public RuleView addFault(NewFaultRule rule) {
        return read(post("/faults", faultBody(required("rule", rule))), RuleView.class);
    }

    @Override
    public List<RuleView> faults() {
        return list(get("/faults"), "rules", RuleView.class);
    }

    @Override
    public RuleView fault(String ruleId) {
        return read(get("/faults/" + segment(ruleId, ApiErrors::faultRuleNotFound)), RuleView.class);
    }

    @Override
    public RuleView removeFault(String ruleId) {
        // An empty id must not become DELETE /__sim/faults, which removes every rule.
        return read(delete("/faults/" + segment(ruleId, ApiErrors::faultRuleNotFound)), RuleView.class);
    }

    @Override
    public int removeFaults() {
        return number(delete("/faults"), "removed");
    }

    @Override
    public RateLimitView setRateLimit(RateLimit limit) {
        required("limit", limit);
        ObjectNode body = object();
        putIfSet(body, "partnerId", limit.partnerId());
        body.put("limit", limit.limit());
        putIfSet(body, "window", limit.window() == null ? null : limit.window().toString());
        return read(post("/rate-limit", body), RateLimitView.class);
    }

    @Override
    public List<RateLimitView> rateLimits() {
        return list(get("/rate-limit"), "limits", RateLimitView.class);
    }

    @Override
    public List<RateLimitView> clearRateLimits(Long partnerId) {
        return list(delete("/rate-limit" + partnerQuery(partnerId)), "limits", RateLimitView.class);
    }

    @Override
    public PartnerEventLimit setEventLimit(PartnerEventLimit limit) {
        required("limit", limit);
        ObjectNode body = object();
        putIfSet(body, "partnerId", limit.partnerId());
        body.put("maxEvents", limit.maxEvents());
        return read(post("/event-limit", body), PartnerEventLimit.class);
    }

    @Override
    public List<PartnerEventLimit> eventLimits() {
        return list(get("/event-limit"), "limits", PartnerEventLimit.class);
    }

    @Override
    public List<PartnerEventLimit> clearEventLimits(Long partnerId) {
        return list(delete("/event-limit" + partnerQuery(partnerId)), "limits", PartnerEventLimit.class);
    }

    // ---- snapshots and the state file

    @Override
    public SnapshotView saveSnapshot(String name) {
        ObjectNode body = object();
        putIfSet(body, "name", name);
        return read(post("/snapshots", body), SnapshotView.class);
    }

    @Override
    public SnapshotView saveSnapshot(String name, long partnerId) {
        ObjectNode body = object();
        putIfSet(body, "name", name);
        body.put("partnerId", partnerId);
        return read(post("/snapshots", body), SnapshotView.class);
    }

    @Override
    public SnapshotView snapshot(String name) {
        return read(get("/snapshots/" + segment(name, ApiErrors::snapshotNotFound)), SnapshotView.class);
    }

    @Override
    public SnapshotView restoreSnapshot(String name) {
        return read(post("/snapshots/" + segment(name, ApiErrors::snapshotNotFound) + "/restore", null),
                SnapshotView.class);
    }

    @Override
    public SnapshotView deleteSnapshot(String name) {
        return read(delete("/snapshots/" + segment(name, ApiErrors::snapshotNotFound)), SnapshotView.class);
    }

    @Override
    public List<SnapshotView> snapshots() {
        return list(get("/snapshots"), "snapshots", SnapshotView.class);
    }

    @Override
    public StateSaved saveState() {
        return read(post("/state/save", null), StateSaved.class);
    }

    // ---- the journal

    @Override
    public JournalPage journal(JournalQuery query) {
        return read(get("/journal" + journalQuery(required("query", query))), JournalPage.class);
    }

    @Override
    public JournalEntry journalEntry(long id) {
        return read(get("/journal/" + id), JournalEntry.class);
    }

    @Override
    public JournalCounts journalCounts() {
        return read(get("/journal/counts"), JournalCounts.class);
    }

    @Override
    public int clearJournal() {
        return number(delete("/journal"), "cleared");
    }

    // ---- seeding

    @Override
    public SeedResult seed(SeedRequest request) {
        return read(post("/seed", seedBody(required("request", request))), SeedResult.class);
    }

    // ---- request bodies and query strings, as the controllers read them

    /** {@code {"mode": "immediate"}}, {@code {"mode": "polls", "polls": 3}} or {@code {"mode": "duration", "after": "PT3S"}}. */
    private static ObjectNode progressionBody(Progression progression) {
        return JSON.valueToTree(ProgressionView.of(required("progression", progression)));
    }

    /** The body {@code FaultRuleRequest} reads. */
    private static ObjectNode faultBody(NewFaultRule rule) {
        ObjectNode body = object();
        if (!rule.operations().isEmpty()) {
            ArrayNode operations = body.putArray("operations");
            rule.operations().stream().sorted().forEach(operations::add);
        }
        putIfSet(body, "partnerId", rule.partnerId());
        putIfSet(body, "probability", rule.probability());
        putIfSet(body, "times", rule.times());
        putIfSet(body, "seed", rule.seed());
        ObjectNode action = body.putObject("action");
        FaultAction a = rule.action();
        if (a instanceof FaultAction.Respond respond) {
            action.put("type", "respond");
            action.put("httpStatus", respond.httpStatus());
            putIfSet(action, "status", respond.status() == null ? null : respond.status().name());
            putIfSet(action, "message", respond.message());
            putIfSet(action, "retryAfterSeconds", respond.retryAfterSeconds());
        } else if (a instanceof FaultAction.Latency latency) {
            action.put("type", "latency");
            action.put("minMs", latency.minMs());
            action.put("maxMs", latency.maxMs());
        } else if (a instanceof FaultAction.CommitThenFail commitThenFail) {
            action.put("type", "commitThenFail");
            putIfSet(action, "message", commitThenFail.message());
        } else {
            action.put("type", "drop");
        }
        return body;
    }

    /** {@code ?partnerId=N}, or nothing for every partner. */
    private static String partnerQuery(Long partnerId) {
        return partnerId == null ? "" : "?partnerId=" + partnerId;
    }

    /** The query parameters {@code JournalController} reads; defaults are left out. */
    private static String journalQuery(JournalQuery query) {
        List<String> params = new ArrayList<>();
        if (query.operations() != null) {
            params.add(param("operation", String.join(",", query.operations().stream().sorted().toList())));
        }
        if (query.partnerId() != null) {
            params.add(param("partnerId", query.partnerId().toString()));
        }
        if (query.status() != null) {
            params.add(param("status", statusText(query.status())));
        }
        if (query.since() != null) {
            params.add(param("since", query.since().toString()));
        }
        if (query.until() != null) {
            params.add(param("until", query.until().toString()));
        }
        if (query.traceId() != null) {
            params.add(param("traceId", query.traceId()));
        }
        if (query.limit() != JournalQuery.DEFAULT_LIMIT) {
            params.add(param("limit", Integer.toString(query.limit())));
        }
        if (!query.bodies()) {
            params.add(param("bodies", "false"));
        }
        return params.isEmpty() ? "" : "?" + String.join("&", params);
    }

    /** The status filter as {@code StatusMatch.parse} reads it: 404, 4xx or InvalidArgument. */
    private static String statusText(StatusMatch status) {
        if (status.requestStatus() != null) {
            return status.requestStatus();
        }
        if (status.lowest() == status.highest()) {
            return Integer.toString(status.lowest());
        }
        if (status.lowest() % 100 == 0 && status.highest() == status.lowest() + 99) {
            return status.lowest() / 100 + "xx";
        }
        throw new IllegalArgumentException("the journal's status filter travels as an HTTP code, a class of codes"
                + " or a request status; " + status.lowest() + ".." + status.highest() + " is none of them");
    }

    /** The body {@code SeedReader} reads: {@code events} a number to generate, or the events listed. */
    private static ObjectNode seedBody(SeedRequest request) {
        ObjectNode body = object().put("partnerId", request.partnerId());
        if (request instanceof SeedRequest.Generated generated) {
            Generation g = required("generation", generated.generation());
            body.put("events", g.events());
            body.put("seed", g.seed());
            body.put("sessionsPerEvent", g.sessionsPerEvent());
            body.put("usersPerEvent", g.usersPerEvent());
            body.put("speakersPerSession", g.speakersPerSession());
            putIfSet(body, "startDateFrom", text(g.startDateFrom()));
            putIfSet(body, "startDateTo", text(g.startDateTo()));
        } else if (request instanceof SeedRequest.Listed listed) {
            ArrayNode events = body.putArray("events");
            for (EventSeed seed : required("events", listed.events())) {
                events.add(eventSeed(seed));
            }
        }
        return body;
    }

    /** An events/create body with its labels, users (event-users/invite bodies) and sessions. */
    private static ObjectNode eventSeed(EventSeed seed) {
        NewEvent event = seed.event();
        ObjectNode node = object();
        putIfSet(node, "templateId", event.templateId());
        putIfSet(node, "name", event.name());
        putIfSet(node, "description", event.description());
        putIfSet(node, "startDate", text(event.startDate()));
        putIfSet(node, "endDate", text(event.endDate()));
        putIfSet(node, "timezone", event.timezone());
        if (seed.labels() != null && !seed.labels().isEmpty()) {
            seed.labels().forEach(node.putArray("labels")::add);
        }
        if (seed.users() != null && !seed.users().isEmpty()) {
            ArrayNode users = node.putArray("users");
            seed.users().forEach(user -> users.add(user(user)));
        }
        if (seed.sessions() != null && !seed.sessions().isEmpty()) {
            ArrayNode sessions = node.putArray("sessions");
            seed.sessions().forEach(session -> sessions.add(session(session)));
        }
        return node;
    }

    private static ObjectNode user(NewEventUser user) {
        ObjectNode node = object();
        putIfSet(node, "firstName", user.firstName());
        putIfSet(node, "lastName", user.lastName());
        putIfSet(node, "email", user.email());
        putIfSet(node, "title", user.title());
        putIfSet(node, "company", user.company());
        putIfSet(node, "bio", user.bio());
        if (user.roles() != null) {
            ArrayNode roles = node.putArray("roles");
            user.roles().stream().map(EventRole::name).forEach(roles::add);
        }
        putIfSet(node, "imageUrlEntryId", user.imageUrlEntryId());
        putIfSet(node, "skipEmail", user.skipEmail());
        return node;
    }

    private static ObjectNode session(SessionSeed seed) {
        NewSession session = seed.session();
        ObjectNode node = object();
        putIfSet(node, "name", session.name());
        putIfSet(node, "type", session.type() == null ? null : session.type().name());
        putIfSet(node, "description", session.description());
        putIfSet(node, "visibility", session.visibility() == null ? null : session.visibility().wireName());
        putIfSet(node, "startDate", text(session.startDate()));
        putIfSet(node, "endDate", text(session.endDate()));
        if (session.tags() != null) {
            session.tags().forEach(node.putArray("tags")::add);
        }
        putIfSet(node, "isManualLive", session.isManualLive());
        putIfSet(node, "imageUrlEntryId", session.imageUrlEntryId());
        putIfSet(node, "sourceEntryId", session.sourceEntryId());
        if (seed.speakers() != null && !seed.speakers().isEmpty()) {
            ArrayNode speakers = node.putArray("speakers");
            for (SpeakerInput speaker : seed.speakers()) {
                // A seed names speakers by the email of one of its users, which userId holds.
                ObjectNode s = speakers.addObject();
                putIfSet(s, "email", speaker.userId());
                putIfSet(s, "order", speaker.order());
                putIfSet(s, "isHidden", speaker.isHidden());
                putIfSet(s, "role", speaker.role() == null ? null : speaker.role().name());
            }
        }
        if (seed.moderators() != null && !seed.moderators().isEmpty()) {
            seed.moderators().forEach(node.putArray("moderators")::add);
        }
        return node;
    }

    // ---- JSON helpers

    private static ObjectNode object() {
        return JSON.createObjectNode();
    }

    /** Sets a field when the value is there: an absent field is what the controllers read as "not sent". */
    private static void putIfSet(ObjectNode node, String field, Object value) {
        if (value != null) {
            node.set(field, JSON.valueToTree(value));
        }
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    /** A null argument is refused as the local face refuses it, before anything is sent. */
    private static <T> T required(String field, T value) {
        if (value == null) {
            throw ApiErrors.missingField(field);
        }
        return value;
    }

    /**
     * An id in a path, percent-encoded. An empty id would reach another route (the list, or a
     * removal of everything), so it is refused as the unknown id it is.
     */
    private static String segment(String id, Function<String, RuntimeException> notFound) {
        Objects.requireNonNull(id, "id");
        if (id.isEmpty()) {
            throw notFound.apply(id);
        }
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String param(String name, String value) {
        return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    // ---- HTTP

    /** One answer: the call it answers ({@code GET http://...}, for messages) and its JSON. */
    private record Answer(String call, JsonNode json) {
    }

    private Answer get(String path) {
        return send("GET", path, null);
    }

    private Answer post(String path, ObjectNode body) {
        return send("POST", path, body);
    }

    private Answer delete(String path) {
        return send("DELETE", path, null);
    }

    private Answer send(String method, String path, ObjectNode body) {
        String url = baseUrl + PREFIX + path;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(requestTimeout)
                .header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(bytes(body)));
        }
        if (adminToken != null) {
            request.header(ADMIN_TOKEN_HEADER, adminToken);
        }
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException("The simulator's control plane did not answer " + method + " " + url
                    + ": " + describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + method + " " + url, e);
        }
        String call = method + " " + url;
        int code = response.statusCode();
        JsonNode json = parse(response.body());
        if (code < 200 || code > 299) {
            throw refusal(call, code, json, response.body());
        }
        if (json == null) {
            throw new IllegalStateException(call + " answered " + code + " without a JSON body: "
                    + snippet(response.body()));
        }
        return new Answer(call, json);
    }

    /** The simulator's error envelope as the ApiException the local face throws. */
    private static RuntimeException refusal(String call, int code, JsonNode json, byte[] raw) {
        JsonNode status = json == null ? null : json.get("status");
        JsonNode message = json == null ? null : json.get("message");
        if (status != null && status.isTextual() && message != null && message.isTextual()) {
            return ApiErrors.remote(code, status.textValue(), message.textValue());
        }
        // Not the simulator's envelope: a proxy, or not a simulator at all.
        return ApiErrors.remote(code, null, call + " answered HTTP " + code + ": " + snippet(raw));
    }

    private static JsonNode parse(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private static byte[] bytes(JsonNode body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (JacksonException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }

    private static <T> T read(Answer answer, Class<T> type) {
        return convert(answer, answer.json(), JSON.constructType(type));
    }

    /** The list under {@code field} of an answer such as {@code {"partners": [...]}}. */
    private static <T> List<T> list(Answer answer, String field, Class<T> type) {
        return convert(answer, field(answer, field), JSON.getTypeFactory().constructCollectionType(List.class, type));
    }

    /** A number under {@code field}, such as {@code {"removed": 3}}. */
    private static int number(Answer answer, String field) {
        JsonNode value = field(answer, field);
        if (!value.canConvertToInt()) {
            throw new IllegalStateException(answer.call() + " answered " + field + " " + value + ", not a count");
        }
        return value.intValue();
    }

    private static JsonNode field(Answer answer, String field) {
        JsonNode value = answer.json().get(field);
        if (value == null || value.isNull()) {
            throw new IllegalStateException(answer.call() + " answered without '" + field + "': "
                    + abbreviate(answer.json().toString()));
        }
        return value;
    }

    private static <T> T convert(Answer answer, JsonNode json, JavaType type) {
        try {
            return JSON.treeToValue(json, type);
        } catch (JacksonException | IllegalArgumentException e) {
            throw new IllegalStateException(answer.call() + " answered JSON that is not a " + type.toCanonical()
                    + " (is it a simulator of another version?): "
                    + (e instanceof JacksonException j ? j.getOriginalMessage() : e.getMessage()), e);
        }
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : " (" + message + ")");
    }

    private static String snippet(byte[] body) {
        return body == null || body.length == 0 ? "(empty body)" : abbreviate(new String(body, StandardCharsets.UTF_8));
    }

    private static String abbreviate(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= MAX_BODY_IN_MESSAGE ? oneLine : oneLine.substring(0, MAX_BODY_IN_MESSAGE) + "...";
    }

    private static String checkedBaseUrl(String baseUrl) {
        Objects.requireNonNull(baseUrl, "baseUrl");
        String trimmed = baseUrl.strip();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        URI uri;
        try {
            uri = URI.create(trimmed);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + baseUrl + "' is not a URL such as http://127.0.0.1:8080", e);
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
                || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("'" + baseUrl + "' is not a base URL such as http://127.0.0.1:8080");
        }
        return trimmed;
    }
}
