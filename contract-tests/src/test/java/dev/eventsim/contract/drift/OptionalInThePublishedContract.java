package dev.eventsim.contract.drift;

import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.allOf;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.isResponse;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.messageContainsRegexp;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.messageHasKey;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.pathContainsRegexp;

import com.atlassian.oai.validator.whitelist.ValidationErrorsWhitelist;
import java.util.List;

/**
 * The one difference the pact may have with the project's document: the document describes what
 * the simulator answers, and marks required some fields the published contract leaves optional
 * (the simulator always sends them). The pact asserts only what the published contract promises
 * and the client relies on, so its example answers may leave those fields out. Each rule names
 * the fields, the answer object and the operations; a missing field outside these lists, or any
 * other disagreement, still fails.
 *
 * <p>One more allowance has another reason: a list of events asserts of each event only what every
 * event of a real account has ({@code Shapes.listedEvent} in the consumer tests), since the other
 * events of the account are not the provider state's; so an event of an {@code events/list} answer
 * may leave out the fields that shape does not assert.
 */
final class OptionalInThePublishedContract {
    private static final String MISSING = "validation.response.body.schema.required";

    /** An object of the answers of some operations, and the fields the published contract makes optional in it. */
    private record Optionals(String dto, String operations, String objectPath, List<String> fields) {
    }

    private static final List<Optionals> OPTIONALS = List.of(
            new Optionals("PublicEventUserDto", "event-users/(invite|update|list)", "/(user|users/\\d+)",
                    List.of("title", "company", "bio", "thumbnailUrl", "createdAt", "updatedAt", "status")),
            new Optionals("PublicSessionDto", "sessions/(create|list)", "/(session|sessions/\\d+)",
                    List.of("startDate", "endDate", "sourceEntry", "rsvpCount")),
            new Optionals("PublicTeamDto", "team-members/(create|update|list)", "/(teamMember|teamMembers/\\d+)",
                    List.of("firstName", "lastName", "updatedAt", "createdAt", "lastLoginAt", "role")),
            new Optionals("PublicSessionParticipantDto", "session-participants/list", "/(speakers|moderators)/\\d+",
                    List.of("title", "bio", "thumbnailUrl", "order", "isHidden", "sessionRole")),
            new Optionals("PublicEventDto", "events/list", "/events/\\d+",
                    List.of("publicDomain", "description", "logoUrl", "bannerImageUrl", "labels", "languages",
                            "isRegistrationOpen", "doorsOpenDate", "templateId", "templateName")));

    private OptionalInThePublishedContract() {
    }

    static ValidationErrorsWhitelist whitelist() {
        ValidationErrorsWhitelist whitelist = ValidationErrorsWhitelist.create();
        for (Optionals o : OPTIONALS) {
            String field = "\"(" + String.join("|", o.fields()) + ")\"";
            // every property the message names must be one of the optional ones
            String message = "\\[Path '" + o.objectPath() + "'\\] Object has missing required properties \\(\\["
                    + field + "(," + field + ")*\\]\\)";
            whitelist = whitelist.withRule(o.dto() + " fields the published contract makes optional",
                    allOf(isResponse(), messageHasKey(MISSING), pathContainsRegexp("/api/v1/" + o.operations() + "$"),
                            messageContainsRegexp(message)));
        }
        return whitelist;
    }
}
