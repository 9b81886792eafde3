package dev.eventsim.simulator.coreapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eventsim.simulator.auth.Partner;
import dev.eventsim.simulator.support.Api;
import dev.eventsim.simulator.support.ApiResponse;
import dev.eventsim.simulator.support.ApiTest;
import dev.eventsim.simulator.support.Events;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Kaltura's official Node.js client library ({@code kaltura-client} 21.20.0 from npm, unmodified)
 * against the simulator's core API, end to end. {@code src/test/node/kaltura-client/drive.js}
 * makes the calls through the library's public API and prints, per step, what the library
 * resolved or rejected with; the tests judge those lines. The library is installed with
 * {@code npm ci} into {@code target/kaltura-client-test} (once, while the lockfile is unchanged)
 * and the script runs once per class, before the tests read its lines. Skipped, saying so on
 * stderr, where {@code node} or {@code npm} is not on the PATH.
 */
class OfficialNodeClientTest extends ApiTest {
    private static final Path SOURCES = Path.of("src", "test", "node", "kaltura-client");
    private static final Path WORK = Path.of("target", "kaltura-client-test");
    private static final List<String> FILES = List.of("package.json", "package-lock.json", "drive.js");
    private static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(4);
    private static final Duration DRIVE_TIMEOUT = Duration.ofSeconds(90);
    private static final boolean WINDOWS = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");

    /** The steps drive.js prints, in its order: a missing one means the script stopped early. */
    private static final List<String> STEPS = List.of(
            "session.start ADMIN", "session.start USER", "session.get", "session.get of the USER KS",
            "session.startWidgetSession",
            "appToken.add", "appToken.get", "appToken.list", "appToken.update",
            "appToken.startSession", "baseEntry.list with the app token KS", "media.list with the app token KS",
            "appToken.startSession with a wrong hash", "appToken.delete", "appToken.startSession after delete",
            "baseEntry.list with the deleted app token KS",
            "baseEntry.get", "baseEntry.list idIn", "baseEntry.list nameLike", "media.list",
            "baseEntry.get of an unknown entry",
            "category.list", "category.get", "category.delete", "category.get after delete",
            "multirequest",
            "session.start to end", "session.end", "baseEntry.list with the ended KS",
            "unknown service");

    private static long partnerId;
    private static long eventId;
    private static String liveEntryId;
    private static String roomEntryId;
    private static Run run;
    /** Why the tests are skipped here, or null: each test then is reported skipped, not silently left out. */
    private static String skipped;

    /** What one run of drive.js left: its lines by step, its exit code, its stderr, and when it ran. */
    private record Run(Map<String, JsonNode> steps, List<String> unreadable, int exitCode, String stdout,
                       String stderr, long startedAt, long finishedAt) {

        String transcript() {
            return "\n--- drive.js exited " + exitCode + "; stdout:\n" + stdout + "\n--- stderr:\n" + tail(stderr, 40);
        }
    }

    @BeforeAll
    static void driveTheOfficialClient() throws IOException, InterruptedException {
        Optional<Path> node = onPath(WINDOWS ? "node.exe" : "node");
        Optional<Path> npm = onPath(WINDOWS ? "npm.cmd" : "npm");
        if (node.isEmpty() || npm.isEmpty()) {
            String why = "OfficialNodeClientTest SKIPPED: " + (node.isEmpty() ? "node" : "npm")
                    + " is not on the PATH, so Kaltura's official Node.js client (kaltura-client 21.20.0) was not run"
                    + " against the simulator. Install Node.js 18+ with npm to run it.";
            System.err.println(why);
            skipped = why;
            return;
        }
        install(npm.get());

        Partner partner = simulator.partners().defaultPartner();
        partnerId = partner.id();
        Api admin = new Api(simulator.baseUrl(), simulator.adminKs());
        ApiResponse event = admin.post("events/create", Events.anEvent().withTemplate("tm2000")
                .withName("Official Node client town hall").body());
        assertThat(event.statusCode()).as(event.rawBody()).isEqualTo(200);
        eventId = event.json().path("event").path("id").asLong();
        JsonNode sessions = admin.post("sessions/list", Map.of("eventId", eventId)).json().path("sessions");
        assertThat(sessions).as("tm2000 gives one LiveWebcast session").hasSize(1);
        assertThat(sessions.get(0).path("type").asText()).isEqualTo("LiveWebcast");
        liveEntryId = sessions.get(0).path("id").asText();
        ApiResponse room = admin.post("sessions/create", Map.of("eventId", eventId, "session", Map.of(
                "name", "Backstage meeting", "type", "MeetingEntry", "visibility", "private",
                "startDate", "2030-05-01T14:00:00Z", "endDate", "2030-05-01T14:45:00Z")));
        assertThat(room.statusCode()).as(room.rawBody()).isEqualTo(200);
        roomEntryId = room.json().path("session").path("id").asText();

        run = drive(node.get(), simulator.baseUrl(), Long.toString(partnerId), partner.adminSecret(),
                liveEntryId, roomEntryId, Long.toString(eventId));
    }

