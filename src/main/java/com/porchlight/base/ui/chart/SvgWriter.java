package com.porchlight.base.ui.chart;

import java.util.Locale;

/**
 * Writes SVG markup. Every attribute value and every text goes through {@link #escape}: chart labels come from data
 * (product names, segment names a user typed), and the markup ends up as the inner HTML of the page.
 */
public final class SvgWriter {

    private final StringBuilder out = new StringBuilder(4096);

    /** Escapes text and attribute values for XML and HTML alike (the apostrophe as a numeric reference). */
    public static String escape(String text) {
        StringBuilder s = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String r = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (r == null && Character.isISOControl(c) && c != '\n' && c != '\t') {
                r = " "; // control characters are not allowed in XML at all
            }
            if (r != null) {
                if (s == null) {
                    s = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                s.append(r);
            } else if (s != null) {
                s.append(c);
            }
        }
        return s == null ? text : s.toString();
    }

    /** A coordinate: one decimal is sharper than any screen, and keeps the markup small. */
    public static String num(double v) {
        double r = Math.round(v * 10) / 10.0;
        if (r == 0) {
            return "0";
        }
        return r == Math.rint(r) ? Long.toString((long) r) : String.format(Locale.ROOT, "%.1f", r);
    }

    /** Opens an element; {@code attributes} are name, value pairs. */
    public SvgWriter open(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append('>');
        return this;
    }

    public SvgWriter close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** An element without content: {@code <line … />}. */
    public SvgWriter empty(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append("/>");
        return this;
    }

    /** An element holding only text: {@code <text …>label</text>}. */
    public SvgWriter element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    public SvgWriter text(String text) {
        out.append(escape(text));
        return this;
    }

    private void attributes(String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("Attributes come in name, value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
        }
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
