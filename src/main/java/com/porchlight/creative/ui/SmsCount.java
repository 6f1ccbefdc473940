package com.porchlight.creative.ui;

import org.jspecify.annotations.Nullable;

/**
 * How a carrier bills a text: GSM-7 messages take 160 characters in one segment and 153 per segment once split;
 * a single character outside the GSM-7 alphabet (a curly quote, an emoji) turns the whole message into UCS-2, with
 * 70 and 67. Extension characters ({@code ^ { } [ ] ~ \ | €}) take two GSM-7 places.
 *
 * @param characters what the author typed, as UTF-16 units (what the field's limit counts)
 * @param units what the encoding spends: GSM-7 septets or UCS-2 code units
 * @param unicodeBecause the first character that forced UCS-2, or null for GSM-7
 */
record SmsCount(int characters, int units, int segments, boolean unicode, @Nullable String unicodeBecause) {

    private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM_EXTENSION = "^{}\\[~]|€\f";

    static SmsCount of(String text) {
        int septets = 0;
        String because = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            if (GSM_BASIC.contains(ch)) {
                septets++;
            } else if (GSM_EXTENSION.contains(ch)) {
                septets += 2;
            } else if (because == null) {
                because = ch;
            }
            i += Character.charCount(cp);
        }
        if (because == null) {
            int segments = septets == 0 ? 0 : septets <= 160 ? 1 : (septets + 152) / 153;
            return new SmsCount(text.length(), septets, segments, false, null);
        }
        int units = text.length();
        int segments = units <= 70 ? 1 : (units + 66) / 67;
        return new SmsCount(text.length(), units, segments, true, because);
    }

    /** "2 segments, 214 characters" and, for UCS-2, why. */
    String describe() {
        String s = (segments == 1 ? "1 segment" : segments + " segments") + ", " + characters
                + (characters == 1 ? " character" : " characters");
        if (unicode) {
            return s + " (Unicode: \u201c" + unicodeBecause + "\u201d is not in the GSM-7 alphabet, so a segment holds "
                    + "70 characters, 67 when split)";
        }
        return s + (units != characters ? " (" + units + " GSM-7 places)" : "");
    }
}
