package dev.eventsim.simulator.coreapi;

/** One core API action of the route table: {@code service.action}, who may call it, what runs it. */
public record CoreRoute(String service, String action, Access access, CoreAction handler) {

    /** The name fault rules and the journal use: {@code session.start}. */
    public String operation() {
        return service + "." + action;
    }
}
