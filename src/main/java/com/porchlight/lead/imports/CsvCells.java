package com.porchlight.lead.imports;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes CSV for spreadsheets to open safely: every cell quoted, and a cell that a spreadsheet would run as a formula
 * (starting with = + - @, a tab or a carriage return) prefixed with an apostrophe, so it shows as the text it is.
 */
public final class CsvCells {

    private CsvCells() {
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

    /** One CSV line (CRLF, as RFC 4180 has it), every cell neutralised and quoted. */
    public static void writeRow(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write('"');
            out.write(neutralise(cells.get(i)).replace("\"", "\"\""));
            out.write('"');
        }
        out.write("\r\n");
    }
}
