package dev.eventsim.simulator.state;

/**
 * A small seedable random generator whose whole state is one {@code long}, so a snapshot can save
 * it and a restore continues the same stream ({@code SplittableRandom} hides its state). The
 * algorithm is Steele, Lea and Flood's SplitMix64, the one {@code SplittableRandom} is built on:
 * the state steps by a fixed odd gamma and each output is a mix of the new state. Not thread-safe:
 * {@link IdGenerator} calls it under its own lock.
 */
final class SplitMix64 {
    static final long GAMMA = 0x9e3779b97f4a7c15L;
    // GAMMA is odd, so it has an inverse modulo 2^64: it turns a distance between states into draws.
    private static final long GAMMA_INVERSE = inverse(GAMMA);

    private long state;

    SplitMix64(long state) {
        this.state = state;
    }

    long state() {
        return state;
    }

    void setState(long value) {
        state = value;
    }

    long nextLong() {
        long z = state += GAMMA;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** Uniform in {@code [0, bound)}. */
    int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive, got " + bound);
        }
        long u;
        long r;
        do {
            u = nextLong() >>> 1;
            r = u % bound;
            // Overflow means u fell in the last, partial block of bound values, which would favour
            // the small results: draw again (as java.util.Random#nextInt(int) does).
        } while (u - r + (bound - 1) < 0);
        return (int) r;
    }

    /** How many draws lead from a generator seeded with {@code seed} to {@code state}. */
    static long drawsSince(long seed, long state) {
        return (state - seed) * GAMMA_INVERSE;
    }

    private static long inverse(long odd) {
        long x = odd; // Newton's iteration: each step doubles the number of correct low bits.
        for (int i = 0; i < 5; i++) {
            x *= 2 - odd * x;
        }
        return x;
    }
}
