package dev.eventsim.simulator.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventsim.simulator.support.Events;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17: a simulator with {@code --state-file}, killed with SIGKILL at random moments while
 * clients create and rename events (and a save folds the log now and then), loses nothing it
 * answered: after each restart every acknowledged event is there, with the same id and fields.
 * Four state files are killed five times each, side by side: a simulator's start-up is most of a
 * round's time, and several start at once in little more than the time of one.
 */
class KillNineTest {
    private static final int CHAINS = 4;
    private static final int ROUNDS_PER_CHAIN = 5;
    private static final int WRITERS = 3;

    @TempDir
    Path dir;

    @Test
    void every_answered_write_survives_a_kill_9_at_a_random_moment() throws Exception {
        ExecutorService chains = Executors.newFixedThreadPool(CHAINS);
        List<Future<Integer>> writes = new ArrayList<>();
        for (int c = 0; c < CHAINS; c++) {
            Chain chain = new Chain(dir.resolve("state-" + c + ".json"), new Random(17 + c));
            writes.add(chains.submit(chain::run));
        }
        int totalWrites = 0;
        for (Future<Integer> chain : writes) {
            totalWrites += chain.get(5, TimeUnit.MINUTES);
        }
        chains.shutdown();
        assertThat(totalWrites).as("enough writes were answered to mean something").isGreaterThan(100);
    }

    /** One state file, killed round after round; what its clients were told, per event id. */
    private static final class Chain {
        private final Path stateFile;
        private final Random random;
        private final Map<Long, JsonNode> acknowledged = new ConcurrentHashMap<>();
        /** A rename sent but never answered: it may or may not have been applied. */
        private final Map<Long, String> renameInFlight = new ConcurrentHashMap<>();
        private volatile CountDownLatch firstAnswer;

        Chain(Path stateFile, Random random) {
            this.stateFile = stateFile;
            this.random = random;
        }

        int run() throws Exception {
            int totalWrites = 0;
            for (int round = 0; round < ROUNDS_PER_CHAIN; round++) {
                String sync = round % 2 == 0 ? "write" : "second";
                try (KilledSimulator simulator = KilledSimulator.start(stateFile, sync)) {
                    assertAllAcknowledgedArePresent(simulator, stateFile.getFileName() + " round " + round
                            + " (" + sync + ")");
                    totalWrites += writeUntilKilled(simulator, round % 3 == 0);
                }
            }
            try (KilledSimulator simulator = KilledSimulator.start(stateFile, "write")) {
                assertAllAcknowledgedArePresent(simulator, stateFile.getFileName() + " after the last kill");
                assertThat(simulator.output()).as("no stack trace or ERROR line")
                        .doesNotContain("Exception", "ERROR", "\tat ");
            }
            return totalWrites;
        }

        /** Writers create and rename events until the kill, some random milliseconds in; answers the writes acknowledged. */
        private int writeUntilKilled(KilledSimulator simulator, boolean withSaves) throws Exception {
            AtomicBoolean killed = new AtomicBoolean();
            firstAnswer = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
            List<java.util.concurrent.Future<Integer>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                long writerSeed = random.nextLong();
                writers.add(pool.submit(() -> writes(simulator.api(), new Random(writerSeed), killed)));
            }
            java.util.concurrent.Future<Integer> saves = null;
            if (withSaves) {
                saves = pool.submit(() -> {
                    while (!killed.get()) {
                        simulator.api().control("POST", "/__sim/state/save", null);
                        Thread.sleep(40);
                    }
                    return 0;
                });
            }
            // The kill comes some time after the first answer (a fresh JVM's first call is slow).
            if (!firstAnswer.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("no write was answered:\n" + simulator.output());
            }
            Thread.sleep(50 + random.nextInt(450));
            simulator.kill();
            killed.set(true);
            int acknowledgedWrites = 0;
            for (var writer : writers) {
                acknowledgedWrites += writer.get(30, TimeUnit.SECONDS);
            }
            if (saves != null) {
                saves.get(30, TimeUnit.SECONDS); // a save that failed (not cut off) fails the test
            }
            pool.shutdownNow();
            return acknowledgedWrites;
        }

        private int writes(KilledApi api, Random random, AtomicBoolean killed) {
            List<Long> mine = new ArrayList<>();
            int done = 0;
            while (!killed.get()) {
                if (mine.isEmpty() || random.nextInt(3) > 0) {
                    JsonNode answer = api.post("events/create",
                            Events.anEvent().withName("Event " + random.nextInt(1_000_000)).body());
                    if (answer == null) {
                        return done;
                    }
                    JsonNode created = answer.path("event");
                    acknowledged.put(created.path("id").asLong(), created);
                    firstAnswer.countDown();
                    mine.add(created.path("id").asLong());
                } else {
                    long id = mine.get(random.nextInt(mine.size()));
                    String name = "Renamed " + random.nextInt(1_000_000);
                    renameInFlight.put(id, name);
                    JsonNode updated = api.post("events/update", Map.of("id", id, "name", name));
                    if (updated == null) {
                        return done;
                    }
                    acknowledged.put(id, updated.path("event"));
                    renameInFlight.remove(id);
                }
                done++;
            }
            return done;
        }

        private void assertAllAcknowledgedArePresent(KilledSimulator simulator, String when) {
            Map<Long, JsonNode> listed = simulator.api().allEvents();
            for (Map.Entry<Long, JsonNode> expected : acknowledged.entrySet()) {
                long id = expected.getKey();
                JsonNode found = listed.get(id);
                assertThat(found).as("%s: event %d was acknowledged", when, id).isNotNull();
                Set<String> names = new java.util.HashSet<>(Set.of(expected.getValue().path("name").asText()));
                if (renameInFlight.containsKey(id)) {
                    names.add(renameInFlight.get(id)); // sent before the kill: it may have been applied
                }
                assertThat(found.path("name").asText()).as("%s: name of event %d", when, id).isIn(names);
                for (String field : List.of("id", "templateId", "startDate", "endDate", "timezone")) {
                    assertThat(found.path(field)).as("%s: %s of event %d", when, field, id)
                            .isEqualTo(expected.getValue().path(field));
                }
                acknowledged.put(id, found);
            }
            renameInFlight.clear();
            Map<Long, JsonNode> unexpected = new HashMap<>(listed);
            unexpected.keySet().removeAll(acknowledged.keySet());
            unexpected.forEach(acknowledged::put); // created before the kill but never answered: kept from now on
        }
    }
}
