package com.porchlight.compliance.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private static List<String> texts(String s) {
        return Tokenizer.tokenize(Tokenizer.normalise(s)).stream().map(Token::text).toList();
    }

    @Test
    void hyphens_dots_and_spacing_variants_tokenise_alike() {
        assertThat(texts("30-yr")).isEqualTo(texts("30 yr")).isEqualTo(texts("30yr")).containsExactly("30", "yr");
        assertThat(texts("A.P.R.")).containsExactly("a", "p", "r");
        assertThat(texts("Thirty–Year")).containsExactly("thirty", "year");
    }

    @Test
    void numbers_keep_thousands_commas_and_decimals_as_one_value() {
        var t = Tokenizer.tokenize(Tokenizer.normalise("$1,822.83/mo and .5% and 1,82"));
        assertThat(t.get(1).value()).isEqualTo(1822.83);
        assertThat(t).extracting(Token::text).contains("$", "/", "mo", ".5", "%", "1", "82");
    }

    @Test
    void normalising_keeps_every_offset_of_the_original_text() {
        String original = "“Guaranteed” approval — İstanbul’s rate";
        String norm = Tokenizer.normalise(original);
        assertThat(norm).hasSameSizeAs(original);
        Token guaranteed = Tokenizer.tokenize(norm).get(0);
        assertThat(original.substring(guaranteed.start(), guaranteed.end())).isEqualTo("Guaranteed");
    }

    @Test
    void phrase_matcher_finds_phrases_regardless_of_punctuation_and_numbers_match_the_wildcard() {
        var m = new PhraseMatcher().add("G", "guaranteed approval").add("S", "skip <n> payments");
        var hits = m.find(Tokenizer.tokenize(Tokenizer.normalise("GUARANTEED-approval! Skip 2 payments.")));
        assertThat(hits).extracting(PhraseMatcher.Hit::tag).containsExactly("G", "S");
    }
}
