package com.porchlight.base;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * CSV for spreadsheets to open safely (RFC 4180, CRLF lines): a cell a spreadsheet would run as a formula (it begins
 * with = + - @, a tab or a carriage return) gets a leading apostrophe, so it shows as the text it is (OWASP "CSV
 * injection"). Shared by every export: leads, rejected import rows, the examiner's audit records.
 */
public final class Csv {

    private Csv() {
    }

    /** The cell as text a spreadsheet will not evaluate. */
    public static String neutralise(String value) {
        if (value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }

    /** One cell: neutralised, and quoted only where a comma, quote or line break needs it. */
    public static String cell(@Nullable String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String v = neutralise(value);
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    /** One line of {@link #cell cells}. */
    public static void writeLine(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
    }
}
