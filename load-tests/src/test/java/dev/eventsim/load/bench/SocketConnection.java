package dev.eventsim.load.bench;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The socket driver's connection: HTTP/1.1 on one keep-alive socket, a request written as its
 * bytes, the answer read by Content-Length (or chunk by chunk), its body kept only when asked. It opens
 * again after the server closes or anything goes wrong.
 */
final class SocketConnection implements Driver.Connection {
    private static final int TIMEOUT_MILLIS = 30_000;

    private final byte[] buffer = new byte[32 * 1024];
    private int position;
    private int limit;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private BenchRequest lastRequest;
    private byte[] lastWire;
    /** Whether any byte of the current answer has arrived. */
    private boolean received;
    /** The current answer's body as it is read, when it is to be kept; else null. */
    private ByteArrayOutputStream kept;

    /**
     * Sends the request and reads its answer. A kept-alive connection the server closed while it
     * was idle (between rounds) fails before any byte of the answer arrives; then the request goes
     * once more on a new connection, as HTTP clients do.
     */
    @Override
    public Driver.Answer exchange(BenchRequest request) throws IOException {
        kept = null;
        return exchangeOnce(request);
    }

    @Override
    public Driver.Answer exchangeKeepingBody(BenchRequest request) throws IOException {
        kept = new ByteArrayOutputStream();
        try {
            return exchangeOnce(request);
        } finally {
            kept = null;
        }
    }

    private Driver.Answer exchangeOnce(BenchRequest request) throws IOException {
        boolean reused = socket != null;
        try {
            return send(request);
        } catch (IOException e) {
            if (!reused || received) {
                throw e;
            }
            return send(request);
        }
    }

    private Driver.Answer send(BenchRequest request) throws IOException {
        try {
            if (socket == null) {
                open(request.uri());
            }
            received = false;
            if (kept != null) {
                kept.reset();
            }
            out.write(wire(request));
            return readAnswer();
        } catch (IOException | RuntimeException e) {
            close();
            throw e instanceof IOException io ? io : new IOException(e);
        }
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
        socket = null;
        position = 0;
        limit = 0;
    }

    private void open(URI uri) throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(TIMEOUT_MILLIS);
        socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), TIMEOUT_MILLIS);
        in = socket.getInputStream();
        out = socket.getOutputStream();
    }

    /** The same request object again (the usual case) is written from the bytes made the first time. */
    private byte[] wire(BenchRequest request) {
        if (request != lastRequest) {
            lastRequest = request;
            lastWire = request.wire();
        }
        return lastWire;
    }

    private Driver.Answer readAnswer() throws IOException {
        String statusLine = readLine();
        if (!statusLine.startsWith("HTTP/1.1 ") || statusLine.length() < 12) {
            throw new IOException("not an HTTP/1.1 status line: " + statusLine);
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long contentLength = -1;
        boolean chunked = false;
        boolean closes = false;
        for (String line = readLine(); !line.isEmpty(); line = readLine()) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new IOException("malformed header line: " + line);
            }
            String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            switch (name) {
                case "content-length" -> contentLength = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                case "connection" -> closes = value.equalsIgnoreCase("close");
                default -> { }
            }
        }
        long length;
        if (chunked) {
            length = skipChunks();
        } else if (contentLength >= 0) {
            skip(contentLength);
            length = contentLength;
        } else {
            length = skipToEnd();
            closes = true;
        }
        if (closes) {
            close();
        }
        return new Driver.Answer(status, (int) length, kept == null ? null : kept.toByteArray());
    }

    private long skipChunks() throws IOException {
        long total = 0;
        while (true) {
            String sizeLine = readLine();
            int extension = sizeLine.indexOf(';');
            long size = Long.parseLong((extension < 0 ? sizeLine : sizeLine.substring(0, extension)).trim(), 16);
            if (size == 0) {
                while (!readLine().isEmpty()) {
                    // trailers
                }
                return total;
            }
            skip(size);
            total += size;
            if (!readLine().isEmpty()) {
                throw new IOException("a chunk does not end with CRLF");
            }
        }
    }

    private void skip(long count) throws IOException {
        long left = count;
        while (left > 0) {
            if (position == limit) {
                fill();
            }
            int take = (int) Math.min(left, limit - position);
            if (kept != null) {
                kept.write(buffer, position, take);
            }
            position += take;
            left -= take;
        }
    }

    private long skipToEnd() throws IOException {
        long total = limit - position;
        if (kept != null) {
            kept.write(buffer, position, limit - position);
        }
        position = limit;
        int read;
        while ((read = in.read(buffer)) > 0) {
            total += read;
            if (kept != null) {
                kept.write(buffer, 0, read);
            }
        }
        limit = 0;
        position = 0;
        return total;
    }

    /** A line of the head, without its CRLF. */
    private String readLine() throws IOException {
        int start = position;
        while (true) {
            for (int i = start; i < limit; i++) {
                if (buffer[i] == '\n') {
                    int end = i > position && buffer[i - 1] == '\r' ? i - 1 : i;
                    String line = new String(buffer, position, end - position, StandardCharsets.ISO_8859_1);
                    position = i + 1;
                    return line;
                }
            }
            start = limit - position;
            compactAndFill();
        }
    }

    /** Moves what is unread to the front of the buffer and reads more after it. */
    private void compactAndFill() throws IOException {
        if (position > 0) {
            System.arraycopy(buffer, position, buffer, 0, limit - position);
            limit -= position;
            position = 0;
        }
        if (limit == buffer.length) {
            throw new IOException("a header line longer than " + buffer.length + " bytes");
        }
        int read = in.read(buffer, limit, buffer.length - limit);
        if (read < 0) {
            throw new EOFException("the server closed the connection");
        }
        limit += read;
        received = true;
    }

    private void fill() throws IOException {
        position = 0;
        limit = 0;
        int read = in.read(buffer);
        if (read < 0) {
            throw new EOFException("the server closed the connection");
        }
        limit = read;
        received = true;
    }
}
