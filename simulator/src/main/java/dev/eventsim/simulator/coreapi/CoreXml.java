package dev.eventsim.simulator.coreapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * The core API's XML rendering of a result: each field an element, {@code objectType} first,
 * array items as {@code <item>}, null fields left out, booleans as 1 and 0.
 */
final class CoreXml {
    private CoreXml() {
    }

    static String of(JsonNode node) {
        StringBuilder xml = new StringBuilder();
        write(node, xml);
        return xml.toString();
    }

    private static void write(JsonNode node, StringBuilder xml) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return;
        }
        if (node.isObject()) {
            element("objectType", node.get("objectType"), xml);
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (!field.getKey().equals("objectType")) {
                    element(field.getKey(), field.getValue(), xml);
                }
            }
        } else if (node.isArray()) {
            node.forEach(item -> element("item", item, xml));
        } else if (node.isBoolean()) {
            xml.append(node.booleanValue() ? "1" : "0");
        } else {
            xml.append(escape(node.asText()));
        }
    }

    private static void element(String name, JsonNode value, StringBuilder xml) {
        if (value == null || value.isNull()) {
            return;
        }
        xml.append('<').append(name).append('>');
        write(value, xml);
        xml.append("</").append(name).append('>');
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
