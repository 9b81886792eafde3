package dev.eventsim.simulator.http;

import static dev.eventsim.simulator.support.Events.anEvent;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventsim.simulator.EventsSimulator;
import dev.eventsim.simulator.SimulatorOptions;
import dev.eventsim.simulator.support.Api;
import dev.eventsim.simulator.support.ApiTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 17: the control plane answers only its own origin, and the whole server only the names it
 * is reached by. Requests are written on a socket, as a browser would send them: {@code Host} is a
 * header the JDK's HTTP client will not let a test set.
 */
class OriginGuardTest extends ApiTest {
    private static final String PARTNER_2001 = "{\"partnerId\": 2001, \"adminSecret\": \"evil-secret\"}";

    // A page on another site: "simple" requests, which a browser sends cross-site without asking first

    @Test
    void a_cross_site_text_plain_post_cannot_register_a_partner() {
        Raw answer = send("POST", "/__sim/partners", PARTNER_2001,
                "Origin: http://evil.example", "Content-Type: text/plain;charset=UTF-8");

        assertRefused(answer, 403, "Forbidden", "http://evil.example");
        assertThat(simulator.partners().find(2001)).as("nothing registered").isEmpty();
    }

    @Test
    void a_cross_site_partner_never_reaches_the_state_file(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("state.json");
        try (EventsSimulator own = EventsSimulator.start(SimulatorOptions.defaults().withStateFile(file))) {
            Raw answer = send(own.port(), "POST", "/__sim/partners", PARTNER_2001,
                    "Origin: http://evil.example", "Content-Type: text/plain");
            assertThat(answer.status()).isEqualTo(403);
        }
        assertThat(Files.readString(file)).doesNotContain("evil-secret");
    }

    @Test
    void a_cross_site_reset_is_refused() {
        api.control().registerPartner(2002, "kept");

        Raw answer = send("POST", "/__sim/reset", "", "Origin: http://evil.example", "Content-Type: text/plain");

        assertRefused(answer, 403, "Forbidden", "http://evil.example");
        assertThat(simulator.partners().find(2002)).as("not reset").isPresent();
    }

    @Test
    void a_cross_site_clock_advance_is_refused() {
        api.control().freezeClock();
        Instant before = simulator.clock().instant();

        Raw answer = send("POST", "/__sim/clock/advance", "{\"duration\": \"1d\"}",
                "Origin: http://evil.example", "Content-Type: text/plain");

        assertRefused(answer, 403, "Forbidden", "http://evil.example");
        assertThat(simulator.clock().instant()).isEqualTo(before);
    }

    @Test
    void a_page_on_another_port_of_this_machine_is_another_origin() {
        Raw answer = send("POST", "/__sim/reset", "{}", "Host: localhost:" + simulator.port(),
                "Origin: http://localhost:3000", "Content-Type: application/json");

        assertRefused(answer, 403, "Forbidden", "http://localhost:3000");
    }

    @Test
    void an_opaque_origin_is_refused() {
        // A sandboxed frame, a file:// page or a cross-site redirect send "Origin: null".
        Raw answer = send("GET", "/__sim/partners", null, "Origin: null");

        assertRefused(answer, 403, "Forbidden", "null");
    }

    // Control-plane writes take JSON only, Origin or not (an older browser may send none)

    @Test
    void a_text_plain_body_is_refused_even_without_an_origin() {
        Raw answer = send("POST", "/__sim/partners", PARTNER_2001, "Content-Type: text/plain");

        assertRefused(answer, 415, "InvalidArgument", "application/json");
        assertThat(simulator.partners().find(2001)).isEmpty();
    }

    @Test
    void curls_default_form_content_type_is_refused_naming_the_header_to_send() {
        // curl -d without -H sends application/x-www-form-urlencoded, as an HTML form does.
        Raw answer = send("POST", "/__sim/clock/advance", "{\"duration\": \"1h\"}",
                "Content-Type: application/x-www-form-urlencoded");

        assertRefused(answer, 415, "InvalidArgument", "-H 'Content-Type: application/json'");
    }

    @Test
    void a_body_without_a_content_type_is_refused() {
        // fetch() with a Blob or an ArrayBuffer body sends no Content-Type at all.
        Raw answer = send("POST", "/__sim/partners", PARTNER_2001);

        assertRefused(answer, 415, "InvalidArgument", "application/json");
        assertThat(simulator.partners().find(2001)).isEmpty();
    }

