package dev.eventsim.simulator.persistence;

import dev.eventsim.simulator.state.Changes;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The state file's change log at run time ({@code <state file>.log}). Writers mark what they
 * changed; one thread, the flusher, writes a {@link ChangeRecord} of everything marked since its
 * last pass — each changed partner once, however many writes it took (group commit) — and forces
 * it as {@link StateSync} says; a writer's answer waits for its record. A save, a clean shutdown
 * or a log grown past its limit folds the log into the state file ({@link LogFiles#fold}).
 */
public final class ChangeLog implements Changes.Log, AutoCloseable {
    /** The log is folded once it outgrows twice the state file, and never below this. */
    static final long FOLD_AT_LEAST = 8L << 20;
    private static final long SECOND_NANOS = 1_000_000_000L;

    private final LogFiles files;
    private final StateSync sync;
    private final Changes changes;
    private final Thread flusher;
    // What writers marked and how far the log is; guarded by this.
    private final Set<Long> dirty = new LinkedHashSet<>();
    private boolean whole;
    private long marked;
    private long taken;
    private long written;
    private long forced;
    private boolean running = true;
    private boolean unforced;
    private long lastForce = System.nanoTime();
    private StateFileException failure;

    private ChangeLog(LogFiles files, StateSync sync, Changes changes) {
        this.files = files;
        this.sync = sync;
        this.changes = changes;
        this.flusher = new Thread(this::flushLoop, "state-file-change-log");
        this.flusher.setDaemon(true);
    }

    /** Starts logging the changes {@code changes} is told of, from the state {@code recovered} left. */
    public static ChangeLog start(StateFile file, StateCapture capture, StateSync sync, Changes changes,
                                  Recovery.Recovered recovered) {
        LogFiles files = new LogFiles(file, capture);
        files.open(recovered);
        ChangeLog log = new ChangeLog(files, sync, changes);
        changes.attach(log);
        log.flusher.start();
        return log;
    }

    public Path path() {
        return files.stateFile().path();
    }

    @Override
    public synchronized long partnerChanged(long partnerId) {
        dirty.add(partnerId);
        return mark();
    }

    @Override
    public synchronized long everythingChanged() {
        whole = true;
        return mark();
    }

    @Override
    public synchronized long otherChanged() {
        return mark();
    }

    private long mark() {
        notifyAll();
        return ++marked;
    }

    @Override
    public synchronized void await(long ticket) {
        while ((sync == StateSync.write ? forced : written) < ticket && failure == null && running) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** Folds the log into the state file now ({@code POST /__sim/state/save}); answers the state file's size. */
    public long save() {
        long ticket = takeAll();
        long bytes;
        try {
            bytes = files.fold();
        } catch (RuntimeException e) {
            synchronized (this) {
                whole = true; // what the fold took is logged by the flusher instead, all of it
                mark();
            }
            throw e;
        }
        done(ticket, true);
        return bytes;
    }

    private void flushLoop() {
        while (true) {
            List<Long> partners;
            boolean all;
            long ticket;
            boolean forceOnly;
            synchronized (this) {
                while (running && taken == marked && !forceDue()) {
                    waitAtMost(unforced ? Math.max(1, (lastForce + SECOND_NANOS - System.nanoTime()) / 1_000_000) : 0);
                }
                if (!running) {
                    return; // the close folds whatever is left
                }
                forceOnly = taken == marked;
                partners = new ArrayList<>(dirty);
                all = whole;
                ticket = takeAll();
            }
            try {
                if (!forceOnly) {
                    files.append(partners, all);
                }
                boolean force = sync == StateSync.write || forceOnly || System.nanoTime() - lastForce >= SECOND_NANOS;
                if (force) {
                    files.force();
                }
                done(ticket, force);
                files.foldIfGrown(FOLD_AT_LEAST);
            } catch (IOException | RuntimeException e) {
                failed(partners, all, new StateFileException("cannot write the change log of state file " + path()
                        + ": " + (e instanceof IOException io ? StateFile.reason(io) : e.getMessage())
                        + ". The writes are kept in memory and logged once the disk takes them again.", e));
            }
        }
    }

    /** Marks the batch again, to be logged on the next pass, a second from now; waiting writers are told. */
    private synchronized void failed(List<Long> partners, boolean all, StateFileException error) {
        failure = error;
        dirty.addAll(partners);
        whole |= all;
        marked++;
        notifyAll();
        waitAtMost(1000);
    }

    private synchronized long takeAll() {
        dirty.clear();
        whole = false;
        taken = marked;
        return marked;
    }

    private synchronized void done(long ticket, boolean force) {
        written = Math.max(written, ticket);
        if (force) {
            forced = Math.max(forced, ticket);
            lastForce = System.nanoTime();
            unforced = false;
            failure = null;
        } else {
            unforced = true;
        }
        notifyAll();
    }

    private boolean forceDue() {
        return unforced && System.nanoTime() - lastForce >= SECOND_NANOS;
    }

    private void waitAtMost(long millis) {
        try {
            wait(millis);
        } catch (InterruptedException e) {
            running = false;
        }
    }

    /** Stops the flusher and folds everything into the state file, as a save does. */
    @Override
    public void close() {
        synchronized (this) {
            running = false;
            notifyAll();
        }
        try {
            flusher.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        changes.detach();
        try {
            files.fold();
        } finally {
            files.close();
        }
    }
}
