package dev.eventsim.simulator.api;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.time.Duration;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What is wrong with a JSON text, in plain words: the JSON reader's messages name its own classes,
 * methods and switches ({@code StreamReadConstraints.getMaxNestingDepth()},
 * {@code JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS}), which mean nothing to whoever sent the text.
 * Every message about a request body, a state file or a seed file goes through here.
 */
public final class JsonProblem {
    private static final String[][] REWRITES = {
            {"Document nesting depth \\(\\d+\\) exceeds the maximum allowed \\((\\d+), from `[^`]*`\\)", "nesting deeper than $1 levels"},
            {"Number value length \\(\\d+\\) exceeds the maximum allowed \\((\\d+), from `[^`]*`\\)", "a number longer than $1 digits"},
            {"String value length \\(\\d+\\) exceeds the maximum allowed \\((\\d+), from `[^`]*`\\)", "a string longer than $1 characters"},
            {"Name length \\(\\d+\\) exceeds the maximum allowed \\((\\d+), from `[^`]*`\\)", "a field name longer than $1 characters"},
            {"Non-standard token '([^']*)': enable `[^`]*` to allow", "$1 is not a JSON number"},
            {"Unexpected character \\('\\+' \\(code 43\\)\\) in numeric value: .*? to allow", "a number may not start with a plus sign"},
            {"Invalid numeric value: Leading zeroes not allowed", "a number may not start with a leading zero"},
            {"Unexpected character \\('/' \\(code 47\\)\\): maybe a \\(non-standard\\) comment\\? \\(not recognized as one since Feature '[A-Z_]+' not enabled for parser\\)",
                    "comments are not allowed in JSON"},
            {"Unexpected character \\('(.{1,2})' \\(code \\d+(?: / 0x[0-9a-f]+)?\\)\\)", "Unexpected character '$1'"},
            {"\\(for Array starting at \\[Source: [^;]*; line: (\\d+), column: (\\d+)\\]\\)", "(for the array starting at line $1, column $2)"},
            {"\\(for Object starting at \\[Source: [^;]*; line: (\\d+), column: (\\d+)\\]\\)", "(for the object starting at line $1, column $2)"},
            {"\\(JSON String, Number, Array, Object or token 'null', 'true' or 'false'\\)", "(a string, a number, an array, an object, true, false or null)"},
            {"Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\): has to be escaped using backslash to be included in string value",
                    "a control character (code $1) in a string must be escaped with a backslash"},
            {"Illegal character \\(\\(CTRL-CHAR, code (\\d+)\\)\\): only regular white space \\(\\\\r, \\\\n, \\\\t\\) is allowed between tokens",
                    "a control character (code $1) between values; only spaces, tabs and line breaks may separate them"},
            {"end-of-input", "end of the text"},
            // Whatever the reader may say besides: no switch, method or class name survives.
            {"[:;,]? ?(?:enable|disable) `[^`]*`[^;)]*", ""},
            {" ?\\(from `[^`]*`\\)", ""},
            {"[;:,]? ?`\\w*Feature\\.[A-Z_]+` (?:enabled|disabled)[^;)]*", ""},
            {"`?\\b(?:[a-z]\\w*\\.)+([A-Z]\\w*)`?", "$1"},
            {"`", "'"},
    };
    private static final Pattern[] PATTERNS = new Pattern[REWRITES.length];

    static {
        for (int i = 0; i < REWRITES.length; i++) {
            PATTERNS[i] = Pattern.compile(REWRITES[i][0]);
        }
    }

    private JsonProblem() {
    }

    /** The reader's message (its first line) in plain words. */
    public static String plain(String readerMessage) {
        String text = readerMessage == null ? "not JSON" : readerMessage.lines().findFirst().orElse("not JSON");
        for (int i = 0; i < PATTERNS.length; i++) {
            text = PATTERNS[i].matcher(text).replaceAll(REWRITES[i][1]);
        }
        return text;
    }

    /**
     * A reading failure in plain words: for text of the wrong shape, what was expected where
     * ({@code expected an object at data[0]}, {@code 'ten' is not a whole number at data[0].events[0].id});
     * for text that is not JSON, what the reader found and where.
     */
    public static String describe(JacksonException e) {
        String at = e instanceof JsonMappingException mapping ? path(mapping) : "";
        String what;
        if (e instanceof UnrecognizedPropertyException unknown) {
            what = "unknown field '" + unknown.getPropertyName() + "'";
            at = at.endsWith("." + unknown.getPropertyName()) ? at.substring(0, at.lastIndexOf('.')) : at;
        } else if (e instanceof InvalidFormatException format && format.getTargetType() != null) {
            what = "'" + format.getValue() + "' is not " + kind(format.getTargetType());
        } else if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
                && e.getOriginalMessage().startsWith("Cannot deserialize")) {
            what = "expected " + kind(mismatch.getTargetType());
        } else {
            what = plain(e.getOriginalMessage())
                    .replace("Missing creator property", "missing field")
                    .replaceAll(" \\(index \\d+\\)", "");
            if (e instanceof MismatchedInputException missing && missing.getPath().size() > 0) {
                String field = missing.getPath().get(missing.getPath().size() - 1).getFieldName();
                if (field != null && what.startsWith("missing field '" + field + "'")) {
                    at = at.substring(0, Math.max(0, at.length() - field.length() - 1)); // where the field is missing
                }
            }
        }
        if (!at.isEmpty()) {
            return what + " at " + at;
        }
        return e.getLocation() == null || e.getLocation().getLineNr() < 0 ? what
                : what + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    private static String path(JsonMappingException e) {
        StringBuilder at = new StringBuilder();
        for (JsonMappingException.Reference step : e.getPath()) {
            if (step.getFieldName() != null) {
                at.append(at.length() == 0 ? "" : ".").append(step.getFieldName());
            } else if (step.getIndex() >= 0) {
                at.append('[').append(step.getIndex()).append(']');
            }
        }
        return at.toString();
    }

    /** The kind of JSON value a type is read from, in words. */
    private static String kind(Class<?> type) {
        if (CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class) {
            return "a string";
        }
        if (type == long.class || type == int.class || type == short.class || type == Long.class
                || type == Integer.class || type == Short.class) {
            return "a whole number";
        }
        if (type.isPrimitive() && type != boolean.class || Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 date-time string";
        }
        if (type == Duration.class) {
            return "an ISO-8601 duration string";
        }
        if (type.isEnum()) {
            return "one of " + String.join(", ", java.util.Arrays.stream(type.getEnumConstants())
                    .map(Object::toString).toList());
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return Map.class.isAssignableFrom(type) || !type.isPrimitive() ? "an object" : "a value";
    }
}
