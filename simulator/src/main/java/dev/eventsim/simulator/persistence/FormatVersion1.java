package dev.eventsim.simulator.persistence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * Reads what format version 1 wrote by moving it to version 2 as JSON, before it is read strictly.
 * Version 1 kept each partner's events and sessions beside its tables:
 * {@code {"partnerId": 1, "events": [...], "sessions": [...], "tables": {...}}}. Version 2 keeps
 * them as tables like any other, first and with the same rows:
 * {@code {"partnerId": 1, "tables": {"events": {"events": [...]}, "sessions": {"sessions": [...]}, ...}}}.
 * Both a state file of version 1 and the records of a change log written by version 1 (a user who
 * upgrades over a log not yet folded) carry such partners.
 */
final class FormatVersion1 {
    static final int VERSION = 1;

    private FormatVersion1() {
    }

    /** A state file's JSON ({@code formatVersion} 1) made version 2. */
    static void upgradeImage(ObjectNode image) {
        upgradePartners(image.path("data"));
        image.put("formatVersion", 2);
    }

    /** A change log record's JSON (a log of version 1) made version 2. */
    static void upgradeRecord(ObjectNode record) {
        upgradePartners(record.path("data"));
    }

    private static void upgradePartners(JsonNode data) {
        for (JsonNode partner : data) {
            if (partner instanceof ObjectNode object) {
                upgradePartner(object);
            }
        }
    }

    /**
     * Moves {@code events} and {@code sessions} under {@code tables}; an empty one is left out, as
     * version 2 leaves out every empty table. What is not as version 1 wrote it is left as it is, for
     * the strict reading to refuse.
     */
    private static void upgradePartner(ObjectNode partner) {
        JsonNode events = partner.get("events");
        JsonNode sessions = partner.get("sessions");
        JsonNode tables = partner.get("tables");
        if (events == null || !events.isArray() || sessions == null || !sessions.isArray()
                || (tables != null && (!tables.isObject() || tables.has("events") || tables.has("sessions")))) {
            return;
        }
        ObjectNode upgraded = partner.objectNode();
        if (!events.isEmpty()) {
            upgraded.putObject("events").set("events", events);
        }
        if (!sessions.isEmpty()) {
            upgraded.putObject("sessions").set("sessions", sessions);
        }
        if (tables != null) {
            for (Map.Entry<String, JsonNode> table : tables.properties()) {
                upgraded.set(table.getKey(), table.getValue());
            }
        }
        partner.remove("events");
        partner.remove("sessions");
        partner.set("tables", upgraded);
    }
}
