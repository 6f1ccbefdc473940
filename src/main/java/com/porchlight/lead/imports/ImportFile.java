package com.porchlight.lead.imports;

import java.nio.file.Path;
import java.util.List;

/**
 * An uploaded file, read once from end to end before anything is imported: its header, how many rows it has, its
 * first rows for the preview and the column mapping guessed from the header.
 *
 * @param path the uploaded copy (a temporary file); the import deletes it when done
 * @param sha256 hex SHA-256 of the file's bytes, recorded with the import
 * @param rows data rows (blank lines not counted)
 * @param sample the first rows, for the preview
 * @param earlier imports of a file with the same content, newest first
 */
public record ImportFile(Path path, String fileName, long size, String sha256, char delimiter, List<String> header,
        long rows, List<CsvRecord> sample, ImportMapping suggested, List<ImportSummary> earlier) {

    public String delimiterName() {
        return switch (delimiter) {
            case ';' -> "semicolon";
            case '\t' -> "tab";
            default -> "comma";
        };
    }
}
