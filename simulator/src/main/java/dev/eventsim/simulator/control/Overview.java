package dev.eventsim.simulator.control;

import java.util.List;

/**
 * {@code GET /__sim/overview}: what each partner holds, newest events first, read straight from
 * the state (so the dashboard that polls it never shows up in the request journal).
 */
public record Overview(String clock, int limit, List<PartnerOverview> partners) {

    /**
     * One partner: its totals, its newest {@code limit} events, its core API app tokens (deleted
     * ones too) and the KSes session.end or a deleted app token ended.
     */
    public record PartnerOverview(long partnerId, boolean isDefault, int totalEvents, int totalSessions, int returned,
                                  List<EventOverview> events, List<AppTokenOverview> appTokens,
                                  List<EndedSessionOverview> endedSessions) {
    }

    /** An app token; {@code status} is active, disabled or deleted. */
    public record AppTokenOverview(String id, String description, String hashType, String status, Integer sessionType,
                                   String sessionUserId, int sessionDuration, String sessionPrivileges,
                                   String createdAt) {
    }

    /**
     * A KS ended by session.end ({@code kind} ks: named by the start of its SHA-1) or a
     * {@code sessionid} group ended with it or by deleting its app token ({@code kind} sessionid).
     */
    public record EndedSessionOverview(String kind, String key, String endedAt, String until) {
    }

    /** An event with its lifecycle state, its sessions (with their participants) and its users. */
    public record EventOverview(long id, String name, String templateId, String timezone, String startDate,
                                String endDate, String createdAt, List<String> labels, String state,
                                int sessionCount, List<SessionOverview> sessions, int userCount,
                                List<UserOverview> users) {
    }

    /** A session with its speakers (in display order) and moderators (in the order they were added). */
    public record SessionOverview(String id, String name, String type, String startDate, String endDate,
                                  List<Participant> speakers, List<Participant> moderators) {
    }

    /** A speaker or moderator: the event user's id and name; {@code order} for speakers only. */
    public record Participant(String userId, String name, Integer order) {
    }

    /** An event user and its event roles. */
    public record UserOverview(String id, String name, String email, List<String> roles) {
    }
}
