package nl.zgw.autorisaties.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/** The {@code Applicatie} body of the OAS. */
@JsonPropertyOrder({"url", "clientIds", "label", "heeftAlleAutorisaties", "alleenIsGereedVoorPublicatie", "autorisaties"})
public record ApplicatieView(String url, List<String> clientIds, String label, boolean heeftAlleAutorisaties,
                             boolean alleenIsGereedVoorPublicatie, List<AutorisatieView> autorisaties) {

    /**
     * One autorisatie, shaped by its {@code component} (the OAS discriminator): zrc adds {@code zaaktype} and
     * {@code maxVertrouwelijkheidaanduiding}, drc {@code informatieobjecttype} and
     * {@code maxVertrouwelijkheidaanduiding}, brc {@code besluittype}; an unset type is "" as in the reference impl, an
     * unset {@code maxVertrouwelijkheidaanduiding} is left out (the file's enum has no "").
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"component", "componentWeergave", "scopes", "zaaktype", "informatieobjecttype", "besluittype",
            "maxVertrouwelijkheidaanduiding"})
    public record AutorisatieView(String component, String componentWeergave, List<String> scopes, String zaaktype,
                                  String informatieobjecttype, String besluittype,
                                  String maxVertrouwelijkheidaanduiding) {
    }
}
