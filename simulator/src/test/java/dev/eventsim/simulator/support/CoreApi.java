package dev.eventsim.simulator.support;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Calls core API (api_v3) actions the way the Kaltura client libraries do: form fields, the KS in
 * the {@code ks} field, JSON answers ({@code format=1}).
 */
public final class CoreApi {
    private final Api api;
    private final String ks;

    public CoreApi(Api api, String ks) {
        this.api = api;
        this.ks = ks;
    }

    /** The same core API with another KS (null: no {@code ks} field). */
    public CoreApi withKs(String otherKs) {
        return new CoreApi(api, otherKs);
    }

    /** category.list with fields given as name, value pairs: {@code listCategories("filter:idEqual", "7")}. */
    public ApiResponse listCategories(String... fieldPairs) {
        return call("category", "list", pairs(fieldPairs));
    }

    public ApiResponse deleteCategory(long id) {
        return call("category", "delete", Map.of("id", Long.toString(id)));
    }

    /** POSTs {@code /api_v3/service/<service>/action/<action>} with the KS and format=1 added. */
    public ApiResponse call(String service, String action, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>();
        if (ks != null) {
            form.put("ks", ks);
        }
        form.put("format", "1");
        form.putAll(fields);
        return api.postForm("/api_v3/service/" + service + "/action/" + action, form);
    }

    private static Map<String, String> pairs(String... fieldPairs) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i + 1 < fieldPairs.length; i += 2) {
            fields.put(fieldPairs[i], fieldPairs[i + 1]);
        }
        return fields;
    }
}
