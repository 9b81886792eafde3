package dev.eventsim.simulator.coreapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
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
        ObjectNode tree = JsonNodeFactory.instance.objectNode();
        query.forEach((name, values) -> putFlat(tree, name, values));
        form.forEach((name, values) -> putFlat(tree, name, values));
        if (json != null) {
            CoreParams.merge(tree, json);
        }
        CoreParams params = CoreParams.of(tree);
        String[] route = route(path.replaceAll("/{2,}", "/"));
        String service = route[0] != null ? route[0] : params.text("service");
        String action = route[1] != null ? route[1] : params.text("action");
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
        List<Map.Entry<Integer, ObjectNode>> numbered = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = params.tree().fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getKey().matches("[0-9]{1,4}") && field.getValue() instanceof ObjectNode object) {
                numbered.add(Map.entry(Integer.parseInt(field.getKey()), object));
            }
        }
        numbered.sort(Map.Entry.comparingByKey());
        List<CoreRequest> parts = new ArrayList<>();
        for (Map.Entry<Integer, ObjectNode> part : numbered) {
            CoreParams partParams = CoreParams.of(part.getValue());
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

    /** {@code [service, action]} from the path; either is null when the path does not name it. */
    private static String[] route(String path) {
        String[] route = new String[2];
        if (!path.startsWith(BASE)) {
            return route;
        }
        String[] parts = path.substring(BASE.length()).split("/");
        for (int i = 0; i + 1 < parts.length; i += 2) {
            if (parts[i].equals("service")) {
                route[0] = parts[i + 1];
            } else if (parts[i].equals("action")) {
                route[1] = parts[i + 1];
            }
        }
        return route;
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
