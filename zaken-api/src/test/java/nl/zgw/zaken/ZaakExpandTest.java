package nl.zgw.zaken;

import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.common.security.autorisaties.Scopes;
import nl.zgw.common.security.autorisaties.Vertrouwelijkheidaanduiding;
import nl.zgw.common.testfixtures.TestAutorisaties;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static nl.zgw.zaken.Fixtures.ROOT;
import static nl.zgw.zaken.Fixtures.admin;
import static nl.zgw.zaken.Fixtures.as;
import static nl.zgw.zaken.Fixtures.path;
import static nl.zgw.zaken.Fixtures.zaakBody;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** expand (standard §1.8) on the zaak: zaaktype (Catalogi), hoofdzaak, deelzaken, relevanteAndereZaken, nesting. */
@QuarkusTest
class ZaakExpandTest {

    @Test
    void expandsZaaktypeHoofdzaakDeelzakenAndRelevanteAndereZaken() {
        Fixtures.Zaaktype zt = Fixtures.zaaktype();
        String hoofdzaak = Fixtures.zaak(zt.url());
        String ander = Fixtures.zaak(zt.url());
        Map<String, Object> deel = zaakBody(zt.url());
        deel.put("hoofdzaak", hoofdzaak);
        deel.put("relevanteAndereZaken", List.of(Map.of("url", ander, "aardRelatie", "vervolg")));
        String deelzaak = Fixtures.zaak(deel);
        as(admin()).queryParam("expand", "zaaktype.catalogus,hoofdzaak.deelzaken,relevanteAndereZaken")
                .get(path(deelzaak)).then().statusCode(200)
                .body("_expand.zaaktype.url", equalTo(zt.url()))
                .body("_expand.zaaktype._expand.catalogus.url", equalTo(zt.catalogus()))
                .body("_expand.hoofdzaak.url", equalTo(hoofdzaak))
                .body("_expand.hoofdzaak._expand.deelzaken.url", contains(deelzaak))
                .body("_expand.relevanteAndereZaken.url", contains(ander));
        as(admin()).queryParam("expand", "status,rollen").get(path(hoofdzaak)).then().statusCode(200)
                .body("_expand.status", anEmptyMap());
    }

    @Test
    void anInvisibleHoofdzaakIsLeftOut() {
        Fixtures.Zaaktype zt = Fixtures.zaaktype();
        String hoofdzaak = Fixtures.zaak(zt.url(), "geheim");
        Map<String, Object> deel = zaakBody(zt.url());
        deel.put("hoofdzaak", hoofdzaak);
        deel.put("vertrouwelijkheidaanduiding", "openbaar");
        String deelzaak = Fixtures.zaak(deel);
        String lezer = TestAutorisaties.client("expand-lezer").zaaktype(zt.url(), Vertrouwelijkheidaanduiding.INTERN,
                Scopes.Zrc.LEZEN).bearer();
        as(lezer).queryParam("expand", "hoofdzaak").get(path(deelzaak)).then().statusCode(200)
                .body("_expand.hoofdzaak", anEmptyMap());
    }

    @Test
    void anUnknownExpandFieldIs400() {
        as(admin()).queryParam("expand", "kleur").get(ROOT + "/zaken").then().statusCode(400)
                .body("invalidParams.findAll { it.name == 'expand' }.code", hasItem("invalid-expand-field"));
    }
}
