package dev.eventsim.simulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.eventsim.simulator.support.Api;
import dev.eventsim.simulator.support.ApiResponse;
import dev.eventsim.simulator.support.ApiTest;
import dev.eventsim.simulator.support.Events;
import java.net.http.HttpRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What an /api/v1 body must be: JSON, sent as application/json, one object, no duplicate keys. */
class RequestBodyTest extends ApiTest {

    @Test
    void a_text_plain_body_is_400_naming_the_content_type() {
        ApiResponse response = send("text/plain", "{}");

        assertInvalid(response, "Content-Type");
        assertThat(response.message()).contains("text/plain");
    }

    @Test
    void a_body_without_content_type_is_400() {
        ApiResponse response = send(null, "{}");

        assertInvalid(response, "Content-Type");
    }

    @Test
    void a_json_content_type_with_a_charset_is_accepted() {
        ApiResponse response = send("application/json; charset=utf-8", "{}");

        assertThat(response.statusCode()).as(response.rawBody()).isEqualTo(200);
        assertThat(response.status()).isEqualTo("ok");
    }

    @Test
    void json_media_types_are_recognised_whatever_their_case_spaces_and_parameters() {
        for (String type : new String[] {"Application/JSON", " application/json ; charset=utf-8",
            "application/vnd.kaltura+json", "application/problem+JSON;v=1"}) {
            ApiResponse response = send(type, "{}");

            assertThat(response.statusCode()).as(type + ": " + response.rawBody()).isEqualTo(200);
        }
    }

    @Test
    void types_that_only_look_like_json_are_400() {
        for (String type : new String[] {"application/jsonx", "application/json-seq", "+json", "text/json5",
            "application/x-www-form-urlencoded; note=application/json"}) {
            assertInvalid(send(type, "{}"), "Content-Type");
        }
    }

    @Test
    void a_wrong_content_type_changes_nothing() {
        ApiResponse response = send("text/plain", write(Events.anEvent().body()), "/api/v1/events/create");

        assertInvalid(response, "Content-Type");
        assertThat(api.post("events/list", Map.of()).json().path("totalCount").asInt())
                .as("the refused create stored no event").isZero();
    }

    @Test
    void malformed_json_is_400() {
        assertInvalid(api.post("events/list", "{\"orderBy\": "), "JSON");
        assertInvalid(api.post("events/list", "{orderBy: '+name'}"), "JSON");
    }

    @Test
    void a_json_array_body_is_400() {
        assertInvalid(api.post("events/list", "[]"), "object");
        assertInvalid(api.post("events/list", "\"{}\""), "object");
    }

    @Test
    void trailing_garbage_after_the_object_is_400() {
        assertInvalid(api.post("events/list", "{} x"), "JSON");
        assertInvalid(api.post("events/list", "{}{}"), "JSON");
    }

    @Test
    void duplicate_keys_are_400() {
        ApiResponse response = api.post("events/list", "{\"orderBy\": \"+name\", \"orderBy\": \"-name\"}");

        assertInvalid(response, "orderBy");
    }

    @Test
    void an_empty_body_on_events_list_works_like_an_empty_object() {
        api.post("events/create", Events.anEvent().body());

        ApiResponse empty = api.post("events/list", "");
        ApiResponse object = api.post("events/list", "{}");

        assertThat(empty.statusCode()).as(empty.rawBody()).isEqualTo(200);
        assertThat(empty.json()).isEqualTo(object.json());
        assertThat(empty.json().path("totalCount").asInt()).isEqualTo(1);
    }

    @Test
    void a_body_of_whitespace_works_like_an_empty_object_but_control_characters_do_not() {
        assertThat(api.post("events/list", " \t\r\n ").statusCode()).isEqualTo(200);

        assertInvalid(api.post("events/list", "\u001c\u001f"), "JSON");
    }

    private ApiResponse send(String contentType, String body) {
        return send(contentType, body, "/api/v1/events/list");
    }

    private ApiResponse send(String contentType, String body, String path) {
        HttpRequest.Builder request = api.request(path)
                .header("Authorization", "Bearer " + simulator.adminKs())
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return api.send(request.build());
    }

    private static String write(Object body) {
        try {
            return Api.JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static void assertInvalid(ApiResponse response, String mention) {
        assertThat(response.statusCode()).as(response.rawBody()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        assertThat(response.status()).isEqualTo("InvalidArgument");
        assertThat(response.message()).contains(mention);
    }
}
