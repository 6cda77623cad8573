package ties.app.web;

import io.swagger.v3.oas.models.Operation;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.HandlerMethod;
import ties.command.web.RecordCommandApi;

import java.util.Locale;

/**
 * Names and summarises the operations every kind of record shares ({@link RecordCommandApi}): springdoc
 * would call them {@code createWithId_4}; a generated client gets {@code putActor}, {@code postActor},
 * {@code correctActor} and {@code withdrawActor}, for any record kind added later too. Marks the operations
 * that create a record, which {@link OperationAnswers} describes with their 201.
 */
@Component
public class RecordOperations implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        if (!RecordCommandApi.class.isAssignableFrom(handler.getBeanType())) {
            return operation;
        }
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), RequestMapping.class);
        if (mapping == null || mapping.path().length == 0) {
            return operation;
        }
        String collection = mapping.path()[0].substring(mapping.path()[0].lastIndexOf('/') + 1);
        String noun = collection.endsWith("ies") ? collection.substring(0, collection.length() - 3) + "y"
                : collection.endsWith("s") ? collection.substring(0, collection.length() - 1) : collection;
        String type = Character.toUpperCase(noun.charAt(0)) + noun.substring(1);
        String phrase = noun.replace('-', ' ').toLowerCase(Locale.ROOT);
        switch (handler.getMethod().getName()) {
            case "createWithId" -> named(operation, "put" + type, "Records a new " + phrase + " under an id the client "
                    + "chooses (a slug); sending the same record again changes nothing").addExtension(OperationAnswers.CREATES, true);
            case "createWithGeneratedId" -> named(operation, "post" + type, "Records a new " + phrase + " under an id made "
                    + "from its name or title (see Location)").addExtension(OperationAnswers.CREATES, true);
            case "correct" -> named(operation, "correct" + type, "Corrects the " + phrase + "'s facts; its history keeps "
                    + "the previous facts and the reason");
            case "withdraw" -> named(operation, "withdraw" + type, "Withdraws the " + phrase + " from current views; its "
                    + "history stays");
            default -> {
                // the record's own commands carry their own names and summaries
            }
        }
        return operation;
    }

    private static Operation named(Operation operation, String id, String summary) {
        operation.setOperationId(id);
        if (operation.getSummary() == null) {
            operation.setSummary(summary);
        }
        return operation;
    }
}
