package dev.eventsim.simulator.auth;

/**
 * Who may call a core API action: a valid ADMIN KS in the {@code ks} field. The core API answers
 * a call without a KS as it answers a role without the permission: the service is forbidden.
 */
public final class CoreApiAccess {
    private final KsValidator validator;

    public CoreApiAccess(KsValidator validator) {
        this.validator = validator;
    }

    /** The caller behind an ADMIN KS, or a {@link CoreApiException}; {@code service} reads {@code category->list}. */
    public Caller admin(String ks, String service) {
        if (ks == null || ks.isBlank()) {
            throw CoreApiException.serviceForbidden(service);
        }
        KalturaSession session;
        try {
            session = validator.validate(ks.strip());
        } catch (KsRejectedException e) {
            throw CoreApiException.invalidKs(ks, e.expired());
        }
        if (!session.isAdmin()) {
            throw CoreApiException.serviceForbidden(service);
        }
        return new Caller(session.partnerId(), session.userId());
    }
}
