package com.porchlight.lead.imports;

import com.porchlight.base.Csv;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes the rejected-rows CSV: every cell quoted (the rows are shown exactly as they were in the file) and
 * neutralised as {@link Csv} does.
 */
public final class CsvCells {

    private CsvCells() {
    }

    /** One CSV line (CRLF, as RFC 4180 has it), every cell neutralised and quoted. */
    public static void writeRow(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write('"');
            out.write(Csv.neutralise(cells.get(i)).replace("\"", "\"\""));
            out.write('"');
        }
        out.write("\r\n");
    }
}
