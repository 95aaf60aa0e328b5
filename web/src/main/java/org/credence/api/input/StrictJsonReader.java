package org.credence.api.input;

import jakarta.annotation.Priority;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.reflect.Type;
import java.time.Clock;
import org.credence.platform.ChinaTime;

/**
 * Every JSON request body bound to a Java type passes {@link StrictJson} before JSON-B reads it; JSON-B
 * alone truncates 4294967301 to 5 in an int, takes a number for text and keeps the last of two equal
 * keys. Raw bodies (text, bytes, streams, JSON-P values) keep their own readers.
 *
 * <p>An interceptor, not a reader of its own: two readers of {@code application/json} for any type
 * (this one and JSON-B's) tie, and which of them a deployment picked was left to chance; every
 * interceptor runs, in front of whichever reader reads the body.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class StrictJsonReader implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!json(context.getMediaType()) || !bound(context.getType())) {
            return context.proceed();
        }
        Type type = context.getGenericType() == null ? context.getType() : context.getGenericType();
        byte[] checked = StrictJson.checked(context.getInputStream(), type, ChinaTime.today(Clock.systemUTC()));
        if (checked == null) {
            return null;
        }
        context.setInputStream(new ByteArrayInputStream(checked));
        return context.proceed();
    }

    static boolean json(MediaType type) {
        return type != null
                && ("json".equalsIgnoreCase(type.getSubtype()) && "application".equalsIgnoreCase(type.getType())
                        || type.getSubtype().toLowerCase(java.util.Locale.ROOT).endsWith("+json"));
    }

    static boolean bound(Class<?> type) {
        return type != String.class
                && type != byte[].class
                && !InputStream.class.isAssignableFrom(type)
                && !Reader.class.isAssignableFrom(type)
                && !JsonValue.class.isAssignableFrom(type);
    }
}
