package dev.eventsim.simulator.seeding;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eventsim.simulator.api.ApiException;
import dev.eventsim.simulator.api.JsonBody;
import dev.eventsim.simulator.api.JsonProblem;
import dev.eventsim.simulator.api.UnicodeText;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code --seed-file}: a JSON object that is a seed request for the default partner (the body of
 * {@code POST /__sim/seed}), or holds {@code "partners": [seed requests]}, or both; the top-level
 * request is applied first, then the partners' in order. Read and checked once at start-up; it is
 * applied again by every full reset, since it is part of how the simulator started. Like a request
 * body, it may not hold a string that is not valid Unicode (a lone UTF-16 surrogate).
 */
public final class SeedFile {
    private static final String FORMAT = "a seed request such as {\"events\": 1000, \"seed\": 7} or "
            + "{\"events\": [{...events/create body..., \"users\": [...], \"sessions\": [...]}]}, "
            + "and/or {\"partners\": [{\"partnerId\": 1000001, \"events\": 1000, \"seed\": 7}]}";

    private final Path path;
    private final List<SeedRequest> requests;

    private SeedFile(Path path, List<SeedRequest> requests) {
        this.path = path;
        this.requests = List.copyOf(requests);
    }

    public static SeedFile read(Path path, long defaultPartnerId) {
        JsonNode root = parse(path);
        if (!(root instanceof ObjectNode object)) {
            throw new SeedFileException("seed file " + path + " must hold a JSON object: " + FORMAT);
        }
        String lone = UnicodeText.firstLoneSurrogate(object);
        if (lone != null) {
            throw new SeedFileException("seed file " + path + " is not valid Unicode: " + lone);
        }
        ObjectNode top = object.deepCopy();
        JsonNode partners = top.remove("partners");
        List<SeedRequest> requests = new ArrayList<>();
        try {
            if (!top.isEmpty()) {
                requests.add(SeedReader.read(new JsonBody(top, ""), defaultPartnerId));
            }
            if (partners != null && !partners.isNull()) {
                if (!partners.isArray()) {
                    throw new SeedFileException("seed file " + path + ": partners must be an array of seed requests");
                }
                for (int i = 0; i < partners.size(); i++) {
                    if (!(partners.get(i) instanceof ObjectNode entry)) {
                        throw new SeedFileException("seed file " + path + ": partners[" + i + "] must be an object");
                    }
                    requests.add(SeedReader.read(new JsonBody(entry, "partners[" + i + "]"), defaultPartnerId));
                }
            }
        } catch (ApiException e) {
            throw new SeedFileException("seed file " + path + ": " + e.getMessage());
        }
        if (requests.isEmpty()) {
            throw new SeedFileException("seed file " + path + " asks for no seed; it should hold " + FORMAT);
        }
        return new SeedFile(path, requests);
    }

    /** Seeds every request of the file, in order; a request the backends refuse stops there. */
    public List<SeedResult> applyTo(SeedingBackend seeding) {
        List<SeedResult> results = new ArrayList<>(requests.size());
        for (SeedRequest request : requests) {
            try {
                results.add(seeding.seed(request));
            } catch (ApiException e) {
                throw new SeedFileException("seed file " + path + ": " + e.getMessage());
            }
        }
        return results;
    }

    public Path path() {
        return path;
    }

    private static JsonNode parse(Path path) {
        try {
            return new ObjectMapper().readTree(Files.readAllBytes(path));
        } catch (NoSuchFileException e) {
            throw new SeedFileException("cannot read seed file " + path + ": no such file");
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            throw new SeedFileException("seed file " + path + " is not valid JSON"
                    + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")")
                    + ": " + JsonProblem.plain(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new SeedFileException("cannot read seed file " + path + ": " + e.getMessage());
        }
    }
}
