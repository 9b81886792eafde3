package dev.eventsim.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.eventsim.simulator.EventsSimulator;
import dev.eventsim.simulator.admin.RemoteControlPlane;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * How long simulators live and who shares them, seen from outside: each case runs fixture classes
 * through the Jupiter engine (they are static nested classes, so the build does not run them
 * itself) and checks what they saw and whether their simulator still answers afterwards.
 */
class SimulatorLifecycleTest {
    /** What the fixtures saw, by the name they give. */
    static final Map<String, Seen> SEEN = new ConcurrentHashMap<>();
    static final List<Seen> PER_TEST = new CopyOnWriteArrayList<>();

    /** A simulator as a fixture saw it, with its URL while it ran. */
    record Seen(EventsSimulator simulator, String baseUrl) {
        static Seen of(EventsSimulator simulator) {
            return new Seen(simulator, simulator.baseUrl());
        }

        /** Whether anything answers HTTP at its URL: asked with the control plane's {@code health()}. */
        boolean stillAnswers() {
            try {
                RemoteControlPlane.at(baseUrl).health();
                return true;
            } catch (RuntimeException e) {
                // Only "could not connect" is no answer; a refusal, or an answer that is not a simulator's, is one.
                return !(e instanceof IllegalStateException && e.getCause() instanceof IOException);
            }
        }
    }

    @BeforeEach
    void forgetWhatWasSeen() {
        SEEN.clear();
        PER_TEST.clear();
    }

    private static EngineExecutionResults run(Class<?>... classes) {
        return EngineTestKit.engine("junit-jupiter")
                .configurationParameter(Fixture.PARAMETER, "true")
                .selectors(Arrays.stream(classes).map(c -> selectClass(c)).toArray(DiscoverySelector[]::new))
                .execute();
    }

    private static Throwable theFailure(EngineExecutionResults results) {
        return results.allEvents().failed().stream()
                .map(e -> e.getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow())
                .findFirst().orElseThrow(() -> new AssertionError("nothing failed"));
    }

    @Test
    void a_per_class_simulator_serves_the_class_and_stops_after_it() {
        run(PerClass.class).testEvents().assertStatistics(s -> s.succeeded(2).failed(0));

        assertThat(SEEN).containsOnlyKeys("PerClass.first", "PerClass.second");
        assertThat(SEEN.get("PerClass.first").simulator()).isSameAs(SEEN.get("PerClass.second").simulator());
        assertThat(SEEN.get("PerClass.first").stillAnswers()).as("stopped after the class").isFalse();
    }

    @Test
    void two_classes_each_get_their_own_per_class_simulator() {
        run(PerClass.class, OtherPerClass.class).testEvents().assertStatistics(s -> s.succeeded(3).failed(0));

        assertThat(SEEN.get("OtherPerClass").simulator()).isNotSameAs(SEEN.get("PerClass.first").simulator());
    }

    @Test
    void classes_asking_for_a_per_run_simulator_with_equal_options_share_one_that_stops_when_the_run_ends() {
        run(PerRunA.class, PerRunB.class, PerRunOtherSeed.class).testEvents()
                .assertStatistics(s -> s.succeeded(3).failed(0));

        assertThat(SEEN.get("PerRunA").simulator()).as("same options, same simulator")
                .isSameAs(SEEN.get("PerRunB").simulator());
        assertThat(SEEN.get("PerRunOtherSeed").simulator()).as("other options, another simulator")
                .isNotSameAs(SEEN.get("PerRunA").simulator());
        assertThat(SEEN.values()).allSatisfy(seen -> assertThat(seen.stillAnswers())
                .as("stopped at the end of the run").isFalse());
    }

    @Test
    void a_nested_class_uses_the_simulator_of_its_outer_class() {
        run(Outer.class).testEvents().assertStatistics(s -> s.succeeded(2).failed(0));

        assertThat(SEEN.get("Outer.Inner").simulator()).isSameAs(SEEN.get("Outer").simulator());
    }

