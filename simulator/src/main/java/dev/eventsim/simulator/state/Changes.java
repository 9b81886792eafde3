package dev.eventsim.simulator.state;

/**
 * Where changes to the state are told, for the state file's change log: {@link PartnerData} tells
 * of every write, {@link Store} of every reset and swap, the control plane of its own changes
 * (partners, clock, jobs' progression) by {@link #settle}. Nothing listens until a log is
 * attached. Then a thread waits for the log when its outermost {@link PartnerData#read} or
 * {@link PartnerData#write} ends — never while it holds a partner's lock, which the log needs to
 * read what changed — so the answer to a write is sent only once its change is logged.
 */
public final class Changes {
    /** What the change log does with what it is told; each change answers a ticket to wait for. */
    public interface Log {
        long partnerChanged(long partnerId);

        long everythingChanged();

        /** The partner registry, the clock or the jobs' default progression: they go with every record. */
        long otherChanged();

        void await(long ticket);
    }

    private static final class Held {
        int depth;
        long ticket;
    }

    private volatile Log log;
    private final ThreadLocal<Held> held = ThreadLocal.withInitial(Held::new);

    public void attach(Log value) {
        log = value;
    }

    public void detach() {
        log = null;
    }

    void enter() {
        if (log != null) {
            held.get().depth++;
        }
    }

    void exit() {
        if (log == null) {
            return;
        }
        Held h = held.get();
        h.depth = Math.max(0, h.depth - 1);
        if (h.depth == 0) {
            awaitHeld(h);
        }
    }

    void partnerChanged(long partnerId) {
        Log current = log;
        if (current != null) {
            hold(current.partnerChanged(partnerId));
        }
    }

    void everythingChanged() {
        Log current = log;
        if (current != null) {
            hold(current.everythingChanged());
        }
    }

    /**
     * The end of a control-plane task: logs the registry, clock and progression as they are now
     * with whatever this thread changed, and waits for it (unless inside a read or write).
     */
    public void settle() {
        Log current = log;
        if (current == null) {
            return;
        }
        hold(current.otherChanged());
        Held h = held.get();
        if (h.depth == 0) {
            awaitHeld(h);
        }
    }

    private void hold(long ticket) {
        Held h = held.get();
        h.ticket = Math.max(h.ticket, ticket);
    }

    private void awaitHeld(Held h) {
        long ticket = h.ticket;
        h.ticket = 0;
        Log current = log;
        if (ticket > 0 && current != null) {
            current.await(ticket);
        }
    }
}
