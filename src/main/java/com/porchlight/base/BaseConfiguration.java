package com.porchlight.base;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class BaseConfiguration {

    /** One clock for the whole application, so tests can move time (lockouts, decay, rate staleness). */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
