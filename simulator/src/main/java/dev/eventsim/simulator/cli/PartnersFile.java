package dev.eventsim.simulator.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventsim.simulator.api.JsonProblem;
import dev.eventsim.simulator.api.UnicodeText;
import dev.eventsim.simulator.auth.Partner;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code --partners-file}: {@code {"partners": [{"partnerId": 123, "adminSecret": "..."}]}}
 * (a bare array of the same objects works too). A string holding a lone UTF-16 surrogate is refused.
 */
final class PartnersFile {
    private PartnersFile() {
    }

    static List<Partner> read(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (JacksonException e) {
            throw new IllegalArgumentException("partners file " + file + " is not valid JSON: " + JsonProblem.describe(e));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read partners file " + file + ": " + e.getMessage());
        }
        String lone = UnicodeText.firstLoneSurrogate(root);
        if (lone != null) {
            // a secret the state file could not load again, and no answer could carry
            throw new IllegalArgumentException("partners file " + file + " is not valid Unicode: " + lone);
        }
        JsonNode list = root != null && root.isObject() ? root.get("partners") : root;
        if (list == null || !list.isArray()) {
            throw new IllegalArgumentException("partners file " + file
                    + " must hold {\"partners\": [{\"partnerId\": 123, \"adminSecret\": \"...\"}]}");
        }
        List<Partner> partners = new ArrayList<>();
        for (JsonNode entry : list) {
            JsonNode id = entry.get("partnerId");
            JsonNode secret = entry.get("adminSecret");
            if (id == null || !id.isIntegralNumber() || !id.canConvertToLong() || secret == null || !secret.isTextual()) {
                throw new IllegalArgumentException("partners file " + file
                        + ": every entry needs a numeric partnerId and a string adminSecret, got " + entry);
            }
            partners.add(new Partner(id.asLong(), secret.asText()));
        }
        return partners;
    }
}
