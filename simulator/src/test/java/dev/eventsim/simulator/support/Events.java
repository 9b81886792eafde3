package dev.eventsim.simulator.support;

import java.util.LinkedHashMap;
import java.util.Map;

/** Builds events/create bodies: {@code Events.anEvent().withTemplate("tm2000").body()}. */
public final class Events {
    private final Map<String, Object> body = new LinkedHashMap<>();

    private Events() {
        body.put("templateId", "tm0000");
        body.put("name", "Quarterly town hall");
        body.put("startDate", "2030-05-01T14:00:00Z");
        body.put("endDate", "2030-05-01T16:00:00Z");
        body.put("timezone", "America/New_York");
    }

    public static Events anEvent() {
        return new Events();
    }

    public Events withTemplate(String templateId) {
        return with("templateId", templateId);
    }

    public Events withName(String name) {
        return with("name", name);
    }

    public Events withDates(String startDate, String endDate) {
        return with("startDate", startDate).with("endDate", endDate);
    }

    public Events with(String field, Object value) {
        body.put(field, value);
        return this;
    }

    public Events without(String field) {
        body.remove(field);
        return this;
    }

    public Map<String, Object> body() {
        return new LinkedHashMap<>(body);
    }
}
