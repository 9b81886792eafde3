package dev.eventsim.simulator.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventsim.simulator.EventsSimulator;
import dev.eventsim.simulator.SimulatorOptions;
import dev.eventsim.simulator.support.Api;
import dev.eventsim.simulator.support.ApiResponse;
import dev.eventsim.simulator.support.ApiTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The dashboard's files over HTTP: content types, caching, the error envelope, and nothing else served. */
class DashboardFilesTest extends ApiTest {
    /** What the page and its modules load: src/href in the HTML, static imports in the modules. */
    private static final Pattern REFERENCE = Pattern.compile(
            "(?:src|href)=\"(/__sim/ui/[^\"]+)\"|from '\\./([^']+)'");

    private ApiResponse get(String path) {
        return api.send(api.request(path).GET().build());
    }

    @Test
    void the_page_is_html_that_browsers_revalidate_and_that_loads_nothing_from_elsewhere() {
        ApiResponse page = get("/__sim/ui");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.header("Content-Type")).isEqualToIgnoringWhitespace("text/html;charset=utf-8");
        assertThat(page.header("Cache-Control")).isEqualTo("no-cache");
        assertThat(page.header("ETag")).matches("\"[0-9a-f]{24}\"");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.header("Content-Security-Policy")).as("the browser itself refuses anything not from the simulator")
                .startsWith("default-src 'self';");
        assertThat(page.rawBody()).contains("<script type=\"module\" src=\"/__sim/ui/dashboard.js\"></script>");
        assertThat(get("/__sim/ui/").rawBody()).as("with a trailing slash too").isEqualTo(page.rawBody());
    }

    @Test
    void every_file_the_page_loads_is_served_with_its_content_type_and_nothing_comes_from_the_network() {
        Map<String, ApiResponse> served = new LinkedHashMap<>();
        Deque<String> toLoad = new ArrayDeque<>(List.of("/__sim/ui"));
        while (!toLoad.isEmpty()) {
            String path = toLoad.pop();
            if (served.containsKey(path)) {
                continue;
            }
            ApiResponse file = get(path);
            assertThat(file.statusCode()).as("GET %s", path).isEqualTo(200);
            served.put(path, file);
            Matcher reference = REFERENCE.matcher(file.rawBody());
            while (reference.find()) {
                toLoad.add(reference.group(1) != null ? reference.group(1) : "/__sim/ui/" + reference.group(2));
            }
        }

        assertThat(served).containsKeys("/__sim/ui/dashboard.css", "/__sim/ui/dashboard.js", "/__sim/ui/api.js",
                "/__sim/ui/dom.js", "/__sim/ui/panels.js", "/__sim/ui/fault-form.js", "/__sim/ui/favicon.svg");
        served.forEach((path, file) -> {
            String type = file.header("Content-Type").replace(" ", "");
            if (path.endsWith(".js")) {
                assertThat(type).as(path).isEqualTo("text/javascript;charset=utf-8");
            } else if (path.endsWith(".css")) {
                assertThat(type).as(path).isEqualTo("text/css;charset=utf-8");
            } else if (path.endsWith(".svg")) {
                assertThat(type).as(path).isEqualTo("image/svg+xml");
                return; // its xmlns is a name, not a download
            }
            assertThat(file.rawBody()).as("%s works offline: no URL of another host", path)
                    .doesNotContainPattern("https?://").doesNotContain("//cdn");
        });
    }

    @Test
    void the_fault_form_offers_every_operation_a_fault_rule_can_name() {
        String form = api.send(api.request("/__sim/ui/fault-form.js").GET().build()).rawBody();
        java.util.Set<String> offered = new java.util.TreeSet<>();
        java.util.regex.Matcher quoted = java.util.regex.Pattern.compile("'([a-zA-Z-]+[/.][a-zA-Z]+|multirequest)'")
                .matcher(form.substring(form.indexOf("OPERATIONS"), form.indexOf("];")));
        while (quoted.find()) {
            offered.add(quoted.group(1));
        }
        java.util.Set<String> nameable = new java.util.TreeSet<>(simulator.operations());
        nameable.addAll(simulator.coreOperations());

        assertThat(offered).as("the form's suggestions and the names POST /__sim/faults takes").isEqualTo(nameable);
    }

    @Test
    void a_file_that_did_not_change_answers_304_to_its_etag() {
        String etag = get("/__sim/ui/dashboard.js").header("ETag");

        ApiResponse again = api.send(api.request("/__sim/ui/dashboard.js").header("If-None-Match", etag).GET().build());
        ApiResponse listed = api.send(api.request("/__sim/ui/dashboard.js")
                .header("If-None-Match", "\"old\", W/" + etag).GET().build());
        ApiResponse stale = api.send(api.request("/__sim/ui/dashboard.js").header("If-None-Match", "\"old\"").GET().build());

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.rawBody()).isEmpty();
        assertThat(listed.statusCode()).as("one of several tags, compared weakly").isEqualTo(304);
        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(get("/__sim/ui/api.js").header("ETag")).as("each file has its own tag").isNotEqualTo(etag);
    }

    @Test
    void an_unknown_file_is_a_404_in_the_error_envelope() {
        ApiResponse missing = get("/__sim/ui/nope.js");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.status()).isEqualTo("ResourceDoesNotExist");
        assertThat(missing.message()).isEqualTo("The dashboard has no file /__sim/ui/nope.js");
    }

    @Test
    void no_request_path_reaches_a_file_outside_the_dashboard_folder() throws Exception {
        // Sent raw: these paths are not in the OpenAPI document, on purpose.
        HttpClient http = HttpClient.newHttpClient();
        List<String> attempts = List.of(
                "/__sim/ui/../openapi/events-simulator.yaml",
                "/__sim/ui/..%2Fopenapi%2Fevents-simulator.yaml",
                "/__sim/ui/%2e%2e/openapi/events-simulator.yaml",
                "/__sim/ui/%2e%2e%2fopenapi%2fevents-simulator.yaml",
                "/__sim/ui/..%5Copenapi%5Cevents-simulator.yaml",
                "/__sim/ui/%252e%252e%252fopenapi%252fevents-simulator.yaml",
                "/__sim/ui/dashboard.js/../../../openapi/events-simulator.yaml",
                "/__sim/ui//openapi/events-simulator.yaml",
                "/__sim/ui/openapi/events-simulator.yaml",
                "/__sim/ui/..%2F..%2Fdev%2Feventsim%2Fsimulator%2FMain.class",
                "/__sim/ui/logback.xml",
                "/__sim/ui/%2Fetc%2Fpasswd",
                "/__sim/ui/file:%2F%2F%2Fetc%2Fpasswd");
        for (String path : attempts) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(simulator.baseUrl() + path)).GET()
                    .build(), HttpResponse.BodyHandlers.ofString());

            assertThat(answer.statusCode()).as("GET %s", path).isBetween(400, 404);
            assertThat(answer.headers().firstValue("Content-Type")).as("GET %s answers the error envelope", path)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
            assertThat(Api.JSON.readTree(answer.body()).fieldNames()).as("GET %s: only the envelope", path).toIterable()
                    .containsExactly("status", "message");
            assertThat(answer.body()).as("GET %s", path).doesNotContain("openapi: 3", "root:x:");
        }
    }

    @Test
    void only_get_is_allowed_on_the_page() throws Exception {
        // Sent raw: the document lists GET only.
        HttpResponse<String> post = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(simulator.baseUrl() + "/__sim/ui/dashboard.js")).POST(HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).hasValue("GET");
    }

    @Test
    void loading_the_page_is_not_an_api_call_so_the_journal_stays_empty() {
        get("/__sim/ui");
        get("/__sim/ui/dashboard.js");
        get("/__sim/overview");

        assertThat(get("/__sim/journal/counts").json().path("total").asInt()).isZero();
    }

    @Test
    void with_an_admin_token_the_files_load_without_it_but_the_data_needs_it() {
        try (EventsSimulator guarded = EventsSimulator.start(SimulatorOptions.defaults().withAdminToken("s3cret"))) {
            Api plain = new Api(guarded.baseUrl(), guarded.adminKs());

            assertThat(plain.send(plain.request("/__sim/ui").GET().build()).statusCode())
                    .as("a browser cannot add the token to a page load; the page holds no data").isEqualTo(200);
            assertThat(plain.send(plain.request("/__sim/ui/api.js").GET().build()).statusCode()).isEqualTo(200);
            assertThat(plain.rawControl("GET", "/__sim/overview", null).statusCode()).isEqualTo(401);
            assertThat(plain.send(plain.request("/__sim/overview").header("X-Sim-Admin-Token", "s3cret").GET().build())
                    .statusCode()).isEqualTo(200);
        }
    }
}
