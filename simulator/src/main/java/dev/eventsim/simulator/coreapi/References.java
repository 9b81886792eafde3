package dev.eventsim.simulator.coreapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The references between the requests of a multirequest: a parameter {@code {1:result:id}}
 * takes the {@code id} of the first request's result ({@code {2:result}} the whole result of the
 * second, {@code {1:result:objects:0:id}} a field deeper down), as the official client libraries
 * write them; the number is the request's place in the run, from 1, whatever keys the requests
 * have. As in the core API, a reference to a request that failed, has not run, or lacks the field
 * becomes an empty value (the request then fails on it as on any missing value).
 */
public final class References {
    private static final Pattern REFERENCE = Pattern.compile("\\{(\\d+):result((?::[^:}]+)*)}");

    private final List<JsonNode> results;

    /** {@code results} grows as the multirequest runs: result {@code n} is request {@code n + 1}'s. */
    public References(List<JsonNode> results) {
        this.results = results;
    }

    /** The request with every reference in its parameters replaced by the value it names. */
    public CoreRequest resolve(CoreRequest request) {
        ObjectNode tree = request.params().tree().deepCopy();
        replaceIn(tree);
        CoreParams params = CoreParams.of(tree);
        String ks = params.text("ks") != null ? params.text("ks") : request.ks();
        return new CoreRequest(request.service(), request.action(), params, request.format(), ks);
    }

    private void replaceIn(ObjectNode node) {
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            JsonNode value = field.getValue();
            if (value instanceof ObjectNode object) {
                replaceIn(object);
            } else if (value.isTextual() && value.asText().contains(":result")) {
                field.setValue(replace(value.asText()));
            }
        }
    }

    private JsonNode replace(String text) {
        Matcher whole = REFERENCE.matcher(text);
        if (whole.matches()) {
            return valueOf(whole);
        }
        Matcher matcher = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(valueOf(matcher).asText()));
        }
        matcher.appendTail(out);
        return TextNode.valueOf(out.toString());
    }

    private JsonNode valueOf(Matcher reference) {
        int number = Integer.parseInt(reference.group(1));
        if (number < 1 || number > results.size()) {
            return TextNode.valueOf("");
        }
        JsonNode value = results.get(number - 1);
        if (value.isObject() && "KalturaAPIException".equals(value.path("objectType").asText())) {
            return TextNode.valueOf("");
        }
        for (String step : reference.group(2).split(":")) {
            if (step.isEmpty()) {
                continue;
            }
            value = value.isArray() && step.matches("\\d+") ? value.path(Integer.parseInt(step)) : value.path(step);
        }
        return value.isMissingNode() || value.isNull() ? TextNode.valueOf("") : value;
    }
}
