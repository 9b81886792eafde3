package dev.eventsim.simulator.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventsim.simulator.EventsSimulator;
import dev.eventsim.simulator.SimulatorOptions;
import dev.eventsim.simulator.support.Api;
import dev.eventsim.simulator.support.Events;
import dev.eventsim.simulator.support.World;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The change log beside the state file: what a crash leaves (the files as they are while the
 * simulator runs) brings back every answered write; a torn last record is dropped, a corrupt one
 * in the middle refused; a save folds the log into the state file, safely at every step.
 */
class ChangeLogTest {
    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("state.json");
    }

    private static Path logOf(Path stateFile) {
        return stateFile.resolveSibling(stateFile.getFileName() + ".log");
    }

    private static EventsSimulator start(Path stateFile) {
        return EventsSimulator.start(SimulatorOptions.defaults().withStateFile(stateFile));
    }

    private static Api api(EventsSimulator simulator) {
        return new Api(simulator.baseUrl(), simulator.adminKs(SimulatorOptions.DEFAULT_PARTNER_ID, "admin",
                Duration.ofDays(20 * 365)));
    }

    /** What a kill -9 leaves now: the state file and its log as they are, copied to a directory of their own. */
    private Path crashImage(String name) throws IOException {
        Path copy = Files.createDirectory(dir.resolve(name));
        for (Path source : new Path[] {file(), logOf(file())}) {
            if (Files.exists(source)) {
                Files.copy(source, copy.resolve(source.getFileName()));
            }
        }
        return copy.resolve("state.json");
    }

    private static String startCapturingStdout(Path stateFile, Map<String, JsonNode> observed) {
        PrintStream before = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try (EventsSimulator simulator = start(stateFile)) {
            observed.put("world", World.observe(api(simulator)));
        } finally {
            System.setOut(before);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void what_a_kill_leaves_holds_every_answered_write_without_a_save() throws IOException {
        JsonNode before;
        Path crashed;
        try (EventsSimulator first = start(file())) {
            Api api = api(first);
            World.build(api);
            api.rawControl("POST", "/__sim/partners", Map.of("partnerId", 3003, "adminSecret", "run-time"));
            before = World.observe(api);
            crashed = crashImage("crashed");
        }
        assertThat(crashed).as("no save happened before the crash").doesNotExist();

        try (EventsSimulator second = start(crashed)) {
            assertThat(World.observe(api(second))).isEqualTo(before);
        }
    }

    @Test
    void after_a_kill_ids_continue_where_the_answered_ones_stopped() throws IOException {
        Path crashed;
        JsonNode wouldHave;
        try (EventsSimulator first = start(file())) {
            Api api = api(first);
            World.build(api);
            crashed = crashImage("crashed");
            wouldHave = World.nextIds(api);
        }

        try (EventsSimulator second = start(crashed)) {
            assertThat(World.nextIds(api(second))).as("event, entry, category and job ids").isEqualTo(wouldHave);
        }
    }

    @Test
    void a_torn_last_record_is_dropped_with_one_line_on_stdout() throws IOException {
        JsonNode before;
        Path crashed;
        try (EventsSimulator first = start(file())) {
            World.build(api(first));
            before = World.observe(api(first));
            crashed = crashImage("crashed");
        }
        // A record cut short by the crash: its length and checksum, then only part of what they announce.
        ByteBuffer torn = ByteBuffer.allocate(8 + 40).putInt(5000).putInt(1234);
        Files.write(logOf(crashed), torn.array(), java.nio.file.StandardOpenOption.APPEND);

        Map<String, JsonNode> observed = new java.util.HashMap<>();
        String stdout = startCapturingStdout(crashed, observed);

        assertThat(observed.get("world")).isEqualTo(before);
        assertThat(stdout.lines().filter(l -> l.contains("torn")).toList()).as(stdout).hasSize(1)
                .allSatisfy(line -> assertThat(line).contains(logOf(crashed).toAbsolutePath().toString())
                        .doesNotContain("ERROR", "Exception"));
    }

    @Test
    void a_corrupt_record_in_the_middle_is_refused_and_left_as_it_is() throws IOException {
        Path crashed;
        try (EventsSimulator first = start(file())) {
            Api api = api(first);
            api.post("events/create", Events.anEvent().withName("First").body());
            api.post("events/create", Events.anEvent().withName("Second").body());
            crashed = crashImage("crashed");
        }
        byte[] log = Files.readAllBytes(logOf(crashed));
        int first = ByteBuffer.wrap(log).getInt(0) + 8; // past the header record
        log[first + 8 + 3] ^= 0x20; // one bit of the first change record's text
        Files.write(logOf(crashed), log);

        assertThatThrownBy(() -> start(crashed).close())
                .isInstanceOf(StateFileException.class)
                .hasMessageContaining(logOf(crashed).toAbsolutePath().toString())
                .hasMessageContaining("corrupt")
                .hasMessageContaining("left as it is");
        assertThat(Files.readAllBytes(logOf(crashed))).as("the log is never replaced").isEqualTo(log);
    }

    @Test
    void a_save_folds_the_log_into_the_state_file_and_empties_it() throws IOException {
        JsonNode before;
        try (EventsSimulator simulator = start(file())) {
            Api api = api(simulator);
            World.build(api);
            long grown = Files.size(logOf(file()));
            assertThat(api.rawControl("POST", "/__sim/state/save", null).statusCode()).isEqualTo(200);
            assertThat(Files.size(logOf(file()))).as("folded").isLessThan(grown).isLessThan(200);
            api.post("events/create", Events.anEvent().withName("After the save").body());
            before = World.observe(api);
            Path crashed = crashImage("crashed");

            try (EventsSimulator second = start(crashed)) {
                assertThat(World.observe(api(second))).isEqualTo(before);
            }
        }
    }

    /** A fold writes the next log, then the state file, then puts the next log in place: crash between any two. */
    @Test
    void a_fold_cut_short_at_any_step_leaves_every_answered_write() throws IOException {
        JsonNode before;
        Path oldState;
        Path oldLog;
        try (EventsSimulator simulator = start(file())) {
            Api api = api(simulator);
            World.build(api);
            api.rawControl("POST", "/__sim/state/save", null);
            api.post("events/create", Events.anEvent().withName("Logged before the fold").body());
            oldState = Files.copy(file(), dir.resolve("old-state"));
            oldLog = Files.copy(logOf(file()), dir.resolve("old-log"));
            assertThat(api.rawControl("POST", "/__sim/state/save", null).statusCode()).isEqualTo(200);
            before = World.observe(api);
        }
        Path nextLog = logOf(file());

        Path beforeRename = Files.createDirectory(dir.resolve("before-rename")).resolve("state.json");
        Files.copy(oldState, beforeRename);
        Files.copy(oldLog, logOf(beforeRename));
        Files.copy(nextLog, beforeRename.resolveSibling("state.json.log.next"));
        Files.writeString(beforeRename.resolveSibling(".state.json.77.tmp"), "{\"formatVersion\": 1, \"da");

        Path afterRename = Files.createDirectory(dir.resolve("after-rename")).resolve("state.json");
        Files.copy(file(), afterRename);
        Files.copy(oldLog, logOf(afterRename));
        Files.copy(nextLog, afterRename.resolveSibling("state.json.log.next"));

        for (Path crashed : new Path[] {beforeRename, afterRename}) {
            try (EventsSimulator second = start(crashed)) {
                assertThat(World.observe(api(second))).as(crashed.getParent().getFileName().toString())
                        .isEqualTo(before);
            }
            try (var files = Files.list(crashed.getParent())) {
                assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                        .containsExactly("state.json", "state.json.log");
            }
        }
    }

    @Test
    void stray_temporary_files_of_an_interrupted_save_are_removed_at_start() throws IOException {
        Path stray = dir.resolve(".state.json.4711.tmp");
        Path other = dir.resolve(".other.json.4711.tmp");
        Files.writeString(stray, "{\"formatVersion\": 1, \"data\": [{\"partnerId\"");
        Files.writeString(other, "not ours");

        start(file()).close();

        assertThat(stray).doesNotExist();
        assertThat(other).as("another file's temporary file is not ours to remove").exists();
    }

    @Test
    void control_plane_changes_survive_a_kill_too() throws IOException {
        Path crashed;
        JsonNode partners;
        JsonNode clock;
        try (EventsSimulator first = start(file())) {
            Api api = api(first);
            api.post("events/create", Events.anEvent().withName("Reset away").body());
            api.rawControl("POST", "/__sim/partners", Map.of("partnerId", 3003, "adminSecret", "run-time"));
            api.rawControl("POST", "/__sim/clock/freeze", Map.of("at", World.NOW));
            api.rawControl("POST", "/__sim/reset", Map.of("partnerId", SimulatorOptions.DEFAULT_PARTNER_ID));
            partners = api.rawControl("GET", "/__sim/partners", null).json();
            clock = api.rawControl("GET", "/__sim/clock", null).json();
            crashed = crashImage("crashed");
        }

        try (EventsSimulator second = start(crashed)) {
            Api api = api(second);
            assertThat(api.post("events/list", Map.of()).json().path("totalCount").asInt()).isZero();
            assertThat(api.rawControl("GET", "/__sim/partners", null).json()).isEqualTo(partners);
            assertThat(api.rawControl("GET", "/__sim/clock", null).json()).isEqualTo(clock);
        }
    }
}
