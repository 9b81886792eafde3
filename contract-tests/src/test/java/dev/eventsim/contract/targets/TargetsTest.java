package dev.eventsim.contract.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How {@code -Dtarget} and the environment pick what the suites run against. */
class TargetsTest {
    private static final Map<String, String> KS = Map.of("EVENTS_KS", "djJ8...");

    @Test
    void no_target_is_the_in_process_simulator_and_needs_no_credentials() {
        assertThat(Targets.choose(null, Map.of())).isInstanceOf(Targets.Simulator.class);
        assertThat(Targets.choose("simulator", Map.of())).isInstanceOf(Targets.Simulator.class);
    }

    @Test
    void a_region_name_is_its_base_url() {
        assertThat(Targets.choose("eu", KS)).isEqualTo(new Targets.Remote(
                URI.create("https://events-api.irp2.ovp.kaltura.com/api/v1"), null, new Credentials.FixedKs("djJ8...")));
        assertThat(Targets.choose("DE", KS)).extracting(c -> ((Targets.Remote) c).apiBaseUrl())
                .isEqualTo(URI.create("https://events-api.frp2.ovp.kaltura.com/api/v1"));
    }

    @Test
    void a_url_gets_the_api_path_when_it_has_none() {
        assertThat(((Targets.Remote) Targets.choose("http://127.0.0.1:8080/", KS)).apiBaseUrl())
                .isEqualTo(URI.create("http://127.0.0.1:8080/api/v1"));
        assertThat(((Targets.Remote) Targets.choose("https://proxy.example/x/api/v1", KS)).apiBaseUrl())
                .isEqualTo(URI.create("https://proxy.example/x/api/v1"));
    }

    @Test
    void the_core_api_is_a_url_targets_root_unless_given_and_a_region_has_none_unless_given() {
        assertThat(((Targets.Remote) Targets.choose("http://127.0.0.1:8080/api/v1", KS)).coreApiUrl())
                .isEqualTo(URI.create("http://127.0.0.1:8080"));
        assertThat(((Targets.Remote) Targets.choose("eu", KS)).coreApiUrl()).isNull();
        assertThat(((Targets.Remote) Targets.choose("eu", "https://core.example", KS)).coreApiUrl())
                .isEqualTo(URI.create("https://core.example"));
    }

    @Test
    void a_real_target_without_credentials_is_unavailable_and_says_what_to_set() {
        Targets.Choice choice = Targets.choose("nvp", Map.of("EVENTS_KS", "  "));

        assertThat(choice).isInstanceOfSatisfying(Targets.Unavailable.class, u -> assertThat(u.reason())
                .contains("EVENTS_KS", "EVENTS_PARTNER_ID", "EVENTS_ADMIN_SECRET", "skipped"));
    }

    @Test
    void a_partner_id_and_admin_secret_win_over_a_ks_and_can_mint_a_user_ks() {
        Targets.Choice choice = Targets.choose("eu", Map.of("EVENTS_KS", "djJ8...", "EVENTS_PARTNER_ID", "2001",
                "EVENTS_ADMIN_SECRET", "s3cret"));

        Credentials credentials = ((Targets.Remote) choice).credentials();
        assertThat(credentials).isEqualTo(new Credentials.PartnerSecret(2001, "s3cret"));
        assertThat(credentials.userKs(Clock.systemUTC())).hasValueSatisfying(ks -> assertThat(
                new String(Base64.getUrlDecoder().decode(ks), StandardCharsets.ISO_8859_1))
                .as("a v2 KS of partner 2001").startsWith("v2|2001|"));
    }

    @Test
    void anything_else_is_refused_before_anything_is_sent() {
        assertThatThrownBy(() -> Targets.choose("staging", KS)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nvp");
        assertThatThrownBy(() -> Targets.choose("eu", Map.of("EVENTS_PARTNER_ID", "abc", "EVENTS_ADMIN_SECRET", "x")))
                .hasMessageContaining("EVENTS_PARTNER_ID must be a number");
    }
}
