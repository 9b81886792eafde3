package dev.eventsim.simulator.coreapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eventsim.simulator.api.UnicodeText;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The parameters of one core API call as a tree, whichever way they came: flat fields of a query
 * or a form ({@code filter:idEqual}, {@code filter[idEqual]}, {@code 1:filter:idIn}) or a JSON body
 * with nested objects, as the official client libraries send them. Values of flat fields are
 * text; JSON values keep their type. Readers accept both, and an empty value counts as not sent,
 * as in the core API. Text is valid or refused: a JSON string holding a lone UTF-16 surrogate, and
 * a query, form or path value whose bytes are not text in the request's charset (UTF-8 unless it
 * names another), is an {@code INVALID_PARAMETER_VALUE} naming the parameter (the HTTP layer would
 * otherwise read such bytes as U+FFFD and store them changed).
 */
public final class CoreParams {
    private final ObjectNode root;
    private final String prefix;

    private CoreParams(ObjectNode root, String prefix) {
        this.root = root;
        this.prefix = prefix;
    }

    public static CoreParams of(ObjectNode root) {
        return new CoreParams(root, "");
    }

    public static CoreParams empty() {
        return of(JsonNodeFactory.instance.objectNode());
    }

    /** Adds a flat field, its name split at {@code :} and brackets into a path; a later value wins. */
    public static void putFlat(ObjectNode root, String name, String value) {
        List<String> path = split(name);
        if (path.isEmpty()) {
            return;
        }
        ObjectNode node = root;
        for (int i = 0; i < path.size() - 1; i++) {
            JsonNode child = node.get(path.get(i));
            node = child instanceof ObjectNode object ? object : node.putObject(path.get(i));
        }
        node.put(path.get(path.size() - 1), value);
    }

    /** Merges {@code from} into {@code into}: objects field by field, anything else replaced. */
    public static void merge(ObjectNode into, ObjectNode from) {
        for (Map.Entry<String, JsonNode> field : from.properties()) {
            JsonNode existing = into.get(field.getKey());
            if (existing instanceof ObjectNode target && field.getValue() instanceof ObjectNode source) {
                merge(target, source);
            } else {
                into.set(field.getKey(), field.getValue());
            }
        }
    }

    /**
     * Refuses a query string or an {@code application/x-www-form-urlencoded} body holding a name or
     * a value that, percent-decoded, is not text in the request's charset (in UTF-8, the default:
     * {@code %ED%A0%80}, a lone surrogate, or {@code %FF}); the parameter is named as the core API
     * names it ({@code appToken:description}).
     */
    public static void requireText(byte[] encoded, Charset charset) {
        int start = 0;
        for (int i = 0; i <= encoded.length; i++) {
            if (i == encoded.length || encoded[i] == '&') {
                int equals = start;
                while (equals < i && encoded[equals] != '=') {
                    equals++;
                }
                String name = percentDecoded(encoded, start, equals, charset);
                if (name == null) {
                    throw CoreApiErrors.invalidParameterValue(pathName(lossy(encoded, start, equals)), "");
                }
                if (equals < i && percentDecoded(encoded, equals + 1, i, charset) == null) {
                    throw CoreApiErrors.invalidParameterValue(pathName(name), "");
                }
                start = i + 1;
            }
        }
    }

    /** Refuses the value of a field (a part of a multipart form) whose bytes are not text in the charset. */
    public static void requireText(String name, byte[] value, Charset charset) {
        if (decoded(value, charset) == null) {
            throw CoreApiErrors.invalidParameterValue(pathName(name), "");
        }
    }

    /** A percent-encoded name or value of a path ({@code /ks/<ks>/format/1}) decoded, or refused when not UTF-8. */
    static String decodePathPart(String encoded, String parameter) {
        byte[] bytes = encoded.getBytes(StandardCharsets.UTF_8);
        String decoded = percentDecoded(bytes, 0, bytes.length, StandardCharsets.UTF_8);
        if (decoded == null) {
            throw CoreApiErrors.invalidParameterValue(pathName(parameter == null ? lossy(bytes, 0, bytes.length)
                    : parameter), "");
        }
        return decoded;
    }

    /** {@code a[b][c]} as the core API names a nested parameter: {@code a:b:c}. */
    private static String pathName(String name) {
        List<String> parts = split(name);
        return parts.isEmpty() ? name : String.join(":", parts);
    }

