package dev.eventsim.simulator.journal;

import dev.eventsim.simulator.api.Timestamps;

/** A journal entry as the control plane shows it; bodies are left out when not asked for. */
public record JournalEntry(
        long id, String time, String method, String path, String operation, Long partnerId, String userId,
        int httpStatus, String status, double latencyMillis, String traceId, String fault, String unknownFields,
        String requestBody, Integer requestBytes, Boolean requestTruncated,
        String responseBody, Integer responseBytes, Boolean responseTruncated) {

    static JournalEntry of(long id, ApiCall call, boolean withBodies) {
        Body request = withBodies ? call.request() : null;
        Body response = withBodies ? call.response() : null;
        return new JournalEntry(id, Timestamps.format(call.at()), call.method(), call.path(), call.operation(),
                call.partnerId(), call.userId(), call.httpStatus(), call.status(),
                Math.round(call.latencyNanos() / 1_000.0) / 1_000.0, call.traceId(), call.fault(),
                call.unknownFields(),
                request == null ? null : request.text(), request == null ? null : request.bytes(),
                request == null ? null : request.truncated(),
                response == null ? null : response.text(), response == null ? null : response.bytes(),
                response == null ? null : response.truncated());
    }
}
