package dev.eventsim.client.internal;

import java.util.List;
import java.util.Objects;

/** List fields of answers. */
public final class Lists {
    private Lists() {
    }

    /**
     * An unmodifiable copy, empty for an absent list, without null items (an enum value the client
     * does not know reads as null; see {@link Json#mapper()}).
     */
    public static <T> List<T> fromAnswer(List<T> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    }

    /** An unmodifiable copy of a request list, or null when not sent. */
    public static <T> List<T> forRequest(List<T> list) {
        return list == null ? null : List.copyOf(list);
    }
}
