package dev.eventsim.simulator.http;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eventsim.simulator.support.ApiResponse;
import dev.eventsim.simulator.support.OpenApiCheck;
import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The harness's OpenAPI check must itself catch a response that breaks the document. */
class OpenApiCheckTest {

    @Test
    void a_list_answer_without_status_is_rejected() {
        ApiResponse response = jsonResponse(200, "{\"events\": [], \"totalCount\": 0}");

        assertThatThrownBy(() -> OpenApiCheck.assertValid("POST", "/api/v1/events/list", response))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("status");
    }

    @Test
    void the_same_answer_with_status_passes() {
        ApiResponse response = jsonResponse(200, "{\"events\": [], \"totalCount\": 0, \"status\": \"ok\"}");

        assertThatCode(() -> OpenApiCheck.assertValid("POST", "/api/v1/events/list", response))
                .as("the control case: only the missing status made the other answer invalid")
                .doesNotThrowAnyException();
    }

    @Test
    void an_error_with_a_status_outside_the_enum_is_rejected() {
        ApiResponse response = jsonResponse(400, "{\"status\": \"BadRequest\", \"message\": \"nope\"}");

        assertThatThrownBy(() -> OpenApiCheck.assertValid("POST", "/api/v1/events/list", response))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void a_session_start_exception_without_object_type_is_rejected() {
        ApiResponse response = jsonResponse(200, "{\"code\": \"START_SESSION_ERROR\", \"message\": \"no\"}");

        assertThatThrownBy(() -> OpenApiCheck.assertValid("POST", "/api_v3/service/session/action/start", response))
                .isInstanceOf(AssertionError.class);
    }

    private static ApiResponse jsonResponse(int status, String body) {
        HttpHeaders headers = HttpHeaders.of(Map.of(
                "Content-Type", List.of("application/json"),
                "x-traceid", List.of("0123456789abcdef0123456789abcdef")), (name, value) -> true);
        return new ApiResponse(status, headers, body, null);
    }
}
