package com.porchlight.creative.ui;

import com.porchlight.base.ui.Notifications;
import com.porchlight.compliance.engine.Finding;
import com.porchlight.creative.ChannelLayout;
import com.porchlight.creative.ContentDiff;
import com.porchlight.creative.CreativeConflictException;
import com.porchlight.creative.CreativeContent;
import com.porchlight.creative.CreativeException;
import com.porchlight.creative.CreativeVersion;
import com.porchlight.creative.FieldSpec;
import com.porchlight.creative.HtmlSanitiser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/** What the review screens share: how errors are told, times shown, and a version's content listed read-only. */
final class ReviewSupport {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    private ReviewSupport() {
    }

    static String when(@Nullable Instant at) {
        return at == null ? "" : WHEN.format(at);
    }

    static String shortHash(@Nullable String hash) {
        return hash == null ? "" : hash.substring(0, Math.min(12, hash.length()));
    }

    /**
     * Runs a user's action: a refused one (the service's message and problems, a stale version with "Reload", or a
     * role the user lacks) is told in a notification, never as a stack trace. Returns whether it went through.
     */
    static boolean attempt(Runnable action, Runnable reload) {
        try {
            action.run();
            return true;
        } catch (CreativeConflictException e) {
            Notification n = Notifications.error(e.getMessage());
            var again = new Button("Reload", click -> {
                n.close();
                reload.run();
            });
            again.addThemeVariants(ButtonVariant.PRIMARY);
            n.add(again);
            return false;
        } catch (CreativeException e) {
            Notifications.error(message(e));
            return false;
        } catch (AccessDeniedException e) {
            Notifications.error("Your role does not allow this.");
            return false;
        }
    }

    static String message(CreativeException e) {
        return e.problems().isEmpty() ? e.getMessage()
                : e.getMessage() + " " + String.join(" ", e.problems().stream().map(p -> "• " + p).toList());
    }

    static String businessDays(int n) {
        return n == 1 ? "1 business day" : n + " business days";
    }

    /** A version read-only: each field's label and text (HTML fields as their visible text), context and quote. */
    static Div content(CreativeVersion v) {
        var box = new Div();
        box.addClassName("pl-rv-content");
        CreativeContent content = v.content();
        for (FieldSpec spec : ChannelLayout.of(content.channel())) {
            var items = content.items(spec.field());
            for (int i = 0; i < items.size(); i++) {
                String text = spec.html() ? HtmlSanitiser.visibleText(items.get(i)) : items.get(i);
                box.add(row(spec.label() + (spec.repeated() ? " " + (i + 1) : ""), text));
            }
            if (items.isEmpty()) {
                box.add(row(spec.label(), "—"));
            }
        }
        box.add(row("Context", ContentDiffAccess.setup(v)));
        box.add(row("Quoted rate", ContentDiffAccess.quote(v)));
        if (content.imageSha256() != null) {
            box.add(row("Image", "SHA-256 " + content.imageSha256()));
        }
        return box;
    }

    private static Div row(String label, String text) {
        var l = new Span(label);
        l.addClassName("pl-rv-label");
        var t = new Span(text.isEmpty() ? "—" : text);
        t.addClassName("pl-rv-text");
        var row = new Div(l, t);
        row.addClassName("pl-rv-row");
        return row;
    }

    /** The field (and item) a finding points at, as the author's editor names it. */
    /** A finding's severity as the badge the editor and the review panel both show. */
    static com.vaadin.flow.component.badge.Badge severityBadge(com.porchlight.compliance.engine.Severity severity) {
        var badge = new com.vaadin.flow.component.badge.Badge(severity.name());
        badge.addThemeVariants(switch (severity) {
            case BLOCK -> com.vaadin.flow.component.badge.BadgeVariant.ERROR;
            case REVIEW -> com.vaadin.flow.component.badge.BadgeVariant.WARNING;
            case WARN -> com.vaadin.flow.component.badge.BadgeVariant.CONTRAST;
        });
        return badge;
    }

    static String where(com.porchlight.compliance.engine.Channel channel, Finding f) {
        for (FieldSpec spec : ChannelLayout.of(channel)) {
            if (spec.field().part() == f.part()) {
                return spec.label() + (spec.repeated() ? " " + (f.partIndex() + 1) : "");
            }
        }
        return f.part().name();
    }

    static UnorderedList bullets(java.util.List<String> lines) {
        var list = new UnorderedList();
        lines.forEach(l -> list.add(new ListItem(l)));
        return list;
    }

    /** The setup and quote lines the diff also shows, through the diff's own public rows. */
    static final class ContentDiffAccess {
        private ContentDiffAccess() {
        }

        static String setup(CreativeVersion v) {
            return ContentDiff.between(v, v).stream().filter(d -> d.label().equals("Context")).findFirst()
                    .map(ContentDiff.FieldDiff::after).orElse("");
        }

        static String quote(CreativeVersion v) {
            return ContentDiff.between(v, v).stream().filter(d -> d.label().equals("Quoted rate")).findFirst()
                    .map(ContentDiff.FieldDiff::after).orElse("none");
        }
    }
}
