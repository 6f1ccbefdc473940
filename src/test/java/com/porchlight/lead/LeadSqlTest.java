package com.porchlight.lead;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The grid's SQL: what a search box entry becomes, and that input only ever reaches SQL as a bound value. */
class LeadSqlTest {

    private static LeadSql search(String text) {
        return LeadSql.where(LeadFilter.none().withSearch(text), null);
    }

    @Test
    void text_with_an_at_sign_searches_email_digits_search_the_phone_and_words_search_names() {
        assertThat(search("ann@ex").clause()).isEqualTo(" WHERE l.email LIKE ? ESCAPE '!'");
        assertThat(search("ann@ex").paramList()).containsExactly("ann@ex%");

        assertThat(search("+1 (415) 555-01").clause()).isEqualTo(" WHERE l.phone LIKE ? ESCAPE '!'");
        assertThat(search("+1 (415) 555-01").paramList()).containsExactly("41555501%");

        assertThat(search("lee").paramList()).containsExactly("lee%", "lee%");
        assertThat(search("ann lee").paramList()).containsExactly("ann%", "lee%", "ann lee%");
        assertThat(search("Lee, Ann").paramList()).containsExactly("Lee%", "Ann%");
    }

    @Test
    void like_wildcards_typed_by_the_user_are_taken_literally() {
        assertThat(LeadSql.prefix("50%_off!")).isEqualTo("50!%!_off!!%");
        var sql = search("x'; DROP TABLE leads; --");
        assertThat(sql.clause()).doesNotContain("DROP");
        assertThat(sql.paramList()).contains("x';%");
    }

    @Test
    void a_loan_officer_restriction_comes_first_and_filters_are_bound_values() {
        var sql = LeadSql.where(LeadFilter.none().withStates(Set.of("ca")).withStages(Set.of(Stage.NEW)), 42L);
        assertThat(sql.clause()).isEqualTo(" WHERE l.assigned_lo_id = ? AND l.stage = ? AND l.state = ?");
        assertThat(sql.paramList()).containsExactly(42L, "NEW", "CA");
    }

    @Test
    void pages_always_end_on_the_id_so_they_never_overlap() {
        assertThat(LeadSql.orderBy(List.of())).isEqualTo(" ORDER BY l.received_at DESC, l.id DESC");
        assertThat(LeadSql.orderBy(List.of(new LeadSort(LeadSort.Column.NAME, true))))
                .isEqualTo(" ORDER BY l.last_name ASC, l.first_name ASC, l.id ASC");
        assertThat(LeadSort.Column.byProperty("receivedAt")).contains(LeadSort.Column.RECEIVED_AT);
        assertThat(LeadSort.Column.byProperty("password_hash")).isEmpty();
    }

    @Test
    void csv_cells_that_a_spreadsheet_would_run_are_neutralised_and_quoted() {
        assertThat(com.porchlight.base.Csv.cell("=cmd()")).isEqualTo("'=cmd()");
        assertThat(com.porchlight.base.Csv.cell("+1")).isEqualTo("'+1");
        assertThat(com.porchlight.base.Csv.cell("-2")).isEqualTo("'-2");
        assertThat(com.porchlight.base.Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(com.porchlight.base.Csv.cell("\t=x")).isEqualTo("'\t=x");
        assertThat(com.porchlight.base.Csv.cell("=HYPERLINK(\"http://x\",\"a,b\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"a,b\"\")\"");
        assertThat(com.porchlight.base.Csv.cell("O'Brien, Jr.")).isEqualTo("\"O'Brien, Jr.\"");
        assertThat(com.porchlight.base.Csv.cell(null)).isEmpty();
    }
}
