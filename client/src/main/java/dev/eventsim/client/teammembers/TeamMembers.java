package dev.eventsim.client.teammembers;

import dev.eventsim.client.Pager;
import dev.eventsim.client.PagerOffset;
import dev.eventsim.client.internal.Caller;
import dev.eventsim.client.internal.PagedStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The {@code team-members/*} operations: the people who run the account's events (not users of
 * one event; see {@code EventUsers}). Get it from {@code EventsClient.teamMembers()}.
 */
public final class TeamMembers {
    /** The page size {@link #streamAll()} asks for: the contract's default. */
    public static final int PAGE_SIZE = 30;

    record TeamMemberEnvelope(TeamMember teamMember) {
    }

    record IdRequest(String id) {
    }

    record ListRequest(Pager pager) {
    }

    record Acknowledgement(String status) {
    }

    private final Caller caller;
    private final PagerOffset pagerOffset;
    private final Clock clock;
    private final Duration createdAtTolerance;

    /**
     * Made by {@code EventsClient}. Public only because the client builds it from another package;
     * its {@code Caller} is in the unexported {@code internal} package, so no one else can call it.
     */
    @SuppressWarnings("exports")
    public TeamMembers(Caller caller, PagerOffset pagerOffset, Clock clock, Duration createdAtTolerance) {
        this.caller = caller;
        this.pagerOffset = pagerOffset;
        this.clock = clock;
        this.createdAtTolerance = createdAtTolerance;
    }

    /**
     * Adds a member to the team; an email already on it is a 400. {@code team-members/create} is
     * not idempotent: after a 5xx or a lost answer this reads the team and returns the member with
     * that email if it was created since the call began (less the {@code createdAtTolerance});
     * only if there is none does it send the create again, which would otherwise be that 400.
     */
    public TeamMember create(NewTeamMember member) {
        Instant startedAt = clock.instant();
        return caller.create("team-members/create", member, TeamMemberEnvelope.class,
                failure -> findCreated(member, startedAt).map(TeamMemberEnvelope::new)).teamMember();
    }

    private Optional<TeamMember> findCreated(NewTeamMember sent, Instant startedAt) {
        Instant notBefore = startedAt.minus(createdAtTolerance);
        try (Stream<TeamMember> team = streamAll()) {
            return team.filter(m -> sent.email().equalsIgnoreCase(m.email()))
                    .filter(m -> m.createdAt() == null || !m.createdAt().isBefore(notBefore))
                    .findFirst();
        }
    }

    /** Changes the fields set in {@code changes}; the others keep their value. */
    public TeamMember update(TeamMemberChanges changes) {
        return caller.call("team-members/update", changes, TeamMemberEnvelope.class).teamMember();
    }

    public void delete(String id) {
        caller.call("team-members/delete", new IdRequest(id), Acknowledgement.class);
    }

    /** One page of the team, in the order members were added. */
    public TeamMemberPage list(Pager pager) {
        return caller.call("team-members/list", new ListRequest(pager), TeamMemberPage.class);
    }

    /** The first page with the service's default size (30). */
    public TeamMemberPage list() {
        return list(null);
    }

    /** The whole team, 30 at a time as the stream is read, checked against {@code totalCount}. */
    public Stream<TeamMember> streamAll() {
        return PagedStream.of("team-members/list", pager -> {
            TeamMemberPage page = list(pager);
            return new PagedStream.Page<>(page.teamMembers(), page.totalCount());
        }, PAGE_SIZE, pagerOffset, TeamMember::id);
    }
}
