package dev.eventsim.simulator.state;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The whole mutable state of a simulator: every partner's data and the id generator. */
public final class SimulatorState {
    private final Map<Long, PartnerData> partners = new ConcurrentHashMap<>();
    private final IdGenerator ids;
    private final Changes changes;

    public SimulatorState(long seed) {
        this(new IdGenerator(seed), new Changes());
    }

    SimulatorState(long seed, Changes changes) {
        this(new IdGenerator(seed), changes);
    }

    private SimulatorState(IdGenerator ids, Changes changes) {
        this.ids = ids;
        this.changes = changes;
    }

    /** A new state holding what the images hold, with ids continuing from {@code ids}. */
    public static SimulatorState from(IdsImage ids, List<PartnerImage> partners, TableKinds kinds) {
        return from(ids, partners, kinds, new Changes());
    }

    /** The same, telling {@code changes} (a store's) of every write to it. */
    public static SimulatorState from(IdsImage ids, List<PartnerImage> partners, TableKinds kinds, Changes changes) {
        SimulatorState state = new SimulatorState(new IdGenerator(ids), changes);
        for (PartnerImage image : partners) {
            if (state.partners.put(image.partnerId(), PartnerData.from(image, kinds, changes)) != null) {
                throw new IllegalArgumentException("partner " + image.partnerId() + " appears twice");
            }
        }
        return state;
    }

    /** Every partner that holds something, by partner id; each read under that partner's lock. */
    public List<PartnerImage> image(TableKinds kinds) {
        List<PartnerImage> images = new ArrayList<>();
        for (PartnerData partner : partners.values()) {
            PartnerImage image = partner.image(kinds);
            if (!image.holdsNothing()) {
                images.add(image);
            }
        }
        images.sort(Comparator.comparingLong(PartnerImage::partnerId));
        return images;
    }

    /** One partner's data replaced by {@code image}'s, in one step; the other partners are untouched. */
    public void replacePartner(PartnerImage image, TableKinds kinds) {
        partners.put(image.partnerId(), PartnerData.from(image, kinds, changes));
        changes.partnerChanged(image.partnerId());
    }

    public PartnerData partner(long partnerId) {
        return partners.computeIfAbsent(partnerId, id -> new PartnerData(id, changes));
    }

    /** A partner's data if it was ever used, without creating it. */
    public Optional<PartnerData> existingPartner(long partnerId) {
        return Optional.ofNullable(partners.get(partnerId));
    }

    /** The partner that holds an event id (event ids are unique across partners), if any. */
    public Optional<PartnerData> partnerHolding(long eventId) {
        for (PartnerData partner : partners.values()) {
            if (partner.read(() -> partner.hasEvent(eventId))) {
                return Optional.of(partner);
            }
        }
        return Optional.empty();
    }

    /** Forgets one partner's data: its next use starts from an empty {@code PartnerData}. */
    public void resetPartner(long partnerId) {
        partners.remove(partnerId);
        changes.partnerChanged(partnerId);
    }

    public Collection<PartnerData> partners() {
        return partners.values();
    }

    public IdGenerator ids() {
        return ids;
    }
}
