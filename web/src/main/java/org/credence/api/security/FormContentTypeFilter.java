package org.credence.api.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Locale;
import org.credence.api.problem.Problems;
import org.credence.platform.CredenceException;
import org.credence.platform.Message;

/**
 * Refuses with 415 a request to an operation that reads form fields ({@code POST /oauth/token}) when it
 * declares no content type at all. JAX-RS matches such a request to any operation and then cannot read
 * its form, which would end as an internal error; a request with another content type is refused by the
 * matching itself.
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 100)
public class FormContentTypeFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    /** A form sent without saying it is one. */
    static final class NotAForm extends CredenceException {
        NotAForm() {
            super("unsupported-media-type", 415, Message.of("http.title.415"), Message.of("oauth.form-content-type"));
        }
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (readsForm(resource == null ? null : resource.getResourceMethod())
                && !isForm(request.getHeaderString("Content-Type"))) {
            Locale language = Problems.language(request.getHeaderString("Accept-Language"));
            request.abortWith(
                    Problems.inLanguage(Problems.of(new NotAForm(), language).toResponse(), language));
        }
    }

    /** Whether an operation takes any of its parameters from a form. */
    static boolean readsForm(Method method) {
        return method != null
                && Arrays.stream(method.getParameterAnnotations())
                        .flatMap(Arrays::stream)
                        .map(Annotation::annotationType)
                        .anyMatch(FormParam.class::equals);
    }

    /** Whether a Content-Type header names a urlencoded form (parameters such as a charset allowed). */
    static boolean isForm(String contentType) {
        if (contentType == null) {
            return false;
        }
        int parameters = contentType.indexOf(';');
        String type = (parameters < 0 ? contentType : contentType.substring(0, parameters)).strip();
        return MediaType.APPLICATION_FORM_URLENCODED.equalsIgnoreCase(type);
    }
}
