package com.porchlight.creative;

import com.porchlight.compliance.engine.Channel;
import java.util.List;
import java.util.Optional;

/**
 * The fields each channel's creative has, with the platforms' limits: Google responsive search ads take up to 15
 * headlines of 30 characters and 4 descriptions of 90 (at least 3 and 2); an SMS is at most 10 segments.
 */
public final class ChannelLayout {

    /** Ten GSM-7 segments of 153 characters: longer messages are split by carriers unreliably. */
    public static final int SMS_MAX_CHARS = 1530;

    private ChannelLayout() {
    }

    public static List<FieldSpec> of(Channel channel) {
        return switch (channel) {
            case EMAIL -> List.of(
                    new FieldSpec(CreativeField.SENDER_NAME, 1, 1, 100, false),
                    new FieldSpec(CreativeField.SUBJECT, 1, 1, 150, false),
                    new FieldSpec(CreativeField.PREHEADER, 0, 1, 150, false),
                    new FieldSpec(CreativeField.BODY, 1, 1, 100_000, true),
                    new FieldSpec(CreativeField.CALL_TO_ACTION, 0, 1, 40, false),
                    new FieldSpec(CreativeField.FOOTER, 1, 1, 4_000, false));
            case SMS -> List.of(new FieldSpec(CreativeField.SMS_TEXT, 1, 1, SMS_MAX_CHARS, false));
            case SEARCH_AD -> List.of(
                    new FieldSpec(CreativeField.HEADLINE, 3, 15, 30, false),
                    new FieldSpec(CreativeField.DESCRIPTION, 2, 4, 90, false));
            case SOCIAL_AD -> List.of(
                    new FieldSpec(CreativeField.PRIMARY_TEXT, 1, 1, 2_200, false),
                    new FieldSpec(CreativeField.HEADLINE, 1, 1, 255, false),
                    new FieldSpec(CreativeField.DESCRIPTION, 0, 1, 255, false));
            case DISPLAY_AD -> List.of(
                    new FieldSpec(CreativeField.HEADLINE, 1, 1, 90, false),
                    new FieldSpec(CreativeField.BODY, 0, 1, 500, false),
                    new FieldSpec(CreativeField.CALL_TO_ACTION, 1, 1, 30, false),
                    new FieldSpec(CreativeField.DISCLOSURES, 0, 1, 2_000, false));
            case PRINT, CO_MARKETING -> List.of(
                    new FieldSpec(CreativeField.HEADLINE, 0, 1, 200, false),
                    new FieldSpec(CreativeField.BODY, 1, 1, 20_000, false),
                    new FieldSpec(CreativeField.DISCLOSURES, 1, 1, 10_000, false));
            case LANDING_PAGE -> List.of(
                    new FieldSpec(CreativeField.HEADLINE, 1, 1, 200, false),
                    new FieldSpec(CreativeField.BODY, 1, 1, 200_000, true),
                    new FieldSpec(CreativeField.CALL_TO_ACTION, 0, 1, 40, false),
                    new FieldSpec(CreativeField.DISCLOSURES, 1, 1, 10_000, false));
        };
    }

    public static Optional<FieldSpec> spec(Channel channel, CreativeField field) {
        return of(channel).stream().filter(s -> s.field() == field).findFirst();
    }

    /** Display ads carry an image; nothing else takes an upload. */
    public static boolean hasImage(Channel channel) {
        return channel == Channel.DISPLAY_AD;
    }

    /** Paid media and mass email always need a CMO's approval; the other channels follow the settings. */
    public static boolean cmoAlwaysRequired(Channel channel) {
        return switch (channel) {
            case EMAIL, SEARCH_AD, SOCIAL_AD, DISPLAY_AD -> true;
            default -> false;
        };
    }

    public static String label(Channel channel) {
        return switch (channel) {
            case EMAIL -> "Email";
            case SMS -> "SMS";
            case SEARCH_AD -> "Search ad";
            case SOCIAL_AD -> "Social ad";
            case DISPLAY_AD -> "Display ad";
            case PRINT -> "Print / direct mail";
            case CO_MARKETING -> "Co-marketing";
            case LANDING_PAGE -> "Landing page";
        };
    }
}
