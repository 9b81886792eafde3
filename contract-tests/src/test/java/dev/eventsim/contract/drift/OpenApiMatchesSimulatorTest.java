package dev.eventsim.contract.drift;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventsim.simulator.EventsSimulator;
import dev.eventsim.simulator.SimulatorOptions;
import dev.eventsim.simulator.journal.JournalEntry;
import dev.eventsim.simulator.journal.JournalQuery;
import io.swagger.v3.oas.models.PathItem;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The project's OpenAPI document and the operations the simulator serves must name the same
 * {@code /api/v1} operations, so neither can grow or lose one unnoticed: read from the
 * simulator's route table, and asked of the running simulator over HTTP.
 */
class OpenApiMatchesSimulatorTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static EventsSimulator simulator;

    @BeforeAll
    static void start() {
        simulator = EventsSimulator.start(SimulatorOptions.defaults());
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    @Test
    void the_document_and_the_route_table_name_the_same_operations() {
        Set<String> documented = ProjectDocument.apiOperations();
        Set<String> served = new TreeSet<>(simulator.operations());

        assertThat(without(served, documented)).as("served by the simulator but not in %s", ProjectDocument.LOCATION)
                .isEmpty();
        assertThat(without(documented, served)).as("in %s but not served by the simulator", ProjectDocument.LOCATION)
                .isEmpty();
        assertThat(documented).as("the document lists the API at all").hasSizeGreaterThanOrEqualTo(21);
    }

    @Test
    void every_operation_is_documented_as_a_post_and_nothing_else() {
        for (Map.Entry<String, PathItem> path : ProjectDocument.apiPaths().entrySet()) {
            assertThat(path.getValue().readOperationsMap().keySet()).as(path.getKey())
                    .containsExactly(PathItem.HttpMethod.POST);
        }
    }

    @Test
    void every_documented_path_is_a_route_of_the_running_simulator_under_its_own_name() throws Exception {
        for (String operation : ProjectDocument.apiOperations()) {
            int status = postWithoutKs(ProjectDocument.API_PREFIX + operation);

            assertThat(status).as("%s is routed: asked without a KS it answers 401, not the 404 of an unknown path",
                    operation).isEqualTo(401);
            assertThat(newestJournalOperation()).as("the journal names the call %s", operation).isEqualTo(operation);
        }
    }

    @Test
    void a_path_nobody_documents_is_unknown_to_the_simulator_too() throws Exception {
        int status = postWithoutKs(ProjectDocument.API_PREFIX + "events/frobnicate");

        assertThat(status).as("the control case: the probe above can tell a route from none").isEqualTo(404);
        assertThat(newestJournalOperation()).isEqualTo("unknown");
    }

    private static int postWithoutKs(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(simulator.baseUrl() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** The operation the journal names its newest call by, read through the simulator's control plane. */
    private static String newestJournalOperation() {
        List<JournalEntry> entries = simulator.control()
                .journal(new JournalQuery(null, null, null, null, null, null, 1, false)).entries();
        return entries.isEmpty() ? "" : entries.get(0).operation();
    }

    private static Set<String> without(Set<String> all, Set<String> removed) {
        Set<String> rest = new TreeSet<>(all);
        rest.removeAll(removed);
        return rest;
    }
}
