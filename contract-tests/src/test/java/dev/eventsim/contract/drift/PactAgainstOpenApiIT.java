package dev.eventsim.contract.drift;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.pact.PactProviderValidationResults;
import com.atlassian.oai.validator.pact.PactProviderValidator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eventsim.contract.PactFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pact the consumer tests wrote, held against the project's OpenAPI document: every
 * interaction's request and response must be valid there (swagger-request-validator-pact), and
 * every documented {@code /api/v1} operation must be in the pact. The only allowance: fields the
 * published contract makes optional may be missing from the pact's answers
 * ({@link OptionalInThePublishedContract}).
 */
class PactAgainstOpenApiIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Parsing the document takes a while: once for all the tests. */
    private static final OpenApiInteractionValidator DOCUMENT = OpenApiInteractionValidator
            .createForInlineApiSpecification(ProjectDocument.text())
            .withWhitelist(OptionalInThePublishedContract.whitelist())
            .build();

    @Test
    void every_interaction_of_the_pact_is_valid_against_the_document() throws IOException {
        PactProviderValidationResults results = validate(pactFile());

        assertThat(results.getConsumerResults()).as("the pact was read").isNotEmpty();
        assertThat(results.getConsumerResults().get(0).getInteractionResults()).as("interactions checked")
                .hasSizeGreaterThanOrEqualTo(ProjectDocument.apiOperations().size());
        assertThat(results.hasErrors()).as(results.getValidationFailureReport()).isFalse();
    }

    @Test
    void every_documented_operation_is_in_the_pact() throws IOException {
        Set<String> inPact = new TreeSet<>();
        JSON.readTree(pactFile().toFile()).path("interactions")
                .forEach(i -> inPact.add(i.path("request").path("path").asText()));

        Set<String> missing = new TreeSet<>();
        ProjectDocument.apiOperations().forEach(op -> missing.add(ProjectDocument.API_PREFIX + op));
        missing.removeAll(inPact);

        assertThat(missing).as("documented operations no consumer test covers").isEmpty();
    }

    @Test
    void an_answer_without_its_status_is_caught(@TempDir Path dir) throws IOException {
        ObjectNode pact = (ObjectNode) JSON.readTree(pactFile().toFile());
        ((ObjectNode) answerOf(pact, "/api/v1/events/create", 200).path("content")).remove("status");

        PactProviderValidationResults results = validate(write(pact, dir));

        assertThat(results.hasErrors()).as("the control case: an answer without its status is not valid").isTrue();
    }

    @Test
    void a_user_without_a_field_the_published_contract_requires_is_caught(@TempDir Path dir) throws IOException {
        ObjectNode pact = (ObjectNode) JSON.readTree(pactFile().toFile());
        ((ObjectNode) answerOf(pact, "/api/v1/event-users/invite", 200).path("content").path("user")).remove("email");

        PactProviderValidationResults results = validate(write(pact, dir));

        assertThat(results.hasErrors()).as("only fields the published contract makes optional may be left out")
                .isTrue();
    }

    private static PactProviderValidationResults validate(Path pact) throws IOException {
        return PactProviderValidator.createFor(DOCUMENT)
                .withConsumer(PactFile.CONSUMER, pact.toUri().toURL())
                .build()
                .validate();
    }

    /** The response body of the first interaction of this path answered with this status. */
    private static JsonNode answerOf(JsonNode pact, String path, int status) {
        for (JsonNode interaction : pact.path("interactions")) {
            if (interaction.path("request").path("path").asText().equals(path)
                    && interaction.path("response").path("status").asInt() == status) {
                return interaction.path("response").path("body");
            }
        }
        throw new IllegalStateException("the pact has no " + path + " answered with " + status);
    }

    private static Path write(JsonNode pact, Path dir) throws IOException {
        Path file = dir.resolve("changed-pact.json");
        JSON.writeValue(file.toFile(), pact);
        return file;
    }

    private static Path pactFile() {
        return PactFile.path();
    }
}
