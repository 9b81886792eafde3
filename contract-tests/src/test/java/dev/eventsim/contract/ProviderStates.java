package dev.eventsim.contract;

import java.util.Set;

/**
 * The provider states of the pact, named by the consumer tests and set up by the provider
 * verification. Each state returns the ids it created under the names given here; the pact's
 * requests take them with {@code fromProviderState} expressions such as {@code ${eventId}}.
 */
public final class ProviderStates {
    /** Returns {@code eventId}. Parameter {@code templateId} (default {@code tm0000}). */
    public static final String AN_EVENT_EXISTS = "an event exists";
    /** Returns {@code eventId}, {@code sessionId}. */
    public static final String AN_EVENT_WITH_A_SESSION_EXISTS = "an event with a session exists";
    /** Returns {@code eventId}: an id that no longer names an event. */
    public static final String AN_EVENT_WAS_DELETED = "an event was deleted";
    /** Returns {@code jobId}. */
    public static final String A_DUPLICATION_JOB_HAS_COMPLETED = "a duplication job has completed";
    /** Returns {@code jobId}. Needs the control plane: nothing else holds a job unfinished. */
    public static final String A_DUPLICATION_JOB_IS_STILL_RUNNING = "a duplication job is still running";
    /** Returns {@code eventId}, {@code userId}, {@code email}. Parameter {@code roles} (a list of event roles). */
    public static final String AN_EVENT_USER_EXISTS = "an event user exists";
    /** Returns {@code eventId}, {@code sessionId}, {@code speakerId}, {@code moderatorId}: invited, not yet placed. */
    public static final String A_SPEAKER_AND_A_MODERATOR_ARE_INVITED =
            "a user with the Speaker role and one with the Moderator role are invited to an event with a session";
    /**
     * Returns {@code eventId}, {@code sessionId}, {@code speakerId}; with parameter
     * {@code withModerator} true, also {@code moderatorId}.
     */
    public static final String A_SESSION_WITH_A_SPEAKER_EXISTS = "a session with a speaker exists";
    /** Returns {@code teamMemberId}. Parameter {@code role}. */
    public static final String A_TEAM_MEMBER_EXISTS = "a team member exists";
    /** Returns {@code teamMemberId}: an id that no longer names a team member. */
    public static final String A_TEAM_MEMBER_WAS_DELETED = "a team member was deleted";
    /** Parameter {@code email}: whoever holds it leaves the team first. */
    public static final String NO_TEAM_MEMBER_HAS_THE_EMAIL = "no team member has the email";
    /** Needs the control plane: a real service cannot be told to refuse. */
    public static final String THE_RATE_LIMIT_IS_REACHED = "the rate limit is reached";
    /** Returns {@code userKs}, sent as the request's KS. Needs the admin secret to mint it. */
    public static final String THE_CALLER_HOLDS_A_USER_KS = "the caller holds a USER KS";
    /** The request keeps the KS the pact gives it, which is not a valid one. */
    public static final String THE_CALLER_HAS_NO_VALID_KS = "the caller has no valid KS";

    /** Interactions in these states are sent with their own Authorization header, not a valid ADMIN KS. */
    public static final Set<String> OWN_AUTHORIZATION = Set.of(THE_CALLER_HOLDS_A_USER_KS, THE_CALLER_HAS_NO_VALID_KS);

    private ProviderStates() {
    }
}
