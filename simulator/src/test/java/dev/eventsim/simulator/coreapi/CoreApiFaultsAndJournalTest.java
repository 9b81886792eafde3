package dev.eventsim.simulator.coreapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventsim.simulator.SimulatorOptions;
import dev.eventsim.simulator.admin.RuleView;
import dev.eventsim.simulator.faults.FaultAction;
import dev.eventsim.simulator.faults.NewFaultRule;
import dev.eventsim.simulator.journal.JournalEntry;
import dev.eventsim.simulator.support.Api;
import dev.eventsim.simulator.support.ApiResponse;
import dev.eventsim.simulator.support.ApiTest;
import dev.eventsim.simulator.support.Journals;
import dev.eventsim.simulator.support.OpenApiCheck;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Fault rules of the control plane aimed at core API actions, and the journal's record of core API calls. */
class CoreApiFaultsAndJournalTest extends ApiTest {
    private static final long PARTNER = SimulatorOptions.DEFAULT_PARTNER_ID;
    private static final String SECRET = SimulatorOptions.DEFAULT_ADMIN_SECRET;

    // ---- fault rules

    @Test
    void a_rule_naming_a_core_action_answers_it_with_the_rules_http_code_in_the_core_api_envelope() {
        RuleView rule = addRule(NewFaultRule.of(FaultAction.respond(503, "core is down"))
                .withOperations("session.start"));

        ApiResponse started = startPastTheDocument(startForm("format", "1"));

        assertThat(started.statusCode()).isEqualTo(503);
        assertThat(started.header("Content-Type")).startsWith("application/json");
        List<String> fields = new ArrayList<>();
        started.json().fieldNames().forEachRemaining(fields::add);
        assertThat(fields).as(started.rawBody()).containsExactly("code", "message", "objectType", "args");
        assertThat(started.json().path("objectType").asText()).isEqualTo("KalturaAPIException");
        assertThat(started.json().path("code").asText()).isEqualTo(rule.action().status());
        assertThat(started.json().path("message").asText()).isEqualTo("core is down");
        assertThat(started.json().path("args").isArray() && started.json().path("args").isEmpty()).isTrue();
        assertThat(coreCall("session", "get", form("ks", simulator.adminKs())).statusCode())
                .as("session.get is not named").isEqualTo(200);
        assertThat(api.post("events/list", Map.of()).statusCode()).isEqualTo(200);
    }

    @Test
    void the_project_document_allows_a_fault_rules_answer_to_session_start() {
        // The document lists session.start (and category.list, category.delete) with a 200 answer only,
        // while the generic /api_v3/service/{service}/action/{action} has a default answer for fault rules.
        addRule(NewFaultRule.of(FaultAction.respond(503, null)).withOperations("session.start"));

        ApiResponse started = startPastTheDocument(startForm("format", "1"));

        assertThat(started.statusCode()).isEqualTo(503);
        OpenApiCheck.assertValid("POST", "/api_v3/service/session/action/start", started);
    }

    @Test
    void a_rules_answer_to_a_core_action_is_xml_when_no_format_is_asked() {
        addRule(NewFaultRule.of(FaultAction.respond(500, "boom")).withOperations("baseEntry.list"));

        ApiResponse listed = api.postForm("/api_v3/service/baseEntry/action/list", form("ks", simulator.adminKs()));

        assertThat(listed.statusCode()).isEqualTo(500);
        assertThat(listed.header("Content-Type")).contains("xml");
        assertThat(listed.rawBody()).startsWith("<?xml").contains("<error>", "<message>boom</message>",
                "<objectType>KalturaAPIException</objectType>");
    }

    @Test
    void a_rule_matches_a_core_action_whatever_case_the_call_uses() {
        addRule(NewFaultRule.of(FaultAction.respond(502, null)).withOperations("baseEntry.list"));

        ApiResponse listed = api.postForm("/api_v3/service/BASEENTRY/action/LIST", form("ks", simulator.adminKs(),
                "format", "1"));

        assertThat(listed.statusCode()).isEqualTo(502);
    }

