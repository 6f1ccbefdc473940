package com.porchlight.creative;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The result of re-computing the audit chain: intact, or the first link that does not match (changed, missing or
 * out of order) and why.
 */
public record ChainVerification(boolean intact, long recordsChecked, @Nullable Long firstBrokenSeq,
        @Nullable String problem, Instant verifiedAt) {

    public String summary() {
        return intact ? "Chain intact: records 1–" + recordsChecked + " link correctly, each matches its hash, the head "
                + "names the last, and every version matches its content hash"
                : firstBrokenSeq == null ? "Records do not verify: " + problem
                : "Chain broken at record " + firstBrokenSeq + ": " + problem;
    }
}
