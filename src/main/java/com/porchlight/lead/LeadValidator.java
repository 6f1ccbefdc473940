package com.porchlight.lead;

import com.porchlight.base.UsStates;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Checks a delivered lead field by field and reports every problem at once, in words a vendor or a marketer can act
 * on. Input is text keyed by {@link LeadField#key()} (JSON values arrive as their text, CSV cells as they are), so the
 * API and the CSV import accept the same values and give the same messages. Lenient where real files differ
 * harmlessly ("$250,000", "California", "yes", "5/3/2019", phone punctuation); strict where a guess could be wrong
 * (a rate of 0.065, a four-digit ZIP).
 */
public final class LeadValidator {

    static final int MAX_NAME = 100;
    static final int MAX_EMAIL = 254;
    static final int MAX_EXTERNAL_ID = 100;
    static final int MAX_COUNTY = 80;
    static final int MAX_CONSENT_TEXT = 2000;
    static final int MIN_CONSENT_TEXT = 20;
    private static final BigDecimal MAX_MONEY = new BigDecimal("1000000000");
    /** Monthly debts are stored as DECIMAL(10,2); a million a month is already far beyond any borrower. */
    private static final BigDecimal MAX_MONTHLY_DEBT = new BigDecimal("1000000");
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/uuuu");
    private static final LocalDate OLDEST_ORIGINATION = LocalDate.of(1950, 1, 1);

    private final Clock clock;

    public LeadValidator(Clock clock) {
        this.clock = clock;
    }

    /** The outcome: either the lead or the list of problems (never both). */
    public record Result(@Nullable LeadData lead, List<FieldError> errors) {
        public boolean isValid() {
            return errors.isEmpty();
        }
    }

    public Result validate(Map<String, String> input) {
        var v = new Check(input);
        String externalId = v.text(LeadField.EXTERNAL_ID, MAX_EXTERNAL_ID, false);
        String firstName = v.text(LeadField.FIRST_NAME, MAX_NAME, true);
        String lastName = v.text(LeadField.LAST_NAME, MAX_NAME, true);
        String email = v.email();
        String phone = v.phone();
        if (email == null && phone == null && !v.hasError(LeadField.EMAIL) && !v.hasError(LeadField.PHONE)) {
            v.error(LeadField.EMAIL, "Give an email address or a phone number: a lead needs a way to be reached.");
        }
        String state = v.state();
        String zip = v.zip();
        String county = v.text(LeadField.COUNTY, MAX_COUNTY, false);
        LoanPurpose purpose = v.purpose();
        LoanProgram program = v.program(LeadField.LOAN_PROGRAM);
        Integer score = v.integer(LeadField.CREDIT_SCORE, CreditBand.MIN_SCORE, CreditBand.MAX_SCORE);
        CreditBand band = v.band(score);
        BigDecimal income = v.money(LeadField.ANNUAL_INCOME, true);
        BigDecimal debt = v.money(LeadField.MONTHLY_DEBT, true, MAX_MONTHLY_DEBT);
        BigDecimal value = v.money(LeadField.PROPERTY_VALUE, false);
        BigDecimal amount = v.money(LeadField.LOAN_AMOUNT, false);
        BigDecimal rate = v.rate();
        LoanProgram currentProgram = v.program(LeadField.CURRENT_LOAN_PROGRAM);
        Integer term = v.integer(LeadField.CURRENT_LOAN_TERM_MONTHS, 12, 480);
        LocalDate originated = v.originationDate();
        boolean firstTimeBuyer = Boolean.TRUE.equals(v.bool(LeadField.FIRST_TIME_BUYER));
        boolean veteran = Boolean.TRUE.equals(v.bool(LeadField.VETERAN));
        Instant receivedAt = v.instant(LeadField.RECEIVED_AT);
        boolean emailOptIn = Boolean.TRUE.equals(v.bool(LeadField.CONSENT_EMAIL));
        if (emailOptIn && email == null && !v.hasError(LeadField.EMAIL)) {
            v.error(LeadField.CONSENT_EMAIL, "Email opt-in needs an email address.");
        }
        boolean sms = Boolean.TRUE.equals(v.bool(LeadField.CONSENT_SMS_GRANTED));
        String smsText = v.text(LeadField.CONSENT_SMS_TEXT, MAX_CONSENT_TEXT, false);
        Instant smsAt = v.instant(LeadField.CONSENT_SMS_CAPTURED_AT);
        if (sms) {
            if (phone == null && !v.hasError(LeadField.PHONE)) {
                v.error(LeadField.CONSENT_SMS_GRANTED, "Written consent for calls and texts needs a phone number.");
            }
            if (smsText == null && !v.hasError(LeadField.CONSENT_SMS_TEXT)) {
                v.error(LeadField.CONSENT_SMS_TEXT, "Give the consent text the borrower agreed to: it is the TCPA "
                        + "evidence.");
            } else if (smsText != null && smsText.length() < MIN_CONSENT_TEXT) {
                v.error(LeadField.CONSENT_SMS_TEXT, "The consent text is too short to be the language the borrower "
                        + "saw (at least " + MIN_CONSENT_TEXT + " characters).");
            }
            if (smsAt == null && !v.hasError(LeadField.CONSENT_SMS_CAPTURED_AT)) {
                v.error(LeadField.CONSENT_SMS_CAPTURED_AT, "Give when the consent was captured (ISO 8601, e.g. "
                        + "2026-11-26T14:05:00Z).");
            }
        }
        if (v.errors.isEmpty()) {
            var lead = new LeadData(externalId, firstName, lastName, email, phone, state, zip, county, purpose,
                    program, score, band, income, debt, value, amount, rate, currentProgram, term, originated,
                    firstTimeBuyer, veteran, receivedAt, emailOptIn, sms, sms ? smsText : null, sms ? smsAt : null);
            return new Result(lead, List.of());
        }
        return new Result(null, List.copyOf(v.errors));
    }

    /** One validation pass: collects errors, returns null for absent or invalid values. */
    private final class Check {
        private final Map<String, String> input;
        private final List<FieldError> errors = new ArrayList<>();

        Check(Map<String, String> input) {
            this.input = input;
        }

        @Nullable String raw(LeadField field) {
            String value = input.get(field.key());
            if (value == null) {
                return null;
            }
            String stripped = value.strip();
            return stripped.isEmpty() ? null : stripped;
        }

        void error(LeadField field, String message) {
            errors.add(new FieldError(field.key(), message));
        }

        boolean hasError(LeadField field) {
            return errors.stream().anyMatch(e -> e.field().equals(field.key()));
        }

        @Nullable String text(LeadField field, int max, boolean required) {
            String value = raw(field);
            if (value == null) {
                if (required) {
                    error(field, field.label() + " is required.");
                }
                return null;
            }
            if (value.length() > max) {
                error(field, field.label() + " can have at most " + max + " characters (it has " + value.length()
                        + ").");
                return null;
            }
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                    error(field, field.label() + " contains a control character; check the file's encoding.");
                    return null;
                }
            }
            return value;
        }

        @Nullable String email() {
            String value = text(LeadField.EMAIL, MAX_EMAIL, false);
            if (value == null) {
                return null;
            }
            int at = value.indexOf('@');
            boolean ok = at > 0 && at == value.lastIndexOf('@') && at < value.length() - 1;
            String domain = ok ? value.substring(at + 1) : "";
            ok = ok && domain.contains(".") && !domain.startsWith(".") && !domain.endsWith(".")
                    && !domain.contains("..");
            for (int i = 0; ok && i < value.length(); i++) {
                char c = value.charAt(i);
                ok = !Character.isWhitespace(c) && c != ',' && c != ';' && c != '<' && c != '>' && c != '"';
            }
            if (!ok) {
                error(LeadField.EMAIL, "\"" + shorten(value) + "\" is not an email address.");
                return null;
            }
            return value;
        }

        @Nullable String phone() {
            String value = raw(LeadField.PHONE);
            if (value == null) {
                return null;
            }
            var digits = new StringBuilder();
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (Character.isDigit(c)) {
                    digits.append(c);
                } else if (" ()-.+".indexOf(c) < 0) {
                    error(LeadField.PHONE, "\"" + shorten(value) + "\" is not a US phone number (only digits, "
                            + "spaces and ( ) - . + are allowed).");
                    return null;
                }
            }
            String d = digits.toString();
            if (d.length() == 11 && d.charAt(0) == '1') {
                d = d.substring(1);
            }
            if (d.length() != 10 || d.charAt(0) < '2' || d.charAt(3) < '2') {
                error(LeadField.PHONE, "\"" + shorten(value) + "\" is not a valid US phone number: it needs ten "
                        + "digits, area code and exchange not starting with 0 or 1.");
                return null;
            }
            return d;
        }

        @Nullable String state() {
            String value = raw(LeadField.STATE);
            if (value == null) {
                error(LeadField.STATE, "State is required (two-letter code, e.g. CA): it decides which loan "
                        + "officers may work the lead.");
                return null;
            }
            var code = UsStates.parse(value);
            if (code.isEmpty()) {
                error(LeadField.STATE, "\"" + shorten(value) + "\" is not a US state or DC.");
                return null;
            }
            return code.get();
        }

        @Nullable String zip() {
            String value = raw(LeadField.ZIP);
            if (value == null) {
                return null;
            }
            String zip = value.length() == 10 && value.charAt(5) == '-' ? value.substring(0, 5) : value;
            if (zip.length() != 5 || !zip.chars().allMatch(Character::isDigit)) {
                String hint = zip.length() < 5 && zip.chars().allMatch(Character::isDigit)
                        ? " (a spreadsheet may have dropped leading zeros)" : "";
                error(LeadField.ZIP, "\"" + shorten(value) + "\" is not a ZIP code: five digits, or ZIP+4 as "
                        + "12345-6789" + hint + ".");
                return null;
            }
            return zip;
        }

        @Nullable LoanPurpose purpose() {
            String value = raw(LeadField.LOAN_PURPOSE);
            if (value == null) {
                error(LeadField.LOAN_PURPOSE, "Loan purpose is required: one of " + names(LoanPurpose.values())
                        + ".");
                return null;
            }
            String n = normalise(value);
            LoanPurpose p = switch (n) {
                case "PURCHASE", "BUY", "HOME_PURCHASE" -> LoanPurpose.PURCHASE;
                case "REFINANCE", "REFI", "RATE_TERM", "RATE_AND_TERM", "RATE_TERM_REFINANCE" -> LoanPurpose.REFINANCE;
                case "CASH_OUT_REFINANCE", "CASH_OUT", "CASHOUT", "CASH_OUT_REFI" -> LoanPurpose.CASH_OUT_REFINANCE;
                case "HOME_EQUITY", "HELOC", "HOME_EQUITY_LOAN", "HELOAN" -> LoanPurpose.HOME_EQUITY;
                default -> null;
            };
            if (p == null) {
                error(LeadField.LOAN_PURPOSE, "\"" + shorten(value) + "\" is not a loan purpose: use one of "
                        + names(LoanPurpose.values()) + ".");
            }
            return p;
        }

        @Nullable LoanProgram program(LeadField field) {
            String value = raw(field);
            if (value == null) {
                return null;
            }
            String n = normalise(value);
            LoanProgram p = switch (n) {
                case "CONVENTIONAL", "CONV", "CONFORMING" -> LoanProgram.CONVENTIONAL;
                case "FHA" -> LoanProgram.FHA;
                case "VA" -> LoanProgram.VA;
                case "USDA", "RURAL" -> LoanProgram.USDA;
                case "JUMBO", "NON_CONFORMING" -> LoanProgram.JUMBO;
                default -> null;
            };
            if (p == null) {
                error(field, "\"" + shorten(value) + "\" is not a loan program: use one of "
                        + names(LoanProgram.values()) + ".");
            }
            return p;
        }

        @Nullable CreditBand band(@Nullable Integer score) {
            String value = raw(LeadField.CREDIT_BAND);
            CreditBand given = null;
            if (value != null) {
                try {
                    given = CreditBand.valueOf(normalise(value));
                } catch (IllegalArgumentException e) {
                    error(LeadField.CREDIT_BAND, "\"" + shorten(value) + "\" is not a credit band: use one of "
                            + names(CreditBand.values()) + ".");
                    return null;
                }
            }
            if (score == null) {
                return given;
            }
            CreditBand derived = CreditBand.of(score);
            if (given != null && given != derived) {
                error(LeadField.CREDIT_BAND, "Credit band " + given + " contradicts credit score " + score + " ("
                        + derived + "); send one of them, or both in agreement.");
                return null;
            }
            return derived;
        }

        @Nullable Integer integer(LeadField field, int min, int max) {
            String value = raw(field);
            if (value == null) {
                return null;
            }
            try {
                String v = value.endsWith(".0") ? value.substring(0, value.length() - 2) : value;
                int n = Integer.parseInt(v);
                if (n < min || n > max) {
                    error(field, field.label() + " must be between " + min + " and " + max + " (got " + n + ").");
                    return null;
                }
                return n;
            } catch (NumberFormatException e) {
                error(field, field.label() + " must be a whole number (got \"" + shorten(value) + "\").");
                return null;
            }
        }

        @Nullable BigDecimal money(LeadField field, boolean zeroAllowed) {
            return money(field, zeroAllowed, MAX_MONEY);
        }

        @Nullable BigDecimal money(LeadField field, boolean zeroAllowed, BigDecimal max) {
            String value = raw(field);
            if (value == null) {
                return null;
            }
            String v = value.replace("$", "").replace(",", "").strip();
            try {
                var amount = new BigDecimal(v);
                if (amount.signum() < 0 || (!zeroAllowed && amount.signum() == 0)) {
                    error(field, field.label() + (zeroAllowed ? " cannot be negative." : " must be more than zero."));
                    return null;
                }
                if (amount.compareTo(max) >= 0) {
                    error(field, field.label() + " of " + shorten(value) + " is not plausible (less than $"
                            + String.format(Locale.US, "%,d", max.longValue()) + ").");
                    return null;
                }
                return amount.setScale(2, java.math.RoundingMode.HALF_UP);
            } catch (NumberFormatException e) {
                error(field, field.label() + " must be an amount in dollars, e.g. 85000 (got \"" + shorten(value)
                        + "\").");
                return null;
            }
        }

        @Nullable BigDecimal rate() {
            String value = raw(LeadField.CURRENT_RATE);
            if (value == null) {
                return null;
            }
            String v = value.endsWith("%") ? value.substring(0, value.length() - 1).strip() : value;
            try {
                var rate = new BigDecimal(v);
                if (rate.signum() > 0 && rate.compareTo(BigDecimal.ONE) < 0) {
                    error(LeadField.CURRENT_RATE, "Current note rate " + shorten(value) + " looks like a fraction; "
                            + "give it in percent, e.g. 6.875.");
                    return null;
                }
                if (rate.compareTo(BigDecimal.ONE) < 0 || rate.compareTo(new BigDecimal("20")) > 0) {
                    error(LeadField.CURRENT_RATE, "Current note rate must be between 1 and 20 percent (got "
                            + shorten(value) + ").");
                    return null;
                }
                if (rate.scale() > 3) {
                    error(LeadField.CURRENT_RATE, "Current note rate can have at most three decimals (got "
                            + shorten(value) + ").");
                    return null;
                }
                return rate.setScale(3);
            } catch (NumberFormatException e) {
                error(LeadField.CURRENT_RATE, "Current note rate must be a percentage, e.g. 6.875 (got \""
                        + shorten(value) + "\").");
                return null;
            }
        }

        @Nullable LocalDate originationDate() {
            String value = raw(LeadField.CURRENT_LOAN_ORIGINATED_ON);
            if (value == null) {
                return null;
            }
            LocalDate date;
            try {
                date = value.contains("/") ? LocalDate.parse(value, US_DATE) : LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                error(LeadField.CURRENT_LOAN_ORIGINATED_ON, "\"" + shorten(value) + "\" is not a date: use "
                        + "2019-05-03 (or 5/3/2019).");
                return null;
            }
            LocalDate today = LocalDate.now(clock);
            if (date.isAfter(today) || date.isBefore(OLDEST_ORIGINATION)) {
                error(LeadField.CURRENT_LOAN_ORIGINATED_ON, "The current loan cannot have been originated on "
                        + date + ": the date must lie between 1950 and today.");
                return null;
            }
            return date;
        }

        @Nullable Boolean bool(LeadField field) {
            String value = raw(field);
            if (value == null) {
                return null;
            }
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "y", "1", "x" -> true;
                case "false", "no", "n", "0" -> false;
                default -> {
                    error(field, field.label() + " must be true or false (got \"" + shorten(value) + "\").");
                    yield null;
                }
            };
        }

        @Nullable Instant instant(LeadField field) {
            String value = raw(field);
            if (value == null) {
                return null;
            }
            Instant at = parseInstant(value);
            if (at == null) {
                error(field, "\"" + shorten(value) + "\" is not a time: use ISO 8601 with an offset, e.g. "
                        + "2026-11-26T14:05:00Z.");
                return null;
            }
            if (at.isAfter(clock.instant().plus(Duration.ofMinutes(5)))) {
                error(field, field.label() + " " + value + " lies in the future.");
                return null;
            }
            return at;
        }
    }

    /** ISO instants with an offset, or a plain date/date-time taken as UTC (lists from spreadsheets lack offsets). */
    static @Nullable Instant parseInstant(String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            // try the next shape
        }
        try {
            return LocalDateTime.parse(value.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            // try the next shape
        }
        try {
            LocalDate date = value.contains("/") ? LocalDate.parse(value, US_DATE) : LocalDate.parse(value);
            return date.atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String normalise(String value) {
        var sb = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            sb.append(Character.isLetterOrDigit(c) ? Character.toUpperCase(c) : '_');
        }
        String n = sb.toString();
        while (n.contains("__")) {
            n = n.replace("__", "_");
        }
        return n;
    }

    private static String names(Enum<?>[] values) {
        var sb = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                sb.append(i == values.length - 1 ? " or " : ", ");
            }
            sb.append(values[i].name());
        }
        return sb.toString();
    }

    private static String shorten(String value) {
        return value.length() <= 60 ? value : value.substring(0, 57) + "…";
    }
}
