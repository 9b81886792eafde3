package dev.eventsim.simulator.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventsim.simulator.EventsSimulator;
import dev.eventsim.simulator.SimulatorOptions;
import dev.eventsim.simulator.support.Api;
import dev.eventsim.simulator.support.CoreApi;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The core API's state (app tokens, ended KSes, action counts) survives a restart, or a kill, over a state file. */
class CoreApiStateFileTest {
    @TempDir
    Path dir;

    private static EventsSimulator start(Path stateFile) {
        return EventsSimulator.start(SimulatorOptions.defaults().withStateFile(stateFile));
    }

    private static String adminKs(EventsSimulator simulator) {
        return simulator.adminKs(SimulatorOptions.DEFAULT_PARTNER_ID, "admin", Duration.ofDays(365));
    }

    private static String userKs(EventsSimulator simulator, String privileges) {
        return new Api(simulator.baseUrl(), null).postForm("/api_v3/service/session/action/start", Map.of(
                "partnerId", Long.toString(SimulatorOptions.DEFAULT_PARTNER_ID),
                "secret", SimulatorOptions.DEFAULT_ADMIN_SECRET, "userId", "viewer", "privileges", privileges,
                "format", "1")).json().asText();
    }

    @Test
    void app_tokens_ended_kses_and_used_calls_come_back_after_a_restart() throws IOException {
        assertComeBack(false);
    }

    /** The KS guard keeps ended KSes and used calls under its own lock: they are logged all the same. */
    @Test
    void app_tokens_ended_kses_and_used_calls_come_back_after_a_kill() throws IOException {
        assertComeBack(true);
    }

    private void assertComeBack(boolean killed) throws IOException {
        Path file = dir.resolve("state.json");
        Path crashed = Files.createDirectory(dir.resolve("crashed")).resolve("state.json");
        String tokenId;
        String ended;
        String limited;
        try (EventsSimulator first = start(file)) {
            CoreApi core = new CoreApi(new Api(first.baseUrl(), null), adminKs(first));
            tokenId = core.call("appToken", "add", Map.of("appToken[description]", "kept",
                    "appToken[hashType]", "SHA512")).json().path("id").asText();
            ended = userKs(first, "");
            core.withKs(ended).call("session", "end", Map.of());
            limited = userKs(first, "actionslimit:1");
            assertThat(core.withKs(limited).call("baseEntry", "list", Map.of()).json().path("objectType").asText())
                    .isEqualTo("KalturaBaseEntryListResponse");
            // What a kill -9 leaves now: the state file (none yet) and its change log as they are.
            Files.copy(dir.resolve("state.json.log"), crashed.resolveSibling("state.json.log"));
        }

        try (EventsSimulator second = start(killed ? crashed : file)) {
            CoreApi core = new CoreApi(new Api(second.baseUrl(), null), adminKs(second));
            JsonNode token = core.call("appToken", "get", Map.of("id", tokenId)).json();
            JsonNode endedAnswer = core.withKs(ended).call("baseEntry", "list", Map.of()).json();
            JsonNode limitedAnswer = core.withKs(limited).call("baseEntry", "list", Map.of()).json();

            assertThat(token.path("description").asText()).isEqualTo("kept");
            assertThat(token.path("hashType").asText()).isEqualTo("SHA512");
            assertThat(endedAnswer.path("args").path("KSID").asText()).as("ended before the restart: %s", endedAnswer)
                    .isEqualTo("LOGOUT");
            assertThat(limitedAnswer.path("args").path("KSID").asText()).as("its one call was used before: %s",
                    limitedAnswer).isEqualTo("EXCEEDED_ACTIONS_LIMIT");
        }
    }
}
