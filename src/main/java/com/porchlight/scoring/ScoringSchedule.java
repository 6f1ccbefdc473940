package com.porchlight.scoring;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Decay never waits for an event: every lead is rescored on a fixed delay ({@code porchlight.scoring.refresh},
 * default one hour), so a lead that never comes back keeps losing intent and look-back windows keep sliding.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ScoringSchedule {

    private final ScoreWriter writer;

    ScoringSchedule(ScoreWriter writer) {
        this.writer = writer;
    }

    @Scheduled(fixedDelayString = "${porchlight.scoring.refresh:PT1H}",
            initialDelayString = "${porchlight.scoring.refresh:PT1H}")
    void refresh() {
        writer.rescoreAll("scheduled refresh (decay and windows)", "system");
    }
}
