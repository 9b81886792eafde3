package dev.eventsim.simulator.coreapi;

import java.util.List;

/** A core API list answer: {@code {"objects": [...], "totalCount": N, "objectType": "Kaltura…ListResponse"}}. */
public record ListResponse<T>(List<T> objects, int totalCount, String objectType) {
}
