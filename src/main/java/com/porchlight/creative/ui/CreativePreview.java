package com.porchlight.creative.ui;

import com.porchlight.creative.ChannelLayout;
import com.porchlight.creative.CreativeContent;
import com.porchlight.creative.CreativeField;
import com.porchlight.creative.CreativeService;
import com.porchlight.creative.HtmlSanitiser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;

/**
 * The creative as the customer meets it: an email in a mail client, a text in a chat, a search result, a feed card,
 * a banner, a printed page, a landing page. Author HTML is shown only after {@link HtmlSanitiser#sanitise}, inside a
 * container of its own; what the sanitiser removed is said above it. Read-only; the history panel reuses it for old
 * versions.
 */
class CreativePreview extends Div {

    private final CreativeService creatives;
    private final CreativeContent content;
    private final List<String> removed = new ArrayList<>();
    private int rotation;
    private final Div stage = new Div();

    CreativePreview(CreativeService creatives, CreativeContent content) {
        this.creatives = creatives;
        this.content = content;
        addClassName("pl-cp");
        getElement().setAttribute("data-channel", content.channel().name());
        stage.addClassName("pl-cp-stage");
        render();
    }

    private void render() {
        removeAll();
        stage.removeAll();
        removed.clear();
        switch (content.channel()) {
            case EMAIL -> email();
            case SMS -> sms();
            case SEARCH_AD -> searchAd();
            case SOCIAL_AD -> socialAd();
            case DISPLAY_AD -> displayAd();
            case PRINT, CO_MARKETING -> page();
            case LANDING_PAGE -> landingPage();
        }
        if (!removed.isEmpty()) {
            var note = new Paragraph("Removed for safety before preview: " + String.join("; ", removed) + ".");
            note.addClassName("pl-cp-removed");
            add(note);
        }
        add(stage);
    }

    private String text(CreativeField field) {
        return content.text(field);
    }

    /** Sanitised author HTML in its own container; never the raw text. */
    private Div html(String raw) {
        HtmlSanitiser.Result r = HtmlSanitiser.sanitise(raw);
        removed.addAll(r.removed());
        var box = new Div();
        box.addClassName("pl-cp-html");
        box.getElement().setProperty("innerHTML", r.html());
        return box;
    }

    private static Span line(String cls, String text) {
        var s = new Span(text);
        s.addClassName(cls);
        return s;
    }

    private static Paragraph para(String cls, String text) {
        var p = new Paragraph(text);
        p.addClassName(cls);
        return p;
    }

    private static String orPlaceholder(String text, String placeholder) {
        return text.isBlank() ? placeholder : text;
    }

    private void email() {
        String sender = orPlaceholder(text(CreativeField.SENDER_NAME), "(no sender name)");
        String subject = orPlaceholder(text(CreativeField.SUBJECT), "(no subject)");
        String preheader = text(CreativeField.PREHEADER);
        var inboxRow = new Div(line("pl-cp-inbox-from", sender), line("pl-cp-inbox-subject", subject),
                line("pl-cp-inbox-pre", preheader.isBlank() ? "" : " — " + preheader));
        inboxRow.addClassName("pl-cp-inbox-row");
        var inbox = new Div(line("pl-cp-caption", "Inbox"), inboxRow);
        inbox.addClassName("pl-cp-inbox");

        var head = new Div(line("pl-cp-mail-subject", subject),
                new Div(line("pl-cp-avatar", sender.substring(0, 1).toUpperCase()),
                        new Div(line("pl-cp-mail-from", sender), line("pl-cp-mail-to", "to me"))));
        head.addClassName("pl-cp-mail-head");
        head.getChildren().skip(1).findFirst().ifPresent(c -> ((Div) c).addClassName("pl-cp-mail-sender"));
        var body = html(text(CreativeField.BODY));
        body.addClassName("pl-cp-mail-body");
        var mail = new Div(head, body);
        String cta = text(CreativeField.CALL_TO_ACTION);
        if (!cta.isBlank()) {
            var button = line("pl-cp-cta", cta);
            var ctaRow = new Div(button);
            ctaRow.addClassName("pl-cp-cta-row");
            mail.add(ctaRow);
        }
        mail.add(para("pl-cp-mail-footer", text(CreativeField.FOOTER)));
        mail.addClassName("pl-cp-mail");
        var client = new Div(inbox, mail);
        client.addClassName("pl-cp-mail-client");
        stage.add(client);
    }

    private void sms() {
        String message = text(CreativeField.SMS_TEXT);
        var phone = new Div();
        phone.addClassName("pl-cp-phone");
        var header = new Div(line("pl-cp-avatar", "#"), line("pl-cp-phone-sender", "Text message"));
        header.addClassName("pl-cp-phone-head");
        var thread = new Div();
        thread.addClassName("pl-cp-thread");
        thread.add(line("pl-cp-caption", "Today"));
        if (message.isBlank()) {
            thread.add(para("pl-muted", "(no message yet)"));
        } else {
            thread.add(para("pl-cp-bubble", message));
            thread.add(line("pl-cp-caption", SmsCount.of(message).describe()));
        }
        phone.add(header, thread);
        stage.add(phone);
    }

