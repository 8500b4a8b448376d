package nl.zgw.common.validation;

import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import nl.zgw.common.problem.InvalidParam;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Field errors in the order the request declares its fields, level by level (the reference's serializer order): the
 * VNG collection's zrc-012d reads {@code verlenging.reden} as the first error, before {@code verlenging.duur}.
 */
class DeclarationOrderTest {

    record Verlenging(@NotNull String reden, @NotNull String duur) {
    }

    record Zaak(@NotNull String zaaktype, @Valid Verlenging verlenging, @NotNull String bronorganisatie,
                List<@Valid Verlenging> eerdere) {
    }

    private final Validator validator = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    @Test
    void errorsFollowTheDeclaredFieldsNotTheAlphabet() {
        Zaak zaak = new Zaak(null, new Verlenging(null, null), null,
                List.of(new Verlenging("r", null), new Verlenging(null, "d")));
        List<String> names = FieldErrors.of(validator.validate(zaak), null).stream().map(InvalidParam::name).toList();
        assertEquals(List.of("zaaktype", "verlenging.reden", "verlenging.duur", "bronorganisatie", "eerdere.0.duur",
                "eerdere.1.reden"), names);
    }
}
