package dev.eventsim.simulator.http;

import dev.eventsim.simulator.api.BoundedCache;
import dev.eventsim.simulator.api.CacheSize;
import dev.eventsim.simulator.api.JsonBody;
import java.util.Arrays;
import java.util.function.Function;

/**
 * Request bodies parsed lately, by their exact bytes: a load test sends the same few bodies again
 * and again, and parsing is the dearest step of a cheap call. Small bodies only, and at most
 * {@link #KEPT} of them. A kept body is handed to every call that sends its bytes
 * ({@link JsonBody} only reads its node, and keeps what an operation read with {@link JsonBody#readOnce}).
 */
final class ParsedBodies {
    static final int KEPT = 512;
    static final int MAX_BYTES = 1024;

    /** Bytes compared by content. */
    private record Key(byte[] bytes, int hash) {
        Key(byte[] bytes) {
            this(bytes, Arrays.hashCode(bytes));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.hash == hash && Arrays.equals(key.bytes, bytes);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** A parsed body's nodes take several times its bytes: eight times, with the key's copy, is the estimate. */
    private final BoundedCache<Key, JsonBody> parsed = new BoundedCache<>("parsed-bodies", KEPT, KEPT * MAX_BYTES * 8L);

    /** The bodies kept, for the metrics. */
    CacheSize kept() {
        return parsed;
    }

    /** The body parsed, from what was kept or by {@code parse} (which throws for a body that is not a JSON object). */
    JsonBody get(byte[] bytes, Function<byte[], JsonBody> parse) {
        if (bytes.length > MAX_BYTES) {
            return parse.apply(bytes);
        }
        Key key = new Key(bytes);
        JsonBody node = parsed.get(key);
        if (node == null) {
            node = parse.apply(bytes);
            parsed.put(key, node, 8 * bytes.length + 128);
        }
        return node;
    }
}
