package dev.eventsim.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.util.Map;
import java.util.function.Function;

/**
 * How the scenarios call the Events API. The target starts in {@code before()}, after the
 * scenarios are built, so its URL and KS are read when each request is sent.
 */
final class Api {
    private final Target target;
    private final Run run;

    Api(Target target, Run run) {
        this.target = target;
        this.run = run;
    }

    Run run() {
        return run;
    }

    /** No warm-up request (Gatling's default goes to its own web site): only the target is called. */
    HttpProtocolBuilder protocol() {
        return http.disableWarmUp()
                .acceptHeader("application/json")
                .contentTypeHeader("application/json")
                .authorizationHeader(session -> "Bearer " + target.ks())
                .userAgentHeader("events-simulator-load-tests");
    }

    /**
     * {@code POST <api>/<operation>} with a JSON body built from the session, named after the
     * operation in the report, and KO unless it answers 200 with {@code "status": "ok"} (the contract's
     * envelope: an answer that is not a success says so in {@code status}).
     */
    HttpRequestActionBuilder post(String operation, Function<Session, Map<String, ?>> body) {
        return http(operation)
                .post(session -> target.apiBaseUrl() + "/" + operation)
                .body(StringBody(session -> HttpJson.write(body.apply(session))))
                .check(status().is(200))
                .check(jsonPath("$.status").is("ok"));
    }
}
