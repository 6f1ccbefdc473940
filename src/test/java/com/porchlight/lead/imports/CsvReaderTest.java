package com.porchlight.lead.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    private static CsvReader open(String text) throws IOException {
        return open(text.getBytes(StandardCharsets.UTF_8));
    }

    private static CsvReader open(byte[] bytes) throws IOException {
        return CsvReader.open(new ByteArrayInputStream(bytes));
    }

    private static List<CsvRecord> records(CsvReader csv) throws IOException {
        List<CsvRecord> all = new ArrayList<>();
        for (CsvRecord r = csv.next(); r != null; r = csv.next()) {
            all.add(r);
        }
        return all;
    }

    @Test
    void a_plain_comma_separated_file_gives_its_header_and_rows_with_their_line_numbers() throws IOException {
        var csv = open("firstName,lastName,state\nAnn,Lee,CA\nBo,Park,NV\n");
        assertThat(csv.header()).containsExactly("firstName", "lastName", "state");
        assertThat(csv.delimiter()).isEqualTo(',');
        var rows = records(csv);
        assertThat(rows).extracting(CsvRecord::line).containsExactly(2L, 3L);
        assertThat(rows.get(1).cells()).containsExactly("Bo", "Park", "NV");
        assertThat(rows).allMatch(r -> r.problem() == null);
    }

    @Test
    void a_byte_order_mark_is_not_part_of_the_first_header() throws IOException {
        byte[] body = "email,state\r\na@example.com,CA\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        var csv = open(withBom);
        assertThat(csv.header()).containsExactly("email", "state");
        assertThat(records(csv).getFirst().cells()).containsExactly("a@example.com", "CA");
    }

    @Test
    void quoted_values_keep_commas_doubled_quotes_and_line_breaks_and_the_record_keeps_its_first_line()
            throws IOException {
        var csv = open("""
                firstName,lastName,county
                Ann,"Lee, Jr.","King ""the big"" county"
                Bo,"Park
                Smith",Clark
                Cy,Diaz,Kern
                """);
        var rows = records(csv);
        assertThat(rows.get(0).cells()).containsExactly("Ann", "Lee, Jr.", "King \"the big\" county");
        assertThat(rows.get(1).cells()).containsExactly("Bo", "Park\nSmith", "Clark");
        assertThat(rows).extracting(CsvRecord::line).containsExactly(2L, 3L, 5L);
    }

    @Test
    void crlf_inside_and_between_quoted_records_counts_one_line_each() throws IOException {
        var csv = open("a,b\r\n1,\"x\r\ny\r\nz\"\r\n2,w\r\n");
        var rows = records(csv);
        assertThat(rows.get(0).cells()).containsExactly("1", "x\ny\nz");
        assertThat(rows).extracting(CsvRecord::line).containsExactly(2L, 5L);
    }

    @Test
    void semicolons_are_detected_from_the_header_and_commas_in_values_stay() throws IOException {
        var csv = open("firstName;lastName;annualIncome\nAnn;Lee;120,000\n");
        assertThat(csv.delimiter()).isEqualTo(';');
        assertThat(records(csv).getFirst().cells()).containsExactly("Ann", "Lee", "120,000");
    }

    @Test
    void tabs_are_detected_from_the_header() throws IOException {
        var csv = open("firstName\tlastName\tcounty\nAnn\tLee\tKing, WA\n");
        assertThat(csv.delimiter()).isEqualTo('\t');
        assertThat(records(csv).getFirst().cells()).containsExactly("Ann", "Lee", "King, WA");
    }

    @Test
    void a_delimiter_inside_a_quoted_header_does_not_count() throws IOException {
        var csv = open("\"Name; first\",\"Name; last\",State\nAnn,Lee,CA\n");
        assertThat(csv.delimiter()).isEqualTo(',');
        assertThat(csv.header()).containsExactly("Name; first", "Name; last", "State");
    }

    @Test
    void ragged_rows_come_back_with_their_own_number_of_cells() throws IOException {
        var csv = open("a,b,c\n1,2\n1,2,3,4\n1,2,3\n");
        assertThat(records(csv)).extracting(r -> r.cells().size()).containsExactly(2, 4, 3);
    }

    @Test
    void blank_lines_are_skipped_but_do_not_shift_line_numbers() throws IOException {
        var csv = open("\n\na,b\n\n1,2\n\n3,4");
        assertThat(csv.headerLine()).isEqualTo(3);
        assertThat(records(csv)).extracting(CsvRecord::line).containsExactly(5L, 7L);
    }

    @Test
    void a_quote_that_is_never_closed_marks_the_record_with_the_line_it_opened_on() throws IOException {
        var csv = open("a,b\n1,2\n3,\"oops\n5,6\n");
        var rows = records(csv);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).line()).isEqualTo(3);
        assertThat(rows.get(1).problem()).contains("starts on line 3 is never closed");
    }

    @Test
    void a_stray_non_utf8_byte_after_the_first_kilobyte_marks_only_its_row() throws IOException {
        var text = new StringBuilder("firstName,lastName\n");
        for (int i = 0; i < 200; i++) {
            text.append("Ann,Lee\n");
        }
        byte[] start = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] bad = {'J', 'o', (byte) 0xE9, ',', 'B', '\n', 'C', ',', 'D', '\n'};
        byte[] all = new byte[start.length + bad.length];
        System.arraycopy(start, 0, all, 0, start.length);
        System.arraycopy(bad, 0, all, start.length, bad.length);
        var rows = records(open(all));
        assertThat(rows).hasSize(202);
        assertThat(rows.get(200).line()).isEqualTo(202);
        assertThat(rows.get(200).problem()).contains("not valid UTF-8");
        assertThat(rows.get(201).problem()).isNull();
    }

    @Test
    void an_empty_file_is_refused_with_a_message() {
        assertThatThrownBy(() -> open(new byte[0])).isInstanceOf(ImportFileException.class)
                .hasMessageStartingWith("The file is empty.");
        assertThatThrownBy(() -> open("\n \r\n\n")).isInstanceOf(ImportFileException.class)
                .hasMessageContaining("no header line");
    }

    @Test
    void a_header_only_file_opens_and_has_no_rows() throws IOException {
        var csv = open("firstName,lastName\r\n");
        assertThat(csv.header()).containsExactly("firstName", "lastName");
        assertThat(csv.next()).isNull();
    }

    @Test
    void binary_data_is_refused_before_anything_is_read() {
        byte[] binary = {'a', ',', 'b', '\n', 1, 0, 2, 3, 'x'};
        assertThatThrownBy(() -> open(binary)).isInstanceOf(ImportFileException.class)
                .hasMessageContaining("binary data");
        byte[] xlsx = {'P', 'K', 3, 4, 20, 0, 6, 0};
        assertThatThrownBy(() -> open(xlsx)).hasMessageContaining("Excel workbook");
    }

    @Test
    void latin1_text_in_the_first_kilobyte_is_refused_as_not_utf8() {
        byte[] latin1 = "firstName,lastName\nJos\u00e9,Garc\u00eda\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> open(latin1)).isInstanceOf(ImportFileException.class)
                .hasMessageContaining("not UTF-8 text").hasMessageContaining("0xE9");
    }

    @Test
    void utf16_is_named_as_such() {
        byte[] utf16 = "\uFEFFa,b\n".getBytes(StandardCharsets.UTF_16LE);
        assertThatThrownBy(() -> open(utf16)).hasMessageContaining("UTF-16");
    }

    @Test
    void a_multibyte_character_cut_by_the_first_kilobyte_is_not_taken_for_bad_utf8() throws IOException {
        String padding = "x".repeat(CsvReader.SNIFF_BYTES - 1 - "name\n".length());
        var csv = open("name\n" + padding + "é\n" + "ok\n");
        assertThat(records(csv)).extracting(r -> r.cells().getFirst()).containsExactly(padding + "é", "ok");
    }

    @Test
    void records_can_be_written_back_in_the_files_dialect() throws IOException {
        var csv = open("a;b;c\n1;2;3\n");
        assertThat(csv.format(List.of("x;y", "say \"hi\"", "plain"))).isEqualTo("\"x;y\";\"say \"\"hi\"\"\";plain");
    }

    @Test
    void bytes_read_reaches_the_file_size_at_the_end() throws IOException {
        byte[] bytes = "a,b\n1,2\n3,4\n".getBytes(StandardCharsets.UTF_8);
        var csv = open(bytes);
        records(csv);
        assertThat(csv.bytesRead()).isEqualTo(bytes.length);
    }

    @Test
    void a_row_of_empty_cells_is_blank() throws IOException {
        var rows = records(open("a,b,c\n,,\n1,2,3\n"));
        assertThat(rows.getFirst().isBlank()).isTrue();
        assertThat(rows.get(1).isBlank()).isFalse();
    }

    @Test
    void cells_a_spreadsheet_would_evaluate_are_neutralised() {
        assertThat(com.porchlight.base.Csv.neutralise("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(com.porchlight.base.Csv.neutralise("+1 415")).isEqualTo("'+1 415");
        assertThat(com.porchlight.base.Csv.neutralise("-5")).isEqualTo("'-5");
        assertThat(com.porchlight.base.Csv.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(com.porchlight.base.Csv.neutralise("\tx")).isEqualTo("'\tx");
        assertThat(com.porchlight.base.Csv.neutralise("\rx")).isEqualTo("'\rx");
        assertThat(com.porchlight.base.Csv.neutralise("Ann")).isEqualTo("Ann");
    }
}