    @Test
    void an_extension_held_in_an_instance_field_starts_a_simulator_for_each_test() {
        run(PerTestField.class).testEvents().assertStatistics(s -> s.succeeded(2).failed(0));

        assertThat(PER_TEST).hasSize(2);
        assertThat(PER_TEST.get(0).simulator()).isNotSameAs(PER_TEST.get(1).simulator());
        assertThat(PER_TEST).allSatisfy(seen -> assertThat(seen.stillAnswers()).as("stopped after its test").isFalse());
    }

    @Test
    void an_isolated_partners_ks_cannot_be_injected_into_before_all() {
        Throwable failure = theFailure(run(IsolatedKsInBeforeAll.class));

        assertThat(failure).hasMessageContaining("isolatePartners").hasMessageContaining("@BeforeAll");
    }

    @Test
    void a_field_held_extension_with_isolated_partners_has_no_ks_outside_a_test() {
        Throwable failure = theFailure(run(IsolatedFieldOutsideTests.class));

        assertThat(failure).isInstanceOf(IllegalStateException.class).hasMessageContaining("no test is running");
    }

    @Test
    void a_field_held_extension_answers_nothing_before_its_class_runs() {
        EventsSimulatorExtension never = EventsSimulatorExtension.builder().build();

        assertThatThrownBy(never::baseUrl)
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not running");
    }

    // ---- fixtures, run only through run(...)

    @Fixture
    @EventsSimulatorTest
    static class PerClass {
        @Test
        void first(EventsSimulator simulator) {
            SEEN.put("PerClass.first", Seen.of(simulator));
        }

        @Test
        void second(EventsSimulator simulator) {
            SEEN.put("PerClass.second", Seen.of(simulator));
        }
    }

    @Fixture
    @EventsSimulatorTest
    static class OtherPerClass {
        @Test
        void test(EventsSimulator simulator) {
            SEEN.put("OtherPerClass", Seen.of(simulator));
        }
    }

    @Fixture
    @EventsSimulatorTest(lifecycle = SimulatorLifecycle.PER_RUN)
    static class PerRunA {
        @Test
        void test(EventsSimulator simulator) {
            SEEN.put("PerRunA", Seen.of(simulator));
        }
    }

    @Fixture
    @EventsSimulatorTest(lifecycle = SimulatorLifecycle.PER_RUN)
    static class PerRunB {
        @Test
        void test(EventsSimulator simulator) {
            SEEN.put("PerRunB", Seen.of(simulator));
        }
    }

    @Fixture
    @EventsSimulatorTest(lifecycle = SimulatorLifecycle.PER_RUN, seed = 7)
    static class PerRunOtherSeed {
        @Test
        void test(EventsSimulator simulator) {
            SEEN.put("PerRunOtherSeed", Seen.of(simulator));
        }
    }

    @Fixture
    @EventsSimulatorTest
    static class Outer {
        @Test
        void test(EventsSimulator simulator) {
            SEEN.put("Outer", Seen.of(simulator));
        }

        @Nested
        class Inner {
            @Test
            void test(EventsSimulator simulator) {
                SEEN.put("Outer.Inner", Seen.of(simulator));
            }
        }
    }

    @Fixture
    static class PerTestField {
        @RegisterExtension
        EventsSimulatorExtension sim = EventsSimulatorExtension.builder().build();

        @Test
        void first() {
            PER_TEST.add(Seen.of(sim.simulator()));
        }

        @Test
        void second(EventsSimulator injected) {
            assertThat(injected).isSameAs(sim.simulator());
            PER_TEST.add(Seen.of(injected));
        }
    }

    @Fixture
    @EventsSimulatorTest(isolatePartners = true)
    static class IsolatedKsInBeforeAll {
        @BeforeAll
        static void beforeAll(@Ks String ks) {
        }

        @Test
        void test() {
        }
    }

    @Fixture
    static class IsolatedFieldOutsideTests {
        @RegisterExtension
        static EventsSimulatorExtension sim = EventsSimulatorExtension.builder().isolatePartners(true).build();

        @BeforeAll
        static void beforeAll() {
            sim.ks();
        }

        @Test
        void test() {
        }
    }
}
