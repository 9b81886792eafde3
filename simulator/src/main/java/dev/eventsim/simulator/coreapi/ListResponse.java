package dev.eventsim.simulator.coreapi;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A core API list answer: {@code {"objects": [...], "totalCount": N, "objectType": "Kaltura…ListResponse"}};
 * {@code objects} left out where the core API leaves it out (null).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ListResponse<T>(List<T> objects, int totalCount, String objectType) {
}
