package com.anchang.notification.adapter.provider;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * WireMock standing in for Alibaba Cloud's SMS API (dysmsapi, RPC style: POST / with the action in
 * {@code x-acs-action} and the parameters in the query). SendSms answers OK with a BizId unless a test
 * stubs otherwise; QuerySendDetails answers from what it received, as Alibaba's send records would:
 * every SendSms to the number with its OutId. Counts sends by OutId (the dedup reference).
 */
public final class AlibabaSmsStandIn implements AutoCloseable {

    private final WireMockServer server;

    public AlibabaSmsStandIn() {
        SendRecords records = new SendRecords();
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort().containerThreads(40)
                .extensions(records));
        records.server = server;
        server.start();
        server.stubFor(post(urlPathEqualTo("/")).withHeader("x-acs-action", equalTo("SendSms")).atPriority(10)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"Code\":\"OK\",\"Message\":\"OK\",\"BizId\":\"{{randomValue length=18 type='NUMERIC'}}^0\","
                                + "\"RequestId\":\"{{randomValue type='UUID'}}\"}")
                        .withTransformers("response-template")));
        server.stubFor(post(urlPathEqualTo("/")).withHeader("x-acs-action", equalTo("QuerySendDetails")).atPriority(10)
                .willReturn(aResponse().withTransformers(SendRecords.NAME)));
    }

    public WireMockServer server() {
        return server;
    }

    public String endpoint() {
        return "localhost:" + server.port();
    }

    /** The SendSms requests received. */
    public List<LoggedRequest> sends() {
        return server.findAll(postRequestedFor(urlPathEqualTo("/")).withHeader("x-acs-action", equalTo("SendSms")));
    }

    /** How many SendSms requests each OutId came in. */
    public Map<String, Long> sendsByOutId() {
        return sends().stream().collect(Collectors.groupingBy(r -> r.queryParameter("OutId").firstValue(),
                Collectors.counting()));
    }

    @Override
    public void close() {
        server.stop();
    }

    /** QuerySendDetails from the SendSms requests the stand-in received. */
    static final class SendRecords implements ResponseDefinitionTransformerV2 {

        static final String NAME = "alibaba-send-records";
        WireMockServer server;

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            String phone = event.getRequest().queryParameter("PhoneNumber").firstValue();
            Function<LoggedRequest, String> detail = r -> "{\"OutId\":\"" + r.queryParameter("OutId").firstValue()
                    + "\",\"PhoneNum\":\"" + phone + "\",\"SendStatus\":3,\"TemplateCode\":\""
                    + r.queryParameter("TemplateCode").firstValue() + "\"}";
            String details = server.findAll(postRequestedFor(urlPathEqualTo("/"))
                            .withHeader("x-acs-action", equalTo("SendSms"))
                            .withQueryParam("PhoneNumbers", equalTo(phone))).stream()
                    .map(detail).collect(Collectors.joining(","));
            return ResponseDefinitionBuilder.responseDefinition().withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"Code\":\"OK\",\"Message\":\"OK\",\"RequestId\":\"q\",\"TotalCount\":\"1\","
                            + "\"SmsSendDetailDTOs\":{\"SmsSendDetailDTO\":[" + details + "]}}").build();
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public String getName() {
            return NAME;
        }
    }
}
