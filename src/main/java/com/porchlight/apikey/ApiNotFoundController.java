package com.porchlight.apikey;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Any {@code /api/**} address no endpoint answers gets a JSON 404. Without this, Spring MVC would hand it on to
 * Vaadin's servlet, which answers with an HTML page and a session cookie. Every more specific mapping wins over this.
 */
@RestController
class ApiNotFoundController {

    @RequestMapping("/api/**")
    ResponseEntity<Map<String, String>> notFound(HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("error", "There is no API endpoint " + request.getMethod() + " "
                        + request.getRequestURI() + "."));
    }
}
