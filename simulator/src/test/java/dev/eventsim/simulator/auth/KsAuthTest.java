package dev.eventsim.simulator.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventsim.simulator.support.ApiResponse;
import dev.eventsim.simulator.support.ApiTest;
import dev.eventsim.simulator.support.Events;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How events/list treats the Authorization header, in strict mode (the default). */
class KsAuthTest extends ApiTest {
    private static final long PARTNER = 1_000_001;
    private static final String SECRET = "local-admin-secret";

    @Test
    void a_bearer_ks_is_accepted() {
        assertThat(listWith("Bearer " + simulator.adminKs()).statusCode()).isEqualTo(200);
    }

    @Test
    void a_ks_prefix_is_accepted() {
        assertThat(listWith("ks " + simulator.adminKs()).statusCode()).isEqualTo(200);
    }

    @Test
    void the_scheme_word_is_matched_case_insensitively() {
        assertThat(listWith("BEARER " + simulator.adminKs()).statusCode()).isEqualTo(200);
        assertThat(listWith("KS " + simulator.adminKs()).statusCode()).isEqualTo(200);
    }

    @Test
    void a_missing_authorization_header_is_401() {
        ApiResponse response = api.withKs(null).post("events/list", Map.of());

        assertUnauthorized(response, "Authorization");
    }

    @Test
    void an_empty_token_is_401() {
        assertUnauthorized(listWith("Bearer "), "KS");
        assertUnauthorized(listWith("ks"), "KS");
    }

    @Test
    void a_token_that_is_not_a_ks_is_401() {
        assertUnauthorized(api.withKs("not-a-ks").post("events/list", Map.of()), "KS");
        assertUnauthorized(listWith("Basic dXNlcjpwYXNz"), "Bearer");
    }

    @Test
    void a_ks_signed_with_another_secret_is_401() {
        String ks = KsCodec.encodeV2(PARTNER, "not-the-secret", 2, "admin", inOneHour(), "");

        assertUnauthorized(api.withKs(ks).post("events/list", Map.of()), "signature");
    }

    @Test
    void a_ks_of_an_unknown_partner_is_401() {
        String ks = KsCodec.encodeV2(999_999, SECRET, 2, "admin", inOneHour(), "");

        assertUnauthorized(api.withKs(ks).post("events/list", Map.of()), "999999");
    }

    @Test
    void a_ks_that_worked_is_401_as_soon_as_it_expires() {
        simulator.clock().freeze();
        String ks = simulator.adminKs(PARTNER, "admin", Duration.ofHours(1));
        assertThat(api.withKs(ks).post("events/list", Map.of()).statusCode()).isEqualTo(200);

        simulator.clock().advance(Duration.ofHours(2));

        assertUnauthorized(api.withKs(ks).post("events/list", Map.of()), "expired");
    }

    @Test
    void a_ks_is_valid_until_the_second_it_expires() {
        simulator.clock().freeze();
        simulator.clock().set(Instant.parse("2030-01-01T00:00:00Z"));
        String ks = KsCodec.encodeV2(PARTNER, SECRET, 2, "admin", Instant.parse("2030-01-01T01:00:00Z"), "");

        simulator.clock().set(Instant.parse("2030-01-01T00:59:59.999Z"));
        assertThat(api.withKs(ks).post("events/list", Map.of()).statusCode()).isEqualTo(200);

        simulator.clock().set(Instant.parse("2030-01-01T01:00:00Z"));
        assertUnauthorized(api.withKs(ks).post("events/list", Map.of()), "expired");
    }

    @Test
    void a_signed_ks_expiring_past_the_range_of_a_date_is_accepted() throws Exception {
        String ks = KsCodecTest.farFutureV1Ks();

        assertThat(api.withKs(ks).post("events/list", Map.of()).statusCode())
                .as("an expiry past the range of Instant is not an internal error").isEqualTo(200);
    }

    @Test
    void a_ks_without_a_user_id_is_401() {
        String ks = KsCodec.encodeV2(PARTNER, SECRET, 2, "", inOneHour(), "");

        assertUnauthorized(api.withKs(ks).post("events/list", Map.of()), "userId");
    }

    @Test
    void a_user_ks_is_403() {
        String ks = KsCodec.encodeV2(PARTNER, SECRET, 0, "ada", inOneHour(), "");

        ApiResponse response = api.withKs(ks).post("events/list", Map.of());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.status()).isEqualTo("Forbidden");
        assertThat(response.message()).contains("ADMIN");
    }

    @Test
    void a_v1_admin_ks_is_accepted() {
        String ks = KsCodec.encodeV1(PARTNER, SECRET, 2, "admin", inOneHour(), "");

        ApiResponse response = api.withKs(ks).post("events/list", Map.of());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.status()).isEqualTo("ok");
    }

    @Test
    void a_v1_ks_signed_with_another_secret_is_401() {
        String ks = KsCodec.encodeV1(PARTNER, "not-the-secret", 2, "admin", inOneHour(), "");

        assertUnauthorized(api.withKs(ks).post("events/list", Map.of()), "signature");
    }

    @Test
    void a_partner_registered_at_run_time_is_accepted_and_sees_only_its_own_events() {
        String ks = KsCodec.encodeV2(2002, "s2", 2, "admin", inOneHour(), "");
        assertThat(simulator.partners().find(2002)).as("partner 2002 must not exist before this test").isEmpty();
        assertUnauthorized(api.withKs(ks).post("events/list", Map.of()), "2002");
        api.post("events/create", Events.anEvent().body());

        simulator.partners().register(new Partner(2002, "s2"));

        ApiResponse response = api.withKs(ks).post("events/list", Map.of());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.json().path("totalCount").asInt())
                .as("the event of the default partner is not partner 2002's").isZero();
    }

    @Test
    void a_cached_ks_is_401_once_its_partner_gets_a_new_secret() {
        simulator.partners().register(new Partner(2003, "old-secret"));
        String ks = KsCodec.encodeV2(2003, "old-secret", 2, "admin", inOneHour(), "");
        assertThat(api.withKs(ks).post("events/list", Map.of()).statusCode())
                .as("accepted, and so cached, under the old secret").isEqualTo(200);

        simulator.partners().register(new Partner(2003, "new-secret"));

        assertUnauthorized(api.withKs(ks).post("events/list", Map.of()), "signature");
        String renewed = KsCodec.encodeV2(2003, "new-secret", 2, "admin", inOneHour(), "");
        assertThat(api.withKs(renewed).post("events/list", Map.of()).statusCode()).isEqualTo(200);
    }

    @Test
    void a_cached_ks_with_one_character_changed_is_401() {
        String ks = simulator.adminKs();
        assertThat(api.withKs(ks).post("events/list", Map.of()).statusCode())
                .as("the genuine KS is accepted and cached").isEqualTo(200);

        ApiResponse response = api.withKs(KsCodecTest.flipMiddle(ks)).post("events/list", Map.of());

        assertUnauthorized(response, "KS");
    }

    private ApiResponse listWith(String authorization) {
        return api.send(api.request("/api/v1/events/list")
                .header("Content-Type", "application/json")
                .header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build());
    }

    private static Instant inOneHour() {
        return simulator.clock().instant().plus(Duration.ofHours(1));
    }

    static void assertUnauthorized(ApiResponse response, String explanation) {
        assertThat(response.statusCode()).as(response.rawBody()).isEqualTo(401);
        assertThat(response.status()).isEqualTo("NEW_LOGIN_REQUIRED");
        assertThat(response.message()).as("the message explains what is wrong with the KS").contains(explanation);
    }
}
