package dev.eventsim.client.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.eventsim.client.ExchangeListener;
import dev.eventsim.client.auth.KsProvider;
import dev.eventsim.client.errors.ErrorDetails;
import dev.eventsim.client.errors.TransportException;
import dev.eventsim.client.errors.UnexpectedResponseException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

/**
 * One attempt of one operation: {@code POST {baseUrl}/{operation}} with a JSON body and the KS,
 * then the answer read into {@code type} or turned into a typed exception. Retrying is the
 * {@link Caller}'s business.
 */
final class Transport {
    private final HttpClient http;
    private final URI baseUrl;
    private final Duration requestTimeout;
    private final KsProvider ks;
    private final String userAgent;
    private final ExchangeListener listener;
    private final ObjectMapper json;
    private final ErrorDecoder errors;
    private final Clock clock;

    Transport(HttpClient http, URI baseUrl, Duration requestTimeout, KsProvider ks, String userAgent,
                     ExchangeListener listener, ObjectMapper json, Clock clock) {
        this.http = http;
        String base = baseUrl.toString();
        this.baseUrl = URI.create(base.endsWith("/") ? base : base + "/");
        this.requestTimeout = requestTimeout;
        this.ks = ks;
        this.userAgent = userAgent;
        this.listener = listener;
        this.json = json;
        this.errors = new ErrorDecoder(json);
        this.clock = clock;
    }

    URI baseUrl() {
        return baseUrl;
    }

    /** One attempt, given at most {@code timeLeft} of the call's deadline (and never more than the request timeout). */
    <T> T send(String operation, Object body, Class<T> type, int attempt, Duration timeLeft) {
        String requestBody = write(operation, body);
        URI uri = baseUrl.resolve(operation);
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(timeLeft.compareTo(requestTimeout) < 0 ? timeLeft : requestTimeout)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + ks.ks())
                .header("User-Agent", userAgent)
                .POST(HttpRequest.BodyPublishers.ofString(requestBody, StandardCharsets.UTF_8))
                .build();
        listener.onRequest(new ExchangeListener.OutgoingRequest(operation, uri, attempt, requestBody));
        long started = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            listener.onTransportFailure(new ExchangeListener.TransportFailure(operation, attempt, e, since(started)));
            throw new TransportException(operation, kindOf(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException(operation, TransportException.Kind.INTERRUPTED, e);
        }
        String traceId = response.headers().firstValue("x-traceid").orElse(null);
        listener.onResponse(new ExchangeListener.ReceivedResponse(operation, attempt, response.statusCode(), traceId,
                response.body(), since(started)));
        return read(operation, response, traceId, type);
    }

    private <T> T read(String operation, HttpResponse<String> response, String traceId, Class<T> type) {
        int code = response.statusCode();
        Duration retryAfter = RetryAfterHeader.parse(response.headers().firstValue("Retry-After").orElse(null), clock);
        if (code < 200 || code > 299) {
            throw errors.decode(operation, code, response.body(), traceId, retryAfter);
        }
        JsonNode tree;
        try {
            tree = json.readTree(response.body());
        } catch (JsonProcessingException e) {
            throw new UnexpectedResponseException(new ErrorDetails(operation, code, null,
                    "the answer is not JSON: " + e.getOriginalMessage(), traceId, null), e);
        }
        if (tree == null || !tree.isObject()) {
            throw new UnexpectedResponseException(new ErrorDetails(operation, code, null,
                    "the answer is not a JSON object", traceId, null));
        }
        JsonNode statusNode = tree.path("status");
        String status = statusNode.isTextual() ? statusNode.asText() : "ok";
        if (!status.equals("ok")) {
            // Every answer carries a status; an HTTP success that says otherwise is still a failure.
            throw errors.byStatus(new ErrorDetails(operation, code, status, tree.path("message").asText(null),
                    traceId, retryAfter));
        }
        try {
            return json.treeToValue(tree, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new UnexpectedResponseException(new ErrorDetails(operation, code, status,
                    "the answer does not have the shape the contract gives: " + e.getMessage(), traceId, null), e);
        }
    }

    private String write(String operation, Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(operation + ": the request cannot be written as JSON", e);
        }
    }

    private static TransportException.Kind kindOf(IOException e) {
        if (e instanceof HttpConnectTimeoutException || e instanceof ConnectException) {
            return TransportException.Kind.CONNECT_FAILED;
        }
        if (e instanceof HttpTimeoutException) {
            return TransportException.Kind.TIMEOUT;
        }
        return TransportException.Kind.CONNECTION_LOST;
    }

    private static Duration since(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }
}