    @BeforeEach
    void requireNode() {
        Assumptions.assumeTrue(skipped == null, skipped);
    }

    // ---- the run as a whole

    @Test
    void the_script_runs_every_step_in_order_and_writes_nothing_else() {
        assertThat(run.exitCode()).as("exit code%s", run.transcript()).isZero();
        assertThat(run.unreadable()).as("stdout lines that are not JSON%s", run.transcript()).isEmpty();
        assertThat(new ArrayList<>(run.steps().keySet())).as("steps%s", run.transcript())
                .containsExactlyElementsOf(STEPS);
        assertThat(run.stderr()).as("stderr%s", run.transcript()).isBlank();
    }

    // ---- session

    @Test
    void session_start_gives_an_admin_ks_and_a_user_ks_as_plain_strings() {
        assertThat(result("session.start ADMIN").isTextual()).as("a KS string").isTrue();
        assertThat(result("session.start ADMIN").asText()).matches("[A-Za-z0-9_=-]{40,}");
        assertThat(result("session.start USER").isTextual()).isTrue();
        assertThat(result("session.start USER").asText()).isNotEqualTo(result("session.start ADMIN").asText());
    }

    @Test
    void session_get_describes_the_callers_ks_and_a_ks_it_is_given() {
        JsonNode admin = result("session.get");
        assertThat(admin.path("objectType").asText()).isEqualTo("KalturaSessionInfo");
        assertThat(admin.path("partnerId").asLong()).isEqualTo(partnerId);
        assertThat(admin.path("userId").asText()).isEqualTo("node-admin");
        assertThat(admin.path("sessionType").asInt()).as("ADMIN").isEqualTo(2);
        assertThat(admin.path("expiry").asLong()).as("absolute unix time: started + 3600 s")
                .isBetween(run.startedAt() + 3600, run.finishedAt() + 3600);
        assertThat(admin.path("privileges").asText()).isEqualTo("disableentitlement");
        assertThat(admin.has("ks")).as("session.get does not echo the KS").isFalse();

        JsonNode user = result("session.get of the USER KS");
        assertThat(user.path("partnerId").asLong()).isEqualTo(partnerId);
        assertThat(user.path("userId").asText()).isEqualTo("node-user");
        assertThat(user.path("sessionType").asInt()).as("USER").isZero();
        assertThat(user.path("expiry").asLong()).isBetween(run.startedAt() + 1800, run.finishedAt() + 1800);
    }

    @Test
    void a_widget_session_of_the_default_widget_is_the_anonymous_user_zero_of_the_partner() {
        JsonNode widget = result("session.startWidgetSession");
        assertThat(widget.path("objectType").asText()).isEqualTo("KalturaStartWidgetSessionResponse");
        assertThat(widget.path("partnerId").asLong()).isEqualTo(partnerId);
        assertThat(widget.path("userId").asText()).isEqualTo("0");
        assertThat(widget.path("ks").asText()).isNotBlank();
    }

