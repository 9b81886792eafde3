package dev.eventsim.simulator.faults;

import dev.eventsim.simulator.api.ApiErrors;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-partner request rates, over a sliding window measured on the simulator's clock: a call is
 * admitted while fewer than {@code limit} calls were admitted in the last {@code window}. Each
 * partner has its own count, under its own limit or the one for every partner.
 */
public final class RateLimits {
    private final Clock clock;
    private State state = new State();

    /** Everything a reset forgets, rebuilt whole. */
    private static final class State {
        final Map<Long, RateLimit> perPartner = new LinkedHashMap<>();
        RateLimit everyPartner;
        final Map<Long, Deque<Instant>> admitted = new HashMap<>();
    }

    public RateLimits(Clock clock) {
        this.clock = clock;
    }

    /** Sets (replaces) a limit; counting starts afresh for the partners it covers. */
    public synchronized RateLimit set(RateLimit limit) {
        if (limit.partnerId() == null) {
            state.everyPartner = limit;
            state.admitted.keySet().retainAll(state.perPartner.keySet());
        } else {
            state.perPartner.put(limit.partnerId(), limit);
            state.admitted.remove(limit.partnerId());
        }
        return limit;
    }

    /** The limit for every partner first, if any, then each partner's own. */
    public synchronized List<RateLimit> all() {
        List<RateLimit> limits = new ArrayList<>();
        if (state.everyPartner != null) {
            limits.add(state.everyPartner);
        }
        limits.addAll(state.perPartner.values());
        return limits;
    }

    /** Removes one partner's own limit, or (null) every limit. */
    public synchronized void clear(Long partnerId) {
        if (partnerId == null) {
            state = new State();
        } else {
            state.perPartner.remove(partnerId);
            state.admitted.remove(partnerId);
        }
    }

    public synchronized void reset() {
        state = new State();
    }

    /** Counts a call of the partner, or refuses it with a 429 telling when the window frees up. */
    public synchronized void admit(long partnerId) {
        RateLimit limit = state.perPartner.getOrDefault(partnerId, state.everyPartner);
        if (limit == null) {
            return;
        }
        Instant now = clock.instant();
        Deque<Instant> calls = state.admitted.computeIfAbsent(partnerId, id -> new ArrayDeque<>());
        while (!calls.isEmpty() && !calls.peekFirst().plus(limit.window()).isAfter(now)) {
            calls.removeFirst();
        }
        if (calls.size() < limit.limit()) {
            calls.addLast(now);
            return;
        }
        Duration wait = Duration.between(now, calls.peekFirst().plus(limit.window()));
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        throw ApiErrors.rateLimitReached(seconds, limit.limit(), windowText(limit.window()));
    }

    private static String windowText(Duration window) {
        return window.toMillis() % 1000 == 0 ? window.toSeconds() + " s" : window.toMillis() + " ms";
    }
}
