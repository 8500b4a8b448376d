package nl.zgw.common.subresource;

import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.common.http.PublicUrls;
import nl.zgw.common.problem.ZgwException;
import nl.zgw.common.query.Where;
import nl.zgw.common.security.autorisaties.Autorisaties;
import nl.zgw.common.security.autorisaties.Vertrouwelijkheidaanduiding;

import java.util.Map;

/**
 * Test only: {@link TestHoofd} as a hoofdobject, authorised by zaaktype and level as a zaak is; its audit trail is
 * the test main object's ({@code /audited/{uuid}/audittrail}).
 */
@ApplicationScoped
public class TestHoofdobject implements Hoofdobject<TestHoofd> {

    static final String LEZEN = "zaken.lezen";
    static final String BIJWERKEN = "zaken.bijwerken";

    private final Autorisaties autorisaties;
    private final PublicUrls urls;

    public TestHoofdobject(Autorisaties autorisaties, PublicUrls urls) {
        this.autorisaties = autorisaties;
        this.urls = urls;
    }

    @Override
    public void toegang(TestHoofd hoofd, Handeling handeling) {
        String scope = handeling == Handeling.LEZEN ? LEZEN : BIJWERKEN;
        if (!autorisaties.mayAccess(scope, hoofd.zaaktype, Vertrouwelijkheidaanduiding.of(hoofd.vertrouwelijkheidaanduiding))) {
            throw ZgwException.permissionDenied();
        }
    }

    @Override
    public String join() {
        return "join e.hoofd h";
    }

    @Override
    public String fetch() {
        return "join fetch e.hoofd h";
    }

    @Override
    public Where zichtbaar(Where where) {
        return where.and(autorisaties.listFilter(LEZEN), "h.zaaktype", "h.vertrouwelijkheidaanduiding");
    }

    @Override
    public String url(TestHoofd hoofd) {
        return urls.resource("audited", hoofd.uuid);
    }

    @Override
    public Object kenmerken(TestHoofd hoofd) {
        return Map.of("soort", hoofd.soort);
    }
}
