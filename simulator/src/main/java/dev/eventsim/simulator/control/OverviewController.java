package dev.eventsim.simulator.control;

import dev.eventsim.simulator.api.ApiErrors;
import dev.eventsim.simulator.apptokens.AppTokensBackend;
import dev.eventsim.simulator.auth.SessionGuard;
import dev.eventsim.simulator.auth.Partner;
import dev.eventsim.simulator.auth.Partners;
import dev.eventsim.simulator.lifecycle.LifecycleBackend;
import dev.eventsim.simulator.state.Store;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * {@code GET /__sim/overview[?partnerId=N][&limit=L]}: each partner's newest events with their
 * lifecycle state, sessions, participants and users, for the dashboard. Read-only.
 */
public final class OverviewController {
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 500;
    private static final Set<String> PARAMETERS = Set.of("partnerId", "limit");

    private final Partners partners;
    private final OverviewReader reader;

    public OverviewController(Store store, Partners partners, LifecycleBackend lifecycle, Clock clock,
                              AppTokensBackend appTokens, SessionGuard sessions) {
        this.partners = partners;
        this.reader = new OverviewReader(store, partners, lifecycle, clock, appTokens, sessions);
    }

    public Object read(ControlRequest request) {
        for (String name : request.query().keySet()) {
            if (!PARAMETERS.contains(name)) {
                throw ApiErrors.invalidArgument("unknown query parameter '" + name + "'; the overview takes limit, partnerId");
            }
        }
        Long partnerId = PartnerScope.query(request);
        List<Partner> which = partnerId == null ? defaultFirst()
                : List.of(partners.find(partnerId).orElseThrow(() -> ApiErrors.partnerNotFound(partnerId)));
        return reader.read(which, limit(request.query().get("limit")));
    }

    /** The default partner, then the others by id. */
    private List<Partner> defaultFirst() {
        long defaultId = partners.defaultPartner().id();
        List<Partner> all = new ArrayList<>(partners.all());
        all.sort(Comparator.comparing((Partner p) -> p.id() != defaultId).thenComparingLong(Partner::id));
        return all;
    }

    private static int limit(String text) {
        if (text == null) {
            return DEFAULT_LIMIT;
        }
        int limit;
        try {
            limit = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw ApiErrors.wrongType("limit '" + text + "'", "a whole number");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiErrors.invalidArgument("limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
        }
        return limit;
    }
}
