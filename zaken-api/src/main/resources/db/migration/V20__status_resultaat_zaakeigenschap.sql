-- zaken-status: statussen, resultaten and zaakeigenschappen of a zaak (removed with it, zrc-023)

CREATE TABLE status (
    id                  bigserial     PRIMARY KEY,
    uuid                uuid          NOT NULL UNIQUE,
    zaak_id             bigint        NOT NULL REFERENCES zaak (id) ON DELETE CASCADE,
    statustype          varchar(1000) NOT NULL,
    datum_status_gezet  timestamptz   NOT NULL,
    statustoelichting   varchar(1000) NOT NULL DEFAULT '',
    gezetdoor           varchar(200)  NOT NULL DEFAULT '',
    -- the status with the latest datumStatusGezet of its zaak (indicatieLaatstGezetteStatus, zaak.status)
    laatst_gezet        boolean       NOT NULL DEFAULT false,
    -- the reference implementation: (zaak, datumStatusGezet) is unique
    CONSTRAINT status_zaak_datum_uniek UNIQUE (zaak_id, datum_status_gezet)
);
CREATE INDEX status_statustype_idx ON status (statustype);
CREATE INDEX status_laatst_gezet_idx ON status (zaak_id) WHERE laatst_gezet;

CREATE TABLE resultaat (
    id             bigserial     PRIMARY KEY,
    uuid           uuid          NOT NULL UNIQUE,
    -- one resultaat per zaak
    zaak_id        bigint        NOT NULL UNIQUE REFERENCES zaak (id) ON DELETE CASCADE,
    resultaattype  varchar(1000) NOT NULL,
    toelichting    varchar(1000) NOT NULL DEFAULT ''
);
CREATE INDEX resultaat_resultaattype_idx ON resultaat (resultaattype);

CREATE TABLE zaakeigenschap (
    id          bigserial     PRIMARY KEY,
    uuid        uuid          NOT NULL UNIQUE,
    zaak_id     bigint        NOT NULL REFERENCES zaak (id) ON DELETE CASCADE,
    eigenschap  varchar(1000) NOT NULL,
    -- a copy of the eigenschap's naam (zrc-021 afleidingswijze eigenschap looks it up by naam)
    naam        varchar(200)  NOT NULL,
    waarde      text          NOT NULL
);
CREATE INDEX zaakeigenschap_zaak_idx ON zaakeigenschap (zaak_id, naam);
