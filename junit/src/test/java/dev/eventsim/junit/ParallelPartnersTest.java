package dev.eventsim.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eventsim.client.EventsClient;
import dev.eventsim.client.events.Event;
import dev.eventsim.client.events.EventFilter;
import dev.eventsim.simulator.EventsSimulator;
import java.util.Set;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Tests running at the same time on one simulator, each with its own partner: every test creates
 * events, waits until every other test has created its own, and then lists only its own.
 */
@EventsSimulatorTest(isolatePartners = true)
@Execution(ExecutionMode.CONCURRENT)
class ParallelPartnersTest {
    private static final int TESTS = 4;
    private static final int EVENTS_EACH = 3;
    /** Every test waits here until all have created their events: they provably overlap. */
    private static final CyclicBarrier ALL_CREATED = new CyclicBarrier(TESTS);
    private static final Set<Long> PARTNERS = ConcurrentHashMap.newKeySet();
    private static final Set<EventsSimulator> SIMULATORS = ConcurrentHashMap.newKeySet();
    private static final Set<String> THREADS = ConcurrentHashMap.newKeySet();

    @RepeatedTest(TESTS)
    void each_concurrent_test_sees_only_the_events_of_its_own_partner(EventsClient client, SimulatorInfo info,
                                                                      EventsSimulator simulator,
                                                                      RepetitionInfo repetition) throws Exception {
        String tag = "test-" + repetition.getCurrentRepetition();
        try {
            assertThat(PARTNERS.add(info.partnerId())).as("partner %d is this test's alone", info.partnerId())
                    .isTrue();
            SIMULATORS.add(simulator);
            THREADS.add(Thread.currentThread().getName());
            for (int i = 0; i < EVENTS_EACH; i++) {
                Fixtures.anEvent(client, tag + " event " + i);
            }
        } catch (RuntimeException | AssertionError e) {
            ALL_CREATED.reset(); // the others stop waiting for this one at once
            throw e;
        }

        awaitTheOthers();

        assertThat(client.events().streamAll(EventFilter.all()).map(Event::name))
                .as("partner %d sees its events and no other test's", info.partnerId())
                .hasSize(EVENTS_EACH)
                .allSatisfy(name -> assertThat(name).startsWith(tag + " "));
        assertThat(Http.postJson(info.apiBaseUrl() + "/events/list", info.ks(), "{}").body())
                .as("its KS opens its partner only").contains("\"totalCount\":" + EVENTS_EACH);
    }

    private static void awaitTheOthers() throws InterruptedException, BrokenBarrierException {
        try {
            // Not a sleep: the others arrive as soon as they have run; the bound only ends a run
            // in which the tests were not given threads of their own.
            ALL_CREATED.await(2, TimeUnit.MINUTES);
        } catch (TimeoutException e) {
            throw new AssertionError("the tests did not run concurrently (junit-platform.properties)", e);
        }
    }

    @AfterAll
    static void oneSimulatorServedAllTheTestsAtOnce(EventsSimulator simulator) {
        assertThat(SIMULATORS).containsExactly(simulator);
        assertThat(PARTNERS).hasSize(TESTS).allSatisfy(id -> assertThat(id).isGreaterThanOrEqualTo(5_000_001L));
        assertThat(THREADS).as("threads the tests ran on").hasSize(TESTS);
        assertThat(PARTNERS).allSatisfy(id -> assertThat(simulator.partners().find(id))
                .as("partner %d was removed after its test", id).isEmpty());
    }
}
