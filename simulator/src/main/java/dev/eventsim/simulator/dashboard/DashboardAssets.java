package dev.eventsim.simulator.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The dashboard's files (HTML, CSS, JavaScript modules), shipped in the jar under
 * {@code dashboard/}. A name is a single plain file name ({@code dashboard.js}): no folder, no
 * dot-dot, nothing else on the classpath can be named, whatever the request path holds.
 */
public final class DashboardAssets {
    /** Where the page is served; its files are under {@code PATH + "/"}. */
    public static final String PATH = "/__sim/ui";
    public static final String INDEX = "index.html";

    private static final String FOLDER = "dashboard/";
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*\\.(html|css|js|svg)");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "svg", "image/svg+xml");

    /** One file: its bytes, content type and an ETag of its content. */
    public record Asset(String name, byte[] bytes, String contentType, String etag) {
    }

    private final ClassLoader loader;
    private final Map<String, Asset> loaded = new ConcurrentHashMap<>();

    public DashboardAssets() {
        this(DashboardAssets.class.getClassLoader());
    }

    DashboardAssets(ClassLoader loader) {
        this.loader = loader;
    }

    /** The file of that name, read once; empty for a name that is not one of the dashboard's files. */
    public Optional<Asset> find(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        Asset asset = loaded.get(name);
        if (asset == null) {
            asset = load(name);
            if (asset == null) {
                return Optional.empty(); // misses are not remembered, so no request can grow the map
            }
            loaded.put(name, asset);
        }
        return Optional.of(asset);
    }

    private Asset load(String name) {
        try (InputStream in = loader.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                return null;
            }
            byte[] bytes = in.readAllBytes();
            String extension = name.substring(name.lastIndexOf('.') + 1);
            return new Asset(name, bytes, TYPES.get(extension), etag(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dashboard file " + name, e);
        }
    }

    private static String etag(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
