package dev.eventsim.simulator.api;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What an operation does with a field it does not take ({@code --unknown-fields}). The published
 * contract does not say what the real service does; its request types read like a validating
 * framework's DTOs, which by default leave an unknown property unread, so the call succeeds and
 * the field has no effect. {@code warn}, the default, answers the same and names the fields in the
 * {@value #HEADER} header and the journal; {@code reject} answers 400 naming them; {@code ignore}
 * is the real service as we believe it to be. Outside a call (a controller called directly) a
 * field is refused.
 */
public final class UnknownFields {
    /** The answer's header naming the fields the call sent that the operation does not take. */
    public static final String HEADER = "X-Sim-Unknown-Fields";

    public enum Mode {
        ignore,
        warn,
        reject
    }

    /** What a call returned and the unknown fields it sent (empty unless the mode is {@code warn}). */
    public record Watched<T>(T value, List<String> fields) {
    }

    private record Scope(Mode mode, List<String> found) {
    }

    private static final ThreadLocal<Scope> CURRENT = new ThreadLocal<>();

    private UnknownFields() {
    }

    /**
     * Runs one operation under {@code mode}; {@code met} is then given the unknown fields it came
     * across (empty unless the mode is {@code warn}), whether it returned or threw.
     */
    public static <T> T watch(Mode mode, Supplier<T> call, Consumer<List<String>> met) {
        Scope outer = CURRENT.get();
        Scope scope = new Scope(mode, new ArrayList<>());
        CURRENT.set(scope);
        try {
            return call.get();
        } finally {
            restore(outer);
            met.accept(List.copyOf(scope.found()));
        }
    }

    /** A field its object does not take: refused, noted or let pass, as the call's mode says. */
    public static void met(String field, Supplier<ApiException> refusal) {
        Scope scope = CURRENT.get();
        if (scope == null || scope.mode() == Mode.reject) {
            throw refusal.get();
        }
        if (scope.mode() == Mode.warn) {
            scope.found().add(field);
        }
    }

    /**
     * Reads with {@code read} and returns what it read with the unknown fields it met, so that a
     * reading kept for a body sent again ({@link JsonBody#readOnce}) can report them again ({@link #metAgain}).
     */
    public static <T> Watched<T> keep(Supplier<T> read) {
        Scope scope = CURRENT.get();
        if (scope == null) {
            return new Watched<>(read.get(), List.of());
        }
        List<List<String>> met = new ArrayList<>(1);
        T value = watch(scope.mode(), read, met::add);
        return new Watched<>(value, met.get(0));
    }

    /** Reports fields met by a kept reading of the same body. */
    public static void metAgain(List<String> fields) {
        Scope scope = CURRENT.get();
        if (scope != null && scope.mode() == Mode.warn) {
            scope.found().addAll(fields);
        }
    }

    private static void restore(Scope outer) {
        if (outer == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(outer);
        }
    }
}
