package dev.eventsim.contract.consumer;

import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonBody;

import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.LambdaDslObject;
import au.com.dius.pact.consumer.dsl.PactDslJsonRootValue;
import java.util.List;

/**
 * The shapes of the answers the client reads, as matchers: types and patterns, never values
 * one run happened to produce. Values the request itself fixes (a name, a role) are matched
 * exactly. Fields are those the published contract requires, plus the optional ones the client
 * relies on after setting them (a session's dates, a user's title).
 */
final class Shapes {
    /** ISO-8601 with an offset; fractions of a second optional (the contract's examples have none). */
    static final String INSTANT = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$";
    /** A Kaltura entry id; the contract's own examples mix cases ({@code 1_x9D4m02k}). */
    static final String ENTRY_ID = "^[0-9]+_[a-zA-Z0-9]{8}$";
    /** An event user's id: a hex SHA-256, as in every example of the contract. */
    static final String USER_ID = "^[0-9a-f]{64}$";
    static final String DIGITS = "^[0-9]+$";
    /** The contract's job states that are not final (completed and failed are). */
    static final String UNFINISHED_JOB_STATE = "^(wait|paused|repeat|unknown)$";

    static final String EXAMPLE_START = "2031-05-01T14:00:00.000Z";
    static final String EXAMPLE_END = "2031-05-01T16:00:00.000Z";
    static final String EXAMPLE_CREATED = "2031-04-02T09:15:30.123Z";
    static final String EXAMPLE_USER_ID = "1ef91ea60970881d430d4c6658eb8dba12a25e6083037b594a1871d129dd32b9";
    static final String EXAMPLE_SESSION_ID = "1_k3x9q0ab";

    private Shapes() {
    }

    /** {@code {"status": "ok"}}, all the write operations without a body of their own answer. */
    static DslPart ok() {
        return newJsonBody(o -> o.stringValue("status", "ok")).build();
    }

    /** The error envelope: the request status exactly, a message of any wording. */
    static DslPart error(String status) {
        return newJsonBody(o -> {
            o.stringValue("status", status);
            o.stringType("message", "what went wrong, naming the field or id");
        }).build();
    }

    /** An event (the contract's PublicEventDto: every field required). */
    static void event(LambdaDslObject e) {
        event(e, null, null);
    }

    /**
     * @param name   matched exactly when not null
     * @param labels matched exactly when not null
     */
    static void event(LambdaDslObject e, String name, List<String> labels) {
        e.integerType("id", 10001);
        e.stringType("publicDomain", "1000001.events.example");
        if (name == null) {
            e.stringType("name", "Contract test pact event");
        } else {
            e.stringValue("name", name);
        }
        e.stringType("description", "Made by the contract tests");
        instant(e, "startDate", EXAMPLE_START);
        instant(e, "endDate", EXAMPLE_END);
        e.stringType("timezone", "Europe/Berlin");
        e.stringType("logoUrl", "");
        e.stringType("bannerImageUrl", "");
        if (labels == null) {
            e.minArrayLike("labels", 0, PactDslJsonRootValue.stringType("launch"), 1);
        } else {
            e.array("labels", a -> labels.forEach(a::stringValue));
        }
        instant(e, "createdAt", EXAMPLE_CREATED);
        instant(e, "updatedAt", EXAMPLE_CREATED);
        e.minArrayLike("languages", 0, PactDslJsonRootValue.stringType("en"), 1);
        e.booleanType("isRegistrationOpen", true);
        instant(e, "doorsOpenDate", EXAMPLE_START);
        e.stringType("templateId", "tm0000");
        e.stringType("templateName", "Blank template");
    }

    /**
     * An event of a list that a real account's other events share: the fields every event has,
     * matched by type (and the timestamps by their ISO-8601 form, which the client parses), never
     * values of the state's own event. The full {@link #event} shape fits an event the request
     * names or makes; applied to every event of a list it would fail on any account with events
     * shaped otherwise (a logo, no doors-open date, another template).
     */
    static void listedEvent(LambdaDslObject e) {
        e.integerType("id", 10001);
        e.stringType("name", "Contract test pact event");
        instant(e, "startDate", EXAMPLE_START);
        instant(e, "endDate", EXAMPLE_END);
        e.stringType("timezone", "Europe/Berlin");
        instant(e, "createdAt", EXAMPLE_CREATED);
        instant(e, "updatedAt", EXAMPLE_CREATED);
    }

