package dev.eventsim.simulator.http;

import dev.eventsim.simulator.api.JsonBody;
import dev.eventsim.simulator.auth.Caller;

/** An authenticated API call with its JSON body, as a controller receives it. */
public record ApiRequest(Caller caller, JsonBody body) {

    public long partnerId() {
        return caller.partnerId();
    }
}
