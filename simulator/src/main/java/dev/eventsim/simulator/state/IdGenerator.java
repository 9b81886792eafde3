package dev.eventsim.simulator.state;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The one source of ids: integer event and category ids from sequences, and Kaltura-shaped entry
 * ids ({@code 1_k3x9q0ab}) from a seedable random stream, so a seeded run repeats itself, and
 * Kaltura-user-like team member ids derived from the email. Its whole position is an
 * {@link IdsImage}, so a snapshot or the state file makes ids continue where they were.
 */
public final class IdGenerator {
    private static final char[] ENTRY_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    static final long FIRST_EVENT_ID = 10_001;
    // Six digits, so a category id is never mistaken for an event id in a log or a test.
    static final long FIRST_CATEGORY_ID = 100_001;

    static final long FIRST_JOB_ID = 4_001;

    private final long seed;
    private final AtomicLong nextEventId;
    private final AtomicLong nextJobId;
    private final AtomicLong nextCategoryId;
    private final SplitMix64 random;

    public IdGenerator(long seed) {
        this(seed, FIRST_EVENT_ID);
    }

    public IdGenerator(long seed, long nextEventId) {
        this(new IdsImage(seed, seed, nextEventId, FIRST_JOB_ID, FIRST_CATEGORY_ID));
    }

    /** A generator that continues from where {@code image} was taken. */
    public IdGenerator(IdsImage image) {
        this.seed = image.seed();
        this.random = new SplitMix64(image.randomState());
        this.nextEventId = new AtomicLong(image.nextEventId());
        this.nextJobId = new AtomicLong(image.nextJobId());
        this.nextCategoryId = new AtomicLong(image.nextCategoryId());
    }

    public synchronized IdsImage image() {
        return new IdsImage(seed, random.state(), nextEventId.get(), nextJobId.get(), nextCategoryId.get());
    }

    /**
     * Moves every sequence up to where {@code image} had it, never back, and the random stream too
     * when {@code image} is further along the same stream. Restoring one partner's data after
     * going back in time (a whole-state restore) so never hands out an id that data already uses.
     */
    public synchronized void catchUpWith(IdsImage image) {
        nextEventId.accumulateAndGet(image.nextEventId(), Math::max);
        nextJobId.accumulateAndGet(image.nextJobId(), Math::max);
        nextCategoryId.accumulateAndGet(image.nextCategoryId(), Math::max);
        if (image.seed() == seed && Long.compareUnsigned(SplitMix64.drawsSince(seed, image.randomState()),
                SplitMix64.drawsSince(seed, random.state())) > 0) {
            random.setState(image.randomState());
        }
    }

    public long nextEventId() {
        return nextEventId.getAndIncrement();
    }

    /** A duplication job id: a decimal string, as the real service's job ids are. */
    public String nextJobId() {
        return Long.toString(nextJobId.getAndIncrement());
    }

    /** Category ids of the core API, shared by all partners as the platform's are. */
    public long nextCategoryId() {
        return nextCategoryId.getAndIncrement();
    }

    /** An entry id in partition 1, as entries created through the API get. */
    public synchronized String nextEntryId() {
        char[] id = new char[10];
        id[0] = '1';
        id[1] = '_';
        for (int i = 2; i < id.length; i++) {
            id[i] = ENTRY_CHARS[random.nextInt(ENTRY_CHARS.length)];
        }
        return new String(id);
    }

    /** Lower-case hex of the given number of random bytes. */
    public synchronized String nextHex(int bytes) {
        StringBuilder hex = new StringBuilder(bytes * 2);
        for (int i = 0; i < bytes; i++) {
            hex.append(String.format("%02x", random.nextInt(256)));
        }
        return hex.toString();
    }

    /**
     * A team member's id: the first 17 lower-case hex digits of SHA-256 of
     * {@code "<partnerId>:<lower-cased email>"}. Stable for an email within a partner, so a member
     * deleted and added again gets the same id; 17 digits as in the contract's example id.
     */
    public String teamMemberId(long partnerId, String email) {
        String key = partnerId + ":" + email.toLowerCase(Locale.ROOT);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 17);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
