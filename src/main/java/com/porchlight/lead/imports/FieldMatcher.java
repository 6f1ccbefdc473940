package com.porchlight.lead.imports;

import com.porchlight.lead.LeadField;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Matches a file's column headers to lead fields the way a person would read them: case, spaces, underscores and
 * punctuation do not matter ("First_Name", "first name", "FirstName" and "firstName" are one field), and each field
 * is known by its API key, its label and its synonyms ({@link LeadField#synonyms()}). Headers that name the borrower
 * ("Borrower Email", "Lead Phone") match too.
 */
public final class FieldMatcher {

    private static final List<String> PERSON_PREFIXES = List.of("borrower", "lead", "customer", "client", "contact",
            "applicant", "prospect", "primary");
    private static final Map<String, LeadField> BY_NAME = index();

    private FieldMatcher() {
    }

    private static Map<String, LeadField> index() {
        Map<String, LeadField> names = new HashMap<>();
        for (LeadField field : LeadField.values()) {
            List<String> spellings = new ArrayList<>();
            spellings.add(field.key());
            spellings.add(field.label());
            for (String synonym : field.synonyms().split(",")) {
                spellings.add(synonym);
            }
            for (String spelling : spellings) {
                String name = compact(spelling);
                if (name.isEmpty()) {
                    continue;
                }
                LeadField other = names.putIfAbsent(name, field);
                if (other != null && other != field) {
                    throw new IllegalStateException("Header \"" + spelling + "\" would mean both " + other + " and "
                            + field);
                }
            }
        }
        return Collections.unmodifiableMap(names);
    }

    /** A header reduced to its lower-case letters and digits: "E-Mail Address" → "emailaddress". */
    static String compact(String header) {
        var sb = new StringBuilder(header.length());
        header.codePoints().filter(Character::isLetterOrDigit)
                .forEach(cp -> sb.appendCodePoint(Character.toLowerCase(cp)));
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /** The field a header names, if any. */
    public static Optional<LeadField> match(String header) {
        String name = compact(header);
        LeadField field = BY_NAME.get(name);
        if (field != null) {
            return Optional.of(field);
        }
        for (String prefix : PERSON_PREFIXES) {
            if (name.startsWith(prefix) && name.length() > prefix.length()) {
                field = BY_NAME.get(name.substring(prefix.length()));
                if (field != null) {
                    return Optional.of(field);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The automatic mapping of a header: each column to the field it names, or ignored. Two columns naming the same
     * field are both mapped, so the person sees the conflict and chooses ({@link ImportMapping#duplicates}).
     */
    public static ImportMapping autoMap(List<String> headers) {
        List<@Nullable LeadField> fields = new ArrayList<>(headers.size());
        for (String header : headers) {
            fields.add(match(header).orElse(null));
        }
        return new ImportMapping(fields);
    }
}
