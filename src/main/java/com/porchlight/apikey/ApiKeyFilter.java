package com.porchlight.apikey;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code /api/**} requests by their {@code X-Api-Key} header and answers 401 JSON itself when the key
 * is missing, unknown or revoked. Deliberately not a bean: Spring Boot would also register it for every address.
 */
final class ApiKeyFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Api-Key";

    private final ApiKeyAuthenticator authenticator;
    private final SecurityContextHolderStrategy securityContext;

    ApiKeyFilter(ApiKeyAuthenticator authenticator, SecurityContextHolderStrategy securityContext) {
        this.authenticator = authenticator;
        this.securityContext = securityContext;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String presented = request.getHeader(HEADER);
        if (presented == null || presented.isBlank()) {
            JsonErrors.write(response, HttpServletResponse.SC_UNAUTHORIZED,
                    "Missing API key: send it in the X-Api-Key header.");
            return;
        }
        var authentication = authenticator.authenticate(presented);
        if (authentication.isEmpty()) {
            JsonErrors.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unknown or revoked API key.");
            return;
        }
        var context = securityContext.createEmptyContext();
        context.setAuthentication(authentication.get());
        securityContext.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            securityContext.clearContext();
        }
    }
}