    @Test
    void an_ended_ks_is_refused_as_logged_out() {
        assertThat(result("session.end").isNull()).as("session.end returns nothing").isTrue();
        assertInvalidKs(error("baseEntry.list with the ended KS"), "LOGOUT");
    }

    // ---- appToken

    @Test
    void an_app_token_is_added_read_listed_and_updated() {
        JsonNode added = result("appToken.add");
        assertThat(added.path("objectType").asText()).isEqualTo("KalturaAppToken");
        assertThat(added.path("id").asText()).matches("[0-9]+_[a-z0-9]{8}");
        assertThat(added.path("token").asText()).as("32 lowercase hex digits").matches("[0-9a-f]{32}");
        assertThat(added.path("partnerId").asLong()).isEqualTo(partnerId);
        assertThat(added.path("status").asInt()).as("ACTIVE").isEqualTo(2);
        assertThat(added.path("hashType").asText()).isEqualTo("SHA256");
        assertThat(added.path("sessionType").asInt()).isZero();
        assertThat(added.path("sessionUserId").asText()).isEqualTo("node-app-user");
        assertThat(added.path("sessionDuration").asInt()).isEqualTo(7200);
        assertThat(added.path("sessionPrivileges").asText()).isEqualTo("list:*");
        assertThat(added.path("description").asText()).isEqualTo("node client token");
        assertThat(added.path("createdAt").asLong()).isBetween(run.startedAt(), run.finishedAt());

        assertThat(result("appToken.get")).as("get gives what add gave").isEqualTo(added);

        JsonNode listed = result("appToken.list");
        assertThat(listed.path("objectType").asText()).isEqualTo("KalturaAppTokenListResponse");
        assertThat(listed.path("totalCount").asInt()).isEqualTo(1);
        assertThat(listed.path("objects")).containsExactly(added);

        JsonNode updated = result("appToken.update");
        assertThat(updated.path("id").asText()).isEqualTo(added.path("id").asText());
        assertThat(updated.path("description").asText()).isEqualTo("node client token, renamed");
        assertThat(updated.path("sessionDuration").asInt()).isEqualTo(1800);
        assertThat(updated.path("token").asText()).as("unchanged").isEqualTo(added.path("token").asText());
        assertThat(updated.path("sessionPrivileges").asText()).as("unchanged").isEqualTo("list:*");
    }

    @Test
    void an_app_token_session_started_with_the_widget_ks_hash_carries_the_tokens_user_and_privileges() {
        String tokenId = result("appToken.add").path("id").asText();
        JsonNode session = result("appToken.startSession");
        assertThat(session.path("objectType").asText()).isEqualTo("KalturaSessionInfo");
        assertThat(session.path("ks").asText()).isNotBlank();
        assertThat(session.path("partnerId").asLong()).isEqualTo(partnerId);
        assertThat(session.path("userId").asText()).as("the token's sessionUserId wins over the userId asked for")
                .isEqualTo("node-app-user");
        assertThat(session.path("sessionType").asInt()).isZero();
        assertThat(session.path("expiry").asLong()).as("the updated sessionDuration of 1800 s, as an absolute time")
                .isBetween(run.startedAt() + 1800, run.finishedAt() + 1800);
        assertThat(session.path("privileges").asText())
                .isEqualTo("sessionid:" + tokenId + ",apptoken:" + tokenId + ",list:*");
    }

    @Test
    void the_app_token_ks_lists_the_live_entry_as_a_plain_live_stream() {
        JsonNode entries = result("baseEntry.list with the app token KS");
        assertThat(entries.path("objectType").asText()).isEqualTo("KalturaBaseEntryListResponse");
        assertThat(entries.path("objects")).extracting(e -> e.path("id").asText()).containsExactly(liveEntryId);
        assertThat(entries.path("objects").get(0).path("objectType").asText()).as("a USER KS gets no admin variant")
                .isEqualTo("KalturaLiveStreamEntry");

        JsonNode media = result("media.list with the app token KS");
        assertThat(media.path("objectType").asText()).isEqualTo("KalturaMediaListResponse");
        assertThat(media.path("objects")).extracting(e -> e.path("id").asText()).containsExactly(liveEntryId);
    }