    private void searchAd() {
        List<String> headlines = content.items(CreativeField.HEADLINE).stream().filter(s -> !s.isBlank()).toList();
        List<String> descriptions = content.items(CreativeField.DESCRIPTION).stream().filter(s -> !s.isBlank())
                .toList();
        var result = new Div();
        result.addClassName("pl-cp-serp");
        var sponsor = new Div(line("pl-cp-ad-label", "Sponsored"), line("pl-cp-url", "www.example.com › home-loans"));
        sponsor.addClassName("pl-cp-serp-top");
        String title = headlines.isEmpty() ? "(no headlines yet)" : String.join(" | ", pick(headlines, 3));
        String desc = descriptions.isEmpty() ? "(no descriptions yet)" : String.join(" ", pick(descriptions, 2));
        result.add(sponsor, line("pl-cp-serp-title", title), para("pl-cp-serp-desc", desc));
        var search = new Div(new Icon(VaadinIcon.SEARCH), line("pl-cp-query", "mortgage rates near me"));
        search.addClassName("pl-cp-searchbox");
        stage.add(search, result);
        if (headlines.size() > 3 || descriptions.size() > 2) {
            var rotate = new Button("Show another combination", new Icon(VaadinIcon.REFRESH), e -> {
                rotation++;
                render();
            });
            rotate.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            var caption = line("pl-cp-caption", "Google mixes headlines and descriptions; combination "
                    + (rotation % Math.max(headlines.size(), 1) + 1) + " of " + headlines.size() + " headlines and "
                    + descriptions.size() + " descriptions.");
            stage.add(new Div(caption, rotate));
        }
    }

    /** Up to n items, starting at the current rotation. */
    private List<String> pick(List<String> items, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.min(n, items.size()); i++) {
            out.add(items.get((rotation + i) % items.size()));
        }
        return out;
    }

    private void socialAd() {
        var card = new Div();
        card.addClassName("pl-cp-social");
        var top = new Div(line("pl-cp-avatar", "P"), new Div(line("pl-cp-page-name", "Your page"),
                line("pl-cp-caption", "Sponsored")));
        top.addClassName("pl-cp-social-top");
        var picture = new Div(new Icon(VaadinIcon.PICTURE), line("pl-cp-caption", "Ad image"));
        picture.addClassName("pl-cp-image-placeholder");
        var bar = new Div(new Div(line("pl-cp-caption", "EXAMPLE.COM"),
                line("pl-cp-social-headline", orPlaceholder(text(CreativeField.HEADLINE), "(no headline)")),
                line("pl-cp-social-desc", text(CreativeField.DESCRIPTION))), line("pl-cp-cta-small", "Learn more"));
        bar.addClassName("pl-cp-social-bar");
        card.add(top, para("pl-cp-social-text", orPlaceholder(text(CreativeField.PRIMARY_TEXT), "(no primary text)")),
                picture, bar);
        stage.add(card);
    }

    private void displayAd() {
        var banner = new Div();
        banner.addClassName("pl-cp-banner");
        String sha = content.imageSha256();
        var image = sha == null ? null : creatives.image(sha).orElse(null);
        if (image != null) {
            banner.add(ContentEditor.image(image));
        } else {
            var picture = new Div(new Icon(VaadinIcon.PICTURE), line("pl-cp-caption", "No image uploaded"));
            picture.addClassName("pl-cp-image-placeholder");
            banner.add(picture);
        }
        banner.add(line("pl-cp-banner-headline", orPlaceholder(text(CreativeField.HEADLINE), "(no headline)")));
        if (!text(CreativeField.BODY).isBlank()) {
            banner.add(para("pl-cp-banner-body", text(CreativeField.BODY)));
        }
        banner.add(line("pl-cp-cta", orPlaceholder(text(CreativeField.CALL_TO_ACTION), "(no call to action)")));
        if (!text(CreativeField.DISCLOSURES).isBlank()) {
            banner.add(para("pl-cp-fine", text(CreativeField.DISCLOSURES)));
        }
        stage.add(banner);
    }

    private void page() {
        var page = new Div();
        page.addClassName("pl-cp-page");
        if (!text(CreativeField.HEADLINE).isBlank()) {
            page.add(new H1(text(CreativeField.HEADLINE)));
        }
        page.add(para("pl-cp-page-body", orPlaceholder(text(CreativeField.BODY), "(no body yet)")));
        page.add(para("pl-cp-fine", text(CreativeField.DISCLOSURES)));
        String lo = content.setup().loanOfficer();
        if (content.channel() == com.porchlight.compliance.engine.Channel.CO_MARKETING && lo != null) {
            page.add(para("pl-cp-caption", "Co-branded with loan officer " + lo));
        }
        stage.add(line("pl-cp-caption", ChannelLayout.label(content.channel())), page);
    }

    private void landingPage() {
        var browser = new Div();
        browser.addClassName("pl-cp-browser");
        var bar = new Div(line("pl-cp-dots", "● ● ●"), line("pl-cp-address", "https://www.example.com/offer"));
        bar.addClassName("pl-cp-browser-bar");
        var page = new Div();
        page.addClassName("pl-cp-landing");
        page.add(new H1(orPlaceholder(text(CreativeField.HEADLINE), "(no headline)")));
        page.add(html(text(CreativeField.BODY)));
        if (!text(CreativeField.CALL_TO_ACTION).isBlank()) {
            page.add(new Div(line("pl-cp-cta", text(CreativeField.CALL_TO_ACTION))));
        }
        page.add(para("pl-cp-fine", text(CreativeField.DISCLOSURES)));
        browser.add(bar, page);
        stage.add(browser);
    }
}
