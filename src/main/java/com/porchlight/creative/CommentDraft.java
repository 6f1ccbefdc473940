package com.porchlight.creative;

import org.jspecify.annotations.Nullable;

/** What a reviewer writes about a finding, a passage or the whole creative, before it is stored. */
public record CommentDraft(@Nullable String ruleId, @Nullable CreativeField field, @Nullable Integer itemIndex,
        @Nullable Integer start, @Nullable Integer end, String body) {

    public static CommentDraft general(String body) {
        return new CommentDraft(null, null, null, null, null, body);
    }

    public static CommentDraft onFinding(String ruleId, CreativeField field, int itemIndex, int start, int end,
            String body) {
        return new CommentDraft(ruleId, field, itemIndex, start, end, body);
    }

    public static CommentDraft onPassage(CreativeField field, int itemIndex, int start, int end, String body) {
        return new CommentDraft(null, field, itemIndex, start, end, body);
    }
}