    @Test
    void a_token_hash_over_anything_but_the_ks_and_the_token_is_refused() {
        JsonNode refused = error("appToken.startSession with a wrong hash");
        assertThat(refused.path("code").asText()).isEqualTo("INVALID_APP_TOKEN_HASH");
        assertThat(refused.path("message").asText()).isEqualTo("Invalid application token hash");
    }

    @Test
    void a_deleted_app_token_starts_no_session_and_the_ks_it_issued_is_refused() {
        String tokenId = result("appToken.add").path("id").asText();
        assertThat(result("appToken.delete").isNull()).as("appToken.delete returns nothing").isTrue();

        JsonNode gone = error("appToken.startSession after delete");
        assertThat(gone.path("code").asText()).isEqualTo("APP_TOKEN_ID_NOT_FOUND");
        assertThat(gone.path("args").path("ID").asText()).isEqualTo(tokenId);
        assertThat(gone.path("message").asText()).isEqualTo("Application token id \"" + tokenId + "\" not found");

        assertInvalidKs(error("baseEntry.list with the deleted app token KS"), "LOGOUT");
    }

    // ---- baseEntry and media

    @Test
    void base_entry_get_reads_the_webcast_as_a_live_stream_admin_entry_for_an_admin_ks() {
        JsonNode entry = result("baseEntry.get");
        assertThat(entry.path("objectType").asText()).isEqualTo("KalturaLiveStreamAdminEntry");
        assertThat(entry.path("id").asText()).isEqualTo(liveEntryId);
        assertThat(entry.path("name").asText()).isEqualTo("Live webcast");
        assertThat(entry.path("partnerId").asLong()).isEqualTo(partnerId);
        assertThat(entry.path("type").asInt()).as("LIVE_STREAM").isEqualTo(7);
        assertThat(entry.path("status").asInt()).as("READY").isEqualTo(2);
        assertThat(entry.path("mediaType").asInt()).as("LIVE_STREAM_FLASH").isEqualTo(201);
    }

    @Test
    void base_entry_list_filters_by_id_in_and_by_name_like() {
        JsonNode byIds = result("baseEntry.list idIn");
        assertThat(byIds.path("objectType").asText()).isEqualTo("KalturaBaseEntryListResponse");
        assertThat(byIds.path("totalCount").asInt()).isEqualTo(2);
        assertThat(byIds.path("objects")).extracting(e -> e.path("id").asText())
                .containsExactlyInAnyOrder(liveEntryId, roomEntryId);
        assertThat(byIds.path("objects")).filteredOn(e -> e.path("id").asText().equals(liveEntryId))
                .extracting(e -> e.path("objectType").asText()).containsExactly("KalturaLiveStreamAdminEntry");

        JsonNode byName = result("baseEntry.list nameLike");
        assertThat(byName.path("objects")).extracting(e -> e.path("id").asText())
                .as("the webcast, not the backstage meeting").contains(liveEntryId).doesNotContain(roomEntryId);
        assertThat(byName.path("objects")).extracting(e -> e.path("name").asText().toLowerCase(Locale.ROOT))
                .allMatch(name -> name.contains("webcast"));
    }

    @Test
    void media_list_reads_the_webcast_as_a_live_stream_entry_even_for_an_admin_ks() {
        JsonNode media = result("media.list");
        assertThat(media.path("objectType").asText()).isEqualTo("KalturaMediaListResponse");
        assertThat(media.path("totalCount").asInt()).isEqualTo(1);
        assertThat(media.path("objects").get(0).path("id").asText()).isEqualTo(liveEntryId);
        assertThat(media.path("objects").get(0).path("objectType").asText()).isEqualTo("KalturaLiveStreamEntry");
    }