    @Test
    void a_delete_naming_another_content_type_is_refused() {
        Raw answer = send("DELETE", "/__sim/faults", "", "Content-Type: text/plain");

        assertRefused(answer, 415, "InvalidArgument", "text/plain");
    }

    @Test
    void the_refusals_are_answers_the_openapi_document_describes() {
        Raw foreignOrigin = send("POST", "/__sim/faults", "{}", "Origin: http://evil.example",
                "Content-Type: application/json");
        Raw notJson = send("POST", "/__sim/seed", "{}", "Content-Type: text/plain");
        Raw foreignHost = send("GET", "/__sim/journal", null, "Host: evil.example");

        assertThat(foreignOrigin.status()).isEqualTo(403);
        assertThat(notJson.status()).isEqualTo(415);
        assertThat(foreignHost.status()).isEqualTo(403);
        documented("POST", "/__sim/faults", foreignOrigin);
        documented("POST", "/__sim/seed", notJson);
        documented("GET", "/__sim/journal", foreignHost);
    }

    private static void documented(String method, String path, Raw answer) {
        java.util.Map<String, java.util.List<String>> headers = new java.util.HashMap<>();
        headers.put("Content-Type", java.util.List.of(answer.header("Content-Type")));
        headers.put("x-traceid", java.util.List.of(answer.header("x-traceid")));
        dev.eventsim.simulator.support.OpenApiCheck.assertValid(method, path,
                new dev.eventsim.simulator.support.ApiResponse(answer.status(),
                        java.net.http.HttpHeaders.of(headers, (name, value) -> true), answer.body(), null));
    }

    @Test
    void a_post_with_no_body_and_no_content_type_still_works() {
        // curl -s -X POST $SIM/reset, as the README shows it
        api.control().registerPartner(2002, "gone");

        Raw answer = send("POST", "/__sim/reset", null);

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(simulator.partners().find(2002)).as("reset").isEmpty();
    }

    @Test
    void json_with_a_charset_registers_the_partner() {
        Raw answer = send("POST", "/__sim/partners", PARTNER_2001, "Content-Type: application/json; charset=utf-8");

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(simulator.partners().find(2001)).isPresent();
    }

    // The simulator's own origin, as its dashboard calls it

    @Test
    void the_simulators_own_origin_may_write() {
        int port = simulator.port();
        Raw byAddress = send("POST", "/__sim/partners", PARTNER_2001, "Host: 127.0.0.1:" + port,
                "Origin: http://127.0.0.1:" + port, "Content-Type: application/json");
        Raw byName = send("POST", "/__sim/clock/advance", "{\"duration\": \"1m\"}", "Host: localhost:" + port,
                "Origin: http://localhost:" + port, "Content-Type: application/json");

        assertThat(byAddress.status()).as(byAddress.body()).isEqualTo(200);
        assertThat(byName.status()).as(byName.body()).isEqualTo(200);
        assertThat(simulator.partners().find(2001)).isPresent();
    }

    @Test
    void the_dashboard_and_its_calls_load_under_localhost() {
        int port = simulator.port();
        Raw page = send("GET", "/__sim/ui", null, "Host: localhost:" + port);
        Raw overview = send("GET", "/__sim/overview?limit=5", null, "Host: localhost:" + port,
                "Accept: application/json");
        Raw reset = send("POST", "/__sim/reset", "{}", "Host: localhost:" + port, "Origin: http://localhost:" + port,
                "Content-Type: application/json", "Accept: application/json");

        assertThat(page.status()).isEqualTo(200);
        assertThat(overview.status()).as(overview.body()).isEqualTo(200);
        assertThat(reset.status()).as(reset.body()).isEqualTo(200);
    }

    // DNS rebinding: a page of evil.example whose name now points at 127.0.0.1

    @Test
    void a_rebound_name_cannot_read_the_partners_and_their_secrets() {
        Raw answer = send("GET", "/__sim/partners", null, "Host: evil.example:" + simulator.port());

        assertRefused(answer, 403, "Forbidden", "evil.example");
        assertThat(answer.body()).contains("--allowed-hosts").doesNotContain("local-admin-secret");
    }

