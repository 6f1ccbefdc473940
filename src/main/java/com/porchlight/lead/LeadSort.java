package com.porchlight.lead;

import java.util.Locale;
import java.util.Optional;

/**
 * One sort order of the Leads grid. Only these columns can be sorted on: each maps to fixed SQL (never to input), and
 * each has an index that serves it (see {@code docs/BENCHMARKS.md}, "Leads grid").
 */
public record LeadSort(Column column, boolean ascending) {

    public enum Column {
        RECEIVED_AT("l.received_at"),
        NAME("l.last_name", "l.first_name"),
        EMAIL("l.email"),
        STATE("l.state", "l.received_at"),
        STAGE("l.stage", "l.received_at");

        private final String[] expressions;

        Column(String... expressions) {
            this.expressions = expressions;
        }

        String[] expressions() {
            return expressions;
        }

        /** The column a grid's sort property names ("receivedAt", "name", ...), if it is sortable. */
        public static Optional<Column> byProperty(String property) {
            String wanted = property.replace("_", "").toLowerCase(Locale.ROOT);
            for (Column c : values()) {
                if (c.name().replace("_", "").toLowerCase(Locale.ROOT).equals(wanted)) {
                    return Optional.of(c);
                }
            }
            return Optional.empty();
        }
    }

    /** Newest first: the order the grid opens in. */
    public static LeadSort newestFirst() {
        return new LeadSort(Column.RECEIVED_AT, false);
    }
}