    @Test
    void an_unknown_entry_is_entry_id_not_found() {
        JsonNode missing = error("baseEntry.get of an unknown entry");
        assertThat(missing.path("code").asText()).isEqualTo("ENTRY_ID_NOT_FOUND");
        assertThat(missing.path("message").asText()).isEqualTo("Entry id \"0_nosuch00\" not found");
        assertThat(missing.path("args").path("ENTRY_ID").asText()).isEqualTo("0_nosuch00");
    }

    // ---- category

    @Test
    void the_events_categories_are_listed_read_and_deleted() {
        JsonNode listed = result("category.list");
        assertThat(listed.path("objectType").asText()).isEqualTo("KalturaCategoryListResponse");
        assertThat(listed.path("totalCount").asInt()).as("the EP root, its agenda and its private category")
                .isEqualTo(3);
        assertThat(listed.path("objects")).extracting(c -> c.path("fullName").asText())
                .allMatch(name -> name.startsWith(eventId + "EP"));
        assertThat(listed.path("objects")).extracting(c -> c.path("name").asText())
                .contains("ep_agenda_" + eventId, "ep_private_" + eventId);
        JsonNode last = listed.path("objects").get(listed.path("objects").size() - 1);

        JsonNode read = result("category.get");
        assertThat(read.path("objectType").asText()).isEqualTo("KalturaCategory");
        assertThat(read).as("get gives what list gave").isEqualTo(last);

        assertThat(result("category.delete").isNull()).as("category.delete returns nothing").isTrue();
        JsonNode gone = error("category.get after delete");
        assertThat(gone.path("code").asText()).isEqualTo("CATEGORY_NOT_FOUND");
        assertThat(gone.path("args").path("ID").asText()).isEqualTo(last.path("id").asText());
    }

    // ---- multirequest

    @Test
    void a_multirequest_uses_the_first_result_as_a_ks_and_keeps_a_failure_in_its_own_slot() {
        JsonNode items = result("multirequest");
        assertThat(items.isArray()).as("one result per request: %s", items).isTrue();
        assertThat(items).hasSize(4);

        assertThat(items.get(0).isTextual()).as("session.start gives the KS").isTrue();
        JsonNode info = items.get(1);
        assertThat(info.path("objectType").asText()).as("session.get with ks {1:result}")
                .isEqualTo("KalturaSessionInfo");
        assertThat(info.path("userId").asText()).as("the KS of request 1, not the client's").isEqualTo("node-batch");
        assertThat(info.path("sessionType").asInt()).isEqualTo(2);

        JsonNode failed = items.get(2);
        assertThat(failed.path("objectType").asText()).isEqualTo("KalturaAPIException");
        assertThat(failed.path("code").asText()).isEqualTo("ENTRY_ID_NOT_FOUND");
        assertThat(failed.path("args").path("ENTRY_ID").asText()).isEqualTo("0_nosuch01");

        JsonNode after = items.get(3);
        assertThat(after.path("objectType").asText()).as("the request after the failure still ran")
                .isEqualTo("KalturaBaseEntryListResponse");
        assertThat(after.path("objects")).extracting(e -> e.path("id").asText()).containsExactly(liveEntryId);
    }

    // ---- dispatch

    @Test
    void an_unknown_service_is_service_does_not_exists() {
        JsonNode unknown = error("unknown service");
        assertThat(unknown.path("code").asText()).isEqualTo("SERVICE_DOES_NOT_EXISTS");
        assertThat(unknown.path("message").asText()).isEqualTo("Service \"nosuchservice\" does not exists");
        assertThat(unknown.path("args").path("SRV_NAME").asText()).isEqualTo("nosuchservice");
    }

    // ---- reading the run

    /** What the library resolved with at a step that had to succeed. */
    private static JsonNode result(String step) {
        JsonNode line = line(step);
        assertThat(line.path("ok").asBoolean()).as("%s succeeds: %s%s", step, line, run.transcript()).isTrue();
        return line.path("result");
    }

    /** What the library rejected with at a step that had to fail: the API error as a plain object. */
    private static JsonNode error(String step) {
        JsonNode line = line(step);
        assertThat(line.path("ok").asBoolean()).as("%s fails: %s%s", step, line, run.transcript()).isFalse();
        JsonNode error = line.path("error");
        assertThat(error.path("objectType").asText()).as("%s rejects with an API error object: %s", step, error)
                .isEqualTo("KalturaAPIException");
        return error;
    }

