package dev.eventsim.simulator.templates;

import dev.eventsim.simulator.api.ApiErrors;
import dev.eventsim.simulator.sessions.SessionType;
import dev.eventsim.simulator.templates.Template.PresetSession;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The five preset templates of the platform, and custom templates addressed by a 24-hex object id. */
public final class Templates {
    public static final String CUSTOM_TEMPLATE_NAME = "Custom template";
    private static final Pattern CUSTOM_ID = Pattern.compile("[0-9a-fA-F]{24}");

    private static final Map<String, Template> PRESETS = Map.of(
            "tm0000", new Template("tm0000", "Blank template", List.of()),
            "tm1000", new Template("tm1000", "Interactive session",
                    List.of(new PresetSession("Interactive session", SessionType.MeetingEntry))),
            "tm2000", new Template("tm2000", "Live webcast",
                    List.of(new PresetSession("Live webcast", SessionType.LiveWebcast))),
            "tm3000", new Template("tm3000", "Pre-recorded live",
                    List.of(new PresetSession("Pre-recorded live", SessionType.SimuLive))),
            "tm4000", new Template("tm4000", "DIY live broadcast",
                    List.of(new PresetSession("Live room", SessionType.MeetingEntry),
                            new PresetSession("Live broadcast", SessionType.LiveWebcast))));

    private Templates() {
    }

    /** The template for an id: a preset, a blank custom template, or a 400 naming {@code field}. */
    public static Template resolve(String field, String templateId) {
        Template preset = PRESETS.get(templateId);
        if (preset != null) {
            return preset;
        }
        if (CUSTOM_ID.matcher(templateId).matches()) {
            return new Template(templateId, CUSTOM_TEMPLATE_NAME, List.of());
        }
        throw ApiErrors.invalidArgument(field + " '" + templateId
                + "' is neither a preset (tm0000, tm1000, tm2000, tm3000, tm4000) nor a 24-hex custom template id");
    }
}
