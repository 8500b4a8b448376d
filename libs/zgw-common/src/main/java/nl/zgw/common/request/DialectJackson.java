package nl.zgw.common.request;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Binding as the reference's fields bind: a number is taken as text for a string field (DRF's {@code CharField}
 * does), a boolean is not ({@code invalid}); a boolean is what DRF's {@code BooleanField} takes
 * ({@link BooleanDeserializer}: not {@code 3}); a fraction is no integer ({@code invalid}, not truncated); a date-time
 * without offset is Dutch local time ({@link DateTimes}); a date is text, never a number
 * ({@link LocalDateDeserializer}).
 */
@Singleton
public class DialectJackson implements ObjectMapperCustomizer {

    /** Last, after Quarkus registered the Java-time module: the module registered last decides a type's reader. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.registerModule(new SimpleModule("zgw-date-times")
                .addDeserializer(OffsetDateTime.class, new OffsetDateTimeDeserializer())
                .addDeserializer(LocalDate.class, new LocalDateDeserializer())
                .addDeserializer(Boolean.class, new BooleanDeserializer(false))
                .addDeserializer(Boolean.TYPE, new BooleanDeserializer(true)));
    }
}
