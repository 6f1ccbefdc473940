package com.porchlight.base;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The 50 states and DC: codes, names, and lookup by either (lists spell states both ways). */
public final class UsStates {

    private static final Map<String, String> NAMES;

    static {
        var names = new LinkedHashMap<String, String>();
        String[] pairs = {"AL", "Alabama", "AK", "Alaska", "AZ", "Arizona", "AR", "Arkansas", "CA", "California",
            "CO", "Colorado", "CT", "Connecticut", "DE", "Delaware", "DC", "District of Columbia", "FL", "Florida",
            "GA", "Georgia", "HI", "Hawaii", "ID", "Idaho", "IL", "Illinois", "IN", "Indiana", "IA", "Iowa",
            "KS", "Kansas", "KY", "Kentucky", "LA", "Louisiana", "ME", "Maine", "MD", "Maryland",
            "MA", "Massachusetts", "MI", "Michigan", "MN", "Minnesota", "MS", "Mississippi", "MO", "Missouri",
            "MT", "Montana", "NE", "Nebraska", "NV", "Nevada", "NH", "New Hampshire", "NJ", "New Jersey",
            "NM", "New Mexico", "NY", "New York", "NC", "North Carolina", "ND", "North Dakota", "OH", "Ohio",
            "OK", "Oklahoma", "OR", "Oregon", "PA", "Pennsylvania", "RI", "Rhode Island", "SC", "South Carolina",
            "SD", "South Dakota", "TN", "Tennessee", "TX", "Texas", "UT", "Utah", "VT", "Vermont",
            "VA", "Virginia", "WA", "Washington", "WV", "West Virginia", "WI", "Wisconsin", "WY", "Wyoming"};
        for (int i = 0; i < pairs.length; i += 2) {
            names.put(pairs[i], pairs[i + 1]);
        }
        NAMES = Collections.unmodifiableMap(names);
    }

    private UsStates() {
    }

    /** State codes in alphabetical order of code. */
    public static Set<String> codes() {
        return NAMES.keySet();
    }

    public static String name(String code) {
        return NAMES.getOrDefault(code, code);
    }

    /** "ca", "CA", "California" and "california" all give CA. */
    public static Optional<String> parse(String value) {
        String v = value.strip();
        if (v.length() == 2) {
            String code = v.toUpperCase(Locale.ROOT);
            return NAMES.containsKey(code) ? Optional.of(code) : Optional.empty();
        }
        for (var e : NAMES.entrySet()) {
            if (e.getValue().equalsIgnoreCase(v)) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }
}
