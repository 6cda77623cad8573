package ties.faults;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import ties.TiesTest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The application the fault tests share: the whole service with {@link BoardFault} in the board's
 * processing group, on an in-memory database of its own (the faults must not reach the shared context).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@TiesTest
@Import({BoardFault.class, OutOfOrderCommits.class})
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:ties-faults;DB_CLOSE_DELAY=-1")
public @interface FaultsTest {
}
