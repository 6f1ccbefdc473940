package com.porchlight.apikey;

/** A key just created: {@code plainKey} is returned this once and is not stored anywhere. */
public record NewApiKey(String plainKey, ApiKeySummary summary) {

    @Override
    public String toString() {
        return "NewApiKey[" + summary + "]"; // keeps the key out of logs
    }
}
