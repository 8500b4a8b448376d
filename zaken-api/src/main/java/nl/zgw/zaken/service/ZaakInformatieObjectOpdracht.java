package nl.zgw.zaken.service;

import java.time.OffsetDateTime;

/** What a create or update of a zaakinformatieobject asks for (validated for its fields). */
public record ZaakInformatieObjectOpdracht(String informatieobject, String zaak, String titel, String beschrijving,
                                          OffsetDateTime vernietigingsdatum, String status) {
}
