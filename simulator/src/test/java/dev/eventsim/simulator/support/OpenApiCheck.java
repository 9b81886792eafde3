package dev.eventsim.simulator.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;

/**
 * Validates every response a test receives against the project's own OpenAPI document, so the
 * document and the simulator cannot drift apart unnoticed.
 */
public final class OpenApiCheck {
    private static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
            .createForSpecificationUrl("openapi/events-simulator.yaml")
            .build();

    private OpenApiCheck() {
    }

    public static void assertValid(String method, String path, ApiResponse response) {
        SimpleResponse.Builder builder = SimpleResponse.Builder.status(response.statusCode())
                .withBody(response.rawBody());
        response.headers().map().forEach((name, values) -> builder.withHeader(name, values));
        ValidationReport report = VALIDATOR.validateResponse(path, Request.Method.valueOf(method), builder.build());
        assertThat(report.getMessages())
                .as("response of %s %s (HTTP %s) against the project's OpenAPI document: %s",
                        method, path, response.statusCode(), response.rawBody())
                .isEmpty();
    }
}