    @Test
    void a_rebound_name_cannot_mint_a_ks() {
        Raw answer = send("POST", "/__sim/ks", "{\"partnerId\": 1000001}", "Host: evil.example:" + simulator.port(),
                "Content-Type: application/json");

        assertRefused(answer, 403, "Forbidden", "evil.example");
    }

    @Test
    void a_rebound_name_cannot_create_an_event_with_a_valid_ks() {
        Raw answer = send("POST", "/api/v1/events/create", Api.JSON.valueToTree(anEvent().body()).toString(),
                "Host: evil.example:" + simulator.port(), "Content-Type: application/json",
                "Authorization: Bearer " + ks());

        assertRefused(answer, 403, "Forbidden", "evil.example");
        assertThat(api.post("events/list", Map.of()).json().path("totalCount").asInt()).isZero();
    }

    @Test
    void a_rebound_name_cannot_start_a_core_api_session() {
        Raw answer = send("POST", "/api_v3/service/session/action/start",
                "secret=local-admin-secret&partnerId=1000001&type=2&format=1",
                "Host: evil.example:" + simulator.port(), "Content-Type: application/x-www-form-urlencoded");

        assertRefused(answer, 403, "Forbidden", "evil.example");
    }

    @Test
    void a_rebound_name_cannot_read_the_metrics_or_the_dashboard() {
        Raw metrics = send("GET", "/metrics", null, "Host: evil.example:" + simulator.port());
        Raw page = send("GET", "/__sim/ui", null, "Host: evil.example:" + simulator.port());

        assertRefused(metrics, 403, "Forbidden", "evil.example");
        assertRefused(page, 403, "Forbidden", "evil.example");
    }

    @ParameterizedTest
    @ValueSource(strings = {"evil.example", "localhost.evil.example", "127.0.0.1.nip.io", "localhost.", "1.2.3.4.5"})
    void names_that_are_not_the_simulators_are_refused(String name) {
        Raw answer = send("GET", "/__sim/health", null, "Host: " + name + ":" + simulator.port());

        assertRefused(answer, 403, "Forbidden", name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1:%d", "localhost:%d", "LocalHost:%d", "localhost", "[::1]:%d", "[::1]",
            "app.localhost:%d", "192.168.1.20:%d", "localhost:9000"})
    void loopback_names_and_ip_addresses_are_the_simulators_own(String host) {
        // localhost:9000: an SSH tunnel or a container's port mapping reaches the port under another number
        Raw answer = send("GET", "/__sim/health", null, "Host: " + String.format(Locale.ROOT, host, simulator.port()));

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }

    @Test
    void a_request_without_host_is_answered() {
        Raw answer = sendHttp10("GET", "/__sim/health");

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }

    @Test
    void the_events_api_does_not_check_the_origin() {
        // A browser app on another port calling the API with its KS: the Host is the simulator's own.
        Raw answer = send("POST", "/api/v1/events/list", "{}", "Origin: http://localhost:3000",
                "Content-Type: application/json", "Authorization: Bearer " + ks());

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }

    // --allowed-hosts, for a proxy, a tunnel or another container

    @Test
    void allowed_hosts_let_a_proxy_name_through() {
        SimulatorOptions options = SimulatorOptions.defaults()
                .withAllowedHosts(List.of("sim.proxy.test", ".tunnel.test"));
        try (EventsSimulator own = EventsSimulator.start(options)) {
            int port = own.port();
            assertThat(send(port, "GET", "/__sim/health", null, "Host: sim.proxy.test").status()).isEqualTo(200);
            assertThat(send(port, "GET", "/__sim/health", null, "Host: SIM.PROXY.TEST:443").status()).isEqualTo(200);
            assertThat(send(port, "GET", "/__sim/health", null, "Host: a1.tunnel.test").status()).isEqualTo(200);
            assertThat(send(port, "GET", "/__sim/health", null, "Host: tunnel.test").status()).isEqualTo(200);
            assertThat(send(port, "POST", "/api/v1/events/list", "{}", "Host: sim.proxy.test",
                    "Content-Type: application/json", "Authorization: Bearer " + ks(own)).status()).isEqualTo(200);
            // nginx rewrites Host to its upstream; the browser's Origin is still the proxy's name
            assertThat(send(port, "POST", "/__sim/reset", "{}", "Origin: https://sim.proxy.test",
                    "Content-Type: application/json").status()).isEqualTo(200);

            assertRefused(send(port, "GET", "/__sim/health", null, "Host: evil.example"), 403, "Forbidden",
                    "evil.example");
            assertRefused(send(port, "GET", "/__sim/health", null, "Host: eviltunnel.test"), 403, "Forbidden",
                    "eviltunnel.test");
        }
    }

