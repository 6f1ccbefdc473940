package com.porchlight.lead.imports;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A streaming RFC 4180 reader: one record at a time, so a 200 MB file never sits in memory. UTF-8 with or without a
 * byte-order mark; {@code ,} {@code ;} or tab as delimiter, whichever the header line uses most; CRLF, LF or CR line
 * ends; quoted values with delimiters, doubled quotes and line breaks inside. Every record keeps the line number it
 * starts on in the file, so messages point where a person with a text editor would look.
 *
 * <p>The start of the file is checked before anything else: an empty file, binary data (an Excel workbook, a PDF),
 * UTF-16 or bytes that are not UTF-8 in the first kilobyte are refused with an {@link ImportFileException} saying
 * what to do. Damage further in (a stray Windows-1252 byte, a quote never closed) only marks the affected record
 * ({@link CsvRecord#problem()}), so one bad row does not cost the rest of the file.
 *
 * <p>Lenient where spreadsheets are sloppy: blank lines are skipped; a quote inside an unquoted value, or text after
 * a closing quote, is kept as written.
 */
public final class CsvReader implements Closeable {

    /** How much of the file's start is checked for binary data and invalid UTF-8. */
    public static final int SNIFF_BYTES = 1024;
    /** A single record longer than this is not a lead: almost always a quote that is never closed. */
    public static final int MAX_RECORD_CHARS = 1_000_000;
    private static final int HEAD_BYTES = 64 * 1024;
    private static final char[] DELIMITERS = {',', ';', '\t'};

    private final Counting counter;
    private final Reader reader;
    private final char delimiter;
    private final char[] buf = new char[64 * 1024];
    private final StringBuilder cell = new StringBuilder(64);
    private int pos;
    private int limit;
    private long line = 1;
    private List<String> header = List.of();
    private long headerLine;
    private boolean lastWasBlankLine;

    private CsvReader(Counting counter, Reader reader, char delimiter) {
        this.counter = counter;
        this.reader = reader;
        this.delimiter = delimiter;
    }

    /**
     * Opens a file: checks its start, detects the delimiter and reads the header (the first non-blank record).
     *
     * @throws ImportFileException when the file is empty, binary or not UTF-8 text
     */
    public static CsvReader open(InputStream in) throws IOException {
        var counter = new Counting(in);
        var buffered = new BufferedInputStream(counter, HEAD_BYTES + 1);
        buffered.mark(HEAD_BYTES + 1);
        byte[] head = buffered.readNBytes(HEAD_BYTES);
        buffered.reset();
        if (head.length == 0) {
            throw new ImportFileException("The file is empty. Choose the CSV file with the leads (a header line "
                    + "naming the columns, then one lead per line).");
        }
        int bom = 0;
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            bom = 3;
        } else if (startsWith(head, 0xFF, 0xFE) || startsWith(head, 0xFE, 0xFF)) {
            throw new ImportFileException("The file is UTF-16 text (Excel's \"Unicode Text\"). Save it as \"CSV UTF-8 "
                    + "(Comma delimited)\" and upload that file.");
        }
        checkText(head, bom);
        buffered.skipNBytes(bom);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        var csv = new CsvReader(counter, new InputStreamReader(buffered, decoder), detectDelimiter(head, bom));
        csv.readHeader();
        return csv;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static void checkText(byte[] head, int offset) {
        if (startsWith(head, 'P', 'K', 3, 4)) {
            throw new ImportFileException("This is an Excel workbook (.xlsx) or another zip archive, not a CSV file. "
                    + "In Excel choose File › Save As › \"CSV UTF-8 (Comma delimited)\" and upload that file.");
        }
        if (startsWith(head, '%', 'P', 'D', 'F')) {
            throw new ImportFileException("This is a PDF, not a CSV file. Export the list as CSV (UTF-8) and upload "
                    + "that file.");
        }
        int end = Math.min(head.length, offset + SNIFF_BYTES);
        int controls = 0;
        for (int i = offset; i < end; i++) {
            int b = head[i] & 0xFF;
            if (b == 0) {
                throw binary();
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                controls++;
            }
        }
        if (controls > 2 + (end - offset) / 100) {
            throw binary();
        }
        ByteBuffer bytes = ByteBuffer.wrap(head, offset, end - offset);
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        // The window may cut a multi-byte character in two; only the file's real end must be complete.
        var result = strict.decode(bytes, CharBuffer.allocate(end - offset), end == head.length
                && head.length < HEAD_BYTES);
        if (result.isError()) {
            int at = bytes.position();
            throw new ImportFileException(String.format("The file is not UTF-8 text: byte %d is 0x%02X, which UTF-8 "
                    + "does not allow (the file was probably saved as Windows-1252 / \"ANSI\" or Latin-1). Save it as "
                    + "\"CSV UTF-8\" and upload it again.", at + 1, head[at] & 0xFF));
        }
    }

    private static ImportFileException binary() {
        return new ImportFileException("This is not a CSV file: it contains binary data. Export the list as CSV "
                + "(UTF-8) — a text file with one lead per line — and upload that file.");
    }

    /** The delimiter the header line uses most, counting only outside quotes; a comma when it has none. */
    private static char detectDelimiter(byte[] head, int offset) {
        String text = new String(head, offset, head.length - offset, StandardCharsets.UTF_8);
        int[] counts = new int[DELIMITERS.length];
        boolean inQuotes = false;
        boolean started = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                inQuotes = !inQuotes;
            } else if (!inQuotes && (c == '\n' || c == '\r')) {
                if (started) {
                    break;
                }
            } else if (!inQuotes) {
                for (int d = 0; d < DELIMITERS.length; d++) {
                    if (c == DELIMITERS[d]) {
                        counts[d]++;
                    }
                }
            }
            started |= !Character.isWhitespace(c) || c == '\t';
        }
        int best = 0;
        for (int d = 1; d < DELIMITERS.length; d++) {
            if (counts[d] > counts[best]) {
                best = d;
            }
        }
        return DELIMITERS[best];
    }

    private void readHeader() throws IOException {
        CsvRecord first = next();
        while (first != null && first.isBlank()) {
            first = next();
        }
        if (first == null) {
            throw new ImportFileException("The file is empty: it has no header line and no leads.");
        }
        if (first.problem() != null) {
            throw new ImportFileException("The header (line " + first.line() + ") cannot be read: "
                    + first.problem());
        }
        List<String> names = new ArrayList<>(first.cells().size());
        for (String name : first.cells()) {
            names.add(name.replace("\uFEFF", "").strip());
        }
        header = List.copyOf(names);
        headerLine = first.line();
    }

    /** The column names of the first non-blank record, trimmed. */
    public List<String> header() {
        return header;
    }

    public long headerLine() {
        return headerLine;
    }

    public char delimiter() {
        return delimiter;
    }

    /** How many bytes of the file have been read so far (slightly ahead of the records returned: buffering). */
    public long bytesRead() {
        return counter.count;
    }

    /**
     * The next record, blank lines skipped; null at the end of the file.
     *
     * @throws ImportFileException when one record exceeds {@link #MAX_RECORD_CHARS} (a quote never closed)
     */
    public @Nullable CsvRecord next() throws IOException {
        while (true) {
            CsvRecord record = readRecord();
            if (record == null || !lastWasBlankLine) {
                return record;
            }
        }
    }

    private @Nullable CsvRecord readRecord() throws IOException {
        if (pos >= limit && !fill()) {
            return null;
        }
        long start = line;
        List<String> cells = new ArrayList<>(Math.max(header.size(), 8));
        cell.setLength(0);
        boolean inQuotes = false;
        boolean quoted = false;
        boolean anyQuoted = false;
        long quoteLine = 0;
        String problem = null;
        int size = 0;
        while (true) {
            if (pos >= limit && !fill()) {
                if (inQuotes) {
                    problem = "the quoted value that starts on line " + quoteLine + " is never closed (a \" is "
                            + "missing).";
                }
                cells.add(cell.toString());
                break;
            }
            char c = buf[pos++];
            if (++size > MAX_RECORD_CHARS) {
                throw new ImportFileException("The row starting on line " + start + " is longer than "
                        + String.format("%,d", MAX_RECORD_CHARS) + " characters: a quote (\") is probably never "
                        + "closed. Fix that line and upload the file again.");
            }
            if (inQuotes) {
                if (c == '"') {
                    if (peek('"')) {
                        pos++;
                        cell.append('"');
                    } else {
                        inQuotes = false;
                    }
                    continue;
                }
                if (c == '\n') {
                    line++;
                } else if (c == '\r') {
                    line++;
                    if (peek('\n')) {
                        pos++;
                    }
                    c = '\n';
                }
                problem = problem != null ? problem : damage(c, start);
                cell.append(c);
            } else if (c == delimiter) {
                cells.add(cell.toString());
                cell.setLength(0);
                quoted = false;
            } else if (c == '\n' || c == '\r') {
                line++;
                if (c == '\r' && peek('\n')) {
                    pos++;
                }
                cells.add(cell.toString());
                break;
            } else if (c == '"' && cell.length() == 0 && !quoted) {
                inQuotes = true;
                quoted = true;
                anyQuoted = true;
                quoteLine = line;
            } else {
                problem = problem != null ? problem : damage(c, start);
                cell.append(c);
            }
        }
        lastWasBlankLine = cells.size() == 1 && cells.getFirst().isEmpty() && !anyQuoted && problem == null;
        return new CsvRecord(start, cells, problem);
    }

    private static @Nullable String damage(char c, long line) {
        if (c == '\uFFFD') {
            return "line " + line + " contains bytes that are not valid UTF-8 (the file mixes encodings, e.g. a "
                    + "Windows-1252 \"é\"); fix the characters or save the file as \"CSV UTF-8\".";
        }
        if (c == 0) {
            return "line " + line + " contains a NUL character (binary data).";
        }
        return null;
    }

    private boolean peek(char expected) throws IOException {
        if (pos >= limit && !fill()) {
            return false;
        }
        return buf[pos] == expected;
    }

    private boolean fill() throws IOException {
        int n = reader.read(buf, 0, buf.length);
        pos = 0;
        limit = Math.max(n, 0);
        return n > 0;
    }

    /** A record as one line of this file's dialect (for the error report): quoted where RFC 4180 requires it. */
    public String format(List<String> cells) {
        var sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(delimiter);
            }
            String v = cells.get(i);
            if (v.indexOf(delimiter) >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
                sb.append('"').append(v.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(v);
            }
        }
        return sb.toString();
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    /** Counts the bytes taken from the file, for the progress bar. */
    private static final class Counting extends FilterInputStream {
        private long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = in.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
