package com.anchang.support.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Set;
import org.springframework.core.io.Resource;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A request whose answer the client cannot take is refused before it runs (406), not after: Spring picks the
 * answer's format once the handler has returned, so a {@code POST} with {@code Accept: application/xml} used
 * to be carried out and stored, and then answered 406 (a refusal with an effect), and a read of a customer's
 * full number was audited as disclosed (LEAD-10) though the answer never left. Applies to handlers that answer
 * JSON without naming their formats; those that name them (a workbook, a stream) are negotiated by Spring
 * before they run, and those that answer a file (bytes, a resource) are left to their own headers.
 */
public class AcceptableAnswers implements HandlerInterceptor, WebMvcConfigurer {

    private static final List<MediaType> ANSWERED = List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws HttpMediaTypeNotAcceptableException {
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank() || !(handler instanceof HandlerMethod method) || namesItsFormats(request) || answersAFile(method)) {
            return true;
        }
        List<MediaType> accepted;
        try {
            accepted = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            throw new HttpMediaTypeNotAcceptableException("the Accept header cannot be read: " + e.getMessage());
        }
        if (accepted.stream().anyMatch(type -> ANSWERED.stream().anyMatch(type::isCompatibleWith))) {
            return true;
        }
        throw new HttpMediaTypeNotAcceptableException(ANSWERED);
    }

    private static boolean namesItsFormats(HttpServletRequest request) {
        Object producible = request.getAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE);
        return producible instanceof Set<?> types && !types.isEmpty();
    }

    private static boolean answersAFile(HandlerMethod method) {
        Class<?> type = method.getReturnType().getParameterType();
        if (org.springframework.http.ResponseEntity.class.isAssignableFrom(type)) {
            type = method.getReturnType().nested().getNestedParameterType();
        }
        return byte[].class == type || Resource.class.isAssignableFrom(type);
    }
}