    @Test
    void allowed_hosts_star_takes_any_name_but_not_another_origin() {
        try (EventsSimulator own = EventsSimulator.start(SimulatorOptions.defaults().withAllowedHosts(List.of("*")))) {
            int port = own.port();
            assertThat(send(port, "GET", "/__sim/health", null, "Host: sim.anywhere.test").status()).isEqualTo(200);
            assertThat(send(port, "POST", "/__sim/reset", "{}", "Host: sim.anywhere.test:" + port,
                    "Origin: http://sim.anywhere.test:" + port, "Content-Type: application/json").status())
                    .isEqualTo(200);

            assertRefused(send(port, "POST", "/__sim/reset", "{}", "Host: sim.anywhere.test:" + port,
                    "Origin: http://evil.example", "Content-Type: application/json"), 403, "Forbidden", "evil.example");
        }
    }

    @Test
    void the_admin_token_is_still_asked_of_the_simulators_own_origin() {
        try (EventsSimulator own = EventsSimulator.start(SimulatorOptions.defaults().withAdminToken("t0ken"))) {
            int port = own.port();
            assertRefused(send(port, "GET", "/__sim/partners", null), 401, "NEW_LOGIN_REQUIRED", "admin token");
            assertThat(send(port, "GET", "/__sim/partners", null, "X-Sim-Admin-Token: t0ken").status()).isEqualTo(200);
            assertRefused(send(port, "GET", "/__sim/partners", null, "X-Sim-Admin-Token: t0ken",
                    "Host: evil.example"), 403, "Forbidden", "evil.example");
        }
    }

    // The documentation's curl lines keep working

