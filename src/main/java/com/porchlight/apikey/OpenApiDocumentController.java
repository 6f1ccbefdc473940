package com.porchlight.apikey;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/openapi.yaml}: the public API's OpenAPI 3 description, hand-written in
 * {@code src/main/resources/openapi/porchlight-api.yaml} (why: {@code docs/decisions/0006-lead-intake-api.md}). Served
 * without a key, by its own filter chain in {@link ApiSecurityConfig}, so integrators can read it before they have one.
 */
@RestController
class OpenApiDocumentController {

    static final String PATH = "/api/openapi.yaml";
    static final String RESOURCE = "openapi/porchlight-api.yaml";
    static final MediaType YAML = MediaType.parseMediaType("application/yaml;charset=UTF-8");

    private final byte[] document;

    OpenApiDocumentController() throws IOException {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            this.document = in.readAllBytes();
        }
    }

    @GetMapping(PATH)
    ResponseEntity<byte[]> document() {
        return ResponseEntity.ok().contentType(YAML).cacheControl(CacheControl.noCache()).body(document);
    }

    /** Any other method: 405 as JSON, like the rest of the API. */
    @RequestMapping(PATH)
    ResponseEntity<Map<String, String>> otherMethods(HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).header(HttpHeaders.ALLOW, "GET")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("error", request.getMethod() + " is not supported here; GET the document."));
    }
}
