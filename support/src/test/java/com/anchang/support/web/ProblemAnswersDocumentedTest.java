package com.anchang.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ProblemAnswersDocumentedTest {

    static Operation answering(String type) {
        return new Operation().responses(new ApiResponses().addApiResponse("200", new ApiResponse().description("ok")
                .content(new Content().addMediaType(type, new MediaType()))));
    }

    @Test
    @DisplayName("every operation names its problem answers by what it is: input 400, /api 401/403, a path id 404, JSON 406, a command 409; a controller's own words stay")
    void problemAnswersByWhatTheOperationIs() {
        Operation hold = answering("application/json").requestBody(new RequestBody())
                .parameters(List.of(new Parameter().in("path").name("unitId")));
        hold.getResponses().addApiResponse("403", new ApiResponse().description("Not sales control of the unit's office")
                .content(new Content().addMediaType("*/*", new MediaType())));
        Operation board = answering("text/event-stream").parameters(List.of(new Parameter().in("query").name("officeId")));
        Operation receipt = answering("application/json");
        OpenAPI api = new OpenAPI().paths(new Paths()
                .addPathItem("/api/inventory/units/{unitId}/hold", new PathItem().post(hold))
                .addPathItem("/api/inventory/board/stream", new PathItem().get(board))
                .addPathItem("/callbacks/sms/receipts", new PathItem().post(receipt)));

        new ProblemAnswersDocumented().customise(api);

        assertThat(hold.getResponses()).containsOnlyKeys("200", "400", "401", "403", "404", "406", "409");
        assertThat(hold.getResponses().get("403").getDescription()).isEqualTo("Not sales control of the unit's office");
        assertThat(hold.getResponses().get("403").getContent()).containsOnlyKeys("application/problem+json");
        assertThat(hold.getResponses().get("409").getContent().get("application/problem+json").getSchema().get$ref())
                .isEqualTo("#/components/schemas/Problem");
        assertThat(board.getResponses()).as("a stream names its format: no 406 of ours; a read: no 409")
                .containsOnlyKeys("200", "400", "401", "403");
        assertThat(receipt.getResponses()).as("outside /api no bearer token").containsOnlyKeys("200", "406", "409");
        assertThat(api.getComponents().getSchemas().get("Problem").getProperties())
                .containsKeys("type", "title", "status", "detail", "rule", "field", "errors");
    }
}
