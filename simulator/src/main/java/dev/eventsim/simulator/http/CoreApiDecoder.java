package dev.eventsim.simulator.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eventsim.simulator.coreapi.CoreApiErrors;
import dev.eventsim.simulator.coreapi.CoreParams;
import dev.eventsim.simulator.coreapi.CoreRequest;
import io.javalin.http.Context;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The core API's codec, reading side: parameters from the query, a form (url-encoded or
 * multipart) and a JSON body, merged as the core API merges them ({@link CoreRequest#decode}).
 */
final class CoreApiDecoder {
    private final ObjectMapper mapper;

    CoreApiDecoder(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    CoreRequest decode(Context ctx) throws IOException {
        String contentType = ctx.contentType() == null ? "" : ctx.contentType().strip().toLowerCase(Locale.ROOT);
        ObjectNode json = null;
        Map<String, List<String>> form = Map.of();
        // As the core API: a body is JSON only under exactly application/json (with a charset it is
        // not read at all), a form under the form types; any other body is not read.
        if (contentType.equals("application/json")) {
            json = parse(RequestBody.read(ctx, ApiSurface.MAX_BODY_BYTES, CoreApiDecoder::tooLarge,
                    CoreApiErrors::malformedJson));
        } else if (contentType.startsWith("application/x-www-form-urlencoded")
                || contentType.startsWith("multipart/form-data")) {
            form = ctx.formParamMap();
            requireText(ctx, contentType);
            List<String> jsonPart = form.get("json");
            if (contentType.startsWith("multipart/") && jsonPart != null && !jsonPart.isEmpty()) {
                json = parse(jsonPart.get(0).getBytes(StandardCharsets.UTF_8));
            }
        }
        if (ctx.queryString() != null) {
            CoreParams.requireText(ctx.queryString().getBytes(StandardCharsets.UTF_8), charset(ctx));
        }
        return CoreRequest.decode(ctx.path(), ctx.queryParamMap(), form, json, ctx.header("Authorization"));
    }

    /**
     * Form fields whose bytes are not text in the request's charset (UTF-8 unless it names another)
     * are refused: Javalin would read them as U+FFFD and the value would be stored changed.
     */
    private static void requireText(Context ctx, String contentType) throws IOException {
        Charset charset = charset(ctx);
        if (contentType.startsWith("application/x-www-form-urlencoded")) {
            CoreParams.requireText(ctx.bodyAsBytes(), charset);
            return;
        }
        try {
            for (Part part : ctx.req().getParts()) {
                if (part.getSubmittedFileName() == null) {
                    try (InputStream in = part.getInputStream()) {
                        CoreParams.requireText(part.getName(), in.readAllBytes(), charset);
                    }
                }
            }
        } catch (ServletException e) {
            // not a multipart body Javalin could read: it read no fields either
        }
    }

    /** The charset Javalin decodes the query and the form with. */
    private static Charset charset(Context ctx) {
        try {
            return Charset.forName(ctx.characterEncoding());
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }

    private static RuntimeException tooLarge() {
        return CoreApiErrors.invalidParameterValue("(request body larger than " + ApiSurface.MAX_BODY_BYTES
                + " bytes)", "");
    }

    private ObjectNode parse(byte[] bytes) {
        if (RequestBody.isBlank(bytes)) {
            return null;
        }
        JsonNode node;
        try {
            node = mapper.readTree(bytes);
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw CoreApiErrors.malformedJson("not JSON" + where + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw CoreApiErrors.malformedJson("not JSON: " + e.getMessage());
        }
        if (!(node instanceof ObjectNode object)) {
            throw CoreApiErrors.malformedJson("a JSON " + node.getNodeType().name().toLowerCase(Locale.ROOT)
                    + ", not an object of parameters");
        }
        return object;
    }
}
