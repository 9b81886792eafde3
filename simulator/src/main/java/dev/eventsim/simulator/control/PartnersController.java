package dev.eventsim.simulator.control;

import dev.eventsim.simulator.admin.ControlPlane;
import dev.eventsim.simulator.admin.KsRequest;
import dev.eventsim.simulator.admin.PartnerView;
import dev.eventsim.simulator.api.JsonBody;
import java.util.List;

/** Partners at run time: list, register, remove; and minting a KS for a partner and user. */
public final class PartnersController {
    private final ControlPlane control;

    public PartnersController(ControlPlane control) {
        this.control = control;
    }

    /** The partner list. */
    public record PartnerList(List<PartnerView> partners) {
    }

    public Object list(ControlRequest request) {
        return new PartnerList(control.partners());
    }

    public Object register(ControlRequest request) {
        JsonBody body = request.body();
        return control.registerPartner(body.requiredLong("partnerId"), body.requiredText("adminSecret"));
    }

    public Object remove(ControlRequest request) {
        control.removePartner(request.pathLong("partnerId"));
        return new PartnerList(List.of());
    }

    /**
     * Mints a KS: {@code partnerId} (default partner), {@code userId} ("admin"), {@code type}
     * (2 ADMIN or 0 USER; default 2), {@code expiry} seconds (86400), {@code privileges},
     * {@code version} (2 or 1; default 2).
     */
    public Object mintKs(ControlRequest request) {
        JsonBody body = request.body();
        Long type = body.optionalLong("type");
        Long version = body.optionalLong("version");
        return control.mintKs(new KsRequest(body.optionalLong("partnerId"),
                body.has("userId") ? body.optionalString("userId") : null, type == null ? null : narrow("type", type),
                body.optionalLong("expiry"), body.optionalString("privileges"),
                version == null ? null : narrow("version", version)));
    }

    private static int narrow(String field, long value) {
        if (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE) {
            throw dev.eventsim.simulator.api.ApiErrors.invalidArgument(field + " " + value + " is out of range");
        }
        return (int) value;
    }
}
