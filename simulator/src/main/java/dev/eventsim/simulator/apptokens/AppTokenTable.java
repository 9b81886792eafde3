package dev.eventsim.simulator.apptokens;

import dev.eventsim.simulator.state.PortableTable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** A partner's application tokens by id, in creation order. Call under the partner's lock. */
final class AppTokenTable implements PortableTable {
    private final Map<String, AppToken> byId = new LinkedHashMap<>();

    AppTokenTable() {
    }

    AppTokenTable(AppTokenRows rows) {
        rows.tokens().forEach(this::put);
    }

    @Override
    public AppTokenRows export() {
        return new AppTokenRows(new ArrayList<>(byId.values()));
    }

    AppToken get(String id) {
        return byId.get(id);
    }

    void put(AppToken token) {
        byId.put(token.id(), token);
    }

    Collection<AppToken> all() {
        return byId.values();
    }
}