    /** A session (PublicSessionDto), with the dates the client sets on create. */
    static void session(LambdaDslObject s, String name) {
        s.stringMatcher("id", ENTRY_ID, EXAMPLE_SESSION_ID);
        instant(s, "createdAt", EXAMPLE_CREATED);
        instant(s, "updatedAt", EXAMPLE_CREATED);
        if (name == null) {
            s.stringType("type", "MeetingEntry");
            s.stringType("name", "Contract test pact session");
        } else {
            s.stringValue("type", "MeetingEntry");
            s.stringValue("name", name);
        }
        s.stringType("visibility", "published");
        s.stringType("description", "");
        instant(s, "startDate", EXAMPLE_START);
        instant(s, "endDate", "2031-05-01T15:00:00.000Z");
        s.stringType("thumbnailUrl", "");
        s.minArrayLike("tags", 0, PactDslJsonRootValue.stringType("keynote"), 1);
    }

    /** A speaker of sessions/speakerList (PublicSpeakerDto: every field required). */
    static void speaker(LambdaDslObject s) {
        s.stringMatcher("id", USER_ID, EXAMPLE_USER_ID);
        s.stringType("email", "ada@example.com");
        s.integerType("order", 1);
        s.booleanType("isHidden", false);
        s.stringType("firstName", "Ada");
        s.stringType("lastName", "Lovelace");
        s.stringType("profileLink", "");
        s.stringType("title", "Engineer");
        s.stringType("bio", "");
        s.stringType("thumbnailUrl", "");
    }

    /**
     * A team member (PublicTeamDto): id, email and disabled are required; the names and role the
     * client sets. Email, role and disabled are matched exactly when not null.
     */
    static void teamMember(LambdaDslObject m, String email, String role, Boolean disabled) {
        m.stringType("id", "e3b0c44298fc1c149");
        if (email == null) {
            m.stringType("email", "pact.member@contract-tests.example");
        } else {
            m.stringValue("email", email);
        }
        m.stringType("firstName", "Grace");
        m.stringType("lastName", "Hopper");
        if (role == null) {
            m.stringType("role", "Organizer");
        } else {
            m.stringValue("role", role);
        }
        if (disabled == null) {
            m.booleanType("disabled", false);
        } else {
            m.booleanValue("disabled", disabled);
        }
    }

    /**
     * An event user (PublicEventUserDto), with the title the client sets; {@code invited} adds the
     * invitation's {@code status} that event-users/invite answers. Email, title and roles
     * are matched exactly when not null.
     */
    static void eventUser(LambdaDslObject u, String email, String title, List<String> roles, boolean invited) {
        u.stringMatcher("id", USER_ID, EXAMPLE_USER_ID);
        u.stringType("firstName", "Ada");
        u.stringType("lastName", "Lovelace");
        if (email == null) {
            u.stringType("email", "ada@example.com");
        } else {
            u.stringValue("email", email);
        }
        if (title == null) {
            u.stringType("title", "Engineer");
        } else {
            u.stringValue("title", title);
        }
        if (roles == null) {
            u.minArrayLike("roles", 1, PactDslJsonRootValue.stringType("Speaker"), 1);
        } else {
            u.array("roles", a -> roles.forEach(a::stringValue));
        }
        if (invited) {
            u.stringType("status", "Invited");
        }
    }

    /** A speaker of session-participants/list: the profile, and the session's own order, visibility and role. */
    static void participatingSpeaker(LambdaDslObject p) {
        participant(p, "speaker");
        p.integerType("order", 1);
        p.booleanType("isHidden", false);
        p.stringType("sessionRole", "simpleSpeaker");
    }

    static void participatingModerator(LambdaDslObject p) {
        participant(p, "moderator");
    }

    private static void participant(LambdaDslObject p, String type) {
        p.stringMatcher("id", USER_ID, EXAMPLE_USER_ID);
        p.stringType("firstName", "Ada");
        p.stringType("lastName", "Lovelace");
        p.stringType("email", "ada@example.com");
        p.stringValue("type", type);
    }

    static void instant(LambdaDslObject o, String name, String example) {
        o.stringMatcher(name, INSTANT, example);
    }
}
