package dev.eventsim.simulator.coreapi;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The one catalogue of core API errors: each code and message template as the core API defines
 * it (a template names its arguments as {@code @NAME@}; the answer carries them in {@code args}).
 * docs/core-api.md lists them with when each is answered.
 */
public final class CoreApiErrors {
    private CoreApiErrors() {
    }

    /** An error from its code, its template and its arguments as name, value pairs. */
    static CoreApiException of(String code, String template, String... args) {
        Map<String, String> named = new LinkedHashMap<>();
        String message = template;
        for (int i = 0; i + 1 < args.length; i += 2) {
            named.put(args[i], args[i + 1]);
            message = message.replace("@" + args[i] + "@", args[i + 1]);
        }
        return new CoreApiException(code, message, named);
    }

    // ---- the request

    public static CoreApiException serviceNotSpecified() {
        return of("SERVICE_NOT_SPECIFIED", "Service name was not specified, please specify one");
    }

    /** The core API names the service lower-cased, as its service ids are. */
    public static CoreApiException serviceDoesNotExist(String service) {
        return of("SERVICE_DOES_NOT_EXISTS", "Service \"@SRV_NAME@\" does not exists",
                "SRV_NAME", service.toLowerCase(Locale.ROOT));
    }

    public static CoreApiException actionNotSpecified() {
        return of("ACTION_NOT_SPECIFIED", "Action name was not specified, please specify one");
    }

    public static CoreApiException actionDoesNotExist(String action, String service) {
        return of("ACTION_DOES_NOT_EXISTS", "Action \"@ACTION_NAME@\" does not exists for service \"@SERVICE_NAME@\"",
                "ACTION_NAME", action.toLowerCase(Locale.ROOT), "SERVICE_NAME", service.toLowerCase(Locale.ROOT));
    }

    public static CoreApiException missingParameter(String name) {
        return of("MISSING_MANDATORY_PARAMETER", "Missing parameter \"@PARAM_NAME@\"", "PARAM_NAME", name);
    }

    /**
     * A value the simulator cannot read as the parameter's type. The core API's wording and
     * arguments name the parameter only. (The core API itself reads a non-number as 0 and goes on;
     * the simulator says what was wrong instead: docs/core-api.md.)
     */
    public static CoreApiException invalidParameterValue(String name, String value) {
        return of("INVALID_PARAMETER_VALUE", "invalid value for parameter \"@PARAM_NAME@\"", "PARAM_NAME", name);
    }

    public static CoreApiException invalidEnumValue(String value, String name, String enumType) {
        return of("INVALID_ENUM_VALUE",
                "Invalid enumeration value \"@ENUM_VAL@\" for parameter \"@PARAM_NAME@\", expecting enumeration type \"@ENUM_TYPE@\"",
                "ENUM_VAL", value, "PARAM_NAME", name, "ENUM_TYPE", enumType);
    }

    public static CoreApiException invalidObjectType(String objectType) {
        return of("INVALID_OBJECT_TYPE", "Invalid object type \"@INVALID_OBJ_TYPE@\"", "INVALID_OBJ_TYPE", objectType);
    }

    /** A read-only field sent in an object: {@code KalturaAppToken::token}. */
    public static CoreApiException notUpdatable(String property) {
        return of("PROPERTY_VALIDATION_NOT_UPDATABLE", "The property \"@PROP_NAME@\" cannot be updated",
                "PROP_NAME", property);
    }

    /** An object parameter sent as something other than an object. */
    public static CoreApiException wrongFormat(String property, String format) {
        return of("PROPERTY_VALIDATION_WRONG_FORMAT", "The property \"@PROP_NAME@\" must match format @FORMAT@",
                "PROP_NAME", property, "FORMAT", format);
    }

    /** format=3 (PHP) and other formats the simulator does not write. */
    public static CoreApiException unknownFormat(String format) {
        return of("UNKNOWN_RESPONSE_FORMAT", "Response format provided [@FORMAT@] is not recognized by server",
                "FORMAT", format);
    }

    /** A body that is not JSON although it says so; the core API would not read it, the simulator says why. */
    public static CoreApiException malformedJson(String detail) {
        return of("INVALID_PARAMETER_VALUE", "invalid value for parameter \"@PARAM_NAME@\"",
                "PARAM_NAME", "(JSON request body: " + detail + ")");
    }

    public static CoreApiException internal() {
        return of("INTERNAL_SERVERL_ERROR", "Internal server error occurred");
    }

    /** An answer chosen by a fault rule of the control plane: its code and message as given. */
    public static CoreApiException injected(String code, String message) {
        return new CoreApiException(code, message, Map.of());
    }

    // ---- sessions

    /** A KS that cannot be read (not a KS, a bad signature, an unknown partner): the core API names it. */
    public static CoreApiException invalidKs(String ks) {
        return invalidKsBecause(ks);
    }

    /**
     * A KS that was read but refused: the core API puts the reason where the KS would be
     * ({@code EXPIRED}, {@code LOGOUT}, {@code EXCEEDED_ACTIONS_LIMIT}) and reports -1,INVALID_STR.
     */
    public static CoreApiException invalidKsBecause(String ksIdOrReason) {
        return of("INVALID_KS", "Invalid KS \"@KSID@\", Error \"@ERR_CODE@,@ERR_DESC@\"",
                "KSID", ksIdOrReason, "ERR_CODE", "-1", "ERR_DESC", "INVALID_STR");
    }

    public static CoreApiException invalidActionsLimit() {
        return of("INVALID_ACTIONS_LIMIT", "Invalid actions limit");
    }

    public static CoreApiException serviceForbidden(String serviceAction) {
        return of("SERVICE_FORBIDDEN", "The access to service [@SERVICE@] is forbidden", "SERVICE", serviceAction);
    }

    public static CoreApiException startSessionError(String partnerId) {
        return of("START_SESSION_ERROR", "Error while starting session for partner [@PID@]", "PID", partnerId);
    }

    public static CoreApiException invalidWidgetId(String widgetId) {
        return of("INVALID_WIDGET_ID", "Unknown widget [@WIDGET_ID@]", "WIDGET_ID", widgetId);
    }

    // ---- app tokens

    public static CoreApiException appTokenNotFound(String id) {
        return of("APP_TOKEN_ID_NOT_FOUND", "Application token id \"@ID@\" not found", "ID", id);
    }

    public static CoreApiException appTokenNotActive(String id) {
        return of("APP_TOKEN_NOT_ACTIVE", "Application token id \"@ID@\" not active", "ID", id);
    }

    public static CoreApiException appTokenExpired(String id) {
        return of("APP_TOKEN_EXPIRED", "Application token id \"@ID@\" expired", "ID", id);
    }

    public static CoreApiException invalidAppTokenHash() {
        return of("INVALID_APP_TOKEN_HASH", "Invalid application token hash");
    }

    // ---- entries and categories

    public static CoreApiException entryNotFound(String entryId) {
        return of("ENTRY_ID_NOT_FOUND", "Entry id \"@ENTRY_ID@\" not found", "ENTRY_ID", entryId);
    }

    public static CoreApiException categoryNotFound(long id) {
        return of("CATEGORY_NOT_FOUND", "Category id \"@ID@\" not found", "ID", Long.toString(id));
    }
}
