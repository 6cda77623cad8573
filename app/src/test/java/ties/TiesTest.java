package ties;

import org.springframework.boot.test.context.SpringBootTest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The one Spring test context the end-to-end tests share (Spring caches it across classes): the
 * whole service on a random port over an in-memory H2 database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = TiesApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:ties-test;DB_CLOSE_DELAY=-1",
        "ties.limits.max-body=64KB",
        "ties.read-your-writes.max-wait=1s",
        // Tests end with live feeds whose readers are gone; nothing is gained by waiting for them.
        "server.shutdown=immediate"
})
public @interface TiesTest {
}
