package dev.eventsim.simulator.events;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * A partner's labels as bits, so the labels filter of events/list is a mask test: the first 63
 * labels the partner uses get a bit each; an event holding a label beyond those carries
 * {@link #OTHER}, and only then is its list of labels read.
 */
final class LabelBits {
    static final long OTHER = 1L << 63;
    private static final int MAX_BITS = 63;

    private final Map<String, Long> bits = new HashMap<>();

    /** An event's labels as bits, giving new labels a bit while there are bits left. */
    long bitsOf(Collection<String> labels) {
        long mask = 0;
        for (String label : labels) {
            Long bit = bits.get(label);
            if (bit == null && bits.size() < MAX_BITS) {
                bit = 1L << bits.size();
                bits.put(label, bit);
            }
            mask |= bit == null ? OTHER : bit;
        }
        return mask;
    }

    /** The bits of the labels that have one; labels without one are on no event or only on {@link #OTHER} ones. */
    long maskOf(Collection<String> labels) {
        long mask = 0;
        for (String label : labels) {
            Long bit = bits.get(label);
            if (bit != null) {
                mask |= bit;
            }
        }
        return mask;
    }

    /** Whether some label of {@code labels} has no bit while some event may hold it (it carries {@link #OTHER}). */
    boolean needsLookup(Collection<String> labels) {
        if (bits.size() < MAX_BITS) {
            return false; // every label any event holds has a bit
        }
        for (String label : labels) {
            if (!bits.containsKey(label)) {
                return true;
            }
        }
        return false;
    }
}
