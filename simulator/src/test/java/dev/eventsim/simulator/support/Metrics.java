package dev.eventsim.simulator.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code GET /metrics} as a user reads it: one sample at a time, by name and labels. */
public final class Metrics {
    private final String text;

    private Metrics(String text) {
        this.text = text;
    }

    public static Metrics scrape(Api api) {
        ApiResponse metrics = api.send(api.request("/metrics").GET().build());
        assertThat(metrics.statusCode()).isEqualTo(200);
        return new Metrics(metrics.rawBody());
    }

    /** The value of the sample of that name whose labels include all those given ({@code cache="x"}), or null. */
    public Double sample(String name, String... labels) {
        Matcher line = Pattern.compile("(?m)^" + name + "(?:\\{([^}]*)})? (\\S+)$").matcher(text);
        while (line.find()) {
            List<String> present = line.group(1) == null ? List.of() : List.of(line.group(1).split(","));
            if (present.containsAll(List.of(labels))) {
                return Double.valueOf(line.group(2));
            }
        }
        return null;
    }

    /** The same, which must be there. */
    public double value(String name, String... labels) {
        Double value = sample(name, labels);
        assertThat(value).as("%s%s in /metrics", name, List.of(labels)).isNotNull();
        return value;
    }
}
