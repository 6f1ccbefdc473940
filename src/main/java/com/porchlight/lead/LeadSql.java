package com.porchlight.lead;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns a {@link LeadFilter} into a WHERE clause over {@code leads l} with bound parameters only. Column names and
 * operators are constants of this class; everything a user typed or picked is a parameter.
 *
 * <p>Free text is a prefix search on indexed columns, so it stays an index range at a million leads: text with an
 * {@code @} searches email, text of digits (and phone punctuation) searches the phone number, anything else searches
 * names ("lee" matches first or last names starting with it; "ann lee" a first name starting "ann" and a last name
 * starting "lee", or a last name starting "ann lee"; "lee, ann" last name first).
 */
final class LeadSql {

    private static final Pattern PHONE_TEXT = Pattern.compile("[0-9()+.\\-\\s]+");
    private static final int MAX_SEARCH = 100;

    private final StringBuilder where = new StringBuilder();
    private final List<Object> params = new ArrayList<>();

    private LeadSql() {
    }

    /** The conditions of the filter, restricted to one loan officer's leads when {@code onlyLeadsOf} is set. */
    static LeadSql where(LeadFilter filter, @Nullable Long onlyLeadsOf) {
        var sql = new LeadSql();
        if (onlyLeadsOf != null) {
            sql.and("l.assigned_lo_id = ?", onlyLeadsOf);
        }
        sql.in("l.stage", filter.stages(), Stage::name);
        sql.in("l.source_id", filter.sourceIds(), id -> id);
        sql.in("l.state", filter.states(), s -> s.toUpperCase(Locale.ROOT));
        sql.in("l.loan_program", filter.programs(), LoanProgram::name);
        sql.in("l.loan_purpose", filter.purposes(), LoanPurpose::name);
        sql.in("l.credit_band", filter.creditBands(), CreditBand::name);
        switch (filter.assignee().kind()) {
            case ANY -> { }
            case LOAN_OFFICER -> sql.and("l.assigned_lo_id = ?", java.util.Objects.requireNonNull(
                    filter.assignee().loanOfficerId()));
            case UNASSIGNED -> sql.and("l.assigned_lo_id IS NULL");
            case UNASSIGNABLE -> sql.and("l.unassignable");
        }
        if (filter.receivedFrom() != null) {
            sql.and("l.received_at >= ?", startOf(filter.receivedFrom()));
        }
        if (filter.receivedTo() != null) {
            sql.and("l.received_at < ?", startOf(filter.receivedTo().plusDays(1)));
        }
        sql.search(filter.search());
        return sql;
    }

    /** " WHERE …" or "" when nothing narrows the leads. */
    String clause() {
        return where.isEmpty() ? "" : " WHERE " + where;
    }

    /** Adds a condition (constant SQL with its bound values). */
    LeadSql and(String condition, Object... values) {
        if (!where.isEmpty()) {
            where.append(" AND ");
        }
        where.append(condition);
        params.addAll(List.of(values));
        return this;
    }

    Object[] params() {
        return params.toArray();
    }

    List<Object> paramList() {
        return List.copyOf(params);
    }

    private <T> void in(String column, Collection<T> values, Function<T, Object> toSql) {
        if (values.isEmpty()) {
            return;
        }
        if (values.size() == 1) {
            and(column + " = ?", toSql.apply(values.iterator().next()));
            return;
        }
        and(column + " IN (" + String.join(", ", java.util.Collections.nCopies(values.size(), "?")) + ")",
                values.stream().map(toSql).toArray());
    }

    private void search(String text) {
        String q = text.strip();
        if (q.isEmpty()) {
            return;
        }
        if (q.length() > MAX_SEARCH) {
            q = q.substring(0, MAX_SEARCH);
        }
        if (q.contains("@")) {
            and("l.email LIKE ? ESCAPE '!'", prefix(q));
            return;
        }
        if (PHONE_TEXT.matcher(q).matches() && q.chars().anyMatch(Character::isDigit)) {
            String digits = q.replaceAll("\\D", "");
            // "+1 415 555…", "1-415-…": stored numbers are ten digits without the country code, and no US area code
            // starts with 1, so a leading 1 can only be the country code.
            if (digits.startsWith("1")) {
                digits = digits.substring(1);
            }
            and("l.phone LIKE ? ESCAPE '!'", prefix(digits));
            return;
        }
        int comma = q.indexOf(',');
        if (comma >= 0) {
            String last = q.substring(0, comma).strip();
            String first = q.substring(comma + 1).strip();
            if (first.isEmpty()) {
                and("l.last_name LIKE ? ESCAPE '!'", prefix(last));
            } else {
                and("l.last_name LIKE ? ESCAPE '!' AND l.first_name LIKE ? ESCAPE '!'", prefix(last), prefix(first));
            }
            return;
        }
        String[] words = q.split("\\s+", 2);
        if (words.length == 1) {
            and("(l.last_name LIKE ? ESCAPE '!' OR l.first_name LIKE ? ESCAPE '!')", prefix(q), prefix(q));
        } else {
            and("((l.first_name LIKE ? ESCAPE '!' AND l.last_name LIKE ? ESCAPE '!') OR l.last_name LIKE ? ESCAPE '!')",
                    prefix(words[0]), prefix(words[1]), prefix(q));
        }
    }

    /** A LIKE pattern matching values that start with the text, the text's own % and _ taken literally. */
    static String prefix(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    static LocalDateTime startOf(LocalDate day) {
        return day.atStartOfDay();
    }

    /** ORDER BY for the sorts, always ending on the id so pages never overlap or skip rows. */
    static String orderBy(List<LeadSort> sorts) {
        List<String> terms = new ArrayList<>();
        boolean lastAscending = false;
        for (LeadSort sort : sorts.isEmpty() ? List.of(LeadSort.newestFirst()) : sorts) {
            for (String expression : sort.column().expressions()) {
                String term = expression + (sort.ascending() ? " ASC" : " DESC");
                if (terms.stream().noneMatch(t -> t.startsWith(expression + " "))) {
                    terms.add(term);
                }
            }
            lastAscending = sort.ascending();
        }
        terms.add("l.id " + (lastAscending ? "ASC" : "DESC"));
        return " ORDER BY " + String.join(", ", terms);
    }
}
