package org.credence.api.problem;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A resource method that takes bodies larger than the API's default limit, up to a configured one. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface LargeBody {

    /** The MicroProfile Config key of this method's limit in bytes. */
    String configKey();

    long defaultBytes();
}
