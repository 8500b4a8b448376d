package nl.zgw.documenten;

import io.quarkus.test.Mock;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.zgw.documenten.client.BronRelaties;

/**
 * The drc-004 seam in tests: the relations a test registered exist in the "source API"; objects a test registered
 * as unreachable answer OBJECT_ONBEREIKBAAR. The real Zaken API cannot yet be started by the tests (README, Known
 * gaps); {@code RemoteBronRelaties} is the production implementation.
 */
@Mock
public class RegisteredBronRelaties implements BronRelaties {

    static final Set<String> RELATIES = ConcurrentHashMap.newKeySet();
    static final Set<String> ONBEREIKBAAR = ConcurrentHashMap.newKeySet();

    static void relatie(String object, String informatieobject) {
        RELATIES.add(object + " " + informatieobject);
    }

    @Override
    public Uitkomst check(String objectType, String object, String informatieobject) {
        if (ONBEREIKBAAR.contains(object)) {
            return Uitkomst.OBJECT_ONBEREIKBAAR;
        }
        return RELATIES.contains(object + " " + informatieobject) ? Uitkomst.BESTAAT : Uitkomst.ONTBREEKT;
    }
}
