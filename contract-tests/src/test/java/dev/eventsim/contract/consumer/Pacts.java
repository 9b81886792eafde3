package dev.eventsim.contract.consumer;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithoutPath;
import au.com.dius.pact.consumer.dsl.PactDslResponse;
import au.com.dius.pact.core.model.V4Pact;
import dev.eventsim.client.EventsClient;
import dev.eventsim.client.RetryPolicy;
import dev.eventsim.client.auth.KsProvider;
import dev.eventsim.contract.PactFile;

/**
 * What every interaction of the pact shares: {@code POST /api/v1/<operation>} with a JSON body
 * and a KS, answered with JSON; and the reference client pointed at Pact's mock server.
 */
final class Pacts {
    static final String CONSUMER = PactFile.CONSUMER;
    static final String PROVIDER = PactFile.PROVIDER;

    /** Stands for a KS in the pact; the provider verification sends a valid one instead. */
    static final String EXAMPLE_KS = "djJ8MTAwMDAwMXxleGFtcGxlLWFkbWluLWtzLWZvci10aGUtcGFjdA==";
    /** The two forms the service accepts, the scheme word in any case. */
    static final String AUTHORIZATION = "^(?i:bearer|ks) \\S+$";
    static final String JSON = "application/json(;.*)?";
    /** Any non-empty trace id: the client quotes it in errors. */
    static final String TRACE_ID = "^\\S+$";

    private Pacts() {
    }

    /** The request: the operation's path, its JSON body, a KS of the caller's. */
    static PactDslRequestWithPath post(PactDslRequestWithoutPath request, String operation, DslPart body) {
        return request.method("POST")
                .path("/api/v1/" + operation)
                .headers("Content-Type", "application/json")
                .matchHeader("Authorization", AUTHORIZATION, "Bearer " + EXAMPLE_KS)
                .body(body);
    }

    /** A 200 answer with this body. */
    static V4Pact ok(PactDslRequestWithPath request, DslPart answer) {
        return request.willRespondWith()
                .status(200)
                .matchHeader("Content-Type", JSON, "application/json")
                .body(answer)
                .toPact(V4Pact.class);
    }

    /** An error answer: the envelope with this request status, and the trace id the client reports. */
    static PactDslResponse error(PactDslRequestWithPath request, int httpStatus, String status) {
        return request.willRespondWith()
                .status(httpStatus)
                .matchHeader("Content-Type", JSON, "application/json")
                .matchHeader("x-traceid", TRACE_ID, "756a175acf7b738e4de4b7debe53c34b")
                .body(Shapes.error(status));
    }

    /** The reference client against the mock server; it never retries, so each interaction is sent once. */
    static EventsClient client(MockServer mockServer) {
        return client(mockServer, EXAMPLE_KS);
    }

    static EventsClient client(MockServer mockServer, String ks) {
        return EventsClient.builder()
                .baseUrl(mockServer.getUrl() + "/api/v1")
                .ksProvider(KsProvider.fixed(ks))
                .retryPolicy(RetryPolicy.none())
                .build();
    }
}
