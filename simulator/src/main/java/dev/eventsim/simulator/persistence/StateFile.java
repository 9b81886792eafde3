package dev.eventsim.simulator.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eventsim.simulator.api.JsonProblem;
import dev.eventsim.simulator.api.UnicodeText;
import dev.eventsim.simulator.state.TableKinds;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * {@code --state-file}: a {@link SimulatorImage} as JSON. Saved atomically — written to a temporary
 * file in the same directory, forced to disk, then renamed over the old file — so a crash mid-save
 * leaves the previous file whole. Read strictly: a file that is not exactly a state file of a
 * format this simulator knows is refused with a message naming the file and the problem, and left
 * as it is; so is one holding a string that is not valid Unicode (a lone UTF-16 surrogate), which
 * no answer could carry. A file of an earlier format version is read by moving it to this one
 * first ({@link FormatVersion1}); the next save writes this one. Between saves, every answered
 * write goes to its change log beside it ({@link ChangeLog}); a save folds the log into it.
 */
public final class StateFile {
    static final String LEFT_ALONE =
            " The file was left as it is: fix or move it, or start without --state-file.";

    private final Path path;
    private final ObjectMapper mapper;

    public StateFile(Path path, TableKinds kinds) {
        this.path = path.toAbsolutePath();
        this.mapper = StateJson.mapper(kinds);
    }

    public Path path() {
        return path;
    }

    /** The saved image, or empty when there is no file yet (its directory must exist, for the first save). */
    public Optional<SimulatorImage> load() {
        return loadBytes().map(this::decode);
    }

    /** The file's bytes, or empty when there is no file yet (its directory must exist, for the first save). */
    Optional<byte[]> loadBytes() {
        if (!Files.isDirectory(path.getParent())) {
            throw new StateFileException("cannot use state file " + path + ": the directory " + path.getParent()
                    + " does not exist", null);
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new StateFileException("cannot read state file " + path + ": " + reason(e) + "." + LEFT_ALONE, e);
        }
        return Optional.of(bytes);
    }

    /**
     * Removes what a save cut short by a crash leaves: temporary files named as {@link #save}
     * names them ({@code .state.json.<n>.tmp}). They are never read; nothing else removes them.
     */
    void removeStrayTemporaries() {
        String prefix = "." + path.getFileName() + ".";
        try (var files = Files.newDirectoryStream(path.getParent(), p -> {
            String name = p.getFileName().toString();
            return name.startsWith(prefix) && name.endsWith(".tmp")
                    && name.substring(prefix.length(), name.length() - 4).matches("[0-9]+");
        })) {
            files.forEach(StateFile::deleteQuietly);
        } catch (IOException e) {
            // Best effort: a stray temporary file is never read, it only takes room.
        }
    }

    ObjectMapper mapper() {
        return mapper;
    }

    byte[] encode(SimulatorImage image) {
        try {
            return mapper.writeValueAsBytes(image);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a state image is always writable as JSON", e);
        }
    }

    SimulatorImage decode(byte[] bytes) {
        try {
            JsonNode root = mapper.readTree(bytes);
            JsonNode version = root == null ? null : root.get("formatVersion");
            if (version == null || !version.isInt()) {
                throw new StateFileException("state file " + path + " is not a simulator state file (no formatVersion)."
                        + LEFT_ALONE, null);
            }
            if (version.intValue() < FormatVersion1.VERSION || version.intValue() > SimulatorImage.FORMAT_VERSION) {
                throw new StateFileException("state file " + path + " has format version " + version.intValue()
                        + "; this simulator reads versions " + FormatVersion1.VERSION + " to "
                        + SimulatorImage.FORMAT_VERSION + "." + LEFT_ALONE, null);
            }
            String lone = UnicodeText.firstLoneSurrogate(root);
            if (lone != null) {
                // The API refuses such text: a file holding it was edited by hand, and its answers could not be written.
                throw new StateFileException("state file " + path + " is corrupt: " + lone + ", which is not valid "
                        + "Unicode." + LEFT_ALONE, null);
            }
            if (version.intValue() == FormatVersion1.VERSION) {
                FormatVersion1.upgradeImage((ObjectNode) root);
            }
            return mapper.treeToValue(root, SimulatorImage.class);
        } catch (JsonProcessingException e) {
            throw new StateFileException("state file " + path + " is corrupt: " + JsonProblem.describe(e) + "." + LEFT_ALONE, e);
        } catch (IOException e) {
            throw new StateFileException("cannot read state file " + path + ": " + reason(e) + "." + LEFT_ALONE, e);
        }
    }

    /** A file that reads well but does not hold together (a session of an event it lacks, ...). */
    public StateFileException inconsistent(IllegalArgumentException e) {
        return new StateFileException("state file " + path + " is inconsistent: " + e.getMessage() + "." + LEFT_ALONE,
                e);
    }

    /** Writes the image over the file, atomically; answers the size written. */
    public long save(SimulatorImage image) {
        return save(encode(image));
    }

    /** Writes these bytes (an encoded image) over the file, atomically; answers the size written. */
    synchronized long save(byte[] bytes) {
        Path directory = path.getParent();
        Path temporary = null;
        try {
            temporary = Files.createTempFile(directory, "." + path.getFileName() + ".", ".tmp");
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.move(temporary, path, StandardCopyOption.ATOMIC_MOVE);
            forceDirectory(directory);
            return Files.size(path);
        } catch (IOException e) {
            throw new StateFileException("cannot save state file " + path + ": " + reason(e)
                    + ". The previous file, if any, is unchanged.", e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    /** The rename itself reaches the disk only with the directory; not every platform can force one. */
    static void forceDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Best effort: on such platforms the rename is still atomic, only its durability waits.
        }
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // Nothing more to do: a stray temporary file never replaces the state file.
        }
    }

    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

}