    /** {@code bytes[from, to)} percent-decoded ({@code +} a space) as text, or null when they are not text in the charset. */
    private static String percentDecoded(byte[] bytes, int from, int to, Charset charset) {
        return decoded(percentDecode(bytes, from, to), charset);
    }

    private static String lossy(byte[] bytes, int from, int to) {
        return new String(percentDecode(bytes, from, to), StandardCharsets.UTF_8);
    }

    private static byte[] percentDecode(byte[] bytes, int from, int to) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(to - from);
        for (int i = from; i < to; i++) {
            byte b = bytes[i];
            if (b == '%' && i + 2 < to && hex(bytes[i + 1]) >= 0 && hex(bytes[i + 2]) >= 0) {
                out.write(hex(bytes[i + 1]) << 4 | hex(bytes[i + 2]));
                i += 2;
            } else {
                out.write(b == '+' ? ' ' : b);
            }
        }
        return out.toByteArray();
    }

    private static int hex(byte b) {
        return Character.digit(b, 16);
    }

    private static String decoded(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** {@code a:b[c][d]} → a, b, c, d. */
    static List<String> split(String name) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == ':' || c == '[' || c == ']') {
                if (part.length() > 0) {
                    parts.add(part.toString());
                    part.setLength(0);
                }
            } else {
                part.append(c);
            }
        }
        if (part.length() > 0) {
            parts.add(part.toString());
        }
        return parts;
    }

    public ObjectNode tree() {
        return root;
    }

    /** The name a parameter has in errors: {@code filter:idEqual}, as the core API names nested fields. */
    public String nameOf(String field) {
        return prefix + field;
    }

    /** A parameter's value as text, or null when absent, null or empty. */
    public String text(String name) {
        JsonNode value = root.get(name);
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        if (value.isContainerNode()) {
            throw CoreApiErrors.invalidParameterValue(nameOf(name), value.toString());
        }
        String text = value.asText();
        int at = UnicodeText.loneSurrogate(text);
        if (at >= 0) {
            throw CoreApiErrors.invalidParameterValue(nameOf(name), UnicodeText.describe(nameOf(name), text, at));
        }
        return text.isEmpty() ? null : text;
    }

    public String requiredText(String name) {
        String value = text(name);
        if (value == null) {
            throw CoreApiErrors.missingParameter(nameOf(name));
        }
        return value;
    }

    public boolean has(String name) {
        return text(name) != null || root.get(name) instanceof ObjectNode;
    }

    public Long longValue(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw CoreApiErrors.invalidParameterValue(nameOf(name), value);
        }
    }

    public long requiredLong(String name) {
        Long value = longValue(name);
        if (value == null) {
            throw CoreApiErrors.missingParameter(nameOf(name));
        }
        return value;
    }

    public Integer intValue(String name) {
        Long value = longValue(name);
        if (value != null && (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE)) {
            throw CoreApiErrors.invalidParameterValue(nameOf(name), value.toString());
        }
        return value == null ? null : value.intValue();
    }

    /** A boolean as the core API reads one: 1/0, true/false. */
    public Boolean boolValue(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        return switch (value.strip().toLowerCase()) {
            case "1", "true" -> true;
            case "0", "false" -> false;
            default -> throw CoreApiErrors.invalidParameterValue(nameOf(name), value);
        };
    }

    /** An object parameter ({@code filter}, {@code pager}, {@code appToken}); empty when not sent. */
    public CoreParams object(String name) {
        JsonNode value = root.get(name);
        if (value == null || value.isNull()) {
            return new CoreParams(JsonNodeFactory.instance.objectNode(), prefix + name + ":");
        }
        if (!(value instanceof ObjectNode object)) {
            if (value.isTextual() && value.asText().isEmpty()) {
                return new CoreParams(JsonNodeFactory.instance.objectNode(), prefix + name + ":");
            }
            // the core API's deserializer wants an object (a PHP array) here
            throw CoreApiErrors.wrongFormat(nameOf(name), "array");
        }
        return new CoreParams(object, prefix + name + ":");
    }

    /** A required object parameter. */
    public CoreParams requiredObject(String name) {
        JsonNode value = root.get(name);
        if (value == null || value.isNull() || value.isTextual() && value.asText().isEmpty()) {
            throw CoreApiErrors.missingParameter(nameOf(name));
        }
        return object(name);
    }

    /** The {@code objectType} an object parameter claims, or null. */
    public String objectType() {
        return text("objectType");
    }
}
