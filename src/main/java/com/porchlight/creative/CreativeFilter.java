package com.porchlight.creative;

import com.porchlight.compliance.engine.Channel;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a list of creatives shows. The reviewer queue is a filter too: its statuses, oldest submission first.
 *
 * @param text part of the name or the owner's email
 * @param mine only the signed-in person's creatives
 * @param overSla only submissions waiting longer than the review SLA
 */
public record CreativeFilter(Set<CreativeStatus> statuses, @Nullable Channel channel, @Nullable String state,
        @Nullable String owner, String text, boolean mine, boolean overSla, boolean queueOrder) {

    public static CreativeFilter all() {
        return new CreativeFilter(Set.of(), null, null, null, "", false, false, false);
    }

    /** What compliance officers work on: submitted and in review, oldest first. */
    public static CreativeFilter complianceQueue() {
        return new CreativeFilter(Set.of(CreativeStatus.SUBMITTED, CreativeStatus.IN_REVIEW), null, null, null, "",
                false, false, true);
    }

    /** What CMOs work on: compliance-approved, waiting for them, oldest first. */
    public static CreativeFilter cmoQueue() {
        return new CreativeFilter(Set.of(CreativeStatus.COMPLIANCE_APPROVED), null, null, null, "", false, false,
                true);
    }

    public CreativeFilter withStatuses(Set<CreativeStatus> s) {
        return new CreativeFilter(s, channel, state, owner, text, mine, overSla, queueOrder);
    }

    public CreativeFilter withChannel(@Nullable Channel c) {
        return new CreativeFilter(statuses, c, state, owner, text, mine, overSla, queueOrder);
    }

    public CreativeFilter withState(@Nullable String s) {
        return new CreativeFilter(statuses, channel, s, owner, text, mine, overSla, queueOrder);
    }

    public CreativeFilter withOwner(@Nullable String o) {
        return new CreativeFilter(statuses, channel, state, o, text, mine, overSla, queueOrder);
    }

    public CreativeFilter withText(String t) {
        return new CreativeFilter(statuses, channel, state, owner, t, mine, overSla, queueOrder);
    }

    public CreativeFilter withMine(boolean m) {
        return new CreativeFilter(statuses, channel, state, owner, text, m, overSla, queueOrder);
    }

    public CreativeFilter withOverSla(boolean o) {
        return new CreativeFilter(statuses, channel, state, owner, text, mine, o, queueOrder);
    }

    static String statesColumn(Set<String> states) {
        return states.isEmpty() ? "" : "," + String.join(",", states) + ",";
    }

    String where(List<Object> args, String actor, Instant slaCutoff) {
        StringBuilder sql = new StringBuilder("1 = 1");
        if (!statuses.isEmpty()) {
            sql.append(" AND c.status IN (").append(String.join(", ", statuses.stream().map(s -> "?").toList()))
                    .append(")");
            statuses.stream().map(Enum::name).sorted().forEach(args::add);
        }
        if (channel != null) {
            sql.append(" AND c.channel = ?");
            args.add(channel.name());
        }
        if (state != null && !state.isBlank()) {
            sql.append(" AND c.states LIKE ?");
            args.add("%," + state.strip().toUpperCase(Locale.ROOT) + ",%");
        }
        if (owner != null && !owner.isBlank()) {
            sql.append(" AND c.owner_email = ?");
            args.add(owner.strip());
        }
        if (mine) {
            sql.append(" AND c.owner_email = ?");
            args.add(actor);
        }
        String t = text.strip();
        if (!t.isEmpty()) {
            sql.append(" AND (c.name LIKE ? OR c.owner_email LIKE ?)");
            String like = "%" + t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            args.add(like);
            args.add(like);
        }
        if (overSla) {
            sql.append(" AND c.status IN ('SUBMITTED', 'IN_REVIEW', 'COMPLIANCE_APPROVED') AND c.submitted_at < ?");
            args.add(LocalDateTime.ofInstant(slaCutoff, ZoneOffset.UTC));
        }
        return sql.toString();
    }

    String order() {
        return queueOrder ? "c.submitted_at ASC, c.id ASC" : "c.updated_at DESC, c.id DESC";
    }
}
