package dev.eventsim.client;

import static dev.eventsim.client.support.ScriptedServer.Answer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventsim.client.auth.KsProvider;
import dev.eventsim.client.events.EventFilter;
import dev.eventsim.client.events.EventQuery;
import dev.eventsim.client.support.ScriptedClientTest;
import dev.eventsim.client.support.ScriptedServer;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventsClientBuilderTest extends ScriptedClientTest {

    @Test
    void each_region_has_its_base_url_and_nvp_is_the_default() {
        KsProvider ks = KsProvider.fixed("ks");

        assertThat(EventsClient.builder().ksProvider(ks).build().baseUrl())
                .isEqualTo(URI.create("https://events-api.nvp1.ovp.kaltura.com/api/v1/"));
        assertThat(EventsClient.builder().region(Region.EU).ksProvider(ks).build().baseUrl())
                .isEqualTo(URI.create("https://events-api.irp2.ovp.kaltura.com/api/v1/"));
        assertThat(EventsClient.builder().region(Region.DE).ksProvider(ks).build().baseUrl())
                .isEqualTo(URI.create("https://events-api.frp2.ovp.kaltura.com/api/v1/"));
    }

    @Test
    void every_call_is_a_json_post_to_the_operation_with_the_ks_and_the_client_tag() {
        server.then(json(200, "{\"events\": [], \"totalCount\": 0, \"status\": \"ok\"}"));
        EventsClient tagged = clientBuilder().baseUrl(server.baseUrl() + "/").clientTag("acme-sync/1.4").build();

        tagged.events().list(EventQuery.of(EventFilter.all().withIdIn(List.of(7L))));

        ScriptedServer.Received request = server.received().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/api/v1/events/list");
        assertThat(request.header("Authorization")).isEqualTo("Bearer a-ks");
        assertThat(request.header("Content-Type")).isEqualTo("application/json");
        assertThat(request.header("User-Agent")).startsWith("acme-sync/1.4 events-client-java/");
        assertThat(request.body()).as("unset parts are left out").isEqualTo("{\"filter\":{\"idIn\":[7]}}");
    }

    @Test
    void the_listener_sees_request_and_answer_but_never_the_ks() {
        server.then(json(200, "{\"events\": [], \"totalCount\": 0, \"status\": \"ok\"}"));

        client.events().list();

        assertThat(calls.requests()).singleElement().satisfies(r -> {
            assertThat(r.uri().toString()).endsWith("/api/v1/events/list");
            assertThat(r.body()).isEqualTo("{}").doesNotContain("a-ks");
        });
        assertThat(calls.responses()).singleElement().satisfies(r -> {
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.traceId()).isEqualTo("trace-200");
        });
    }

    @Test
    void a_ks_provider_is_required_and_base_urls_must_be_http() {
        assertThatThrownBy(() -> EventsClient.builder().build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ksProvider");
        assertThatThrownBy(() -> EventsClient.builder().baseUrl("ftp://example.test"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KsProvider.fixed(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
