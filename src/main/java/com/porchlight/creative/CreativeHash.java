package com.porchlight.creative;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The SHA-256 that binds approvals to content. The content is normalised first (Unicode NFC, line ends as {@code \n},
 * no trailing spaces on lines, no leading or trailing blank lines), so invisible differences do not make a new
 * version, and every visible one does. The canonical form length-prefixes every value, so no two different contents
 * share one text.
 */
public final class CreativeHash {

    private CreativeHash() {
    }

    public static String normaliseText(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(s.length());
        for (String line : s.split("\n", -1)) {
            out.append(line.stripTrailing()).append('\n');
        }
        return out.toString().strip();
    }

    public static CreativeContent normalise(CreativeContent content) {
        EnumMap<CreativeField, List<String>> values = new EnumMap<>(CreativeField.class);
        content.values().forEach((field, items) -> {
            List<String> clean = new ArrayList<>();
            for (String item : items) {
                clean.add(normaliseText(item));
            }
            values.put(field, clean);
        });
        return new CreativeContent(content.channel(), values, content.setup(), content.imageSha256());
    }

    /** The hash of normalised content with the rate it quotes. */
    public static String of(CreativeContent content, @Nullable RateQuote quote) {
        return sha256(canonical(normalise(content), quote));
    }

    static String canonical(CreativeContent c, @Nullable RateQuote quote) {
        StringBuilder sb = new StringBuilder("porchlight-creative/1\n");
        put(sb, "channel", c.channel().name());
        for (FieldSpec spec : ChannelLayout.of(c.channel())) {
            List<String> items = c.items(spec.field());
            for (int i = 0; i < items.size(); i++) {
                put(sb, spec.field().name() + "[" + i + "]", items.get(i));
            }
        }
        CreativeSetup s = c.setup();
        put(sb, "states", String.join(",", s.states()));
        put(sb, "program", s.program() == null ? "" : s.program().name());
        put(sb, "purpose", s.purpose() == null ? "" : s.purpose().name());
        put(sb, "productType", s.productType() == null ? "" : s.productType().name());
        put(sb, "rateType", s.rateType() == null ? "" : s.rateType().name());
        put(sb, "campaign", s.campaign() == null ? "" : s.campaign());
        put(sb, "loanOfficer", s.loanOfficer() == null ? "" : s.loanOfficer());
        put(sb, "quotedProduct", s.quotedProduct() == null ? "" : s.quotedProduct().name());
        put(sb, "image", c.imageSha256() == null ? "" : c.imageSha256());
        put(sb, "quote", quote == null ? "" : quote.product().name() + "|" + quote.rate().stripTrailingZeros()
                .toPlainString() + "|" + quote.apr().stripTrailingZeros().toPlainString() + "|" + quote.asOf());
        return sb.toString();
    }

    private static void put(StringBuilder sb, String key, String value) {
        sb.append(key).append('=').append(value.length()).append(':').append(value).append('\n');
    }

    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
