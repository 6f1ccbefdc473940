package com.porchlight.lead.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The hand-written OpenAPI document cannot drift from the code: its lead request lists exactly the fields the endpoint
 * reads, each with the JSON types the reader accepts.
 */
class OpenApiDocumentTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> document() throws IOException {
        try (InputStream in = OpenApiDocumentTest.class.getClassLoader()
                .getResourceAsStream("openapi/porchlight-api.yaml")) {
            assertThat(in).as("the document is on the classpath").isNotNull();
            return new Yaml().load(in);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> schema(Map<String, Object> document, String name) {
        var schemas = (Map<String, Object>) ((Map<String, Object>) document.get("components")).get("schemas");
        return (Map<String, Object>) schemas.get(name);
    }

    /** Flattens a schema's properties to the reader's dotted names, following $refs to nested objects. */
    @SuppressWarnings("unchecked")
    private static void flatten(Map<String, Object> document, Map<String, Object> schema, String prefix,
            Map<String, List<String>> out) {
        assertThat(schema.get("additionalProperties")).as(prefix + " refuses unknown fields").isEqualTo(false);
        var properties = (Map<String, Object>) schema.get("properties");
        for (var entry : properties.entrySet()) {
            var property = (Map<String, Object>) entry.getValue();
            String ref = (String) property.get("$ref");
            if (ref != null) {
                flatten(document, schema(document, ref.substring(ref.lastIndexOf('/') + 1)),
                        prefix + entry.getKey() + ".", out);
            } else {
                Object type = property.get("type");
                out.put(prefix + entry.getKey(), type instanceof List<?> list ? (List<String>) list
                        : List.of((String) type));
            }
        }
    }

    @Test
    void the_documented_lead_fields_are_exactly_the_fields_the_endpoint_accepts_with_the_same_types()
            throws IOException {
        var document = document();
        Map<String, List<String>> documented = new LinkedHashMap<>();
        flatten(document, schema(document, "LeadRequest"), "", documented);

        assertThat(new ArrayList<>(documented.keySet())).as("in the same order as the code lists them")
                .containsExactlyElementsOf(LeadRequestReader.ACCEPTED.keySet());
        LeadRequestReader.ACCEPTED.forEach((field, kind) -> {
            List<String> expected = switch (kind) {
                case TEXT -> List.of("string", "null");
                case TEXT_OR_NUMBER -> List.of("string", "integer", "null");
                case NUMBER -> List.of("number", "integer", "string", "null");
                case FLAG -> List.of("boolean", "string", "null");
            };
            assertThat(expected).as(field + " is documented as " + documented.get(field))
                    .containsAll(documented.get(field));
            assertThat(documented.get(field)).as(field).contains("string", "null");
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void every_status_the_lead_endpoint_answers_is_documented() throws IOException {
        var paths = (Map<String, Object>) document().get("paths");
        var post = (Map<String, Object>) ((Map<String, Object>) paths.get("/api/v1/leads")).get("post");
        var responses = (Map<String, Object>) post.get("responses");

        assertThat(responses.keySet()).containsExactlyInAnyOrder("200", "201", "400", "401", "403", "405", "413",
                "429", "500");
        assertThat(post.get("requestBody").toString()).contains("LeadRequest");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_documented_event_fields_and_types_are_exactly_those_the_events_endpoint_accepts() throws IOException {
        var document = document();
        var event = schema(document, "LeadEvent");
        var properties = (Map<String, Object>) event.get("properties");

        assertThat(event.get("additionalProperties")).isEqualTo(false);
        assertThat(new ArrayList<>(properties.keySet())).containsExactlyElementsOf(LeadEventRequestReader.EVENT_FIELDS);
        var type = (Map<String, Object>) properties.get("type");
        assertThat((List<String>) type.get("enum")).containsExactlyElementsOf(
                java.util.Arrays.stream(com.porchlight.lead.EventType.values()).map(Enum::name).toList());
        var detail = (Map<String, Object>) properties.get("detail");
        assertThat(detail.get("maxLength")).isEqualTo(com.porchlight.lead.LeadEventService.MAX_DETAIL);
        var events = (Map<String, Object>) ((Map<String, Object>) schema(document, "LeadEventsRequest")
                .get("properties")).get("events");
        assertThat(events.get("maxItems")).isEqualTo(com.porchlight.lead.LeadEventService.MAX_EVENTS);
    }

    @Test
    @SuppressWarnings("unchecked")
    void every_status_the_events_endpoint_answers_is_documented_and_the_intake_answer_carries_the_score()
            throws IOException {
        var document = document();
        var paths = (Map<String, Object>) document.get("paths");
        var post = (Map<String, Object>) ((Map<String, Object>) paths.get(LeadEventController.PATH)).get("post");
        var responses = (Map<String, Object>) post.get("responses");

        assertThat(responses.keySet()).containsExactlyInAnyOrder("200", "201", "400", "401", "403", "405", "413",
                "429", "500");
        assertThat(post.get("requestBody").toString()).contains("LeadEventsRequest");
        var created = (Map<String, Object>) schema(document, "LeadCreated").get("properties");
        assertThat(created.keySet()).containsExactlyInAnyOrder(
                java.util.Arrays.stream(LeadIntakeResponses.Created.class.getRecordComponents())
                        .map(java.lang.reflect.RecordComponent::getName).toArray(String[]::new));
        assertThat(((Map<String, Object>) schema(document, "LeadScore").get("properties")).keySet())
                .containsExactlyInAnyOrder(java.util.Arrays.stream(LeadEventResponses.Score.class.getRecordComponents())
                        .map(java.lang.reflect.RecordComponent::getName).toArray(String[]::new));
    }
}
