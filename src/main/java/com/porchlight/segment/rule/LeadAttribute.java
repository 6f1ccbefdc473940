package com.porchlight.segment.rule;

import com.porchlight.base.UsStates;
import com.porchlight.lead.CreditBand;
import com.porchlight.lead.LoanProgram;
import com.porchlight.lead.LoanPurpose;
import com.porchlight.lead.Stage;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The lead fields a condition can test, each with its column of {@code leads}, its kind of value and whether it can be
 * empty. The key is what saved rules store; a field is never renamed, only added (an old key that disappears is
 * reported by {@link RuleJson} as an {@link UnknownRule}).
 */
public enum LeadAttribute {
    STAGE("stage", "Stage", "stage", ValueKind.CHOICE, false, names(Stage.values(), Stage::label)),
    SOURCE("source", "Lead source", "source_id", ValueKind.REFERENCE, false, null),
    STATE("state", "State", "state", ValueKind.CHOICE, false, states()),
    COUNTY("county", "County", "county", ValueKind.TEXT, true, null),
    ZIP("zip", "ZIP code", "zip", ValueKind.PREFIX, true, null),
    LOAN_PURPOSE("loanPurpose", "Loan purpose", "loan_purpose", ValueKind.CHOICE, false,
            names(LoanPurpose.values(), LoanPurpose::label)),
    LOAN_PROGRAM("loanProgram", "Loan program", "loan_program", ValueKind.CHOICE, true,
            names(LoanProgram.values(), LoanProgram::label)),
    CREDIT_BAND("creditBand", "Credit band", "credit_band", ValueKind.RANKED_CHOICE, true,
            names(CreditBand.values(), CreditBand::label)),
    CREDIT_SCORE("creditScore", "Credit score", "credit_score", ValueKind.NUMBER, true, null),
    ANNUAL_INCOME("annualIncome", "Annual income", "annual_income", ValueKind.NUMBER, true, null),
    DTI("dti", "DTI %", "dti", ValueKind.NUMBER, true, null),
    LTV("ltv", "LTV %", "ltv", ValueKind.NUMBER, true, null),
    LOAN_AMOUNT("loanAmount", "Loan amount", "loan_amount", ValueKind.NUMBER, true, null),
    PROPERTY_VALUE("propertyValue", "Property value", "property_value", ValueKind.NUMBER, true, null),
    CURRENT_RATE("currentRate", "Current note rate %", "current_rate", ValueKind.NUMBER, true, null),
    FIRST_TIME_BUYER("firstTimeBuyer", "First-time buyer", "first_time_buyer", ValueKind.BOOLEAN, false, null),
    VETERAN("veteran", "Veteran", "veteran", ValueKind.BOOLEAN, false, null),
    ASSIGNED_LO("assignedLoanOfficer", "Assigned loan officer", "assigned_lo_id", ValueKind.REFERENCE, true, null),
    RECEIVED_DATE("receivedDate", "Received date", "received_at", ValueKind.DATE, false, null),
    DAYS_SINCE_RECEIVED("daysSinceReceived", "Days since received", "received_at", ValueKind.DAYS, false, null),
    DAYS_SINCE_ACTIVITY("daysSinceActivity", "Days since last activity", "last_activity_at", ValueKind.DAYS, true,
            null),
    EMAILABLE("emailable", "Emailable", "emailable", ValueKind.BOOLEAN, false, null),
    SMS_OK("smsOk", "SMS-able", "sms_ok", ValueKind.BOOLEAN, false, null),
    CALLABLE("callable", "Callable", "callable", ValueKind.BOOLEAN, false, null);

    /** A value a {@link ValueKind#CHOICE} field can take: the stored name and the label people read. */
    public record Choice(String value, String label) {
    }

    private final String key;
    private final String label;
    private final String column;
    private final ValueKind kind;
    private final boolean optional;
    private final @Nullable List<Choice> choices;

    LeadAttribute(String key, String label, String column, ValueKind kind, boolean optional,
            @Nullable List<Choice> choices) {
        this.key = key;
        this.label = label;
        this.column = column;
        this.kind = kind;
        this.optional = optional;
        this.choices = choices;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** The column of {@code leads} (a constant of this enum, never user input). */
    String column() {
        return column;
    }

    public ValueKind kind() {
        return kind;
    }

    /** Whether the field can be empty on a lead (then "is empty" / "is not empty" are offered). */
    public boolean optional() {
        return optional;
    }

    /** The values of a choice field, best first for a ranked one; empty for other kinds. */
    public List<Choice> choices() {
        return choices == null ? List.of() : choices;
    }

    public String choiceLabel(String value) {
        return choices().stream().filter(c -> c.value().equals(value)).map(Choice::label).findFirst().orElse(value);
    }

    /** The operators this field offers, in menu order. */
    public Set<Operator> operators() {
        Set<Operator> ops = EnumSet.copyOf(kind.baseOperators());
        if (optional && kind != ValueKind.BOOLEAN) {
            ops.add(Operator.IS_EMPTY);
            ops.add(Operator.IS_NOT_EMPTY);
        }
        return ops;
    }

    public static @Nullable LeadAttribute byKey(String key) {
        for (LeadAttribute a : values()) {
            if (a.key.equals(key)) {
                return a;
            }
        }
        return null;
    }

    private static <E extends Enum<E>> List<Choice> names(E[] values, Function<E, String> label) {
        return Arrays.stream(values).map(v -> new Choice(v.name(), label.apply(v))).toList();
    }

    private static List<Choice> states() {
        return UsStates.codes().stream().sorted().map(c -> new Choice(c, c + " — " + UsStates.name(c))).toList();
    }
}
