package dev.eventsim.simulator.coreapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A core API request decoded as api_v3 takes it: the service and action from the path
 * ({@code /api_v3/service/{service}/action/{action}}, {@code /api_v3/service/multirequest}) or from
 * the {@code service} and {@code action} parameters; parameters merged from the query, the form
 * and a JSON body (later ones win); the KS from the {@code ks} parameter or, failing that, an
 * {@code Authorization: KS <ks>} or {@code Bearer <ks>} header.
 */
public record CoreRequest(String service, String action, CoreParams params, CoreFormat format, String ks) {
    public static final String MULTIREQUEST = "multirequest";
    private static final String BASE = "/api_v3/";

    public static CoreRequest decode(String path, Map<String, List<String>> query, Map<String, List<String>> form,
                                     ObjectNode json, String authorization) {
        // As the core API merges them: the body (form or JSON) first, then the URL's query and its
        // /key/value path pairs, which win.
        ObjectNode tree = JsonNodeFactory.instance.objectNode();
        form.forEach((name, values) -> putFlat(tree, name, values));
        if (json != null) {
            CoreParams.merge(tree, json);
        }
        query.forEach((name, values) -> putFlat(tree, name, values));
        pathPairs(path.replaceAll("/{2,}", "/")).forEach((name, value) -> CoreParams.putFlat(tree, name, value));
        CoreParams params = CoreParams.of(tree);
        String service = params.text("service");
        String action = params.text("action");
        if (service != null && service.equalsIgnoreCase(MULTIREQUEST)) {
            service = MULTIREQUEST;
            action = null;
        }
        String ks = params.text("ks");
        if (ks == null) {
            ks = fromHeader(authorization);
        }
        return new CoreRequest(service, action, params, CoreFormat.of(params.text("format")), ks);
    }

    public boolean isMultirequest() {
        return MULTIREQUEST.equals(service);
    }

    /** The journal's and the fault rules' name of the call: {@code session.start}, or {@code multirequest}. */
    public String operation() {
        if (isMultirequest()) {
            return MULTIREQUEST;
        }
        return (service == null ? "?" : service) + "." + (action == null ? "?" : action);
    }

    /**
     * The requests of a multirequest in order: the parameters under {@code 1}, {@code 2}, ... (as
     * {@code 1:service} fields or a JSON object per number), each with its own service, action and
     * parameters; a request without a KS of its own uses the multirequest's. As in the core API
     * the requests end at the first number without a service or an action.
     */
    public List<CoreRequest> parts() {
        ObjectNode tree = params.tree();
        // From 0 when the requests are numbered from 0 (as the libraries send JSON), else from 1;
        // the first number without a service or an action ends them.
        int number = tree.get("0") instanceof ObjectNode ? 0 : 1;
        List<CoreRequest> parts = new ArrayList<>();
        for (; tree.get(Integer.toString(number)) instanceof ObjectNode part; number++) {
            CoreParams partParams = CoreParams.of(part);
            if (partParams.text("service") == null || partParams.text("action") == null) {
                break;
            }
            String partKs = partParams.text("ks");
            parts.add(new CoreRequest(partParams.text("service"), partParams.text("action"), partParams, format,
                    partKs != null ? partKs : ks));
        }
        return parts;
    }

    private static void putFlat(ObjectNode tree, String name, List<String> values) {
        if (!values.isEmpty()) {
            CoreParams.putFlat(tree, name, values.get(values.size() - 1));
        }
    }

    /**
     * The {@code /key/value} pairs of the path after {@code /api_v3/}: {@code service/session/action/get}
     * and any more, such as {@code /ks/<ks>/format/1}, which the core API reads as parameters.
     */
    private static Map<String, String> pathPairs(String path) {
        Map<String, String> pairs = new java.util.LinkedHashMap<>();
        if (!path.startsWith(BASE)) {
            return pairs;
        }
        String[] parts = path.substring(BASE.length()).split("/");
        int from = parts.length > 0 && parts[0].equals("index.php") ? 1 : 0;
        for (int i = from; i + 1 < parts.length; i += 2) {
            String name = CoreParams.decodePathPart(parts[i], null);
            pairs.put(name, CoreParams.decodePathPart(parts[i + 1], name));
        }
        return pairs;
    }

    private static String fromHeader(String authorization) {
        if (authorization == null) {
            return null;
        }
        String header = authorization.strip();
        int space = header.indexOf(' ');
        if (space < 0) {
            return null;
        }
        String scheme = header.substring(0, space).toLowerCase(Locale.ROOT);
        String token = header.substring(space + 1).strip();
        return (scheme.equals("ks") || scheme.equals("bearer")) && !token.isEmpty() ? token : null;
    }
}
