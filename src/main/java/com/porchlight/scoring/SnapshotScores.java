package com.porchlight.scoring;

import java.util.BitSet;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Every lead of a {@link LeadSnapshot} scored by {@link ScoreFormula.Compiled}, in parallel over the machine's cores.
 *
 * <p>Fit: a condition's result depends only on the columns it reads, and most leads share their values with many
 * others (credit band, state, a DTI of 36.00 …). So each fit rule keeps a table indexed by the combination of its
 * columns' dictionary codes, filled on first sight by the segment {@code RuleEvaluator} on that lead's
 * {@code LeadFacts} — the same evaluation the explanation runs, done once per distinct combination instead of once per
 * lead. A rule whose combinations are too many for a table (it reads a timestamp, or a product of cardinalities above
 * {@link #MAX_TABLE}) is evaluated lead by lead.
 */
final class SnapshotScores {

    /** The largest table of one rule's combinations (bytes). */
    static final int MAX_TABLE = 1 << 24;
    private static final int CHUNK = 16_384;

    private SnapshotScores() {
    }

    /** Each lead's total in cents, index by index. */
    static long[] totals(LeadSnapshot s, ScoreFormula.Compiled f) {
        int rules = f.model().fitRules().size();
        Fit[] fit = new Fit[rules];
        for (int r = 0; r < rules; r++) {
            fit[r] = new Fit(s, LeadSnapshot.columns(f.model().fitRules().get(r).condition()));
        }
        long[] totals = new long[s.size];
        int chunks = (s.size + CHUNK - 1) / CHUNK;
        IntStream.range(0, chunks).parallel().forEach(chunk -> {
            ScoreFormula.Counter counter = f.counter();
            for (int i = chunk * CHUNK, end = Math.min(s.size, i + CHUNK); i < end; i++) {
                int points = 0;
                for (int r = 0; r < rules; r++) {
                    if (fit[r].matches(s, f, r, i)) {
                        points += f.fitPoints(r);
                    }
                }
                s.countEvents(i, counter);
                totals[i] = f.totalCents(points, counter.intentRaw(), f.decay(counter.inactiveMicros()));
            }
        });
        return totals;
    }

    /** One fit rule over the snapshot: its table of results by combination of codes, or none. */
    private static final class Fit {

        private final int[] cols;
        private final int[] strides;
        /** 0 not yet known, 1 no, 2 yes; written by several threads, each writing the same value. */
        private final byte[] table;

        Fit(LeadSnapshot s, @Nullable BitSet columns) {
            long product = 1;
            int[] c = columns == null ? new int[0] : columns.stream().toArray();
            boolean tabled = columns != null;
            for (int col : c) {
                if (col >= LeadSnapshot.DICT_COLS) {
                    tabled = false;
                    break;
                }
                product *= Math.max(1, s.dict[col].length);
                if (product > MAX_TABLE) {
                    tabled = false;
                    break;
                }
            }
            this.cols = c;
            this.strides = new int[c.length];
            if (tabled) {
                int stride = 1;
                for (int k = 0; k < c.length; k++) {
                    strides[k] = stride;
                    stride *= Math.max(1, s.dict[c[k]].length);
                }
                this.table = new byte[(int) product];
            } else {
                this.table = new byte[0];
            }
        }

        boolean matches(LeadSnapshot s, ScoreFormula.Compiled f, int rule, int lead) {
            if (table.length == 0) {
                return f.fitMatches(rule, s.facts(lead));
            }
            int index = 0;
            for (int k = 0; k < cols.length; k++) {
                index += s.codes[cols[k]][lead] * strides[k];
            }
            byte known = table[index];
            if (known == 0) {
                known = f.fitMatches(rule, s.facts(lead)) ? (byte) 2 : (byte) 1;
                table[index] = known;
            }
            return known == 2;
        }
    }
}
