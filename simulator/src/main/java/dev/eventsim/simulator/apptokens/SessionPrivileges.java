package dev.eventsim.simulator.apptokens;

import dev.eventsim.simulator.auth.Privileges;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The privileges of a KS appToken.startSession issues, as the core API builds them:
 * {@code sessionid:<id>,apptoken:<id>}, then the token's {@code sessionPrivileges} (values of a
 * name given twice joined with {@code /}), then those the call asks for whose names the server does
 * not reserve and the token does not set — unless the token sets it to {@code *}, which the
 * call's value then replaces.
 */
final class SessionPrivileges {
    /** The privilege names only the server may grant. */
    static final Set<String> RESERVED = Set.of("edit", "sview", "list", "download", "downloadasset", "editplaylist",
            "sviewplaylist", "actionslimit", "setrole", "restrictingrole", "limitentry", "iprestrict", "urirestrict",
            "enableentitlement", "disableentitlement", "disableentitlementforentry", "disableentitlementforplaylist",
            "privacycontext", "enablecategorymoderation", "reftime", "sessionkey", "preview", "sessionid", "jobtype",
            "apptoken", "enablechangeaccount", "edituser", "enablecaptionmoderation", "editadmintags",
            "restrictexplicitliveview", "virtualeventid", "searchcontext", "disablesessiontypecheck");

    private SessionPrivileges() {
    }

    static String of(String tokenId, String tokenPrivileges, String asked) {
        Map<String, String> merged = new LinkedHashMap<>();
        merged.put("sessionid", tokenId);
        merged.put("apptoken", tokenId);
        Privileges.parse(tokenPrivileges).byName().forEach((name, value) ->
                merged.merge(name, value, (a, b) -> a.isEmpty() ? b : b.isEmpty() ? a : a + "/" + b));
        Map<String, String> fromToken = Privileges.parse(tokenPrivileges).byName();
        Privileges.parse(asked).byName().forEach((name, value) -> {
            if ("*".equals(fromToken.get(name))) {
                merged.put(name, value);
            } else if (!RESERVED.contains(name) && !fromToken.containsKey(name)) {
                merged.put(name, value);
            }
        });
        StringJoiner joined = new StringJoiner(",");
        merged.forEach((name, value) -> joined.add(value.isEmpty() ? name : name + ":" + value));
        return joined.toString();
    }
}
