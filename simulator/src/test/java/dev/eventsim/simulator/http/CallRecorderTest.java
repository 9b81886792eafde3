package dev.eventsim.simulator.http;

import dev.eventsim.simulator.api.Json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eventsim.simulator.journal.CallLog;
import dev.eventsim.simulator.journal.Journal;
import dev.eventsim.simulator.journal.JournalEntry;
import dev.eventsim.simulator.journal.JournalQuery;
import dev.eventsim.simulator.journal.RequestMetrics;
import dev.eventsim.simulator.support.StandardError;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The recorder's contract with the rest of the HTTP layer, on a bare server: whatever a handler
 * marks with {@link Journal#FAULT_ATTRIBUTE} is journaled, and an exception only the error
 * renderer answers is journaled with the code and status the client got.
 */
class CallRecorderTest {

    @Test
    void a_marked_fault_and_an_unexpected_exception_are_journaled_as_the_client_saw_them() throws Exception {
        Journal journal = new Journal(10, Journal.DEFAULT_BODY_LIMIT);
        Clock clock = Clock.fixed(Instant.parse("2031-06-01T08:00:00Z"), ZoneOffset.UTC);
        HttpResponse<String> answer;
        String logged;
        try (RequestMetrics metrics = new RequestMetrics()) {
            Javalin app = Javalin.create(config -> config.showJavalinBanner = false);
            new CallRecorder(journal, metrics, new CallLog(CallLog.Mode.off, System.out), clock, Map.of("/api/v1/events/create", "events/create")).install(app);
            app.post("/api/v1/events/create", ctx -> {
                ctx.attribute(Journal.FAULT_ATTRIBUTE, "commit-then-fail");
                throw new IllegalStateException("a failure nobody caught");
            });
            AllowedMethods routes = new AllowedMethods();
            routes.add("POST", "/api/v1/events/create");
            new ErrorRenderer(Json.mapper(), routes).install(app);
            app.start("127.0.0.1", 0);
            try {
                HttpRequest create = HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + app.port() + "/api/v1/events/create"))
                        .POST(HttpRequest.BodyPublishers.ofString("{}")).build();
                StandardError.Captured<HttpResponse<String>> call = StandardError.capture(
                        () -> HttpClient.newHttpClient().send(create, HttpResponse.BodyHandlers.ofString()));
                answer = call.result();
                logged = call.logged();
            } finally {
                app.stop();
            }
        }

        List<JournalEntry> entries = journal.find(JournalQuery.newest()).entries();
        assertThat(entries).hasSize(1);
        JournalEntry entry = entries.get(0);
        assertThat(answer.statusCode()).isEqualTo(500);
        assertThat(entry.httpStatus()).isEqualTo(500);
        assertThat(entry.status()).isEqualTo("OperationNotAllowed");
        assertThat(entry.fault()).isEqualTo("commit-then-fail");
        assertThat(entry.responseBody()).as("the body the client got").isEqualTo(answer.body());
        assertThat(entry.traceId()).isEqualTo(answer.headers().firstValue(TraceIds.HEADER).orElseThrow());
        assertThat(entry.time()).isEqualTo("2031-06-01T08:00:00.000Z");
        assertThat(entry.requestBody()).as("no handler stored the body: read from Javalin").isEqualTo("{}");
        assertThat(logged).as("an unexpected exception is logged with its stack trace")
                .contains("ERROR", "Unexpected error in POST /api/v1/events/create",
                        "java.lang.IllegalStateException: a failure nobody caught", "at ");
    }

    @Test
    void the_status_of_an_answer_is_its_top_level_status_however_it_ends() {
        assertThat(status("{\"events\":[{\"name\":\"a\"}],\"totalCount\":1,\"status\":\"ok\"}")).isEqualTo("ok");
        assertThat(status("{\"status\":\"ok\"}")).isEqualTo("ok");
        assertThat(status("{\"status\":\"InvalidArgument\",\"message\":\"no\"}")).isEqualTo("InvalidArgument");
        assertThat(status("{\"user\":{\"status\":\"ok\"}}")).as("a nested status").isNull();
        assertThat(status("{\"note\":\"\\\"status\\\":\\\"ok\"}")).as("a status inside a string").isNull();
        assertThat(status("[\"status\":\"ok\"}")).as("not an object").isNull();
    }

    private static String status(String body) {
        return CallRecorder.statusOf(body.getBytes(java.nio.charset.StandardCharsets.UTF_8), "application/json");
    }
}
