package nl.zgw.autorisaties;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.zgw.common.events.AbonnementRegistratie;
import nl.zgw.common.events.CallbackAuth;
import nl.zgw.common.events.ZgwAbonnementConfig;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The Autorisaties API subscribes through the library's consumer kit to the Catalogi's type kanalen, without
 * filters, configured as before with {@code zgw.ac.callback.*} (registration itself: zgw-common
 * AbonnementRegistratieTest; the callback's effect: TypeVerwijderdCallbackTest).
 */
@QuarkusTest
class AbonnementTest {

    @Inject
    AbonnementRegistratie registratie;
    @Inject
    CallbackAuth auth;
    @Inject
    ZgwAbonnementConfig config;

    @Test
    void subscribesToTheTypeKanalenWithoutFilters() {
        assertEquals(List.of("besluittypen", "informatieobjecttypen", "zaaktypen"),
                registratie.kanalen().stream().map(AbonnementRegistratie.Kanaal::naam).sorted().toList());
        registratie.kanalen().forEach(k -> assertEquals(Map.of(), k.filters(), k.naam()));
    }

    @Test
    void theSettingsComeFromZgwAcCallback() {
        assertEquals(Optional.of("Bearer test-callback-token"), auth.value());
        // no callback URL in the tests: no abonnement is attempted
        assertEquals(Optional.empty(), config.callbackUrl());
        assertEquals(Duration.ofSeconds(30), config.retryInterval());
        assertFalse(registratie.configured());
    }
}
