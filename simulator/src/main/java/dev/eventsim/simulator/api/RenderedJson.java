package dev.eventsim.simulator.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * An answer already written as JSON, byte for byte what the mapper would write for it: the HTTP
 * layer sends the bytes as they are, and the mapper, if asked, writes them unchanged.
 */
public final class RenderedJson implements JsonSerializable {
    private final byte[] bytes;

    public RenderedJson(byte[] bytes) {
        this.bytes = bytes;
    }

    /** The JSON; shared, never to be changed. */
    public byte[] bytes() {
        return bytes;
    }

    @Override
    public void serialize(JsonGenerator gen, SerializerProvider serializers) throws IOException {
        gen.writeRawValue(new String(bytes, StandardCharsets.UTF_8));
    }

    @Override
    public void serializeWithType(JsonGenerator gen, SerializerProvider serializers, TypeSerializer typeSer)
            throws IOException {
        serialize(gen, serializers);
    }
}
