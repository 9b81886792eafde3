package dev.eventsim.simulator.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Which methods each registered path answers, so a 405 can name them in its {@code Allow} header. */
final class AllowedMethods {
    private record Entry(Pattern path, String method) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final PathSuggestions suggestions = new PathSuggestions();

    void add(String method, String path) {
        suggestions.add(path);
        // {name} is one path segment, <name> any number of them (Javalin's two kinds of path parameter)
        entries.add(new Entry(Pattern.compile(Pattern.quote(path).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q")
                .replaceAll("<[^>]+>", "\\\\E.+\\\\Q")), method));
    }

    /** The registered path a 404's path was probably meant to be. */
    java.util.Optional<String> nearest(String path) {
        return suggestions.nearest(path);
    }

    Set<String> of(String path) {
        Set<String> methods = new TreeSet<>();
        for (Entry entry : entries) {
            if (entry.path().matcher(path).matches()) {
                methods.add(entry.method());
            }
        }
        return methods;
    }
}
