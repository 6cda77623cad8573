package ties.app.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler that touches neither the event store nor a read model (a pure calculation): the API
 * description does not declare the 503 that every other operation answers while the database is down.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface StoreFree {
}
