package nl.zgw.documenten;

import static nl.zgw.documenten.Fixtures.admin;
import static nl.zgw.documenten.Fixtures.as;
import static nl.zgw.documenten.Fixtures.document;
import static nl.zgw.documenten.Fixtures.informatieobjecttype;
import static nl.zgw.documenten.Fixtures.lock;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import nl.zgw.common.security.autorisaties.Scopes;
import nl.zgw.common.security.autorisaties.Vertrouwelijkheidaanduiding;
import nl.zgw.common.testfixtures.TestAutorisaties;
import org.junit.jupiter.api.Test;

/** drc-009: lock, unlock, forced unlock and writes refused without the right lock. */
@QuarkusTest
class LockTest {


    @Test
    void drc009LockIdsAreUnguessable128BitHex() {
        String type = informatieobjecttype("openbaar");
        String a = lock(document(type, null));
        String b = lock(document(type, null));
        org.hamcrest.MatcherAssert.assertThat(a, matchesPattern("[0-9a-f]{32}"));
        org.hamcrest.MatcherAssert.assertThat(b, not(equalTo(a)));
    }

    @Test
    void drc009LockingALockedDocumentIsExistingLock() {
        String url = document(informatieobjecttype("openbaar"), null);
        lock(url);
        as(admin()).post(url + "/lock").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'nonFieldErrors' }.code", hasItem("existing-lock"));
        as(admin()).get(url).then().body("locked", equalTo(true));
    }

    @Test
    void drc009UpdateOfAnUnlockedDocumentIsUnlocked() {
        String url = document(informatieobjecttype("openbaar"), null);
        admin(Map.of("titel", "x", "lock", "0123456789abcdef0123456789abcdef")).patch(url).then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'nonFieldErrors' }.code", hasItem("unlocked"));
        admin(Map.of("titel", "x")).patch(url).then().statusCode(400)                       // drc-009b
                .body("invalidParams.findAll { it.name == 'nonFieldErrors' }.code", hasItem("unlocked"));
    }

    @Test
    void drc009UpdateWithoutOrWithAWrongLockIsRefused() {
        String url = document(informatieobjecttype("openbaar"), null);
        lock(url);
        // as the reference (and the VNG collection, drc-009e): a PATCH is partial, so a missing lock is the lock
        // rule's missing-lock-id (a PUT without it stays lock required)
        admin(Map.of("titel", "x")).patch(url).then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'nonFieldErrors' }.code", hasItem("missing-lock-id"));
        admin(Map.of("titel", "x", "lock", "fout")).patch(url).then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'nonFieldErrors' }.code", hasItem("incorrect-lock-id"));
        as(admin()).get(url).then().body("versie", equalTo(1));
    }

    @Test
    void drc009UnlockNeedsTheLockUnlessForced() {
        String type = informatieobjecttype("openbaar");
        String url = document(type, null);
        String lock = lock(url);
        String locker = TestAutorisaties.client("locker-" + UUID.randomUUID())
                .informatieobjecttype(type, Vertrouwelijkheidaanduiding.ZEER_GEHEIM, Scopes.Drc.LEZEN, Scopes.Drc.LOCK)
                .bearer();
        as(locker).body(Map.of()).post(url + "/unlock").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'nonFieldErrors' }.code", hasItem("missing-lock-id"));
        as(locker).body(Map.of("lock", "fout")).post(url + "/unlock").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'nonFieldErrors' }.code", hasItem("incorrect-lock-id"));
        as(locker).body(Map.of("lock", lock)).post(url + "/unlock").then().statusCode(204);
        as(admin()).get(url).then().body("locked", equalTo(false));

        lock(url);
        String forcer = TestAutorisaties.client("forcer-" + UUID.randomUUID())
                .informatieobjecttype(type, Vertrouwelijkheidaanduiding.ZEER_GEHEIM, Scopes.Drc.GEFORCEERD_UNLOCK)
                .bearer();
        as(forcer).body(Map.of()).post(url + "/unlock").then().statusCode(204);
        as(admin()).get(url).then().body("locked", equalTo(false));
    }

    @Test
    void lockNeedsTheLockScopeForTheDocumentsType() {
        String type = informatieobjecttype("openbaar");
        String url = document(type, null);
        String lezer = TestAutorisaties.client("lezer-" + UUID.randomUUID())
                .informatieobjecttype(type, Vertrouwelijkheidaanduiding.ZEER_GEHEIM, Scopes.Drc.LEZEN).bearer();
        as(lezer).post(url + "/lock").then().statusCode(403);
    }
}
