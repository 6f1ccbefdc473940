package com.porchlight.lead.api;

import com.porchlight.apikey.ApiClient;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** What the lead API controllers share: reading a bounded body, and JSON answers for errors. */
final class ApiExchange {

    private ApiExchange() {
    }

    /**
     * The request body, refused with {@code tooLarge} as soon as it is known to exceed {@code maxBytes} (declared
     * length or bytes read), so an oversized body is never held in memory.
     */
    static byte[] readBody(HttpServletRequest request, int maxBytes, Supplier<RuntimeException> tooLarge)
            throws IOException {
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            throw tooLarge.get();
        }
        var body = new ByteArrayOutputStream(declared > 0 ? (int) declared : 8192);
        byte[] buffer = new byte[8192];
        try (InputStream in = request.getInputStream()) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                if (body.size() + n > maxBytes) {
                    throw tooLarge.get();
                }
                body.write(buffer, 0, n);
            }
        }
        return body.toByteArray();
    }

    static ResponseEntity<LeadIntakeResponses.Invalid> invalid(List<ApiFieldError> errors) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                .body(new LeadIntakeResponses.Invalid(errors));
    }

    static ResponseEntity<LeadIntakeResponses.Error> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(new LeadIntakeResponses.Error(message));
    }

    /** The API key of the request, from the security context the API key filter filled. */
    static ApiClient client(SecurityContextHolderStrategy securityContext) {
        var authentication = securityContext.getContext().getAuthentication();
        if (authentication != null && authentication.getDetails() instanceof ApiClient client) {
            return client;
        }
        throw new AccessDeniedException("The request was not authenticated with an API key.");
    }

    /** 429 with Retry-After: {@code what} says what is limited ("Too many leads … the limit is N a minute"). */
    static ResponseEntity<LeadIntakeResponses.Error> tooMany(String what, long waitSeconds) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(waitSeconds))
                .contentType(MediaType.APPLICATION_JSON)
                .body(new LeadIntakeResponses.Error(what + " Retry after " + waitSeconds
                        + (waitSeconds == 1 ? " second." : " seconds.")));
    }

    /** 405 as JSON (Spring MVC's own 405 goes through the HTML error page). */
    static ResponseEntity<LeadIntakeResponses.Error> onlyPost(HttpServletRequest request, String what) {
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).header(HttpHeaders.ALLOW, "POST")
                .contentType(MediaType.APPLICATION_JSON)
                .body(new LeadIntakeResponses.Error(request.getMethod() + " is not supported here; POST " + what
                        + "."));
    }
}
