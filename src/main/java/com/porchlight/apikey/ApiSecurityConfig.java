package com.porchlight.apikey;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * The API's own filter chain, ahead of Vaadin's (which keeps everything else): {@code /api/**} is stateless, has no
 * sessions, cookies, CSRF tokens or login page, and is authenticated only by an API key. Each path needs its scope;
 * a valid key of another scope gets 403. The one exception is the OpenAPI document, which anyone may read.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfig {

    /**
     * {@code GET /api/openapi.yaml} needs no key: integrators read it before they have one, and it holds nothing
     * secret. Its own chain, ahead of the API's, because the API key filter answers 401 before any authorisation rule.
     */
    @Bean
    @Order(0)
    SecurityFilterChain apiDocumentFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher(OpenApiDocumentController.PATH)
                .csrf(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Other methods than GET reach the controller too, and get its JSON 405: nothing here changes data.
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ApiKeyAuthenticator authenticator,
            ObjectProvider<SecurityContextHolderStrategy> strategy) throws Exception {
        var securityContext = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        // Every /api answer is written as JSON by this chain or the API's controllers, never through Spring MVC's
        // sendError: an error dispatch to /error would fall to Vaadin's chain and its login redirect.
        http.securityMatcher("/api/**")
                .csrf(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .anonymous(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new ApiKeyFilter(authenticator, securityContext), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/v1/compliance/**").hasAuthority(ApiScope.COMPLIANCE_CHECK.authority())
                        .requestMatchers("/api/v1/leads/**").hasAuthority(ApiScope.LEAD_INTAKE.authority())
                        .requestMatchers("/api/v1/lead-events/**").hasAuthority(ApiScope.LEAD_EVENTS.authority())
                        .anyRequest().authenticated())
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint((request, response, e) -> JsonErrors.write(response,
                                HttpServletResponse.SC_UNAUTHORIZED, "Missing API key: send it in the X-Api-Key header."))
                        .accessDeniedHandler((request, response, e) -> JsonErrors.write(response,
                                HttpServletResponse.SC_FORBIDDEN, "This API key may not call " + request.getRequestURI()
                                        + "; create a key with the right scope.")));
        return http.build();
    }
}
