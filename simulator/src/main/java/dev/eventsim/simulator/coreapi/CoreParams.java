package dev.eventsim.simulator.coreapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The parameters of one core API call as a tree, whichever way they came: flat fields of a query
 * or a form ({@code filter:idEqual}, {@code filter[idEqual]}, {@code 1:filter:idIn}) or a JSON body
 * with nested objects, as the official client libraries send them. Values of flat fields are
 * text; JSON values keep their type. Readers accept both, and an empty value counts as not sent,
 * as in the core API.
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
        for (Iterator<Map.Entry<String, JsonNode>> it = from.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode existing = into.get(field.getKey());
            if (existing instanceof ObjectNode target && field.getValue() instanceof ObjectNode source) {
                merge(target, source);
            } else {
                into.set(field.getKey(), field.getValue());
            }
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
