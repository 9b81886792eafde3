package dev.eventsim.simulator.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventsim.simulator.api.RequestStatus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Errors Jetty answers before a request reaches Javalin (a malformed request line, headers too
 * large) in the API's JSON envelope instead of Jetty's HTML page.
 */
final class JettyErrorHandler extends ErrorHandler {
    private final ObjectMapper mapper;

    JettyErrorHandler(ObjectMapper mapper) {
        this.mapper = mapper;
        setShowStacks(false);
        setShowServlet(false);
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request,
                                              HttpServletResponse response, int code, String message) throws IOException {
        baseRequest.setHandled(true);
        response.setContentType("application/json");
        response.setHeader(TraceIds.HEADER, TraceIds.next());
        response.getOutputStream().write(envelope(code, message));
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/json");
        fields.put(TraceIds.HEADER, TraceIds.next());
        return ByteBuffer.wrap(envelope(status, reason));
    }

    private byte[] envelope(int code, String message) {
        RequestStatus status = code < 500 ? RequestStatus.InvalidArgument : RequestStatus.OperationNotAllowed;
        String text = "HTTP " + code + (message == null || message.isBlank() ? "" : ": " + message);
        try {
            return mapper.writeValueAsBytes(new ErrorEnvelope(status.name(), text));
        } catch (IOException e) {
            throw new IllegalStateException("an error envelope always serializes", e);
        }
    }
}
