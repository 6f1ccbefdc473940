package com.porchlight.creative.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmsCountTest {

    @Test
    void a_gsm_text_takes_160_characters_in_one_segment_and_153_per_segment_when_split() {
        assertThat(SmsCount.of("a".repeat(160)).segments()).isEqualTo(1);
        assertThat(SmsCount.of("a".repeat(161)).segments()).isEqualTo(2);
        assertThat(SmsCount.of("a".repeat(306)).segments()).isEqualTo(2);
        assertThat(SmsCount.of("a".repeat(307)).segments()).isEqualTo(3);
        assertThat(SmsCount.of("a".repeat(214)).describe()).isEqualTo("2 segments, 214 characters");
        assertThat(SmsCount.of("").segments()).isZero();
    }

    @Test
    void one_curly_quote_turns_the_message_into_unicode_with_70_and_67() {
        SmsCount count = SmsCount.of("We\u2019re here" + "a".repeat(60));
        assertThat(count.unicode()).isTrue();
        assertThat(count.segments()).isEqualTo(1);
        assertThat(SmsCount.of("\u2019" + "a".repeat(70)).segments()).isEqualTo(2);
        assertThat(SmsCount.of("\u2019" + "a".repeat(134)).segments()).isEqualTo(3);
        assertThat(count.describe()).contains("Unicode").contains("\u2019");
    }

    @Test
    void extension_characters_take_two_gsm_places() {
        SmsCount count = SmsCount.of("{}" + "a".repeat(157));
        assertThat(count.unicode()).isFalse();
        assertThat(count.units()).isEqualTo(161);
        assertThat(count.segments()).isEqualTo(2);
        assertThat(count.describe()).isEqualTo("2 segments, 159 characters (161 GSM-7 places)");
    }
}
