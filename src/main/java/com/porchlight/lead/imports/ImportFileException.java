package com.porchlight.lead.imports;

/** The file as a whole cannot be imported (empty, binary, not UTF-8, no header we understand); nothing was stored. */
public class ImportFileException extends RuntimeException {

    public ImportFileException(String message) {
        super(message);
    }
}
