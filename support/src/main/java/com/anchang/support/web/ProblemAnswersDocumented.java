package com.anchang.support.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Every operation of a service's OpenAPI document names the problem answers (RFC 9457, written by
 * {@link ProblemDetailsAdvice}) it can give, so a client generated from the document knows them: where a
 * controller describes a status itself, its words stay; the others are the platform's, added by what the
 * operation is:
 * <ul>
 * <li>400 for one that takes input (a body or parameters): the field at fault named in {@code field}, all of
 * them in {@code errors};</li>
 * <li>401 and 403 under {@code /api/} (a bearer token is required; the caller's role or office may not
 * allow it);</li>
 * <li>404 for one whose path names something: unknown, or not the caller's to see (its existence not
 * leaked);</li>
 * <li>406 for one that answers JSON: an {@code Accept} it cannot answer, refused before it runs
 * ({@link AcceptableAnswers});</li>
 * <li>409 for a command (POST, PUT, PATCH, DELETE): refused by a rule, whose id is in {@code rule}, or a
 * concurrent change to try again.</li>
 * </ul>
 */
public class ProblemAnswersDocumented implements OpenApiCustomizer {

    static final String PROBLEM_JSON = "application/problem+json";
    static final String SCHEMA = "Problem";

    @Override
    public void customise(OpenAPI api) {
        if (api.getPaths() == null) {
            return;
        }
        if (api.getComponents() == null) {
            api.setComponents(new Components());
        }
        api.getComponents().addSchemas(SCHEMA, problemSchema());
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                document(path, method, operation)));
    }

    static void document(String path, PathItem.HttpMethod method, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        if (operation.getRequestBody() != null || !parameters.isEmpty()) {
            add(operation, "400", "Bad input: the field at fault is named in `field`, every one in `errors`");
        }
        if (path.startsWith("/api/")) {
            add(operation, "401", "No bearer token, or one expired or not issued by identity-service");
            add(operation, "403", "The caller's role or office does not allow this");
        }
        if (parameters.stream().anyMatch(parameter -> "path".equals(parameter.getIn()))) {
            add(operation, "404", "Not found, or not the caller's to see (its existence is not told)");
        }
        if (answersJson(operation)) {
            add(operation, "406", "The Accept header names no format this answers (JSON); refused before anything is done");
        }
        if (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.PATCH || method == PathItem.HttpMethod.DELETE) {
            add(operation, "409", "Refused by a rule (its id in `rule`, e.g. UNIT-2), or changed concurrently: read "
                    + "again and retry");
        }
    }

    /** JSON, or no content at all, in every success it documents. */
    private static boolean answersJson(Operation operation) {
        return operation.getResponses().entrySet().stream()
                .filter(response -> response.getKey().startsWith("2"))
                .map(Map.Entry::getValue)
                .allMatch(response -> response.getContent() == null || response.getContent().isEmpty()
                        || response.getContent().keySet().stream().allMatch(type -> type.contains("json") || "*/*".equals(type)));
    }

    private static void add(Operation operation, String status, String description) {
        ApiResponse described = operation.getResponses().get(status);
        if (described == null) {
            operation.getResponses().addApiResponse(status, new ApiResponse().description(description).content(problem()));
        } else if (described.getContent() == null || !described.getContent().containsKey(PROBLEM_JSON)) {
            described.content(problem()); // the controller's words, the body every refusal has
        }
    }

    private static Content problem() {
        return new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + SCHEMA)));
    }

    private static Schema<?> problemSchema() {
        ObjectSchema fieldError = new ObjectSchema();
        fieldError.addProperty("field", new StringSchema().description("the field at fault"));
        fieldError.addProperty("message", new StringSchema());
        ObjectSchema problem = new ObjectSchema();
        problem.description("A problem answer (RFC 9457)");
        problem.addProperty("type", new StringSchema().format("uri").description("the kind of problem"));
        problem.addProperty("title", new StringSchema());
        problem.addProperty("status", new IntegerSchema().format("int32"));
        problem.addProperty("detail", new StringSchema().description("what happened, in a sentence"));
        problem.addProperty("instance", new StringSchema().format("uri"));
        problem.addProperty("rule", new StringSchema().description("the id of the rule that refused, e.g. LEAD-5"));
        problem.addProperty("field", new StringSchema().description("the (first) field at fault"));
        problem.addProperty("errors", new ArraySchema().items(fieldError));
        return problem;
    }
}
