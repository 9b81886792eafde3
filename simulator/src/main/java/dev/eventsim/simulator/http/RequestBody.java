package dev.eventsim.simulator.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

/** Reads a request's body once, up to a surface's limit, and leaves the bytes for the journal. */
final class RequestBody {
    private RequestBody() {
    }

    /** The body's bytes; {@code tooLarge} is thrown for a body past {@code maxBytes}, announced or sent. */
    static byte[] read(Context ctx, int maxBytes, Supplier<? extends RuntimeException> tooLarge) throws IOException {
        long length = ctx.req().getContentLengthLong();
        if (length > maxBytes) {
            throw tooLarge.get();
        }
        try (InputStream in = ctx.req().getInputStream()) {
            // With a Content-Length the server delivers exactly that many bytes; without one, read up to the limit.
            byte[] bytes = in.readNBytes(length >= 0 ? (int) length : maxBytes + 1);
            RequestAttributes.requestBody(ctx, bytes);
            if (bytes.length > maxBytes) {
                throw tooLarge.get();
            }
            return bytes;
        }
    }

    /** Only JSON's own whitespace (RFC 8259): Character.isWhitespace would also skip control characters. */
    static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
