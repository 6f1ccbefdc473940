package com.porchlight.lead.api;

import com.porchlight.apikey.ApiClient;
import com.porchlight.base.ui.ErrorReference;
import com.porchlight.lead.LeadEventService;
import com.porchlight.lead.RecordedEvents;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
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
 * {@code POST /api/v1/lead-events}: engagement events for existing leads, 1 to 1,000 per request, from any system
 * holding a lead-events key. In order: the key's scope (403), the key's rate (429, one token per request), the body's
 * size (413), the JSON, every field and every lead id (400, all problems at once with their JSON paths, nothing
 * stored), then the events are stored and their leads scored in one transaction (201 with each lead's new score and
 * stage; 200 when every event had been stored before).
 */
@RestController
class LeadEventController {

    static final String PATH = "/api/v1/lead-events";
    static final int MAX_BODY_BYTES = 1024 * 1024;
    private static final Logger log = LoggerFactory.getLogger(LeadEventController.class);

    private final LeadEventService events;
    private final IntakeRateLimiter limiter;
    private final SecurityContextHolderStrategy securityContext;

    LeadEventController(LeadEventService events, IntakeRateLimiter limiter,
            ObjectProvider<SecurityContextHolderStrategy> securityContext) {
        this.events = events;
        this.limiter = limiter;
        // The strategy the API key filter and method security use (see LeadIntakeController).
        this.securityContext = securityContext.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    @PostMapping(PATH)
    @PreAuthorize("hasAuthority('SCOPE_LEAD_EVENTS')")
    public ResponseEntity<?> post(HttpServletRequest request) throws IOException {
        ApiClient client = ApiExchange.client(securityContext);
        long wait = limiter.acquire(client.keyId());
        if (wait > 0) {
            return ApiExchange.tooMany("Too many requests for this API key: the limit is "
                    + limiter.limitPerMinute(client.keyId()) + " a minute (each with up to "
                    + LeadEventService.MAX_EVENTS + " events).", wait);
        }
        var read = LeadEventRequestReader.read(ApiExchange.readBody(request, MAX_BODY_BYTES, PayloadTooLarge::new));
        if (!read.errors().isEmpty()) {
            return ApiExchange.invalid(withServiceProblems(read));
        }
        RecordedEvents result = events.record(read.events());
        if (!result.isValid()) {
            return ApiExchange.invalid(result.problems().stream().map(LeadEventController::error).toList());
        }
        return ResponseEntity.status(result.recorded() == 0 ? HttpStatus.OK : HttpStatus.CREATED)
                .contentType(MediaType.APPLICATION_JSON).body(LeadEventResponses.Recorded.of(result));
    }

    /**
     * The reader's problems and the service's complaints about everything else, so the caller hears about every
     * problem at once; a field the reader already reported (sent as an object, so "missing" to the service) is not
     * reported twice.
     */
    private List<ApiFieldError> withServiceProblems(LeadEventRequestReader.Read read) {
        List<ApiFieldError> all = new ArrayList<>(read.errors());
        if (read.events().isEmpty() || read.errors().stream().anyMatch(e -> e.field() == null)) {
            return all; // no events could be read at all: nothing else to say
        }
        Set<String> reported = new HashSet<>();
        read.errors().forEach(e -> reported.add(Objects.requireNonNull(e.field())));
        for (RecordedEvents.Problem p : events.check(read.events())) {
            ApiFieldError e = error(p);
            if (!reported.contains(e.field()) && (p.index() == null
                    || !reported.contains("events[" + p.index() + "]"))) {
                all.add(e);
            }
        }
        // Event by event, as the caller wrote them (a stable sort keeps each event's problems in field order).
        all.sort(java.util.Comparator.comparingInt(LeadEventController::eventIndex));
        return all;
    }

    /** The event a problem belongs to; -1 for the body or the list as a whole. */
    private static int eventIndex(ApiFieldError e) {
        String field = e.field();
        if (field == null || !field.startsWith("events[")) {
            return -1;
        }
        int end = field.indexOf(']');
        return Integer.parseInt(field.substring("events[".length(), end));
    }

    private static ApiFieldError error(RecordedEvents.Problem p) {
        return new ApiFieldError(p.index() == null ? p.field() : LeadEventRequestReader.path(p.index(), p.field()),
                p.message());
    }

    /** Any other method: 405 as JSON. */
    @RequestMapping(PATH)
    ResponseEntity<LeadIntakeResponses.Error> otherMethods(HttpServletRequest request) {
        return ApiExchange.onlyPost(request, "{\"events\": [...]} as JSON");
    }

    /** Over 1 MB: a thousand events with long details are well under it. */
    static final class PayloadTooLarge extends RuntimeException {
        PayloadTooLarge() {
            super("The body is over the limit of 1 MB (" + MAX_BODY_BYTES + " bytes); send at most "
                    + LeadEventService.MAX_EVENTS + " events per request.", null, false, false);
        }
    }

    @ExceptionHandler
    ResponseEntity<LeadIntakeResponses.Error> tooLarge(PayloadTooLarge e) {
        return ApiExchange.error(HttpStatus.CONTENT_TOO_LARGE, Objects.requireNonNull(e.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<LeadIntakeResponses.Error> forbidden(AccessDeniedException e) {
        return ApiExchange.error(HttpStatus.FORBIDDEN, "This API key may not record lead events; it needs the scope "
                + "LEAD_EVENTS.");
    }

    /** Anything unexpected: the stack trace goes to the log with a reference, the caller gets only the reference. */
    @ExceptionHandler
    ResponseEntity<LeadIntakeResponses.Error> unexpected(Exception e) {
        String reference = ErrorReference.next();
        log.error("Lead events API failed [{}]", reference, e);
        return ApiExchange.error(HttpStatus.INTERNAL_SERVER_ERROR, "The events could not be stored because of a problem on our "
                + "side; nothing was stored. Retry later, and quote reference " + reference + " if it persists.");
    }
}
