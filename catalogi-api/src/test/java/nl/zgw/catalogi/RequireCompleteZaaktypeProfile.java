package nl.zgw.catalogi;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** The catalogue with Open Zaak's publish completeness check switched on. */
public class RequireCompleteZaaktypeProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("zgw.catalogi.publish.require-complete-zaaktype", "true");
    }
}
