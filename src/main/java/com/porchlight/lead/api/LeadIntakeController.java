package com.porchlight.lead.api;

import com.porchlight.apikey.ApiClient;
import com.porchlight.base.ui.ErrorReference;
import com.porchlight.lead.FieldError;
import com.porchlight.lead.IntakeResult;
import com.porchlight.lead.LeadException;
import com.porchlight.lead.LeadIntakeService;
import com.porchlight.lead.LeadSourceService;
import com.porchlight.lead.LeadSourceSummary;
import com.porchlight.lead.LeadValidator;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/leads}: one lead from a vendor, booked to the lead source of the API key. In order: the key's
 * scope and source (403), the key's rate (429), the source being active (403), the body's size (413, counted while
 * reading, so a missing or false Content-Length cannot get past it), the JSON and every field (400, all problems at
 * once, nothing stored), then the lead is stored, routed and scored (201, with its score and explanation) or recognised
 * as a duplicate (200). Every answer is JSON written here, never through Spring MVC's error page.
 */
@RestController
class LeadIntakeController {

    static final String PATH = "/api/v1/leads";
    static final int MAX_BODY_BYTES = 64 * 1024;
    private static final Logger log = LoggerFactory.getLogger(LeadIntakeController.class);

    private final LeadIntakeService intake;
    private final LeadSourceService sources;
    private final IntakeRateLimiter limiter;
    private final LeadValidator validator;
    private final SecurityContextHolderStrategy securityContext;

    LeadIntakeController(LeadIntakeService intake, LeadSourceService sources, IntakeRateLimiter limiter,
            Clock clock, ObjectProvider<SecurityContextHolderStrategy> securityContext) {
        this.intake = intake;
        this.sources = sources;
        this.limiter = limiter;
        this.validator = new LeadValidator(clock);
        // The strategy the API key filter and method security use (Vaadin's), not whatever the JVM-global holder
        // points at: several application contexts in one test JVM each install their own.
        this.securityContext = securityContext.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    @PostMapping(PATH)
    @PreAuthorize("hasAuthority('SCOPE_LEAD_INTAKE')")
    public ResponseEntity<?> post(HttpServletRequest request) throws IOException {
        ApiClient client = ApiExchange.client(securityContext);
        Long sourceId = client.leadSourceId();
        if (sourceId == null) {
            return ApiExchange.error(HttpStatus.FORBIDDEN, "This API key belongs to no lead source, so its leads could not be "
                    + "booked anywhere. Ask the lender for a key issued on the Lead sources screen.");
        }
        long wait = limiter.acquire(client.keyId());
        if (wait > 0) {
            return ApiExchange.tooMany("Too many leads for this API key: the limit is "
                    + limiter.limitPerMinute(client.keyId()) + " a minute.", wait);
        }
        LeadSourceSummary source = sources.get(sourceId);
        if (!source.active()) {
            return inactive(source.name());
        }
        var read = LeadRequestReader.read(ApiExchange.readBody(request, MAX_BODY_BYTES, PayloadTooLarge::new));
        if (!read.errors().isEmpty()) {
            return ApiExchange.invalid(withValidatorErrors(read));
        }
        IntakeResult result = intake.intake(sourceId, read.fields());
        return switch (result.status()) {
            case CREATED -> ResponseEntity.status(HttpStatus.CREATED).contentType(MediaType.APPLICATION_JSON)
                    .body(new LeadIntakeResponses.Created(Objects.requireNonNull(result.id()), "created",
                            Objects.requireNonNull(result.stage()).name(), result.assignedLoanOfficer(),
                            result.unassignable(), LeadEventResponses.Score.of(result.score())));
            case DUPLICATE -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                    .body(new LeadIntakeResponses.Duplicate(Objects.requireNonNull(result.id()), "duplicate"));
            case REJECTED -> ApiExchange.invalid(result.errors().stream()
                    .map(e -> new ApiFieldError(e.field(), e.message())).toList());
        };
    }

    /**
     * A body with unknown fields or wrong types is refused, but the caller still hears about every other problem in
     * the same answer: the validator checks what could be read, and its complaints about a field already reported
     * (a missing first name that was sent as an object) are left out.
     */
    private List<ApiFieldError> withValidatorErrors(LeadRequestReader.Read read) {
        List<ApiFieldError> all = new ArrayList<>(read.errors());
        if (read.errors().stream().anyMatch(e -> e.field() == null)) {
            return all; // the body could not be read at all: nothing else to say
        }
        Set<String> reported = new HashSet<>();
        read.errors().forEach(e -> reported.add(Objects.requireNonNull(e.field())));
        for (FieldError e : validator.validate(read.fields()).errors()) {
            if (!reported.contains(e.field())) {
                all.add(new ApiFieldError(e.field(), e.message()));
            }
        }
        return all;
    }

    /** Any other method: 405 as JSON (Spring MVC's own 405 goes through the HTML error page). */
    @RequestMapping(PATH)
    ResponseEntity<LeadIntakeResponses.Error> otherMethods(HttpServletRequest request) {
        return ApiExchange.onlyPost(request, "one lead as JSON");
    }

    /** The body is over 64 KB: a lead is a few hundred bytes, so this is never a real lead. */
    static final class PayloadTooLarge extends RuntimeException {
        PayloadTooLarge() {
            super("The body is over the limit of 64 KB (" + MAX_BODY_BYTES + " bytes); post one lead per request.",
                    null, false, false);
        }
    }

    private static ResponseEntity<LeadIntakeResponses.Error> inactive(String sourceName) {
        return ApiExchange.error(HttpStatus.FORBIDDEN, "The lead source \"" + sourceName + "\" is inactive and accepts no leads;"
                + " nothing was stored. Ask the lender to reactivate it.");
    }

    @ExceptionHandler
    ResponseEntity<LeadIntakeResponses.Error> tooLarge(PayloadTooLarge e) {
        return ApiExchange.error(HttpStatus.CONTENT_TOO_LARGE, Objects.requireNonNull(e.getMessage()));
    }

    /** The source was deactivated (or removed) between the check above and the write: nothing was stored. */
    @ExceptionHandler
    ResponseEntity<LeadIntakeResponses.Error> refused(LeadException e) {
        return ApiExchange.error(HttpStatus.FORBIDDEN, Objects.requireNonNull(e.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<LeadIntakeResponses.Error> forbidden(AccessDeniedException e) {
        return ApiExchange.error(HttpStatus.FORBIDDEN, "This API key may not post leads; it needs the scope LEAD_INTAKE.");
    }

    /** Anything unexpected: the stack trace goes to the log with a reference, the caller gets only the reference. */
    @ExceptionHandler
    ResponseEntity<LeadIntakeResponses.Error> unexpected(Exception e) {
        String reference = ErrorReference.next();
        log.error("Lead intake API failed [{}]", reference, e);
        return ApiExchange.error(HttpStatus.INTERNAL_SERVER_ERROR, "The lead could not be stored because of a problem on our "
                + "side; retry later, and quote reference " + reference + " if it persists.");
    }
}
