package com.porchlight.creative.demo;

import com.porchlight.creative.ChecklistAnswer;
import com.porchlight.creative.CommentDraft;
import com.porchlight.creative.CreativeContent;
import com.porchlight.creative.CreativeDetail;
import com.porchlight.creative.CreativeField;
import com.porchlight.creative.CreativeService;
import com.porchlight.creative.HtmlSanitiser;
import com.porchlight.creative.ReviewChecklist;
import com.porchlight.rate.MarketRate;
import com.porchlight.rate.MarketRateService;
import com.porchlight.rate.RateEntry;
import com.porchlight.rate.RateProduct;
import com.porchlight.security.DemoMode;
import java.awt.Color;
import java.awt.Font;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * The demo profile's creatives, loaded once into an empty {@code creative} table: one per step of the workflow (draft,
 * submitted, in review, changes requested with comments, awaiting the CMO, approved, live, stale, retired), made
 * through {@link CreativeService} as the demo users, so every step is checked and is a real link in the audit chain.
 * {@code porchlight.demo-data.creatives=false} turns it off.
 */
@Component
@Conditional(DemoMode.On.class)
@Order(10)
class DemoCreatives implements ApplicationRunner {

    static final String ENABLED = "porchlight.demo-data.creatives";
    static final String MARKETER = "marketer@porchlight.demo";
    static final String COMPLIANCE = "compliance@porchlight.demo";
    static final String CMO = "cmo@porchlight.demo";
    private static final Logger log = LoggerFactory.getLogger(DemoCreatives.class);

    private final CreativeService creatives;
    private final MarketRateService rates;
    private final JdbcTemplate jdbc;
    private final Environment env;
    private final Clock clock;
    private final SecurityContextHolderStrategy security;