    @Test
    void every_documented_control_plane_call_with_a_body_sends_json() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(Path.of("..", "README.md")));
        try (Stream<Path> docs = Files.list(Path.of("..", "docs"))) {
            docs.filter(page -> page.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        int checked = 0;
        for (Path page : pages) {
            List<String> lines = Files.readAllLines(page);
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).startsWith("curl ")) {
                    continue;
                }
                StringBuilder call = new StringBuilder(lines.get(i));
                while (call.toString().endsWith("\\") && i + 1 < lines.size()) {
                    call.append(' ').append(lines.get(++i).strip());
                }
                String text = call.toString();
                if ((text.contains("$SIM/") || text.contains("/__sim/")) && (text.contains(" -d ")
                        || text.contains("--data"))) {
                    checked++;
                    assertThat(text).as("%s: %s", page, text)
                            .containsAnyOf("-H \"$JSON\"", "Content-Type: application/json", "--json");
                }
            }
        }
        assertThat(checked).as("control plane calls with a body found in the docs").isGreaterThan(10);
    }

    // The rules themselves, for what a test cannot bind

    @Test
    void the_bound_name_is_the_simulators_own_and_a_wildcard_adds_no_name() {
        OriginGuard bound = new OriginGuard("sim-box", List.of());
        OriginGuard wildcard = new OriginGuard("0.0.0.0", List.of());
        OriginGuard v6wildcard = new OriginGuard("::", List.of());

        assertThat(bound.answersTo("sim-box")).isTrue();
        assertThat(bound.answersTo("other-box")).isFalse();
        assertThat(wildcard.answersTo("10.1.2.3")).as("an address of this machine").isTrue();
        assertThat(wildcard.answersTo("[fe80::1]")).isTrue();
        assertThat(wildcard.answersTo("sim")).as("a compose service name needs --allowed-hosts").isFalse();
        assertThat(v6wildcard.answersTo("sim")).isFalse();
    }

    @Test
    void an_origin_is_own_when_it_is_the_host_default_ports_aside() {
        OriginGuard guard = new OriginGuard("127.0.0.1", List.of("sim.proxy.test"));

        assertThat(guard.isOwnOrigin("http://localhost:8080", "localhost:8080")).isTrue();
        assertThat(guard.isOwnOrigin("http://LOCALHOST:8080", "localhost:8080")).isTrue();
        assertThat(guard.isOwnOrigin("http://[::1]:8080", "[::1]:8080")).isTrue();
        assertThat(guard.isOwnOrigin("http://box.localhost", "box.localhost:80")).isTrue();
        assertThat(guard.isOwnOrigin("https://sim.proxy.test", "127.0.0.1:8080")).as("listed for a proxy").isTrue();
        assertThat(guard.isOwnOrigin("http://localhost:8081", "localhost:8080")).isFalse();
        assertThat(guard.isOwnOrigin("http://127.0.0.1:8080", "localhost:8080")).as("another origin").isFalse();
        assertThat(guard.isOwnOrigin("file://", "localhost:8080")).isFalse();
        assertThat(guard.isOwnOrigin("null", "localhost:8080")).isFalse();
    }

    // helpers

    private String ks() {
        return ks(simulator);
    }

    private static String ks(EventsSimulator target) {
        return target.adminKs(target.partners().defaultPartner().id(), "admin", Duration.ofHours(1));
    }

    private static void assertRefused(Raw answer, int code, String status, String named) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(code);
        assertThat(answer.header("Content-Type")).startsWith("application/json");
        assertThat(answer.header("x-traceid")).matches("[0-9a-f]{32}");
        JsonNode body = answer.json();
        assertThat(body.path("status").asText()).as(answer.body()).isEqualTo(status);
        assertThat(body.path("message").asText()).as(answer.body()).contains(named);
    }

    private Raw send(String method, String path, String body, String... headers) {
        return send(simulator.port(), method, path, body, headers);
    }

    /** HTTP/1.1 with {@code Host: 127.0.0.1:<port>} unless a {@code Host} header is given. */
    private static Raw send(int port, String method, String path, String body, String... headers) {
        List<String> lines = new ArrayList<>(Arrays.asList(headers));
        if (lines.stream().noneMatch(line -> line.regionMatches(true, 0, "Host:", 0, 5))) {
            lines.add(0, "Host: 127.0.0.1:" + port);
        }
        return exchange(port, method + " " + path + " HTTP/1.1", lines, body);
    }

    /** HTTP/1.0 without a Host header, as an old client sends it. */
    private Raw sendHttp10(String method, String path) {
        return exchange(simulator.port(), method + " " + path + " HTTP/1.0", List.of(), null);
    }

    private static Raw exchange(int port, String requestLine, List<String> headers, String body) {
        byte[] content = body == null ? null : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder request = new StringBuilder(requestLine).append("\r\n");
        headers.forEach(header -> request.append(header).append("\r\n"));
        if (content != null) {
            request.append("Content-Length: ").append(content.length).append("\r\n");
        }
        request.append("Connection: close\r\n\r\n");
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.UTF_8));
            if (content != null) {
                out.write(content);
            }
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            return Raw.parse(bytes.toString(StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An answer as it came off the socket. */
    private record Raw(int status, String head, String body) {
        static Raw parse(String text) {
            int end = text.indexOf("\r\n\r\n");
            assertThat(end).as("a complete HTTP answer: %s", text).isPositive();
            String head = text.substring(0, end);
            String body = text.substring(end + 4);
            Raw raw = new Raw(Integer.parseInt(head.split(" ", 3)[1]), head, body);
            if ("chunked".equalsIgnoreCase(raw.header("Transfer-Encoding"))) {
                body = dechunk(body);
            }
            // read a byte a char, so chunk sizes count bytes; the body itself is UTF-8
            byte[] bytes = body.getBytes(StandardCharsets.ISO_8859_1);
            return new Raw(raw.status, head, new String(bytes, StandardCharsets.UTF_8));
        }

        String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).strip();
                }
            }
            return null;
        }

        JsonNode json() {
            try {
                return Api.JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        private static String dechunk(String chunked) {
            StringBuilder out = new StringBuilder();
            int at = 0;
            while (true) {
                int lineEnd = chunked.indexOf("\r\n", at);
                int size = Integer.parseInt(chunked.substring(at, lineEnd).split(";")[0].strip(), 16);
                if (size == 0) {
                    return out.toString();
                }
                out.append(chunked, lineEnd + 2, lineEnd + 2 + size);
                at = lineEnd + 2 + size + 2;
            }
        }
    }
}
