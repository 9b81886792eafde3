package dev.eventsim.simulator.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * Text that can be written back as UTF-8. JSON can spell a lone UTF-16 surrogate ({@code "\u005cud800"}),
 * and Java strings hold one, but no UTF-8 writer can: a stored string holding one breaks every
 * answer that includes it. Every reader of outside text (request bodies, the state file, seed
 * files) refuses such a string where it reads it, naming where it is.
 */
public final class UnicodeText {
    private UnicodeText() {
    }

    /** The index of the first lone surrogate of {@code text} (a high one not followed by a low one, or a low one alone), or -1. */
    public static int loneSurrogate(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return i;
                }
            } else if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * {@code name holds a lone UTF-16 surrogate (\u005cud800) at character 2}: the surrogate as its
     * JSON escape (never the character itself, which no answer could carry) and where it stands,
     * counted in characters (code points) from 1.
     */
    public static String describe(String name, String text, int index) {
        return name + " holds a lone UTF-16 surrogate (" + escape(text.charAt(index)) + ") at character "
                + (text.codePointCount(0, index) + 1);
    }

    /** {@code \u005cud800}. */
    public static String escape(char c) {
        return String.format("\\u%04x", (int) c);
    }

    /**
     * The first string of a JSON tree (a value, or a field name) holding a lone surrogate, described
     * with its path ({@code partners[0].events[2].name}), or null when every string can be written.
     */
    public static String firstLoneSurrogate(JsonNode tree) {
        return find(tree, "");
    }

    private static String find(JsonNode node, String path) {
        if (node == null) {
            return null;
        }
        if (node.isTextual()) {
            String text = node.textValue();
            int at = loneSurrogate(text);
            return at < 0 ? null : describe(path.isEmpty() ? "the document" : path, text, at);
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String found = find(node.get(i), path + "[" + i + "]");
                if (found != null) {
                    return found;
                }
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                int at = loneSurrogate(field.getKey());
                if (at >= 0) {
                    return describe("a field name" + (path.isEmpty() ? "" : " in " + path), field.getKey(), at);
                }
                String found = find(field.getValue(), JsonBody.name(path, field.getKey()));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
