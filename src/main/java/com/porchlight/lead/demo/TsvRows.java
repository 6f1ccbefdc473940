package com.porchlight.lead.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Rows in the text format {@code LOAD DATA … FIELDS TERMINATED BY '\t' ESCAPED BY '\\'} reads: tab-separated fields,
 * one row per line, {@code \N} for NULL, tab, newline and backslash escaped. Written straight into a growable byte
 * array (UTF-8) with hand-rolled number and date formatting: a million leads and ten million events go through here.
 */
final class TsvRows {

    private byte[] buf;
    private int len;
    private boolean rowStart = true;
    private long rows;

    TsvRows(int initialCapacity) {
        buf = new byte[Math.max(64, initialCapacity)];
    }

    int size() {
        return len;
    }

    long rows() {
        return rows;
    }

    byte[] toBytes() {
        return Arrays.copyOf(buf, len);
    }

    TsvRows text(@Nullable String s) {
        sep();
        if (s == null) {
            nul();
            return this;
        }
        ensure(s.length() * 4 + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t' || c == '\n' || c == '\\' || c == '\r') {
                buf[len++] = '\\';
                buf[len++] = (byte) (c == '\t' ? 't' : c == '\n' ? 'n' : c == '\r' ? 'r' : '\\');
            } else if (c < 0x80) {
                buf[len++] = (byte) c;
            } else if (c < 0x800) {
                buf[len++] = (byte) (0xC0 | (c >> 6));
                buf[len++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                buf[len++] = (byte) (0xF0 | (cp >> 18));
                buf[len++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                buf[len++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                buf[len++] = (byte) (0x80 | (cp & 0x3F));
            } else {
                char ch = Character.isSurrogate(c) ? '?' : c;
                buf[len++] = (byte) (0xE0 | (ch >> 12));
                buf[len++] = (byte) (0x80 | ((ch >> 6) & 0x3F));
                buf[len++] = (byte) (0x80 | (ch & 0x3F));
            }
        }
        return this;
    }

    TsvRows text(@Nullable Enum<?> e) {
        return text(e == null ? null : e.name());
    }

    TsvRows num(long n) {
        sep();
        ensure(20);
        if (n < 0) {
            buf[len++] = '-';
            n = -n;
        }
        int start = len;
        do {
            buf[len++] = (byte) ('0' + (n % 10));
            n /= 10;
        } while (n > 0);
        reverse(start, len - 1);
        return this;
    }

    TsvRows num(@Nullable Long n) {
        if (n == null) {
            sep();
            nul();
            return this;
        }
        return num(n.longValue());
    }

    TsvRows num(@Nullable Integer n) {
        return n == null ? num((Long) null) : num(n.longValue());
    }

    TsvRows decimal(@Nullable BigDecimal d) {
        return text(d == null ? null : d.toPlainString());
    }

    TsvRows bool(boolean b) {
        sep();
        ensure(1);
        buf[len++] = (byte) (b ? '1' : '0');
        return this;
    }

    /** UTC date and time, {@code yyyy-MM-dd HH:mm:ss} plus microseconds when there are any. */
    TsvRows time(@Nullable Instant t) {
        sep();
        if (t == null) {
            nul();
            return this;
        }
        ensure(27);
        long seconds = t.getEpochSecond();
        long day = Math.floorDiv(seconds, 86_400);
        int secondOfDay = (int) Math.floorMod(seconds, 86_400);
        writeDate(day);
        buf[len++] = ' ';
        two(secondOfDay / 3600);
        buf[len++] = ':';
        two(secondOfDay / 60 % 60);
        buf[len++] = ':';
        two(secondOfDay % 60);
        int micros = t.getNano() / 1000;
        if (micros != 0) {
            buf[len++] = '.';
            int div = 100_000;
            for (int i = 0; i < 6; i++) {
                buf[len++] = (byte) ('0' + micros / div % 10);
                div /= 10;
            }
        }
        return this;
    }

    TsvRows date(@Nullable LocalDate d) {
        sep();
        if (d == null) {
            nul();
            return this;
        }
        ensure(10);
        writeDate(d.toEpochDay());
        return this;
    }

    void endRow() {
        ensure(1);
        buf[len++] = '\n';
        rowStart = true;
        rows++;
    }

    /** Civil date from days since 1970-01-01 (Howard Hinnant's algorithm), written as yyyy-MM-dd. */
    private void writeDate(long epochDay) {
        long z = epochDay + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long doe = z - era * 146_097;
        long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        long y = yoe + era * 400;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        int d = (int) (doy - (153 * mp + 2) / 5 + 1);
        int m = (int) (mp < 10 ? mp + 3 : mp - 9);
        if (m <= 2) {
            y++;
        }
        int year = (int) y;
        buf[len++] = (byte) ('0' + year / 1000 % 10);
        buf[len++] = (byte) ('0' + year / 100 % 10);
        buf[len++] = (byte) ('0' + year / 10 % 10);
        buf[len++] = (byte) ('0' + year % 10);
        buf[len++] = '-';
        two(m);
        buf[len++] = '-';
        two(d);
    }

    private void two(int n) {
        buf[len++] = (byte) ('0' + n / 10);
        buf[len++] = (byte) ('0' + n % 10);
    }

    private void nul() {
        ensure(2);
        buf[len++] = '\\';
        buf[len++] = 'N';
    }

    private void sep() {
        if (rowStart) {
            rowStart = false;
        } else {
            ensure(1);
            buf[len++] = '\t';
        }
    }

    private void reverse(int from, int to) {
        while (from < to) {
            byte b = buf[from];
            buf[from++] = buf[to];
            buf[to--] = b;
        }
    }

    private void ensure(int extra) {
        if (len + extra > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + extra));
        }
    }
}
