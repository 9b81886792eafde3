package dev.eventsim.load;

import java.util.Map;

/** The simulator's control plane ({@code /__sim}): only ever used against a simulator. */
final class ControlPlane {
    private final HttpJson http = new HttpJson();
    private final String root;

    ControlPlane(String baseUrl) {
        this.root = baseUrl + "/__sim";
    }

    /** An ADMIN KS of the default partner, minted by the simulator. */
    String mintAdminKs(String userId) {
        return post("/ks", Map.of("userId", userId, "expiry", 86_400)).body().path("ks").asText();
    }

    /** Duplication jobs complete at their first poll, so a load run's polling always ends. */
    void completeJobsImmediately() {
        post("/jobs/progression", Map.of("mode", "immediate"));
    }

    void reset() {
        post("/reset", Map.of());
    }

    private HttpJson.Answer post(String path, Map<String, ?> body) {
        return HttpJson.expectOk("POST /__sim" + path, http.postJson(root + path, null, body));
    }
}
