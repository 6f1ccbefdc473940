package com.porchlight.lead.imports;

import com.porchlight.lead.LeadField;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which lead field each column of a file fills, by column position; null means the column is ignored.
 *
 * @param columns one entry per column of the header
 */
public record ImportMapping(List<@Nullable LeadField> columns) {

    /** Fields every lead needs; and at least one of email and phone. */
    public static final Set<LeadField> REQUIRED = Collections.unmodifiableSet(EnumSet.of(LeadField.FIRST_NAME,
            LeadField.LAST_NAME, LeadField.STATE, LeadField.LOAN_PURPOSE));

    public ImportMapping {
        columns = Collections.unmodifiableList(new ArrayList<>(columns));
    }

    public @Nullable LeadField field(int column) {
        return column < columns.size() ? columns.get(column) : null;
    }

    /** The same mapping with one column changed (null: ignore it). */
    public ImportMapping with(int column, @Nullable LeadField field) {
        List<@Nullable LeadField> changed = new ArrayList<>(columns);
        changed.set(column, field);
        return new ImportMapping(changed);
    }

    /**
     * Columns that map a field another column maps too, with the message to show next to each: every column of a
     * conflict gets one, naming the others.
     */
    public Map<Integer, String> duplicates(List<String> headers) {
        Map<LeadField, List<Integer>> byField = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            LeadField field = columns.get(i);
            if (field != null) {
                byField.computeIfAbsent(field, f -> new ArrayList<>()).add(i);
            }
        }
        Map<Integer, String> problems = new LinkedHashMap<>();
        byField.forEach((field, at) -> {
            if (at.size() < 2) {
                return;
            }
            for (int column : at) {
                List<String> others = new ArrayList<>();
                for (int other : at) {
                    if (other != column) {
                        others.add(describe(other, headers));
                    }
                }
                problems.put(column, field.label() + " is also mapped from " + String.join(" and ", others)
                        + ". Map it from one column only.");
            }
        });
        return problems;
    }

    /** Required fields no column maps, in form order; email and phone appear together when neither is mapped. */
    public List<String> missingRequired() {
        List<String> missing = new ArrayList<>();
        for (LeadField field : List.of(LeadField.FIRST_NAME, LeadField.LAST_NAME, LeadField.STATE,
                LeadField.LOAN_PURPOSE)) {
            if (!columns.contains(field)) {
                missing.add(field.label());
            }
        }
        if (!columns.contains(LeadField.EMAIL) && !columns.contains(LeadField.PHONE)) {
            missing.add(LeadField.EMAIL.label() + " or " + LeadField.PHONE.label());
        }
        return missing;
    }

    /** Why the file cannot be imported with this mapping, or null when it can. */
    public @Nullable String problem(List<String> headers) {
        List<String> missing = missingRequired();
        if (!missing.isEmpty()) {
            return "Map a column to each required field: " + joinWords(missing) + ".";
        }
        if (!duplicates(headers).isEmpty()) {
            return "A field is mapped from more than one column; choose one column for it.";
        }
        return null;
    }

    public boolean mapsAnything() {
        return columns.stream().anyMatch(f -> f != null);
    }

    static String describe(int column, List<String> headers) {
        String name = column < headers.size() ? headers.get(column) : "";
        return "column " + (column + 1) + (name.isBlank() ? "" : " (" + name + ")");
    }

    private static String joinWords(List<String> words) {
        if (words.size() == 1) {
            return words.getFirst();
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.getLast();
    }
}
