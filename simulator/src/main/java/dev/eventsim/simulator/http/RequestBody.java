package dev.eventsim.simulator.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.function.Function;
import java.util.function.Supplier;

/** Reads a request's body once, up to a surface's limit, and leaves the bytes for the journal. */
final class RequestBody {
    private RequestBody() {
    }

    /**
     * The body's bytes; {@code tooLarge} is thrown for a body past {@code maxBytes}, announced or
     * sent, and {@code cutShort} (given what happened) for one that stops before its
     * {@code Content-Length}: the client closed the stream, or it fell silent past the idle timeout.
     */
    static byte[] read(Context ctx, int maxBytes, Supplier<? extends RuntimeException> tooLarge,
                       Function<String, ? extends RuntimeException> cutShort) {
        long length = ctx.req().getContentLengthLong();
        if (length > maxBytes) {
            throw tooLarge.get();
        }
        // With a Content-Length the server delivers exactly that many bytes; without one, read up to the limit.
        int wanted = length >= 0 ? (int) length : maxBytes + 1;
        byte[] bytes = new byte[Math.min(wanted, 64 * 1024)];
        int read = 0;
        try (InputStream in = ctx.req().getInputStream()) {
            while (read < wanted) {
                if (read == bytes.length) {
                    bytes = Arrays.copyOf(bytes, Math.min(wanted, bytes.length * 2));
                }
                int n = in.read(bytes, read, bytes.length - read);
                if (n < 0) {
                    break;
                }
                read += n;
            }
        } catch (IOException e) {
            RequestAttributes.requestBody(ctx, Arrays.copyOf(bytes, read));
            throw cutShort.apply("the request body stopped after " + read + " of the " + length
                    + " bytes its Content-Length announced (nothing more came within the idle timeout)");
        }
        bytes = read == bytes.length ? bytes : Arrays.copyOf(bytes, read);
        RequestAttributes.requestBody(ctx, bytes);
        if (bytes.length > maxBytes) {
            throw tooLarge.get();
        }
        if (length >= 0 && read < length) {
            throw cutShort.apply("the request body stopped after " + read + " of the " + length
                    + " bytes its Content-Length announced");
        }
        return bytes;
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
