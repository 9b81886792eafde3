package dev.eventsim.simulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventsim.simulator.journal.JournalEntry;
import dev.eventsim.simulator.support.Api;
import dev.eventsim.simulator.support.ApiTest;
import dev.eventsim.simulator.support.Events;
import dev.eventsim.simulator.support.Journals;
import dev.eventsim.simulator.support.TeamMembers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * How an operation's answer goes on the wire: small answers are written straight into the
 * response buffer, large ones through Javalin's result; either way whole, with its length, gzipped
 * when the client asks, and in the journal.
 */
class AnswerBytesTest extends ApiTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void a_small_answer_has_its_content_length_and_the_journal_has_it() throws Exception {
        createEvents(3);

        HttpResponse<byte[]> answer = list(Map.of(), false);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValueAsLong("Content-Length")).hasValue(answer.body().length);
        assertThat(Api.JSON.readTree(answer.body()).path("totalCount").asInt()).isEqualTo(3);
        String traceId = answer.headers().firstValue("x-traceid").orElseThrow();
        List<JournalEntry> journal = api.control().journal(Journals.entries().withTraceId(traceId).query()).entries();
        assertThat(journal).hasSize(1);
        assertThat(journal.get(0).responseBody()).isEqualTo(new String(answer.body(), StandardCharsets.UTF_8));
    }

    @Test
    void an_answer_is_gzipped_when_the_client_asks_and_unzips_to_the_same_bytes() throws Exception {
        createEvents(15);
        Map<String, Object> query = Map.of("pager", Map.of("limit", 15));

        HttpResponse<byte[]> plain = list(query, false);
        HttpResponse<byte[]> zipped = list(query, true);

        assertThat(plain.body().length).isGreaterThan(1500);
        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(zipped.body().length).isLessThan(plain.body().length);
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
            assertThat(in.readAllBytes()).isEqualTo(plain.body());
        }
    }

    @Test
    void a_large_answer_arrives_whole() throws Exception {
        for (int i = 0; i < 200; i++) {
            assertThat(api.post("team-members/create", TeamMembers.number(i).body()).statusCode()).isEqualTo(200);
        }

        HttpResponse<byte[]> answer = send("team-members/list", Map.of("pager", Map.of("limit", 500)), false);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body().length).isGreaterThan(32 * 1024);
        assertThat(Api.JSON.readTree(answer.body()).path("teamMembers").size()).isEqualTo(200);
    }

    private void createEvents(int count) {
        for (int i = 0; i < count; i++) {
            assertThat(api.post("events/create", Events.anEvent().body()).statusCode()).isEqualTo(200);
        }
    }

    private HttpResponse<byte[]> list(Map<String, Object> query, boolean gzip) throws IOException,
            InterruptedException {
        return send("events/list", query, gzip);
    }

    private HttpResponse<byte[]> send(String operation, Map<String, Object> body, boolean gzip)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = api.request("/api/v1/" + operation)
                .header("Authorization", "Bearer " + simulator.adminKs())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(body)));
        if (gzip) {
            request.header("Accept-Encoding", "gzip");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
