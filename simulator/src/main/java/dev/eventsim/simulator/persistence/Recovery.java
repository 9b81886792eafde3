package dev.eventsim.simulator.persistence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/**
 * The state at start: the state file, with its change log replayed on top, after putting right
 * what a crash left — temporary files of a save cut short are removed; a fold cut short after its
 * new state file was in place is finished (its next log, {@code <log>.next}, put in place); a
 * record torn at the log's end is dropped with one line on stdout. Damage anywhere else is refused
 * as a corrupt state file is, and every file is left as it is. A log an earlier version wrote is
 * replayed all the same, its records read as that version's state file is ({@link LogHeader}).
 */
public final class Recovery {
    private Recovery() {
    }

    /** What start found: the state to restore (if any), the save the log continues, and whether to fold now. */
    public record Recovered(Optional<SimulatorImage> image, LogHeader base, int records, boolean torn, boolean logUsable) {
        boolean needsFold() {
            return records > 0 || torn;
        }
    }

    static Path logOf(Path stateFile) {
        return stateFile.resolveSibling(stateFile.getFileName() + ".log");
    }

    static Path nextOf(Path log) {
        return log.resolveSibling(log.getFileName() + ".next");
    }

    public static Recovered read(StateFile file, String version) {
        Optional<byte[]> bytes = file.loadBytes();
        file.removeStrayTemporaries();
        Optional<SimulatorImage> image = bytes.map(file::decode);
        LogHeader base = LogHeader.of(bytes.orElse(null));
        Path log = logOf(file.path());
        finishFold(file, log, base);
        byte[] logBytes;
        try {
            logBytes = Files.readAllBytes(log);
        } catch (NoSuchFileException e) {
            return new Recovered(image, base, 0, false, false);
        } catch (IOException e) {
            throw new StateFileException("cannot read change log " + log + ": " + StateFile.reason(e) + "."
                    + StateFile.LEFT_ALONE, e);
        }
        LogFrames.Read read;
        try {
            read = LogFrames.read(logBytes);
        } catch (LogFrames.Damaged e) {
            throw corrupt(log, "the record at byte " + e.offset + " " + e.getMessage(), e);
        }
        if (read.tornBytes() > 0) {
            System.out.println("events-simulator: dropped the last record of change log " + log + ", torn by a crash ("
                    + read.tornBytes() + " bytes); the records before it are loaded.");
        }
        List<byte[]> records = read.payloads();
        if (records.isEmpty()) {
            return new Recovered(image, base, 0, read.tornBytes() > 0, false);
        }
        ObjectMapper mapper = file.mapper();
        LogHeader header = decode(mapper, log, records.get(0), LogHeader.class, 0);
        if (header.logVersion() < FormatVersion1.VERSION || header.logVersion() > LogHeader.LOG_VERSION) {
            throw new StateFileException("change log " + log + " has log version " + header.logVersion()
                    + "; this simulator reads versions " + FormatVersion1.VERSION + " to " + LogHeader.LOG_VERSION + "."
                    + StateFile.LEFT_ALONE, null);
        }
        if (!header.continues(base)) {
            if (records.size() == 1) {
                return new Recovered(image, base, 0, read.tornBytes() > 0, false); // it held nothing yet
            }
            throw new StateFileException("change log " + log + " does not continue state file " + file.path()
                    + " as it is now (the state file was replaced after the log was written)." + StateFile.LEFT_ALONE,
                    null);
        }
        if (records.size() == 1) {
            return new Recovered(image, base, 0, read.tornBytes() > 0, true); // nothing changed since the save
        }
        SimulatorImage state = image.orElse(new SimulatorImage(SimulatorImage.FORMAT_VERSION, version, null, null,
                null, List.of(), List.of()));
        for (int i = 1; i < records.size(); i++) {
            state = change(mapper, log, records.get(i), header.logVersion(), i).applyTo(state);
        }
        return new Recovered(Optional.of(state), base, records.size() - 1, read.tornBytes() > 0, true);
    }

    /** A fold writes {@code <log>.next} first: in place if the state file is the one it continues, else dropped. */
    private static void finishFold(StateFile file, Path log, LogHeader base) {
        Path next = nextOf(log);
        if (!Files.exists(next)) {
            return;
        }
        try {
            boolean continues = false;
            try {
                List<byte[]> records = LogFrames.read(Files.readAllBytes(next)).payloads();
                continues = !records.isEmpty()
                        && file.mapper().readValue(records.get(0), LogHeader.class).continues(base);
            } catch (LogFrames.Damaged | IOException e) {
                continues = false; // written by a fold cut short before its state file: never needed
            }
            if (continues) {
                Files.move(next, log, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                StateFile.forceDirectory(log.getParent());
            } else {
                Files.delete(next);
            }
        } catch (IOException e) {
            throw new StateFileException("cannot finish the save cut short of state file " + file.path() + ": "
                    + StateFile.reason(e) + "." + StateFile.LEFT_ALONE, e);
        }
    }

    /** A change record; one of a version 1 log is moved to the current layout first. */
    private static ChangeRecord change(ObjectMapper mapper, Path log, byte[] payload, int logVersion, int index) {
        if (logVersion != FormatVersion1.VERSION) {
            return decode(mapper, log, payload, ChangeRecord.class, index);
        }
        try {
            JsonNode record = mapper.readTree(payload);
            if (record instanceof ObjectNode object) {
                FormatVersion1.upgradeRecord(object);
            }
            return mapper.treeToValue(record, ChangeRecord.class);
        } catch (IOException e) {
            throw corrupt(log, "record " + index + " is not a change: "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    private static <T> T decode(ObjectMapper mapper, Path log, byte[] payload, Class<T> type, int index) {
        try {
            return mapper.readValue(payload, type);
        } catch (IOException e) {
            throw corrupt(log, "record " + index + " is not a " + (index == 0 ? "log header" : "change") + ": "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    private static StateFileException corrupt(Path log, String problem, Exception cause) {
        return new StateFileException("change log " + log + " is corrupt: " + problem + "." + StateFile.LEFT_ALONE,
                cause);
    }
}
