package dev.eventsim.simulator.coreapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes core API answers: a result, an error, or a multirequest's results, in JSON or in the
 * core API's XML. Errors are a {@code KalturaAPIException} object ({@code code}, {@code message},
 * {@code objectType}, {@code args}), answered with HTTP 200 as there.
 */
public final class CoreAnswers {
    private final ObjectMapper mapper;

    public CoreAnswers(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** A result as a tree, as a multirequest keeps it for later requests' references. */
    public JsonNode tree(Object result) {
        return mapper.valueToTree(result);
    }

    public JsonNode errorTree(CoreApiException e) {
        ObjectNode error = mapper.createObjectNode();
        error.put("code", e.code());
        error.put("message", e.getMessage());
        error.put("objectType", "KalturaAPIException");
        if (e.args().isEmpty()) {
            error.putArray("args"); // PHP's empty array: the core API writes [] for no arguments
        } else {
            ObjectNode args = error.putObject("args");
            e.args().forEach(args::put);
        }
        return error;
    }

    public byte[] result(Object result, CoreFormat format) {
        JsonNode tree = result instanceof JsonNode node ? node : tree(result);
        if (format == CoreFormat.XML) {
            return xml("<result>" + CoreXml.of(tree) + "</result>");
        }
        return json(tree);
    }

    public byte[] error(CoreApiException e, CoreFormat format) {
        if (format == CoreFormat.XML) {
            return xml("<result>" + errorXml(e) + "</result>");
        }
        return json(errorTree(e));
    }

    /** {@code <error>} with code, message, objectType and each argument as a {@code KalturaApiExceptionArg} item. */
    private static String errorXml(CoreApiException e) {
        StringBuilder xml = new StringBuilder("<error><code>").append(CoreXml.escape(e.code())).append("</code><message>")
                .append(CoreXml.escape(e.getMessage())).append("</message><objectType>KalturaAPIException</objectType><args>");
        e.args().forEach((name, value) -> xml.append("<item><objectType>KalturaApiExceptionArg</objectType><name>")
                .append(CoreXml.escape(name)).append("</name><value>").append(CoreXml.escape(value))
                .append("</value></item>"));
        return xml.append("</args></error>").toString();
    }

    /** A multirequest's answers in order: each a result tree or the {@link CoreApiException} in its place. */
    public byte[] multi(List<Object> answers, CoreFormat format) {
        if (format == CoreFormat.XML) {
            StringBuilder items = new StringBuilder();
            for (Object answer : answers) {
                items.append("<item>").append(answer instanceof CoreApiException e ? errorXml(e) : CoreXml.of((JsonNode) answer))
                        .append("</item>");
            }
            return xml("<result>" + items + "</result>");
        }
        ArrayNode array = mapper.createArrayNode();
        answers.forEach(answer -> array.add(answer instanceof CoreApiException e ? errorTree(e) : (JsonNode) answer));
        return json(array);
    }

    private byte[] json(JsonNode tree) {
        try {
            return mapper.writeValueAsBytes(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serializes", e);
        }
    }

    private static byte[] xml(String inner) {
        return ("<?xml version=\"1.0\" encoding=\"utf-8\"?><xml>" + inner + "<executionTime>0</executionTime></xml>")
                .getBytes(StandardCharsets.UTF_8);
    }
}