    DemoCreatives(CreativeService creatives, MarketRateService rates, JdbcTemplate jdbc, Environment env, Clock clock,
            ObjectProvider<SecurityContextHolderStrategy> security) {
        this.creatives = creatives;
        this.rates = rates;
        this.jdbc = jdbc;
        this.env = env;
        this.clock = clock;
        this.security = security.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!env.getProperty(ENABLED, Boolean.class, true)) {
            return;
        }
        if (!jdbc.queryForList("SELECT id FROM creative LIMIT 1", Long.class).isEmpty()) {
            log.debug("Demo creatives not loaded: the table already holds creatives");
            return;
        }
        int n = load();
        log.info("Demo data: {} creatives loaded", n);
    }

    /** Runs one step as a demo user. */
    private <T> T as(String email, String role, Supplier<T> step) {
        var previous = security.getContext();
        var context = security.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(email, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role))));
        security.setContext(context);
        try {
            return step.get();
        } finally {
            security.setContext(previous);
        }
    }

    private CreativeDetail draft(String name, CreativeContent content) {
        return as(MARKETER, "MARKETER", () -> {
            CreativeDetail created = creatives.create(name, content.channel());
            return creatives.saveDraft(created.id(), created.summary().version(), content);
        });
    }

    private CreativeDetail submit(CreativeDetail d) {
        return as(MARKETER, "MARKETER", () -> creatives.submit(d.id(), d.summary().version()));
    }

    private CreativeDetail claim(CreativeDetail d) {
        return as(COMPLIANCE, "COMPLIANCE", () -> creatives.claim(d.id()));
    }

    private CreativeDetail approveCompliance(CreativeDetail d) {
        Map<Integer, ChecklistAnswer> answers = new HashMap<>();
        for (ReviewChecklist.Item item : ReviewChecklist.forChannel(d.summary().channel())) {
            answers.put(item.number(), new ChecklistAnswer(ChecklistAnswer.Answer.YES, null));
        }
        return as(COMPLIANCE, "COMPLIANCE", () -> creatives.approveCompliance(d.id(), d.hash(), answers,
                "Checked against the advertiser profile and today's rate sheet."));
    }

    private CreativeDetail approveCmo(CreativeDetail d) {
        return as(CMO, "CMO", () -> creatives.approveCmo(d.id(), d.hash(), "On brand; approved for the campaign."));
    }

    private CreativeDetail approved(CreativeDetail d) {
        CreativeDetail c = approveCompliance(claim(submit(d)));
        return c.cmoRequired() ? approveCmo(c) : c;
    }

    /** One demo creative; a failure is logged and the others still load (demo data must not stop the app). */
    private int step(String name, Runnable work) {
        try {
            work.run();
            return 1;
        } catch (RuntimeException e) {
            log.warn("Demo creative \"{}\" not loaded: {}", name, e.getMessage());
            return 0;
        }
    }

    int load() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        int n = 0;
        n += step("Spring first-time buyer email", () -> {
            CreativeDetail spring = approved(draft("Spring first-time buyer email",
                    DemoCreativeContent.firstTimeBuyerEmail()));
            CreativeDetail live = as(MARKETER, "MARKETER", () -> creatives.goLive(spring.id(), spring.hash()));
            as(MARKETER, "MARKETER", () -> creatives.setExpiry(live.id(), live.summary().version(),
                    today.plusDays(45)));
        });
        // A draft whose copy the pre-check blocks: it opens with its findings.
        n += step("Summer rate promo", () -> draft("Summer rate promo email", DemoCreativeContent.summerPromoEmail()));
        n += step("Past-client check-in text", () -> draft("Past-client check-in text", DemoCreativeContent.refiSms()));
        n += step("Purchase search ad", () -> submit(draft("Purchase search ad \u2014 Texas",
                DemoCreativeContent.purchaseSearchAd())));
        n += step("VA loans social ad", () -> claim(submit(draft("VA loans social ad",
                DemoCreativeContent.vaSocialAd()))));
        n += step("Move-up buyer landing page", () -> {
            CreativeDetail landing = claim(submit(draft("Move-up buyer landing page",
                    DemoCreativeContent.moveUpLandingPage())));
            String body = HtmlSanitiser.visibleText(landing.current().content().text(CreativeField.BODY));
            String claim = "We close most purchase loans in 21 days.";
            int at = Math.max(0, body.indexOf(claim));
            as(COMPLIANCE, "COMPLIANCE", () -> creatives.requestChanges(landing.id(), landing.hash(), List.of(
                    CommentDraft.onPassage(CreativeField.BODY, 0, at, at + claim.length(),
                            "A closing-time claim needs substantiation (catalog 14.14). Do we have last quarter's "
                                    + "figures? Otherwise soften it to \"Our loan officers work to close on time.\""),
                    CommentDraft.general("Otherwise fine. Please also add the CA lender licence line before it "
                            + "runs in California."))));
        });
        n += step("Open house display banner", () -> {
            String sha = as(MARKETER, "MARKETER", () -> creatives.uploadImage("open-house-banner.png",
                    bannerImage())).sha256();
            approveCompliance(claim(submit(draft("Open house display banner",
                    DemoCreativeContent.openHouseBanner().withImage(sha)))));
        });
        n += step("Homebuyer seminar postcard", () -> approved(draft("Homebuyer seminar postcard",
                DemoCreativeContent.seminarPostcard())));
        // Approved, then the jumbo rate moved: stale, it cannot go live until the quote is current.
        n += step("Jumbo rate flyer", () -> {
            MarketRate jumbo = as(MARKETER, "MARKETER", () -> rates.current(RateProduct.JUMBO_30_FIXED))
                    .orElseThrow(() -> new IllegalStateException("no jumbo market rate"));
            approved(draft("Jumbo rate flyer for realtor partners",
                    DemoCreativeContent.jumboFlyer(jumbo.rate(), jumbo.apr())));
            BigDecimal moved = jumbo.rate().add(new BigDecimal("0.375"));
            BigDecimal movedApr = jumbo.apr().add(new BigDecimal("0.375"));
            as(MARKETER, "MARKETER", () -> rates.record(new RateEntry(RateProduct.JUMBO_30_FIXED, moved, movedApr,
                    null, 740, new BigDecimal("80"), BigDecimal.ZERO, "Demo: jumbo repriced after the Fed meeting"),
                    false));
        });
        n += step("Winter refinance email", () -> {
            CreativeDetail old = approved(draft("Winter refinance email", DemoCreativeContent.winterRefiEmail()));
            as(MARKETER, "MARKETER", () -> creatives.retire(old.id(), "Seasonal campaign ended; replaced by the "
                    + "spring email."));
        });
        return n;
    }

    /** A simple 600×300 banner picture, drawn rather than shipped as a file. */
    static byte[] bannerImage() {
        var img = new BufferedImage(600, 300, BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(0x12324f));
            g.fillRect(0, 0, 600, 300);
            g.setColor(new Color(0xf5b83d));
            int[] xs = {300, 420, 180};
            int[] ys = {60, 150, 150};
            g.fillPolygon(xs, ys, 3);
            g.fillRect(210, 150, 180, 110);
            g.setColor(new Color(0x12324f));
            g.fillRect(280, 195, 40, 65);
            g.setColor(Color.WHITE);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 28));
            g.drawString("OPEN HOUSE", 24, 44);
        } finally {
            g.dispose();
        }
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }
}
