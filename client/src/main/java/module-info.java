/**
 * The reference client of the Events API. Only the API's packages are exported: {@code internal}
 * (the HTTP attempt, the retry loop, decoding and paging) is the client's own machinery. The
 * packages are opened to Jackson, which reads and writes the client's records.
 */
module dev.eventsim.client {
    requires transitive java.net.http;
    requires transitive com.fasterxml.jackson.annotation;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jsr310;

    exports dev.eventsim.client;
    exports dev.eventsim.client.auth;
    exports dev.eventsim.client.errors;
    exports dev.eventsim.client.events;
    exports dev.eventsim.client.eventusers;
    exports dev.eventsim.client.participants;
    exports dev.eventsim.client.sessions;
    exports dev.eventsim.client.teammembers;

    opens dev.eventsim.client to com.fasterxml.jackson.databind;
    opens dev.eventsim.client.events to com.fasterxml.jackson.databind;
    opens dev.eventsim.client.eventusers to com.fasterxml.jackson.databind;
    opens dev.eventsim.client.participants to com.fasterxml.jackson.databind;
    opens dev.eventsim.client.sessions to com.fasterxml.jackson.databind;
    opens dev.eventsim.client.teammembers to com.fasterxml.jackson.databind;
}
