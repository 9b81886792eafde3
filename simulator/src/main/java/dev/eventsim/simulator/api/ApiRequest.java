package dev.eventsim.simulator.api;


/** An authenticated API call with its JSON body, as a controller receives it. */
public record ApiRequest(Caller caller, JsonBody body) {

    public long partnerId() {
        return caller.partnerId();
    }
}
