package dev.eventsim.simulator.auth;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;

/** The partners the simulator accepts KSes from. The first one given is the default partner. */
public final class Partners {
    private final Partner defaultPartner;
    private final List<Partner> startUp;
    private final Map<Long, Partner> byId = new ConcurrentSkipListMap<>();

    public Partners(List<Partner> partners) {
        if (partners.isEmpty()) {
            throw new IllegalArgumentException("at least one partner is needed");
        }
        this.defaultPartner = partners.get(0);
        this.startUp = List.copyOf(partners);
        partners.forEach(this::register);
    }

    /** Back to the partners the simulator started with: those registered since are forgotten. */
    public void resetToStartUp() {
        byId.clear();
        startUp.forEach(this::register);
    }

    /** Exactly these partners from now on (a restore); the default partner always stays. */
    public void restore(Collection<Partner> partners) {
        Map<Long, Partner> next = new TreeMap<>();
        partners.forEach(p -> next.put(p.id(), p));
        next.putIfAbsent(defaultPartner.id(), defaultPartner);
        byId.keySet().retainAll(next.keySet());
        byId.putAll(next);
    }

        /** Forgets a partner registered at run time; the default partner stays. */
    public boolean remove(long partnerId) {
        if (partnerId == defaultPartner.id()) {
            throw new IllegalArgumentException("the default partner " + partnerId + " cannot be removed");
        }
        return byId.remove(partnerId) != null;
    }

    public void register(Partner partner) {
        byId.put(partner.id(), partner);
    }

    public Optional<Partner> find(long partnerId) {
        return Optional.ofNullable(byId.get(partnerId));
    }

    public Partner defaultPartner() {
        return defaultPartner;
    }

    public Collection<Partner> all() {
        return byId.values();
    }
}
