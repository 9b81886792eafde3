package dev.eventsim.simulator.auth;

/**
 * Why a KS was refused, with the code and name the core API's KS library gives each reason. The
 * core API reports a KS it could not read as {@code INVALID_KS} naming the KS, and one it read but
 * refused with the reason's name in the KS's place ({@code Invalid KS "EXPIRED"}).
 */
public enum KsError {
    INVALID_STR(-1),
    INVALID_PARTNER(-2),
    INVALID_USER(-3),
    INVALID_TYPE(-4),
    EXPIRED(-5),
    LOGOUT(-6),
    INVALID_LKS(-7),
    EXCEEDED_ACTIONS_LIMIT(-8),
    /** Not a KS library code: an {@code actionslimit} that is no positive number, which the core API refuses as such. */
    INVALID_ACTIONS_LIMIT(0);

    private final int code;

    KsError(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
