package com.porchlight.creative.ui;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.porchlight.KaribuTest;
import com.porchlight.compliance.engine.Channel;
import com.porchlight.compliance.engine.Finding;
import com.porchlight.compliance.engine.LoanPurpose;
import com.porchlight.compliance.engine.ProductType;
import com.porchlight.compliance.engine.Program;
import com.porchlight.compliance.engine.RateType;
import com.porchlight.compliance.engine.Severity;
import com.porchlight.creative.ChecklistAnswer;
import com.porchlight.creative.CreativeContent;
import com.porchlight.creative.CreativeFixtures;
import com.porchlight.creative.CreativeDetail;
import com.porchlight.creative.CreativeField;
import com.porchlight.creative.CreativeService;
import com.porchlight.creative.CreativeSetup;
import com.porchlight.creative.ReviewChecklist;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Creatives in each state of the workflow, made through the service as the people involved would. */
abstract class ReviewTestSupport extends KaribuTest {

    static final String FOOTER = CreativeFixtures.FOOTER;
    static final String FOOTER_WITHOUT_NMLS = "Harbor Light Home Loans, LLC, 100 Main Street, Suite 200, Sacramento, "
            + "CA 95814. Equal Housing Opportunity. This is an advertisement. To stop receiving these emails, "
            + "unsubscribe here.";

    @Autowired
    CreativeService creatives;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOutAfter() {
        logout();
    }

    static CreativeContent cleanEmail() {
        return CreativeFixtures.cleanEmail();
    }

    static CreativeContent cleanSms() {
        return CreativeFixtures.cleanSms();
    }

    static CreativeContent emailWithoutNmls() {
        return cleanEmail().with(CreativeField.FOOTER, FOOTER_WITHOUT_NMLS);
    }

    CreativeDetail drafted(String name, CreativeContent content) {
        authenticateAs(MARKETER);
        CreativeDetail created = creatives.create(name, content.channel());
        CreativeDetail saved = creatives.saveDraft(created.id(), created.summary().version(), content);
        logout();
        return saved;
    }

    CreativeDetail submitted(String name, CreativeContent content) {
        CreativeDetail d = drafted(name, content);
        authenticateAs(MARKETER);
        CreativeDetail s = creatives.submit(d.id(), d.summary().version());
        logout();
        return s;
    }

    /** A draft whose BLOCK findings compliance overrode, then submitted. */
    CreativeDetail submittedWithOverrides(String name) {
        CreativeDetail d = drafted(name, emailWithoutNmls());
        authenticateAs(COMPLIANCE);
        for (Finding f : blocking(d)) {
            creatives.overrideFinding(d.id(), d.hash(), f, "The NMLS ID is printed on the envelope of this mailing.");
        }
        logout();
        authenticateAs(MARKETER);
        CreativeDetail s = creatives.submit(d.id(), creatives.get(d.id()).summary().version());
        logout();
        return s;
    }

    List<Finding> blocking(CreativeDetail d) {
        boolean signedOut = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication() == null;
        if (signedOut) {
            authenticateAs(MARKETER);
        }
        try {
            return creatives.check(d.current().content()).findings().stream()
                    .filter(f -> f.severity() == Severity.BLOCK).toList();
        } finally {
            if (signedOut) {
                logout();
            }
        }
    }

    CreativeDetail claimed(CreativeDetail d) {
        authenticateAs(COMPLIANCE);
        CreativeDetail c = creatives.claim(d.id());
        logout();
        return c;
    }

    CreativeDetail complianceApproved(CreativeDetail d) {
        authenticateAs(COMPLIANCE);
        creatives.claim(d.id());
        CreativeDetail c = creatives.approveCompliance(d.id(), d.hash(), allYes(d.summary().channel()),
                "Checked against today's rate sheet");
        logout();
        return c;
    }

    static Map<Integer, ChecklistAnswer> allYes(Channel channel) {
        Map<Integer, ChecklistAnswer> answers = new HashMap<>();
        for (ReviewChecklist.Item item : ReviewChecklist.forChannel(channel)) {
            answers.put(item.number(), new ChecklistAnswer(ChecklistAnswer.Answer.YES, null));
        }
        return answers;
    }

    CreativeDetail fresh(long id) {
        authenticateAs(COMPLIANCE);
        CreativeDetail d = creatives.get(id);
        logout();
        return d;
    }

    static String notifications() {
        return String.join(" ", NotificationsKt.getNotifications().stream()
                .map(n -> n.getElement().getProperty("text", "") + " " + n.getElement().getTextRecursively())
                .toList());
    }

    static String unique(String prefix) {
        return prefix + " " + System.nanoTime();
    }
}
