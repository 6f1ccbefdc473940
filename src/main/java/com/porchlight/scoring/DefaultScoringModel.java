package com.porchlight.scoring;

import com.porchlight.lead.EventType;
import com.porchlight.segment.rule.FieldCondition;
import com.porchlight.segment.rule.LeadAttribute;
import com.porchlight.segment.rule.Operator;
import com.porchlight.segment.rule.RateTrigger;
import com.porchlight.segment.rule.RuleGroup;
import java.util.List;

/**
 * The model a new installation starts with: what a mortgage marketing team would write on day one. Fit rewards credit,
 * affordability (DTI), equity (LTV), a loan worth originating and a refinance that the market now favours, and
 * penalises what cannot close; intent rewards the steps borrowers take on the way to an application, capped so one
 * noisy channel cannot make an MQL alone. No lead reaches the threshold (65) on fit alone (at most 52): an MQL has
 * shown intent.
 */
final class DefaultScoringModel {

    private DefaultScoringModel() {
    }

    static ScoringModel create() {
        List<FitRule> fit = List.of(
                fit("Credit excellent (740+)", 20, is(LeadAttribute.CREDIT_BAND, "EXCELLENT")),
                fit("Credit good (680–739)", 12, is(LeadAttribute.CREDIT_BAND, "GOOD")),
                fit("Credit fair (620–679)", 4, is(LeadAttribute.CREDIT_BAND, "FAIR")),
                fit("Credit poor (below 620)", -10, is(LeadAttribute.CREDIT_BAND, "POOR")),
                fit("DTI 36 % or less", 8, FieldCondition.of(LeadAttribute.DTI, Operator.AT_MOST, "36")),
                fit("DTI above 50 %", -10, FieldCondition.of(LeadAttribute.DTI, Operator.AT_LEAST, "50.01")),
                fit("LTV 80 % or less", 6, FieldCondition.of(LeadAttribute.LTV, Operator.AT_MOST, "80")),
                fit("Loan amount $150,000 or more", 5,
                        FieldCondition.of(LeadAttribute.LOAN_AMOUNT, Operator.AT_LEAST, "150000")),
                fit("First-time buyer", 3, FieldCondition.of(LeadAttribute.FIRST_TIME_BUYER, Operator.IS, "true")),
                fit("Veteran asking about VA", 5, RuleGroup.all(
                        FieldCondition.of(LeadAttribute.VETERAN, Operator.IS, "true"),
                        is(LeadAttribute.LOAN_PROGRAM, "VA"))),
                fit("Refinance with note rate ≥ 0.50 pts above today's", 10, RuleGroup.all(
                        FieldCondition.of(LeadAttribute.LOAN_PURPOSE, Operator.IS_ANY_OF, "REFINANCE",
                                "CASH_OUT_REFINANCE"),
                        new RateTrigger(50))),
                fit("In a state where no loan officer is licensed", -40, FieldCondition.of(LeadAttribute.STATE,
                        Operator.IS_ANY_OF, "AK", "HI", "MT", "ND", "SD", "VT", "WY")));
        List<IntentRule> intent = List.of(
                new IntentRule(EventType.APPLICATION_START, 25, 25, 30),
                new IntentRule(EventType.PREQUAL_FORM, 20, 20, 60),
                new IntentRule(EventType.RATE_QUOTE, 15, 30, 90),
                new IntentRule(EventType.CALL, 10, 20, 30),
                new IntentRule(EventType.SMS_REPLY, 8, 16, 30),
                new IntentRule(EventType.WEBINAR, 8, 8, 90),
                new IntentRule(EventType.CALCULATOR, 5, 15, 30),
                new IntentRule(EventType.DOCUMENT_DOWNLOAD, 5, 10, 60),
                new IntentRule(EventType.EMAIL_CLICK, 4, 12, 60),
                new IntentRule(EventType.EMAIL_OPEN, 1, 5, 60),
                new IntentRule(EventType.PAGE_VIEW, 1, 5, 14));
        return new ScoringModel(fit, intent, ScoringModel.DEFAULT_DECAY, false, ScoringModel.DEFAULT_THRESHOLD);
    }

    private static FitRule fit(String name, int points, FieldCondition condition) {
        return new FitRule(name, RuleGroup.all(condition), points);
    }

    private static FitRule fit(String name, int points, RuleGroup condition) {
        return new FitRule(name, condition, points);
    }

    private static FieldCondition is(LeadAttribute field, String value) {
        return FieldCondition.of(field, Operator.IS_ANY_OF, value);
    }
}
