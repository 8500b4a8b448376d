-- ZAAKCONTACTMOMENT (zrc-025) and ZAAKVERZOEK (zrc-024): relations to resources of APIs outside this project,
-- mirrored there (objectcontactmomenten, objectverzoeken) through zgw_synchronisatie.
CREATE TABLE zaakcontactmoment (
    id            bigserial     PRIMARY KEY,
    uuid          uuid          NOT NULL UNIQUE,
    zaak_id       bigint        NOT NULL REFERENCES zaak (id) ON DELETE CASCADE,
    contactmoment varchar(1000) NOT NULL,
    CONSTRAINT zaakcontactmoment_uniek UNIQUE (zaak_id, contactmoment)
);
CREATE INDEX zaakcontactmoment_contactmoment_idx ON zaakcontactmoment (contactmoment);

CREATE TABLE zaakverzoek (
    id      bigserial     PRIMARY KEY,
    uuid    uuid          NOT NULL UNIQUE,
    zaak_id bigint        NOT NULL REFERENCES zaak (id) ON DELETE CASCADE,
    verzoek varchar(1000) NOT NULL,
    CONSTRAINT zaakverzoek_uniek UNIQUE (zaak_id, verzoek)
);
CREATE INDEX zaakverzoek_verzoek_idx ON zaakverzoek (verzoek);
