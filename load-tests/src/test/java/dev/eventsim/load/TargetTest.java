package dev.eventsim.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Where a run may send load and how much, checked without sending any: a simulation reads its
 * target and plan while Gatling builds it and refuses then; the target itself is only reached in
 * {@code before()}.
 */
class TargetTest {
    private static final List<String> KNOBS = List.of("target", "load.allowRealRegion", "load.coreApiUrl", "rate",
            "users", "maxRps", "pollInterval", "pollTimeout", "pagerOffset");

    @AfterEach
    void clearKnobs() {
        KNOBS.forEach(System::clearProperty);
    }

    @Test
    void the_default_target_is_the_in_process_simulator() {
        assertThat(Target.choose(new Knobs(), Map.of())).isInstanceOf(InProcessSimulator.class);
    }

    @Test
    void a_region_without_the_opt_in_is_refused() {
        System.setProperty("target", "nvp");

        assertThatThrownBy(() -> Target.choose(new Knobs(), Map.of("EVENTS_KS", "ks")))
                .hasMessageContaining("Refusing to send load to https://events-api.nvp1.ovp.kaltura.com/api/v1")
                .hasMessageContaining("-Dload.allowRealRegion=true");
    }

    @Test
    void a_url_elsewhere_without_the_opt_in_is_refused() {
        System.setProperty("target", "http://10.1.2.3:8080");

        assertThatThrownBy(() -> Target.choose(new Knobs(), Map.of("EVENTS_KS", "ks")))
                .hasMessageContaining("Refusing to send load to http://10.1.2.3:8080/api/v1");
    }

    @Test
    void a_region_with_the_opt_in_still_needs_a_ks_from_the_environment() {
        System.setProperty("target", "eu");
        System.setProperty("load.allowRealRegion", "true");

        assertThatThrownBy(() -> Target.choose(new Knobs(), Map.of()))
                .hasMessageContaining("EVENTS_KS");
    }

    @Test
    void a_region_with_the_opt_in_and_a_ks_still_needs_its_core_api_url_for_the_clean_up() {
        System.setProperty("target", "eu");
        System.setProperty("load.allowRealRegion", "true");

        assertThatThrownBy(() -> Target.choose(new Knobs(), Map.of("EVENTS_KS", "ks")))
                .isInstanceOf(RunRefused.class).hasMessageContaining("-Dload.coreApiUrl");
    }

    @Test
    void a_region_with_the_opt_in_and_a_ks_is_a_capped_remote_target() {
        System.setProperty("target", "de");
        System.setProperty("load.allowRealRegion", "true");
        System.setProperty("load.coreApiUrl", "https://core.example");

        Target target = Target.choose(new Knobs(), Map.of("EVENTS_KS", "ks"));

        assertThat(target).isInstanceOf(RemoteService.class);
        assertThat(target.realRegion()).isTrue();
        assertThat(target.apiBaseUrl()).isEqualTo("https://events-api.frp2.ovp.kaltura.com/api/v1");
        assertThat(((RemoteService) target).maxRps()).isEqualTo(5);
    }

    @Test
    void a_loopback_url_needs_no_opt_in_and_is_not_capped() {
        System.setProperty("target", "http://127.0.0.1:8080/");

        Target target = Target.choose(new Knobs(), Map.of("EVENTS_KS", "ks"));

        assertThat(target.realRegion()).isFalse();
        assertThat(target.apiBaseUrl()).isEqualTo("http://127.0.0.1:8080/api/v1");
    }

    @Test
    void loopback_is_told_by_the_address_never_by_looking_a_name_up() {
        assertThat(Target.isLoopback("localhost")).isTrue();
        assertThat(Target.isLoopback("127.0.0.1")).isTrue();
        assertThat(Target.isLoopback("127.8.9.10")).isTrue();
        assertThat(Target.isLoopback("[::1]")).isTrue();
        assertThat(Target.isLoopback("10.0.0.1")).isFalse();
        assertThat(Target.isLoopback("192.168.1.1")).isFalse();
        assertThat(Target.isLoopback("localhost.example.com")).isFalse();
        assertThat(Target.isLoopback("events-api.nvp1.ovp.kaltura.com")).isFalse();
    }

