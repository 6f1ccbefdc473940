package com.porchlight.compliance.api;

import com.porchlight.compliance.engine.PartKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The API's part names, as issue 6 publishes them, and the engine's part kinds they stand for. */
final class PartNames {

    private static final Map<String, PartKind> BY_NAME = new LinkedHashMap<>();

    static {
        BY_NAME.put("senderName", PartKind.SENDER_NAME);
        BY_NAME.put("subject", PartKind.SUBJECT);
        BY_NAME.put("preheader", PartKind.PREHEADER);
        BY_NAME.put("headline", PartKind.HEADLINE);
        BY_NAME.put("description", PartKind.DESCRIPTION);
        BY_NAME.put("body", PartKind.BODY);
        BY_NAME.put("callToAction", PartKind.CALL_TO_ACTION);
        BY_NAME.put("footer", PartKind.FOOTER);
        BY_NAME.put("disclosures", PartKind.DISCLOSURES);
        BY_NAME.put("sms", PartKind.SMS_TEXT);
    }

    static final List<String> ALL = List.copyOf(BY_NAME.keySet());

    private PartNames() {
    }

    static @Nullable PartKind kind(String name) {
        return BY_NAME.get(name);
    }

    static String name(PartKind kind) {
        return BY_NAME.entrySet().stream().filter(e -> e.getValue() == kind).findFirst().orElseThrow().getKey();
    }

    /** Search and social ads carry several headlines and descriptions: one per line, each checked on its own. */
    static boolean splitsLines(PartKind kind) {
        return kind == PartKind.HEADLINE || kind == PartKind.DESCRIPTION;
    }
}
