package com.porchlight.lead.imports;

import java.util.List;

/**
 * One of the file's first rows as the import would see it.
 *
 * @param cells the row's values by column
 * @param problems why the row would be rejected (the same messages as the intake API), empty when it would pass
 */
public record PreviewRow(long line, List<String> cells, List<String> problems) {

    public boolean valid() {
        return problems.isEmpty();
    }
}