    @Test
    void a_real_region_runs_at_one_user_per_second_unless_told() {
        LoadPlan plan = planFor("nvp");

        assertThat(plan.rate(50, 4)).isEqualTo(1);
        assertThat(plan.users(200)).isEqualTo(1);
        assertThat(plan.seedEvents(45)).as("a few events to page through, deleted after").isEqualTo(15);
        assertThat(plan.maxErrorPercent()).isEqualTo(1);
    }

    @Test
    void a_rate_above_the_cap_is_refused_for_a_real_region() {
        System.setProperty("rate", "6");

        assertThatThrownBy(() -> planFor("nvp"))
                .hasMessageContaining("Refusing -Drate=6.0 against a real region: the hard cap is 5.0");
    }

    @Test
    void a_burst_above_the_cap_is_refused_for_a_real_region() {
        System.setProperty("users", "200");

        assertThatThrownBy(() -> planFor("eu")).hasMessageContaining("Refusing -Dusers=200.0");
    }

    @Test
    void a_throttle_above_the_cap_is_refused_for_a_real_region() {
        System.setProperty("maxRps", "50");

        assertThatThrownBy(() -> planFor("eu")).hasMessageContaining("-DmaxRps=50.0 is outside the hard cap");
    }

    @Test
    void the_simulator_takes_any_rate() {
        System.setProperty("rate", "500");
        Knobs knobs = new Knobs();

        assertThat(new LoadPlan(knobs, Target.choose(knobs, Map.of())).rate(2, 100)).isEqualTo(500);
    }

    private static LoadPlan planFor(String region) {
        System.setProperty("target", region);
        System.setProperty("load.allowRealRegion", "true");
        System.setProperty("load.coreApiUrl", "https://core.example");
        Knobs knobs = new Knobs();
        return new LoadPlan(knobs, Target.choose(knobs, Map.of("EVENTS_KS", "a KS never sent")));
    }

    @Test
    void a_real_region_plan_never_asks_more_requests_per_second_than_the_throttle() {
        LoadPlan plan = planFor("nvp");
        int requestsPerUser = 21 + plan.maxPolls();

        assertThat(plan.maxPolls()).as("the first poll, then one each 5 s for 300 s").isEqualTo(61);
        assertThat(plan.rate(2, requestsPerUser) * requestsPerUser).as("requests/s asked").isLessThanOrEqualTo(5.0);
        assertThat(plan.demand()).contains("up to 5 requests/s (cap 5)");
    }

    @Test
    void a_rate_that_would_ask_more_than_the_throttle_is_refused_for_a_real_region() {
        System.setProperty("rate", "1");

        assertThatThrownBy(() -> planFor("eu").rate(1, 82)).isInstanceOf(RunRefused.class)
                .hasMessageContaining("each user sends up to 82 requests")
                .hasMessageContaining("-DmaxRps=5");
    }

    @Test
    void a_fractional_throttle_is_refused_rather_than_truncated() {
        System.setProperty("maxRps", "2.5");

        assertThatThrownBy(() -> planFor("eu")).isInstanceOf(RunRefused.class)
                .hasMessageContaining("-DmaxRps must be a whole number").hasMessageContaining("2.5");
        System.setProperty("maxRps", "0.5");
        assertThatThrownBy(() -> planFor("eu")).isInstanceOf(RunRefused.class)
                .hasMessageContaining("-DmaxRps must be a whole number");
    }

    @Test
    void the_run_is_not_stopped_before_the_last_user_has_had_its_whole_poll_timeout() {
        LoadPlan plan = planFor("de");

        assertThat(plan.maxDuration(Duration.ofSeconds(30)))
                .isGreaterThanOrEqualTo(Duration.ofSeconds(30).plus(plan.pollTimeout()));
    }
}
