package com.porchlight.compliance.api;

import com.porchlight.base.ui.ErrorReference;
import com.porchlight.compliance.CheckResult;
import com.porchlight.compliance.ComplianceService;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/compliance/check}. The body is read here, counting bytes, rather than bound by Spring MVC: the
 * 1 MB limit must hold when the Content-Length header is missing (chunked) or wrong, and a refused field must be
 * named exactly. The request runs as its API key (see the apikey module), which is why the service's
 * {@code isAuthenticated()} passes; the scope is checked here as well as in the API's filter chain.
 */
@RestController
class ComplianceCheckController {

    static final int MAX_BODY_BYTES = 1024 * 1024;
    private static final Logger log = LoggerFactory.getLogger(ComplianceCheckController.class);

    private final ComplianceService compliance;

    ComplianceCheckController(ComplianceService compliance) {
        this.compliance = compliance;
    }

    static final String PATH = "/api/v1/compliance/check";

    @PostMapping(PATH)
    @PreAuthorize("hasAuthority('SCOPE_COMPLIANCE_CHECK')")
    public ResponseEntity<CheckResponse> check(HttpServletRequest request) throws IOException {
        var parsed = CheckRequestReader.read(readBody(request));
        CheckResult result = compliance.check(parsed.input(), parsed.advertiser()::apply);
        // JSON whatever the Accept header says: the API has no other representation.
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(CheckResponse.of(result));
    }

    /** Any other method: 405 as JSON (Spring MVC's own 405 goes through the HTML error page). */
    @RequestMapping(PATH)
    ResponseEntity<ApiError> otherMethods(HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).header(HttpHeaders.ALLOW, "POST")
                .contentType(MediaType.APPLICATION_JSON)
                .body(ApiError.of(request.getMethod() + " is not supported here; POST the creative as JSON."));
    }

    private static byte[] readBody(HttpServletRequest request) throws IOException {
        long declared = request.getContentLengthLong();
        if (declared > MAX_BODY_BYTES) {
            throw tooLarge();
        }
        var body = new ByteArrayOutputStream(declared > 0 ? (int) declared : 8192);
        byte[] buffer = new byte[8192];
        try (InputStream in = request.getInputStream()) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                if (body.size() + n > MAX_BODY_BYTES) {
                    throw tooLarge();
                }
                body.write(buffer, 0, n);
            }
        }
        return body.toByteArray();
    }

    private static PayloadTooLargeException tooLarge() {
        return new PayloadTooLargeException("The body is over the limit of 1 MB (" + MAX_BODY_BYTES
                + " bytes); check long copy in parts of that size.");
    }

    @ExceptionHandler
    ResponseEntity<ApiError> badRequest(BadRequestException e) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                .body(new ApiError(e.getMessage(), e.field(), e.allowed()));
    }

    @ExceptionHandler
    ResponseEntity<ApiError> tooLarge(PayloadTooLargeException e) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_JSON)
                .body(ApiError.of(e.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<ApiError> forbidden(AccessDeniedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_JSON)
                .body(ApiError.of("This API key may not call the compliance check; it needs the scope"
                        + " COMPLIANCE_CHECK."));
    }

    /** Anything unexpected: the stack trace goes to the log with a reference, the caller gets only the reference. */
    @ExceptionHandler
    ResponseEntity<ApiError> unexpected(Exception e) {
        String reference = ErrorReference.next();
        log.error("Compliance check API failed [{}]", reference, e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).contentType(MediaType.APPLICATION_JSON)
                .body(ApiError.of("The check failed on our side; quote reference " + reference + " to support."));
    }
}
