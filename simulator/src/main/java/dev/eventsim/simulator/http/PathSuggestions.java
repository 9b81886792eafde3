package dev.eventsim.simulator.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The route a mistyped path was probably meant to be ({@code /api/v1/event/create} for
 * {@code /api/v1/events/create}), for the 404's message: the known path nearest by edit distance,
 * ignoring case and hyphens, when it is near enough to be a typo rather than another name.
 */
final class PathSuggestions {
    private final List<String> paths = new ArrayList<>();

    /** A fixed path; paths with parameters are left out, as a guess could not fill them in. */
    void add(String path) {
        if (!path.contains("{") && !path.contains("<") && !paths.contains(path)) {
            paths.add(path);
        }
    }

    Optional<String> nearest(String path) {
        String sent = normal(path);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String known : paths) {
            int distance = distance(sent, normal(known));
            if (distance < bestDistance) {
                best = known;
                bestDistance = distance;
            }
        }
        // A few slips, and fewer than a quarter of the path's letters: otherwise it is another name.
        return best != null && !best.equals(path) && bestDistance <= Math.min(3, sent.length() / 4)
                ? Optional.of(best) : Optional.empty();
    }

    private static String normal(String path) {
        return path.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
    }

    /** Levenshtein distance. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
