package com.porchlight.compliance.engine;

/** A word, number or symbol with its offsets in the original text; numbers carry their value. */
record Token(Kind kind, String text, int start, int end, double value) {
    enum Kind { WORD, NUMBER, SYM }

    boolean is(String s) {
        return text.equals(s);
    }

    boolean isNumber() {
        return kind == Kind.NUMBER;
    }
}
