package dev.eventsim.contract.targets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventsim.client.ExchangeListener;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every event a client of the target created, as its answers said (an {@code events/create}
 * answer's {@code id}, a completed {@code events/duplicateStatus} answer's {@code eventId}), so
 * the clean-up deletes it and the categories the platform made for it even when no test tracked
 * it. The pact's own requests are sent by Pact, not by these clients: the sweep by name finds those.
 */
public final class EventsMade implements ExchangeListener {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Set<Long> ids = new LinkedHashSet<>();

    @Override
    public void onResponse(ReceivedResponse response) {
        if (response.statusCode() / 100 != 2) {
            return;
        }
        String field = switch (response.operation()) {
            case "events/create" -> "id";
            case "events/duplicateStatus" -> "eventId";
            default -> null;
        };
        if (field == null) {
            return;
        }
        try {
            JsonNode id = JSON.readTree(response.body()).path(field);
            if (id.canConvertToLong()) {
                add(id.asLong());
            }
        } catch (IOException notJson) {
            // the client reports an answer that is not JSON to the caller
        }
    }

    public synchronized void add(long eventId) {
        ids.add(eventId);
    }

    /** The ids noted since the last call, which are forgotten here. */
    public synchronized List<Long> drain() {
        List<Long> drained = new ArrayList<>(ids);
        ids.clear();
        return drained;
    }
}
