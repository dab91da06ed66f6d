package com.anchang.transaction.adapter.web;

import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import java.util.Arrays;
import java.util.List;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A client's id for a request, from the {@value #HEADER} header (null when it sent none): its retries carry
 * the same and have one effect. A command of the deal takes it as a parameter of this type; the header is
 * read, and documented in the OpenAPI document, here once for all of them.
 */
public record RequestId(String value) {

    public static final String HEADER = "Idempotency-Key";

    /** Reads the header into a {@link RequestId} parameter, and documents it on every operation that takes one. */
    @Configuration(proxyBeanMethods = false)
    static class Parameters implements WebMvcConfigurer {

        static {
            SpringDocUtils.getConfig().addRequestWrapperToIgnore(RequestId.class);
        }

        @Override
        public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
            resolvers.add(new HandlerMethodArgumentResolver() {
                @Override
                public boolean supportsParameter(MethodParameter parameter) {
                    return RequestId.class.equals(parameter.getParameterType());
                }

                @Override
                public RequestId resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                        NativeWebRequest request, WebDataBinderFactory binderFactory) {
                    return new RequestId(request.getHeader(HEADER));
                }
            });
        }

        @Bean
        OperationCustomizer requestIdHeader() {
            return (operation, handler) -> {
                if (Arrays.stream(handler.getMethodParameters()).anyMatch(p -> p.getParameterType() == RequestId.class)) {
                    operation.addParametersItem(new HeaderParameter().name(HEADER).required(false)
                            .description("the client's id for this request, at most 64 characters; a retry with the "
                                    + "same one has one effect")
                            .schema(new StringSchema().maxLength(64)));
                }
                return operation;
            };
        }
    }
}
