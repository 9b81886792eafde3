package dev.eventsim.simulator.persistence;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;

/**
 * The change log's files: records appended to {@code <state file>.log}, and the fold. A fold
 * writes the next log ({@code <log>.next}, holding only a header that names the new state file by
 * size and CRC-32) and forces it, then saves the state file atomically, then renames the next log
 * over the old one. A crash between any two steps leaves a state file and a log that together
 * hold every answered write: before the state file's rename the old pair is whole (the next log
 * names a state file that is not there, and is dropped); after it, the next log names the state
 * file in place and start puts it in place ({@link Recovery}).
 */
final class LogFiles {
    private final StateFile file;
    private final StateCapture capture;
    private final Path log;
    private final Path next;
    private FileChannel channel;
    private long stateFileBytes;

    LogFiles(StateFile file, StateCapture capture) {
        this.file = file;
        this.capture = capture;
        this.log = Recovery.logOf(file.path());
        this.next = Recovery.nextOf(log);
    }

    StateFile stateFile() {
        return file;
    }

    /** Appends to the log start found, or folds what it replayed (so a torn end is gone), or starts a log. */
    synchronized void open(Recovery.Recovered recovered) {
        stateFileBytes = Math.max(0, recovered.base().baseSize());
        if (recovered.needsFold()) {
            fold();
            return;
        }
        try {
            if (recovered.logUsable()) {
                channel = FileChannel.open(log, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
            } else {
                channel = createNext(recovered.base());
                putNextInPlace();
            }
        } catch (IOException e) {
            throw failed("cannot open change log " + log, e);
        }
    }

    /** One record of these partners' data (all partners': {@code all}) and the rest of the state as it is now. */
    synchronized void append(List<Long> partners, boolean all) throws IOException {
        ChangeRecord record = capture.captureChanges(partners, all);
        ByteBuffer frame = LogFrames.frame(file.mapper().writeValueAsBytes(record));
        while (frame.hasRemaining()) {
            channel.write(frame);
        }
    }

    synchronized void force() throws IOException {
        channel.force(false);
    }

    synchronized void foldIfGrown(long atLeast) throws IOException {
        if (channel.size() > Math.max(atLeast, 2 * stateFileBytes)) {
            fold();
        }
    }

    /** Folds the log into the state file (see the class comment); answers the state file's size. */
    synchronized long fold() {
        byte[] bytes = file.encode(capture.capture());
        FileChannel fresh;
        try {
            fresh = createNext(LogHeader.of(bytes));
        } catch (IOException e) {
            throw failed("cannot save state file " + file.path() + ": cannot write " + next, e);
        }
        try {
            file.save(bytes);
        } catch (StateFileException e) {
            closeQuietly(fresh);
            throw e;
        }
        closeQuietly(channel);
        channel = fresh;
        stateFileBytes = bytes.length;
        try {
            putNextInPlace();
        } catch (IOException e) {
            throw failed("cannot save state file " + file.path() + ": cannot rename " + next, e);
        }
        return bytes.length;
    }

    synchronized void close() {
        closeQuietly(channel);
    }

    /** A new {@code <log>.next} holding the header, forced; readable by its owner only, as the state file is. */
    private FileChannel createNext(LogHeader header) throws IOException {
        Files.deleteIfExists(next);
        Set<StandardOpenOption> options = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
        FileChannel created = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                ? FileChannel.open(next, options, ownerOnly()) : FileChannel.open(next, options);
        ByteBuffer frame = LogFrames.frame(file.mapper().writeValueAsBytes(header));
        while (frame.hasRemaining()) {
            created.write(frame);
        }
        created.force(true);
        return created;
    }

    private void putNextInPlace() throws IOException {
        Files.move(next, log, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        StateFile.forceDirectory(log.getParent());
    }

    private static FileAttribute<?> ownerOnly() {
        return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
    }

    private static StateFileException failed(String what, IOException e) {
        return new StateFileException(what + ": " + StateFile.reason(e) + ". The previous files are unchanged.", e);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            // Its records are forced or folded already: closing it adds nothing.
        }
    }
}
