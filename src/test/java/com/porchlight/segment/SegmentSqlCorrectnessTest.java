package com.porchlight.segment;

import static org.assertj.core.api.Assertions.assertThat;

import com.porchlight.KaribuTest;
import com.porchlight.lead.EventType;
import com.porchlight.rate.RateProduct;
import com.porchlight.segment.rule.ActivityCondition;
import com.porchlight.segment.rule.Combinator;
import com.porchlight.segment.rule.CompiledRule;
import com.porchlight.segment.rule.FieldCondition;
import com.porchlight.segment.rule.LeadAttribute;
import com.porchlight.segment.rule.LeadFacts;
import com.porchlight.segment.rule.Operator;
import com.porchlight.segment.rule.RateTrigger;
import com.porchlight.segment.rule.Rule;
import com.porchlight.segment.rule.RuleContext;
import com.porchlight.segment.rule.RuleEvaluator;
import com.porchlight.segment.rule.RuleGroup;
import com.porchlight.segment.rule.RuleReferences;
import com.porchlight.segment.rule.RuleSummary;
import com.porchlight.segment.rule.RuleValidator;
import com.porchlight.segment.rule.SqlCompiler;
import com.porchlight.segment.rule.ValueKind;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The compiled SQL and the in-Java evaluation of the same rule must pick exactly the same leads, on the few thousand
 * generated demo leads (with their events) in the real MariaDB: a fixed list of rules covering every operator and
 * condition kind, and a few hundred random nested rules built from values that occur in the data.
 */
class SegmentSqlCorrectnessTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    private List<LeadFacts> leads;
    private RuleContext context;

    @BeforeEach
    void load() {
        leads = AllLeadFacts.load(jdbc);
        // "Now" a little after the newest lead, so day windows cut through the data; rates near the note rates.
        Instant newest = leads.stream().map(LeadFacts::receivedAt).max(Instant::compareTo).orElseThrow();
        context = new RuleContext(newest.plus(Duration.ofHours(7)), Map.of(
                RateProduct.CONV_30_FIXED, new BigDecimal("6.125"), RateProduct.CONV_15_FIXED, new BigDecimal("5.500"),
                RateProduct.FHA_30_FIXED, new BigDecimal("5.875"), RateProduct.VA_30_FIXED, new BigDecimal("5.750"),
                RateProduct.JUMBO_30_FIXED, new BigDecimal("6.250")));
    }

    @Test
    void the_demo_data_is_big_enough_to_mean_something() {
        assertThat(leads).hasSizeGreaterThan(2000);
        assertThat(leads.stream().mapToInt(l -> l.events().size()).sum()).isGreaterThan(10_000);
    }

    @Test
    void hand_picked_rules_select_the_same_leads_in_sql_and_in_java() {
        List<RuleGroup> rules = List.of(
                RuleGroup.all(f(LeadAttribute.LOAN_PURPOSE, Operator.IS_ANY_OF, "REFINANCE", "CASH_OUT_REFINANCE"),
                        new RateTrigger(50)),
                RuleGroup.all(new RateTrigger(0)),
                RuleGroup.all(new RateTrigger(125), f(LeadAttribute.EMAILABLE, Operator.IS, "true")),
                RuleGroup.all(f(LeadAttribute.CREDIT_BAND, Operator.AT_LEAST, "GOOD")),
                RuleGroup.all(f(LeadAttribute.CREDIT_BAND, Operator.AT_MOST, "FAIR")),
                RuleGroup.all(f(LeadAttribute.CREDIT_BAND, Operator.IS_NONE_OF, "EXCELLENT")),
                RuleGroup.all(f(LeadAttribute.LOAN_PROGRAM, Operator.IS_EMPTY)),
                RuleGroup.all(f(LeadAttribute.LOAN_PROGRAM, Operator.IS_NONE_OF, "FHA", "VA")),
                RuleGroup.all(f(LeadAttribute.DTI, Operator.BETWEEN, "20", "43")),
                RuleGroup.all(f(LeadAttribute.LTV, Operator.AT_LEAST, "80.5")),
                RuleGroup.all(f(LeadAttribute.ANNUAL_INCOME, Operator.AT_MOST, "85000")),
                RuleGroup.all(f(LeadAttribute.CREDIT_SCORE, Operator.BETWEEN, "680", "739")),
                RuleGroup.all(f(LeadAttribute.CURRENT_RATE, Operator.IS_NOT_EMPTY)),
                RuleGroup.all(f(LeadAttribute.FIRST_TIME_BUYER, Operator.IS, "true"),
                        f(LeadAttribute.VETERAN, Operator.IS, "false")),
                RuleGroup.all(f(LeadAttribute.ZIP, Operator.STARTS_WITH_ANY, "9", "10", "606")),
                RuleGroup.all(f(LeadAttribute.ASSIGNED_LO, Operator.IS_EMPTY)),
                RuleGroup.all(f(LeadAttribute.RECEIVED_DATE, Operator.IN_LAST_DAYS, "30")),
                RuleGroup.all(f(LeadAttribute.RECEIVED_DATE, Operator.ON_OR_BEFORE, day(-60))),
                RuleGroup.all(f(LeadAttribute.RECEIVED_DATE, Operator.BETWEEN, day(-120), day(-30))),
                RuleGroup.all(f(LeadAttribute.DAYS_SINCE_RECEIVED, Operator.BETWEEN, "10", "45")),
                RuleGroup.all(f(LeadAttribute.DAYS_SINCE_ACTIVITY, Operator.AT_MOST, "14")),
                RuleGroup.all(f(LeadAttribute.DAYS_SINCE_ACTIVITY, Operator.AT_LEAST, "90")),
                RuleGroup.all(f(LeadAttribute.DAYS_SINCE_ACTIVITY, Operator.IS_EMPTY)),
                RuleGroup.all(ActivityCondition.atLeast(2, EventType.RATE_QUOTE, 30)),
                RuleGroup.all(ActivityCondition.atLeast(3, EventType.EMAIL_OPEN, 90)),
                RuleGroup.all(ActivityCondition.atLeast(1, null, 14)),
                RuleGroup.all(ActivityCondition.atLeast(5, null, 60)),
                RuleGroup.all(ActivityCondition.noEvents(null, 90)),
                RuleGroup.all(ActivityCondition.noEvents(EventType.EMAIL_OPEN, 60)),
                RuleGroup.none(f(LeadAttribute.STAGE, Operator.IS_ANY_OF, "LOST", "FUNDED"),
                        f(LeadAttribute.DTI, Operator.AT_LEAST, "45")),
                RuleGroup.all(f(LeadAttribute.STATE, Operator.IS_ANY_OF, "CA", "TX", "FL"),
                        RuleGroup.any(f(LeadAttribute.SMS_OK, Operator.IS, "true"),
                                RuleGroup.none(f(LeadAttribute.CALLABLE, Operator.IS, "true"),
                                        ActivityCondition.atLeast(1, EventType.CALL, 365)))),
                RuleGroup.all(f(LeadAttribute.COUNTY, Operator.IS_ANY_OF, anyCounty().toUpperCase())),
                RuleGroup.all(f(LeadAttribute.COUNTY, Operator.IS_NONE_OF, anyCounty())));
        for (RuleGroup rule : rules) {
            assertSameLeads(rule);
        }
    }

    @Test
    void random_nested_rules_select_the_same_leads_in_sql_and_in_java() {
        Random random = new Random(20261126);
        Values values = new Values();
        RuleValidator validator = new RuleValidator(RuleReferences.IDS_ONLY);
        int checked = 0;
        while (checked < 300) {
            RuleGroup rule = (RuleGroup) randomGroup(random, values, 1);
            if (!validator.validate(rule).isEmpty()) {
                continue;
            }
            assertSameLeads(rule);
            checked++;
        }
    }

    private void assertSameLeads(RuleGroup rule) {
        CompiledRule sql = SqlCompiler.compile(rule, context);
        Set<Long> bySql = new TreeSet<>(jdbc.queryForList("SELECT l.id FROM leads l WHERE " + sql.where(), Long.class,
                sql.paramArray()));
        RuleEvaluator evaluator = new RuleEvaluator(context);
        Set<Long> byJava = leads.stream().filter(l -> evaluator.matches(rule, l)).map(LeadFacts::id)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(bySql).as(new RuleSummary(RuleReferences.IDS_ONLY).describe(rule) + "\n" + sql.where())
                .isEqualTo(byJava);
    }

    // ---- random rules from values that occur in the data ---------------------------------------------------------

    private final class Values {
        final List<String> states = distinct("state");
        final List<String> zips = distinct("zip");
        final List<String> sources = distinct("source_id");
        final List<String> officers = distinct("assigned_lo_id");
        final List<String> counties = distinct("county");

        private List<String> distinct(String column) {
            return jdbc.queryForList("SELECT DISTINCT " + column + " FROM leads WHERE " + column
                    + " IS NOT NULL ORDER BY 1 LIMIT 60", String.class);
        }
    }

    private Rule randomGroup(Random r, Values v, int depth) {
        int n = 1 + r.nextInt(3);
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rules.add(depth < 3 && r.nextInt(4) == 0 ? randomGroup(r, v, depth + 1) : randomCondition(r, v));
        }
        Combinator c = depth == 1 ? Combinator.ALL : Combinator.values()[r.nextInt(3)];
        return new RuleGroup(c, rules);
    }

    private Rule randomCondition(Random r, Values v) {
        int kind = r.nextInt(10);
        if (kind == 0) {
            EventType t = r.nextBoolean() ? null : EventType.values()[r.nextInt(EventType.values().length)];
            int days = 1 + r.nextInt(180);
            return r.nextInt(3) == 0 ? ActivityCondition.noEvents(t, days)
                    : ActivityCondition.atLeast(1 + r.nextInt(4), t, days);
        }
        if (kind == 1) {
            return new RateTrigger(r.nextInt(150));
        }
        LeadAttribute a = LeadAttribute.values()[r.nextInt(LeadAttribute.values().length)];
        List<Operator> ops = List.copyOf(a.operators());
        Operator op = ops.get(r.nextInt(ops.size()));
        return new FieldCondition(a, op, randomValues(r, v, a, op));
    }

    private List<String> randomValues(Random r, Values v, LeadAttribute a, Operator op) {
        return switch (op.arity()) {
            case NONE -> List.of();
            case ONE -> List.of(op == Operator.IN_LAST_DAYS ? Integer.toString(1 + r.nextInt(200)) : one(r, v, a));
            case TWO -> {
                String x = one(r, v, a);
                String y = one(r, v, a);
                yield lessOrEqual(a, x, y) ? List.of(x, y) : List.of(y, x);
            }
            case SOME -> {
                List<String> list = new ArrayList<>();
                for (int i = 0, k = 1 + r.nextInt(3); i < k; i++) {
                    list.add(one(r, v, a));
                }
                yield list;
            }
        };
    }

    private String one(Random r, Values v, LeadAttribute a) {
        return switch (a) {
            case STATE -> pick(r, v.states);
            case ZIP -> {
                String zip = pick(r, v.zips);
                yield zip.substring(0, 1 + r.nextInt(zip.length()));
            }
            case SOURCE -> pick(r, v.sources);
            case ASSIGNED_LO -> pick(r, v.officers);
            case COUNTY -> pick(r, v.counties);
            case CREDIT_SCORE -> Integer.toString(550 + r.nextInt(280));
            case ANNUAL_INCOME -> Integer.toString(30_000 + r.nextInt(250_000));
            case DTI -> (10 + r.nextInt(45)) + "." + r.nextInt(100);
            case LTV -> (40 + r.nextInt(60)) + "." + r.nextInt(10);
            case LOAN_AMOUNT, PROPERTY_VALUE -> Integer.toString(80_000 + r.nextInt(1_200_000));
            case CURRENT_RATE -> (3 + r.nextInt(5)) + "." + r.nextInt(1000);
            case RECEIVED_DATE -> day(-r.nextInt(400));
            case DAYS_SINCE_RECEIVED, DAYS_SINCE_ACTIVITY -> Integer.toString(r.nextInt(200));
            default -> a.kind() == ValueKind.BOOLEAN ? Boolean.toString(r.nextBoolean())
                    : pick(r, a.choices().stream().map(LeadAttribute.Choice::value).toList());
        };
    }

    private static boolean lessOrEqual(LeadAttribute a, String x, String y) {
        return switch (a.kind()) {
            case DATE -> x.compareTo(y) <= 0;
            case DAYS -> Integer.parseInt(x) <= Integer.parseInt(y);
            default -> new BigDecimal(x).compareTo(new BigDecimal(y)) <= 0;
        };
    }

    private static String pick(Random r, List<String> list) {
        return list.get(r.nextInt(list.size()));
    }

    private String anyCounty() {
        return leads.stream().map(LeadFacts::county).filter(c -> c != null).findFirst().orElseThrow();
    }

    private String day(int offset) {
        return LocalDate.ofInstant(context.now(), ZoneOffset.UTC).plusDays(offset).toString();
    }

    private static FieldCondition f(LeadAttribute a, Operator op, String... values) {
        return FieldCondition.of(a, op, values);
    }

}
