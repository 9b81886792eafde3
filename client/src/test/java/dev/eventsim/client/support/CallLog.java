package dev.eventsim.client.support;

import dev.eventsim.client.ExchangeListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Hears every attempt the client makes, so tests can count calls and retries. */
public final class CallLog implements ExchangeListener {
    private final List<OutgoingRequest> requests = new CopyOnWriteArrayList<>();
    private final List<ReceivedResponse> responses = new CopyOnWriteArrayList<>();
    private final List<TransportFailure> failures = new CopyOnWriteArrayList<>();

    @Override
    public void onRequest(OutgoingRequest request) {
        requests.add(request);
    }

    @Override
    public void onResponse(ReceivedResponse response) {
        responses.add(response);
    }

    @Override
    public void onTransportFailure(TransportFailure failure) {
        failures.add(failure);
    }

    /** How many requests of this operation went out, retries included. */
    public long count(String operation) {
        return requests.stream().filter(r -> r.operation().equals(operation)).count();
    }

    /** The HTTP codes answered to this operation, in order. */
    public List<Integer> statusCodes(String operation) {
        return responses.stream().filter(r -> r.operation().equals(operation)).map(ReceivedResponse::statusCode)
                .toList();
    }

    /** The operations called, in order, retries included. */
    public List<String> operations() {
        return requests.stream().map(OutgoingRequest::operation).toList();
    }

    public List<OutgoingRequest> requests() {
        return List.copyOf(requests);
    }

    public List<ReceivedResponse> responses() {
        return List.copyOf(responses);
    }

    public List<TransportFailure> failures() {
        return List.copyOf(failures);
    }

    public void clear() {
        requests.clear();
        responses.clear();
        failures.clear();
    }
}
