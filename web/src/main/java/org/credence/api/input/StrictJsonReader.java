package org.credence.api.input;

import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Clock;
import org.credence.platform.ChinaTime;

/**
 * Every JSON request body bound to a Java type passes {@link StrictJson} before JSON-B reads it; JSON-B
 * alone truncates 4294967301 to 5 in an int, takes a number for text and keeps the last of two equal
 * keys. Raw bodies (text, bytes, streams, JSON-P values) keep their own readers.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class StrictJsonReader implements MessageBodyReader<Object> {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type != String.class && type != byte[].class && !InputStream.class.isAssignableFrom(type)
                && !Reader.class.isAssignableFrom(type) && !JsonValue.class.isAssignableFrom(type);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream body) {
        byte[] checked = StrictJson.checked(body, genericType == null ? type : genericType, ChinaTime.today(Clock.systemUTC()));
        if (checked == null) {
            return null;
        }
        return JSONB.fromJson(new ByteArrayInputStream(checked), genericType == null ? type : genericType);
    }
}
