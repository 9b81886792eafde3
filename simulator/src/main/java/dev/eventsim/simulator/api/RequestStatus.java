package dev.eventsim.simulator.api;

/** The request status enum of the published contract: the top-level {@code status} of every body. */
public enum RequestStatus {
    ok,
    Forbidden,
    InvalidArgument,
    RateLimitReached,
    OperationNotAllowed,
    ResourceDoesNotExist,
    NEW_LOGIN_REQUIRED,
    MISSING_OTP,
    AuthLoginMissingOrg
}
