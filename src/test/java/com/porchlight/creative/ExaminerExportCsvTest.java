package com.porchlight.creative;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The examiner CSV's cells: RFC 4180 quoting, and nothing a spreadsheet would run as a formula. */
class ExaminerExportCsvTest {

    @Test
    void csv_cells_are_quoted_and_formulas_neutralised() {
        assertThat(com.porchlight.base.Csv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(com.porchlight.base.Csv.cell("+1")).isEqualTo("'+1");
        assertThat(com.porchlight.base.Csv.cell("-2")).isEqualTo("'-2");
        assertThat(com.porchlight.base.Csv.cell("@me")).isEqualTo("'@me");
        assertThat(com.porchlight.base.Csv.cell("a, b")).isEqualTo("\"a, b\"");
        assertThat(com.porchlight.base.Csv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(com.porchlight.base.Csv.cell("plain")).isEqualTo("plain");
        assertThat(com.porchlight.base.Csv.cell(null)).isEmpty();
    }

    @Test
    void pdf_text_spells_out_what_the_standard_fonts_cannot_show() {
        assertThat(ExaminerExport.pdf("stale 25→30 bps, SLA ≥ 2 – ok “quoted”")).isEqualTo(
                "stale 25->30 bps, SLA >= 2 – ok “quoted”");
        assertThat(ExaminerExport.pdf("漢")).isEqualTo("?");
    }
}
