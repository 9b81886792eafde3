package dev.eventsim.simulator.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One browser tab driven over the Chrome DevTools Protocol: a {@link WebSocket} to the browser,
 * a target attached in flat mode, JSON by Jackson. It collects the page's script errors, failed
 * loads and security-policy violations, so a test can require a clean page.
 */
final class BrowserPage implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(15);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(50);

    private final WebSocket socket;
    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
    private String targetId;
    private String sessionId;

    private BrowserPage(URI endpoint) throws IOException {
        try {
            this.socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(CALL_TIMEOUT)
                    .buildAsync(endpoint, new Listener()).get(CALL_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("cannot connect to DevTools at " + endpoint, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** A new tab of {@code width} x {@code height} CSS pixels, with the page, runtime and log domains on. */
    static BrowserPage open(Chromium browser, int width, int height) throws IOException {
        BrowserPage page = new BrowserPage(browser.endpoint());
        page.targetId = page.call("Target.createTarget", Map.of("url", "about:blank")).path("targetId").asText();
        page.sessionId = page.call("Target.attachToTarget", Map.of("targetId", page.targetId, "flatten", true))
                .path("sessionId").asText();
        page.call("Page.enable", Map.of());
        page.call("Runtime.enable", Map.of());
        page.call("Log.enable", Map.of());
        page.call("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        return page;
    }

    /** Loads a URL and waits until the document has loaded. */
    void navigate(String url) {
        JsonNode result = call("Page.navigate", Map.of("url", url));
        if (result.hasNonNull("errorText")) {
            throw new AssertionError("navigation to " + url + " failed: " + result.path("errorText").asText());
        }
        waitUntil("document.readyState === 'complete' && location.href === " + quote(url), Duration.ofSeconds(10),
                "the page " + url + " to load");
    }

    /** Runs JavaScript in the page (promises awaited) and answers its value as JSON. */
    JsonNode evaluate(String expression) {
        JsonNode result = call("Runtime.evaluate",
                Map.of("expression", expression, "returnByValue", true, "awaitPromise", true));
        if (result.has("exceptionDetails")) {
            throw new AssertionError("script failed: " + expression + "\n" + result.path("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    String text(String selector) {
        return evaluate("document.querySelector(" + quote(selector) + ")?.textContent ?? null").asText(null);
    }

    /** Clicks the element as a user's click would (its click handlers run); fails if it is not there. */
    void click(String selector) {
        boolean clicked = evaluate("(() => { const e = document.querySelector(" + quote(selector) + ");"
                + " if (!e) return false; e.click(); return true; })()").asBoolean();
        if (!clicked) {
            throw new AssertionError("nothing to click at " + selector);
        }
    }

    /** Sets a form field's value and fires the events a user's typing or choosing fires. */
    void fill(String selector, String value) {
        boolean filled = evaluate("(() => { const e = document.querySelector(" + quote(selector) + ");"
                + " if (!e) return false; e.value = " + quote(value) + ";"
                + " e.dispatchEvent(new Event('input', {bubbles: true}));"
                + " e.dispatchEvent(new Event('change', {bubbles: true})); return true; })()").asBoolean();
        if (!filled) {
            throw new AssertionError("no field at " + selector);
        }
    }

    /**
     * Polls the page until {@code condition} (a JavaScript expression) is true, for at most
     * {@code timeout}; the page refreshes itself every second, so this waits for a refresh, not a time.
     */
    void waitUntil(String condition, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonNode last;
        do {
            last = evaluate("!!(" + condition + ")");
            if (last.asBoolean()) {
                return;
            }
            pause();
        } while (System.nanoTime() < deadline);
        throw new AssertionError("waited " + timeout.toSeconds() + " s for " + what + " (" + condition + ");"
                + " the page shows: " + evaluate("document.body?.innerText?.slice(0, 1500) ?? ''").asText());
    }

    /** A PNG of the whole page (not only the viewport), written to {@code file}. */
    Path screenshot(Path file) throws IOException {
        JsonNode size = evaluate("({width: document.documentElement.scrollWidth,"
                + " height: document.documentElement.scrollHeight})");
        JsonNode shot = call("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", size.path("width").asInt(), "height", size.path("height").asInt(),
                        "scale", 1)));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, Base64.getDecoder().decode(shot.path("data").asText()));
        return file;
    }

    /** Script errors, failed loads and policy violations the page reported so far. */
    List<String> problems() {
        synchronized (problems) {
            return List.copyOf(problems);
        }
    }

    @Override
    public void close() {
        try {
            if (targetId != null) {
                String target = targetId;
                sessionId = null;
                call("Target.closeTarget", Map.of("targetId", target));
            }
        } catch (RuntimeException e) {
            // the browser may be gone already; it is killed in any case
        } finally {
            socket.abort();
        }
    }

    private JsonNode call(String method, Map<String, ?> params) {
        long id = ids.incrementAndGet();
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", JSON.valueToTree(params));
        if (sessionId != null) {
            message.put("sessionId", sessionId);
        }
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        try {
            synchronized (socket) {
                socket.sendText(message.toString(), true).get(CALL_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            }
            return answer.get(CALL_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new AssertionError("DevTools " + method + " failed: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("DevTools " + method + " got no answer within " + CALL_TIMEOUT.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        } finally {
            pending.remove(id);
        }
    }

    private void dispatch(String text) {
        JsonNode message;
        try {
            message = JSON.readTree(text);
        } catch (IOException e) {
            problems.add("unreadable DevTools message: " + text);
            return;
        }
        if (message.has("id")) {
            CompletableFuture<JsonNode> answer = pending.get(message.path("id").asLong());
            if (answer != null) {
                if (message.has("error")) {
                    answer.completeExceptionally(new IOException(message.path("error").toString()));
                } else {
                    answer.complete(message.path("result"));
                }
            }
            return;
        }
        JsonNode params = message.path("params");
        switch (message.path("method").asText()) {
            case "Runtime.exceptionThrown" -> problems.add("script error: " + params.path("exceptionDetails"));
            case "Runtime.consoleAPICalled" -> {
                if ("error".equals(params.path("type").asText())) {
                    problems.add("console.error: " + params.path("args"));
                }
            }
            case "Log.entryAdded" -> {
                JsonNode entry = params.path("entry");
                if ("error".equals(entry.path("level").asText())) {
                    problems.add(entry.path("source").asText() + ": " + entry.path("text").asText() + " "
                            + entry.path("url").asText(""));
                }
            }
            default -> {
                // other events are not needed
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_INTERVAL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Joins the frames of each message, then hands it on; failures fail every call still waiting. */
    private final class Listener implements WebSocket.Listener {
        private final StringBuilder frames = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            frames.append(data);
            if (last) {
                String text = frames.toString();
                frames.setLength(0);
                dispatch(text);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            pending.values().forEach(answer -> answer.completeExceptionally(error));
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            pending.values().forEach(answer -> answer.completeExceptionally(
                    new IOException("DevTools closed the connection: " + statusCode + " " + reason)));
            return null;
        }
    }
}
