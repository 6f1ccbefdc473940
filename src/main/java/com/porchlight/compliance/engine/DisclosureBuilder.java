package com.porchlight.compliance.engine;

import com.porchlight.compliance.engine.Figures.Money;
import com.porchlight.compliance.engine.Figures.MoneyKind;
import com.porchlight.compliance.engine.Figures.PctKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Builds the Regulation Z disclosure sentence from the creative's own figures, so the fix a
 * reviewer inserts matches the ad; what the copy does not say becomes a [placeholder].
 */
final class DisclosureBuilder {
    private DisclosureBuilder() {
    }

    /** Standard amortisation: P·r / (1 − (1 + r)^−n), r the monthly rate; rounded half-up to cents. */
    static BigDecimal monthlyPayment(double principal, double annualRatePercent, int months) {
        double r = annualRatePercent / 100.0 / 12.0;
        double payment = r == 0 ? principal / months : principal * r / (1 - StrictMath.pow(1 + r, -months));
        return BigDecimal.valueOf(payment).setScale(2, RoundingMode.HALF_UP);
    }

    static String money(double v) {
        boolean whole = v == Math.rint(v) && v >= 1000;
        DecimalFormat f = new DecimalFormat(whole ? "#,##0" : "#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
        return "$" + f.format(v);
    }

    static String regZExample(Creative c) {
        return c.memo("regZExample", () -> computeRegZExample(c));
    }

    private static String computeRegZExample(Creative c) {
        String rate = firstPct(c, PctKind.RATE);
        String apr = firstPct(c, PctKind.APR);
        Integer months = c.parts.stream().flatMap(p -> p.terms.stream()).filter(t -> !t.armLabel())
                .map(Figures.Term::months).findFirst()
                .orElse(c.parts.stream().flatMap(p -> p.counts.stream()).map(Figures.Count::payments)
                        .findFirst().orElse(null));
        Double amount = loanAmount(c);
        String payment;
        if (rate != null && amount != null && months != null) {
            payment = money(monthlyPayment(amount, Double.parseDouble(rate), months).doubleValue());
        } else {
            payment = c.money(MoneyKind.PAYMENT).stream().map(a -> money(a.figure().value())).findFirst()
                    .orElse("$[payment]");
        }
        StringBuilder sb = new StringBuilder("Example: a ");
        sb.append(amount != null ? money(amount) : "$[loan amount]").append(" loan");
        if (months != null) {
            sb.append(" for ").append(months % 12 == 0 ? (months / 12) + " years" : months + " months");
        } else {
            sb.append(" for [term] years");
        }
        sb.append(" at a ").append(rate != null ? rate : "[interest rate]").append("% interest rate, ")
                .append(apr != null ? apr : "[APR]").append("% APR, has ")
                .append(months != null ? months : "[number of]").append(" monthly payments of ").append(payment)
                .append(" (principal and interest)");
        String down = c.pcts(Set.of(PctKind.DOWN)).stream().map(a -> a.part().w(a.figure().from()) + "%")
                .findFirst().orElse(c.money(MoneyKind.DOWN).stream().map(a -> money(a.figure().value()))
                        .findFirst().orElse(null));
        if (down != null) {
            sb.append(" with a ").append(down).append(" down payment");
        } else if (RegZRules.downPaymentApplies(c)) {
            sb.append(" with a [down payment]% down payment");
        }
        sb.append(". Payments do not include taxes and insurance; the actual payment obligation will be greater.");
        if (c.rateCanIncrease()) {
            sb.append(" The APR may increase after consummation.");
        }
        return sb.toString();
    }

    private static @Nullable String firstPct(Creative c, PctKind kind) {
        return c.pcts(Set.of(kind)).stream().map(a -> a.part().w(a.figure().from())).findFirst().orElse(null);
    }

    /** The largest plain dollar figure of $10,000 or more is taken as the loan amount. */
    static @Nullable Double loanAmount(Creative c) {
        return c.money(MoneyKind.OTHER).stream().map(a -> a.figure().value()).filter(v -> v >= 10_000)
                .max(Double::compare).orElse(null);
    }

    static boolean hasLargeAmount(PartText p) {
        for (Money m : p.money) {
            if (m.kind() == MoneyKind.OTHER && m.value() >= 10_000) {
                return true;
            }
        }
        return false;
    }
}