    @Test
    void a_times_rule_on_a_core_action_fires_that_often_then_lets_calls_through() {
        addRule(NewFaultRule.of(FaultAction.respond(503, null)).withOperations("session.start").withTimes(1));

        int first = startPastTheDocument(startForm("format", "1")).statusCode();
        ApiResponse second = startPastTheDocument(startForm("format", "1"));

        assertThat(first).isEqualTo(503);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.json().isTextual()).as(second.rawBody()).isTrue();
        assertThat(api.control().fault("f1").fired()).isEqualTo(1);
    }

    @Test
    void a_rule_without_operations_leaves_core_api_calls_alone() {
        addRule(NewFaultRule.of(FaultAction.respond(500, null)));

        ApiResponse started = api.postForm("/api_v3/service/session/action/start", startForm("format", "1"));
        ApiResponse listed = coreCall("category", "list", form("ks", simulator.adminKs()));
        ApiResponse multi = api.postForm("/api_v3/service/multirequest", form("ks", simulator.adminKs(), "format", "1",
                "1:service", "session", "1:action", "get"));

        assertThat(started.statusCode()).isEqualTo(200);
        assertThat(started.json().isTextual()).as(started.rawBody()).isTrue();
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.json().path("objectType").asText()).isEqualTo("KalturaCategoryListResponse");
        assertThat(multi.json().path(0).path("objectType").asText()).as(multi.rawBody()).isEqualTo("KalturaSessionInfo");
        assertThat(api.post("events/list", Map.of()).statusCode()).as("but every /api/v1 operation").isEqualTo(500);
        assertThat(api.control().fault("f1").fired())
                .as("only the /api/v1 call").isEqualTo(1);
    }

    @Test
    void a_rule_naming_a_core_action_answers_that_request_inside_a_multirequest_in_its_place() {
        addRule(NewFaultRule.of(FaultAction.respond(503, "no sessions today")).withOperations("session.get"));

        ApiResponse multi = api.postForm("/api_v3/service/multirequest", form("ks", simulator.adminKs(), "format", "1",
                "1:service", "session", "1:action", "get",
                "2:service", "baseEntry", "2:action", "list"));

        assertThat(multi.statusCode()).as("the multirequest itself answers").isEqualTo(200);
        assertThat(multi.json().path(0).path("objectType").asText()).as(multi.rawBody()).isEqualTo("KalturaAPIException");
        assertThat(multi.json().path(0).path("message").asText()).isEqualTo("no sessions today");
        assertThat(multi.json().path(1).path("objectType").asText()).isEqualTo("KalturaBaseEntryListResponse");
    }

    @Test
    void a_rule_naming_multirequest_answers_the_whole_multirequest_with_its_http_code() {
        // The control plane accepts "multirequest" as an operation name, so a rule naming it must fire.
        addRule(NewFaultRule.of(FaultAction.respond(503, "batch refused")).withOperations("multirequest"));

        ApiResponse multi = api.postForm("/api_v3/service/multirequest", form("ks", simulator.adminKs(), "format", "1",
                "1:service", "session", "1:action", "get"));

        assertThat(multi.statusCode()).as(multi.rawBody()).isEqualTo(503);
        assertThat(multi.json().path("message").asText()).isEqualTo("batch refused");
    }

    @Test
    void a_rule_for_one_partner_leaves_the_other_partners_core_api_calls_alone() {
        api.control().registerPartner(3003, "secret-3003");
        String theirs = simulator.adminKs(3003, "them", java.time.Duration.ofHours(1));
        addRule(NewFaultRule.of(FaultAction.respond(503, null)).withOperations("appToken.list").withPartnerId(3003));

        assertThat(coreCall("appToken", "list", form("ks", theirs)).statusCode()).isEqualTo(503);
        assertThat(coreCall("appToken", "list", form("ks", simulator.adminKs())).statusCode()).isEqualTo(200);
    }

    // ---- the journal

    @Test
    void the_journal_lists_core_api_calls_under_their_service_and_action_with_the_partner() {
        api.postForm("/api_v3/service/session/action/start", startForm("format", "1"));
        String ks = simulator.adminKs();
        coreCall("appToken", "add", form("ks", ks, "appToken:objectType", "KalturaAppToken"));
        coreCall("apptoken", "list", form("ks", ks));
        api.postForm("/api_v3/service/BASEENTRY/action/LIST", form("ks", ks, "format", "1"));
        coreCall("session", "startWidgetSession", form("widgetId", "_" + PARTNER));

        List<JournalEntry> entries = journal(Journals.entries());

        assertThat(operations(entries)).as("newest first, named as the route table names them")
                .containsExactly("session.startWidgetSession", "baseEntry.list", "appToken.list", "appToken.add",
                        "session.start");
        for (int i = 1; i <= 3; i++) {
            assertThat(entries.get(i).partnerId()).as("the KS's partner, %s", entries.get(i)).isEqualTo(PARTNER);
            assertThat(entries.get(i).httpStatus()).isEqualTo(200);
        }
        assertThat(entries.get(3).path()).isEqualTo("/api_v3/service/appToken/action/add");
        assertThat(entries.get(2).path()).as("the path as sent").isEqualTo("/api_v3/service/apptoken/action/list");
        assertThat(operations(journal(Journals.entries().ofOperation("appToken.add")))).containsExactly("appToken.add");
        // The route's answer, core API entries and all, against the project's document (Api checks every answer).
        assertThat(api.rawControl("GET", "/__sim/journal", null).statusCode()).isEqualTo(200);
    }

    @Test
    void the_journal_keeps_the_code_of_a_core_api_error_as_its_status() {
        api.postForm("/api_v3/service/session/action/start", startForm("format", "1", "secret", "wrong"));
        api.postForm("/api_v3/service/session/action/start", startForm("secret", "wrong"));

        List<JournalEntry> entries = journal(Journals.entries());

        assertThat(entries.get(0).status()).as("an XML answer").isEqualTo("START_SESSION_ERROR");
        assertThat(entries.get(1).status()).as("a JSON answer").isEqualTo("START_SESSION_ERROR");
        assertThat(entries.get(1).httpStatus()).isEqualTo(200);
        assertThat(operations(journal(Journals.entries().withStatus("START_SESSION_ERROR")))).hasSize(2);
    }

    @Test
    void an_unknown_service_or_action_is_journaled_as_unknown_never_as_the_name_sent() throws Exception {
        api.postForm("/api_v3/service/nope/action/list", form("ks", simulator.adminKs(), "format", "1"));
        api.postForm("/api_v3/service/session/action/explode", form("format", "1"));
        unchecked(api.request("/api_v3/index.php?service=sneaky&action=thing&format=1")
                .POST(HttpRequest.BodyPublishers.noBody()).build());

        List<JournalEntry> entries = journal(Journals.entries());

        assertThat(operations(entries)).containsExactly("unknown", "unknown", "unknown");
        assertThat(entries.get(2).status()).isEqualTo("SERVICE_DOES_NOT_EXISTS");
        assertThat(entries.get(1).status()).isEqualTo("ACTION_DOES_NOT_EXISTS");
        assertThat(entries.get(0).path()).isEqualTo("/api_v3/index.php");
        assertThat(journal(Journals.entries().ofOperation("nope.list"))).isEmpty();
    }

    @Test
    void the_journal_names_the_fault_rule_that_answered_a_core_api_call() {
        addRule(NewFaultRule.of(FaultAction.respond(503, null)).withOperations("session.start"));

        startPastTheDocument(startForm("format", "1"));

        JournalEntry entry = journal(Journals.entries().limit(1)).get(0);
        assertThat(entry.operation()).isEqualTo("session.start");
        assertThat(entry.httpStatus()).isEqualTo(503);
        assertThat(entry.fault()).isEqualTo("f1 respond");
    }

    // ---- helpers

    private RuleView addRule(NewFaultRule rule) {
        return api.control().addFault(rule);
    }

    private List<JournalEntry> journal(Journals query) {
        return api.control().journal(query.query()).entries();
    }

    private static List<String> operations(List<JournalEntry> entries) {
        return entries.stream().map(JournalEntry::operation).toList();
    }

    private ApiResponse coreCall(String service, String action, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("format", "1");
        return api.postForm("/api_v3/service/" + service + "/action/" + action, form);
    }

    private static Map<String, String> startForm(String... more) {
        Map<String, String> fields = form("partnerId", String.valueOf(PARTNER), "secret", SECRET, "userId", "ada",
                "type", "2");
        fields.putAll(form(more));
        return fields;
    }

    /**
     * session.start past the test client's OpenAPI check: the document gives that path no answer
     * but 200, so a fault rule's 503 would fail the check (see the test of the document above).
     */
    private ApiResponse startPastTheDocument(Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> java.net.URLEncoder.encode(e.getKey(), java.nio.charset.StandardCharsets.UTF_8) + "="
                        + java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
                .collect(java.util.stream.Collectors.joining("&"));
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    api.request("/api_v3/service/session/action/start")
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            String type = response.headers().firstValue("Content-Type").orElse("");
            return new ApiResponse(response.statusCode(), response.headers(), response.body(),
                    type.startsWith("application/json") ? Api.JSON.readTree(response.body()) : null);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** For /api_v3/index.php, which the OpenAPI document does not list. */
    private static void unchecked(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(Api.JSON.readTree(response.body()).path("objectType").asText()).as(response.body())
                .isEqualTo("KalturaAPIException");
    }

    private static Map<String, String> form(String... pairs) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            fields.put(pairs[i], pairs[i + 1]);
        }
        return fields;
    }
}
