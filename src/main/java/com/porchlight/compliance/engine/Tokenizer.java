package com.porchlight.compliance.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * A single left-to-right pass over the text, so its cost is linear whatever the input looks like.
 * Normalisation is per character (lower case, typographic quotes and dashes folded), which keeps
 * every offset identical to the original text: no offset map is needed to point back at the copy.
 *
 * <p>Punctuation that does not change meaning in ad copy (hyphens, dots, commas, brackets, pipes)
 * is dropped from the token stream, so "30-yr", "30 yr" and "30yr", or "A.P.R." and "APR" spelled
 * with spaces, come out the same. Symbols that carry meaning ($ % / # + & @) stay.
 */
final class Tokenizer {
    private static final int MAX_NUMBER_CHARS = 24;
    private static final String[] ASCII = new String[128];

    static {
        for (int i = 0; i < ASCII.length; i++) {
            ASCII[i] = String.valueOf((char) i);
        }
    }

    private Tokenizer() {
    }

    static String normalise(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out[i] = switch (c) {
                case '\u2018', '\u2019', '\u02bc', '`' -> '\'';
                case '\u201c', '\u201d' -> '"';
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> '-';
                case '\u00a0', '\u2007', '\u202f' -> ' ';
                case '\uff04' -> '$';
                case '\uff05' -> '%';
                default -> Character.toLowerCase(c);
            };
        }
        return new String(out);
    }

    static List<Token> tokenize(String norm) {
        List<Token> tokens = new ArrayList<>();
        int n = norm.length();
        int i = 0;
        while (i < n) {
            char c = norm.charAt(i);
            if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(norm.charAt(i + 1))
                    && (i == 0 || !Character.isDigit(norm.charAt(i - 1))))) {
                i = number(norm, i, tokens);
            } else if (Character.isLetter(c)) {
                int s = i;
                while (i < n && (Character.isLetter(norm.charAt(i))
                        || (norm.charAt(i) == '\'' && i + 1 < n && Character.isLetter(norm.charAt(i + 1))
                        && i > s))) {
                    i++;
                }
                tokens.add(new Token(Token.Kind.WORD, norm.substring(s, i), s, i, 0));
            } else if (Character.isWhitespace(c)) {
                i++;
            } else {
                if (keeps(c)) {
                    tokens.add(new Token(Token.Kind.SYM, c < 128 ? ASCII[c] : String.valueOf(c), i, i + 1, 0));
                }
                i++;
            }
        }
        return tokens;
    }

    private static boolean keeps(char c) {
        return c == '$' || c == '%' || c == '/' || c == '#' || c == '+' || c == '&' || c == '@';
    }

    /** Digits with thousands commas ("1,822") and one decimal part; "1,82" stays two numbers. */
    private static int number(String s, int start, List<Token> tokens) {
        int n = s.length();
        int i = start;
        StringBuilder digits = new StringBuilder();
        while (i < n && Character.isDigit(s.charAt(i))) {
            digits.append(s.charAt(i++));
        }
        while (i + 3 < n + 0 && s.charAt(i) == ',' && digits.length() > 0
                && Character.isDigit(s.charAt(i + 1)) && Character.isDigit(s.charAt(i + 2))
                && Character.isDigit(s.charAt(i + 3)) && (i + 4 >= n || !Character.isDigit(s.charAt(i + 4)))) {
            digits.append(s, i + 1, i + 4);
            i += 4;
        }
        if (i + 1 < n && s.charAt(i) == '.' && Character.isDigit(s.charAt(i + 1))) {
            digits.append('.');
            i++;
            while (i < n && Character.isDigit(s.charAt(i))) {
                digits.append(s.charAt(i++));
            }
        }
        String text = digits.toString();
        double value = text.length() > MAX_NUMBER_CHARS ? Double.POSITIVE_INFINITY : Double.parseDouble(text);
        tokens.add(new Token(Token.Kind.NUMBER, text, start, i, value));
        return i;
    }
}
