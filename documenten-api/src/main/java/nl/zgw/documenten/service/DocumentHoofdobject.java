package nl.zgw.documenten.service;

import jakarta.enterprise.context.RequestScoped;
import nl.zgw.common.problem.ZgwException;
import nl.zgw.common.query.Where;
import nl.zgw.common.security.autorisaties.Autorisaties;
import nl.zgw.common.security.autorisaties.Scopes;
import nl.zgw.common.subresource.Handeling;
import nl.zgw.common.subresource.Hoofdobject;
import nl.zgw.documenten.api.EioRepresentation;
import nl.zgw.documenten.domain.EnkelvoudigInformatieObject;
import nl.zgw.documenten.persistence.DocumentRepository;

/**
 * The document as the hoofdobject of gebruiksrechten, verzendingen and objectinformatieobjecten: the autorisatie of
 * its latest version (informatieobjecttype, vertrouwelijkheidaanduiding) with the scope of the operation, the same
 * in the list's predicate; writes are audited in the document's trail, notified with its kenmerken.
 */
@RequestScoped
public class DocumentHoofdobject implements Hoofdobject<EnkelvoudigInformatieObject> {

    private final EioService documents;
    private final DocumentRepository repository;
    private final EioRepresentation eios;
    private final Autorisaties autorisaties;

    public DocumentHoofdobject(EioService documents, DocumentRepository repository, EioRepresentation eios,
                               Autorisaties autorisaties) {
        this.documents = documents;
        this.repository = repository;
        this.eios = eios;
        this.autorisaties = autorisaties;
    }

    @Override
    public void toegang(EnkelvoudigInformatieObject document, Handeling handeling) {
        documents.requireLatest(document.uuid, switch (handeling) {
            case LEZEN -> Scopes.Drc.LEZEN;
            case BIJWERKEN -> Scopes.Drc.BIJWERKEN;
            case VERWIJDEREN -> Scopes.Drc.VERWIJDEREN;
        });
    }

    @Override
    public String join() {
        return "join e.document d join EioVersie v on v.document = d and v.laatste = true";
    }

    @Override
    public String fetch() {
        return "join fetch e.document d join EioVersie v on v.document = d and v.laatste = true";
    }

    @Override
    public Where zichtbaar(Where where) {
        return where.and(autorisaties.listFilter(Scopes.Drc.LEZEN), "v.informatieobjecttype",
                "v.vertrouwelijkheidaanduiding");
    }

    @Override
    public String url(EnkelvoudigInformatieObject document) {
        return eios.url(document.uuid);
    }

    /** The latest version's representation (bronorganisatie, informatieobjecttype, vertrouwelijkheidaanduiding). */
    @Override
    public Object kenmerken(EnkelvoudigInformatieObject document) {
        return eios.render(repository.latest(document.uuid).orElseThrow(ZgwException::notFound));
    }
}
