package dev.eventsim.simulator.auth;

/** The KS types of the core API's session.start: 0 USER, 2 ADMIN. */
public enum KsType {
    USER(0),
    ADMIN(2);

    private final int code;

    KsType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The type for a code, or null for a code the core API does not issue. */
    public static KsType ofCode(int code) {
        for (KsType type : values()) {
            if (type.code == code) {
                return type;
            }
        }
        return null;
    }
}
