package dev.eventsim.simulator.control;

import dev.eventsim.simulator.api.ApiErrors;
import dev.eventsim.simulator.api.JsonBody;
import dev.eventsim.simulator.api.Timestamps;
import dev.eventsim.simulator.auth.KsCodec;
import dev.eventsim.simulator.auth.KsType;
import dev.eventsim.simulator.auth.Partner;
import dev.eventsim.simulator.auth.Partners;
import dev.eventsim.simulator.state.Store;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Partners at run time: list, register, remove; and minting a KS for a partner and user. */
public final class PartnersController {
    private static final long DEFAULT_EXPIRY_SECONDS = 86_400;

    private final Partners partners;
    private final Store store;
    private final Clock clock;

    public PartnersController(Partners partners, Store store, Clock clock) {
        this.partners = partners;
        this.store = store;
        this.clock = clock;
    }

    /** A partner as the control plane shows it. */
    public record PartnerView(long partnerId, String adminSecret, boolean isDefault) {
    }

    /** The partner list. */
    public record PartnerList(List<PartnerView> partners) {
    }

    /** A minted KS and what it says. */
    public record MintedKs(String ks, long partnerId, String userId, int type, String expiresAt, int version) {
    }

    public Object list(ControlRequest request) {
        long defaultId = partners.defaultPartner().id();
        return new PartnerList(partners.all().stream()
                .map(p -> new PartnerView(p.id(), p.adminSecret(), p.id() == defaultId)).toList());
    }

    /** Registers a partner, or changes the admin secret of a known one (its old KSes stop working). */
    public Object register(ControlRequest request) {
        JsonBody body = request.body();
        long partnerId = body.requiredLong("partnerId");
        String secret = body.requiredText("adminSecret");
        if (partnerId <= 0) {
            throw ApiErrors.invalidArgument("partnerId must be positive, got " + partnerId);
        }
        partners.register(new Partner(partnerId, secret));
        return new PartnerView(partnerId, secret, partnerId == partners.defaultPartner().id());
    }

    /** Forgets a partner registered at run time, with its data. */
    public Object remove(ControlRequest request) {
        long partnerId = request.pathLong("partnerId");
        boolean removed;
        try {
            removed = partners.remove(partnerId);
        } catch (IllegalArgumentException e) {
            throw ApiErrors.conflict(e.getMessage());
        }
        if (!removed) {
            throw ApiErrors.partnerNotFound(partnerId);
        }
        store.resetPartner(partnerId);
        return new PartnerList(List.of());
    }

    /**
     * Mints a KS: {@code partnerId} (default partner), {@code userId} ("admin"), {@code type}
     * (2 ADMIN or 0 USER; default 2), {@code expiry} seconds (86400), {@code privileges},
     * {@code version} (2 or 1; default 2).
     */
    public Object mintKs(ControlRequest request) {
        JsonBody body = request.body();
        Long requested = body.optionalLong("partnerId");
        long partnerId = requested == null ? partners.defaultPartner().id() : requested;
        Partner partner = partners.find(partnerId).orElseThrow(() -> ApiErrors.partnerNotFound(partnerId));
        String userId = body.has("userId") ? body.optionalString("userId") : "admin";
        long type = or(body.optionalLong("type"), KsType.ADMIN.code());
        if (KsType.ofCode((int) type) == null) {
            throw ApiErrors.invalidArgument("type must be 2 (ADMIN) or 0 (USER), got " + type);
        }
        long expiry = or(body.optionalLong("expiry"), DEFAULT_EXPIRY_SECONDS);
        long version = or(body.optionalLong("version"), 2L);
        if (version != 1 && version != 2) {
            throw ApiErrors.invalidArgument("version must be 1 or 2, got " + version);
        }
        String privileges = body.optionalString("privileges");
        Instant expiresAt = clock.instant().plusSeconds(expiry);
        String ks = version == 2
                ? KsCodec.encodeV2(partnerId, partner.adminSecret(), (int) type, userId, expiresAt, privileges)
                : KsCodec.encodeV1(partnerId, partner.adminSecret(), (int) type, userId, expiresAt, privileges);
        return new MintedKs(ks, partnerId, userId, (int) type, Timestamps.format(expiresAt), (int) version);
    }

    private static long or(Long value, long fallback) {
        return value == null ? fallback : value;
    }
}
