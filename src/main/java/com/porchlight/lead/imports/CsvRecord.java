package com.porchlight.lead.imports;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One record of a CSV file.
 *
 * @param line the file's line number where the record starts (a quoted value may carry it over several lines)
 * @param cells the values, unquoted
 * @param problem why the record cannot be trusted (a quote never closed, bytes that are not UTF-8), or null
 */
public record CsvRecord(long line, List<String> cells, @Nullable String problem) {

    /** True when every cell is empty or blank (spreadsheets export such rows as ",,,,"). */
    public boolean isBlank() {
        for (String cell : cells) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