    private static JsonNode line(String step) {
        JsonNode line = run.steps().get(step);
        if (line == null) {
            fail("drive.js printed no line for step \"" + step + "\"" + run.transcript());
        }
        return line;
    }

    private static void assertInvalidKs(JsonNode error, String reason) {
        assertThat(error.path("code").asText()).isEqualTo("INVALID_KS");
        assertThat(error.path("args").path("KSID").asText()).as("the reason stands where the KS would be")
                .isEqualTo(reason);
        assertThat(error.path("message").asText()).isEqualTo("Invalid KS \"" + reason + "\", Error \"-1,INVALID_STR\"");
    }

    // ---- installing and running

    private static Optional<Path> onPath(String name) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, name))) {
                return Optional.of(Path.of(folder, name));
            }
        }
        return Optional.empty();
    }

    /**
     * Copies the package, its lockfile and the script into target/kaltura-client-test and runs
     * {@code npm ci} there unless node_modules is already newer than the lockfile; npm's output
     * goes to npm-ci.log, shown only when the install fails.
     */
    private static void install(Path npm) throws IOException, InterruptedException {
        Files.createDirectories(WORK);
        for (String file : FILES) {
            // the lockfile keeps its own modification time, which tells whether node_modules is current
            Files.copy(SOURCES.resolve(file), WORK.resolve(file), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.COPY_ATTRIBUTES);
        }
        Path installed = WORK.resolve("node_modules").resolve(".package-lock.json");
        FileTime locked = Files.getLastModifiedTime(WORK.resolve("package-lock.json"));
        if (Files.exists(installed) && Files.getLastModifiedTime(installed).compareTo(locked) >= 0) {
            return;
        }
        Path log = WORK.resolve("npm-ci.log");
        Process process = new ProcessBuilder(npm.toString(), "ci", "--no-audit", "--no-fund", "--loglevel=error")
                .directory(WORK.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = process.waitFor(INSTALL_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        if (!finished) {
            stop(process);
        }
        assertThat(finished && process.exitValue() == 0)
                .as("npm ci of kaltura-client 21.20.0 in %s %s; tail of %s:%n%s", WORK.toAbsolutePath(),
                        finished ? "exited " + process.exitValue() : "did not finish in " + INSTALL_TIMEOUT.toMinutes()
                                + " min", log, tail(Files.readString(log, StandardCharsets.UTF_8), 40))
                .isTrue();
    }

    private static Run drive(Path node, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(node.toString(), "drive.js"));
        command.addAll(List.of(arguments));
        Path stdout = WORK.resolve("drive.out");
        Path stderr = WORK.resolve("drive.err");
        long startedAt = Instant.now().getEpochSecond();
        Process process = new ProcessBuilder(command).directory(WORK.toFile())
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        boolean finished = process.waitFor(DRIVE_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        if (!finished) {
            stop(process);
        }
        long finishedAt = Instant.now().getEpochSecond() + 1;
        String out = Files.readString(stdout, StandardCharsets.UTF_8);
        String err = Files.readString(stderr, StandardCharsets.UTF_8);
        Map<String, JsonNode> steps = new LinkedHashMap<>();
        List<String> unreadable = new ArrayList<>();
        for (String text : out.split("\n")) {
            if (text.isBlank()) {
                continue;
            }
            try {
                JsonNode line = Api.JSON.readTree(text);
                steps.put(line.path("step").asText(), line);
            } catch (IOException e) {
                unreadable.add(text);
            }
        }
        return new Run(steps, unreadable, finished ? process.exitValue() : -1, out, err, startedAt, finishedAt);
    }

    private static void stop(Process process) throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }

    private static String tail(String text, int lines) {
        String[] all = text.split("\n");
        return String.join("\n", List.of(all).subList(Math.max(0, all.length - lines), all.length));
    }
}
