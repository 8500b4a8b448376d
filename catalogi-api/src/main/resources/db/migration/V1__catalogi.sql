-- Catalogi API 1.3.3. Every column a filter, join or rule needs is a real, indexed column; the remaining
-- descriptive attributes of a type live in its jsonb "data" document (as written by the client, validated).

CREATE TABLE catalogus (
    id      bigserial PRIMARY KEY,
    uuid    uuid        NOT NULL UNIQUE,
    domein  varchar(5)  NOT NULL,
    rsin    varchar(9)  NOT NULL,
    data    jsonb       NOT NULL,
    CONSTRAINT catalogus_domein_rsin_uniek UNIQUE (domein, rsin)
);
CREATE INDEX catalogus_rsin_idx ON catalogus (rsin);

CREATE TABLE informatieobjecttype (
    id               bigserial PRIMARY KEY,
    uuid             uuid         NOT NULL UNIQUE,
    catalogus_id     bigint       NOT NULL REFERENCES catalogus (id),
    omschrijving     varchar(80)  NOT NULL,
    concept          boolean      NOT NULL,
    begin_geldigheid date         NOT NULL,
    einde_geldigheid date,
    data             jsonb        NOT NULL
);
CREATE INDEX informatieobjecttype_catalogus_idx ON informatieobjecttype (catalogus_id, omschrijving, begin_geldigheid);
CREATE INDEX informatieobjecttype_omschrijving_idx ON informatieobjecttype (omschrijving);
CREATE INDEX informatieobjecttype_geldigheid_idx ON informatieobjecttype (begin_geldigheid, einde_geldigheid);

CREATE TABLE besluittype (
    id                    bigserial PRIMARY KEY,
    uuid                  uuid         NOT NULL UNIQUE,
    catalogus_id          bigint       NOT NULL REFERENCES catalogus (id),
    omschrijving          varchar(80)  NOT NULL,
    concept               boolean      NOT NULL,
    begin_geldigheid      date         NOT NULL,
    einde_geldigheid      date,
    informatieobjecttypen text[]       NOT NULL,
    data                  jsonb        NOT NULL
);
CREATE INDEX besluittype_catalogus_idx ON besluittype (catalogus_id, omschrijving, begin_geldigheid);
CREATE INDEX besluittype_omschrijving_idx ON besluittype (omschrijving);
CREATE INDEX besluittype_geldigheid_idx ON besluittype (begin_geldigheid, einde_geldigheid);
CREATE INDEX besluittype_iot_idx ON besluittype USING gin (informatieobjecttypen);

CREATE TABLE zaaktype (
    id                      bigserial PRIMARY KEY,
    uuid                    uuid         NOT NULL UNIQUE,
    catalogus_id            bigint       NOT NULL REFERENCES catalogus (id),
    identificatie           varchar(50)  NOT NULL,
    concept                 boolean      NOT NULL,
    begin_geldigheid        date         NOT NULL,
    einde_geldigheid        date,
    trefwoorden             text[]       NOT NULL,
    besluittypen            text[]       NOT NULL,
    deelzaaktypen           text[]       NOT NULL,
    selectielijst_procestype varchar(200),
    data                    jsonb        NOT NULL
);
CREATE INDEX zaaktype_catalogus_idx ON zaaktype (catalogus_id, identificatie, begin_geldigheid);
CREATE INDEX zaaktype_identificatie_idx ON zaaktype (identificatie);
CREATE INDEX zaaktype_geldigheid_idx ON zaaktype (begin_geldigheid, einde_geldigheid);
CREATE INDEX zaaktype_trefwoorden_idx ON zaaktype USING gin (trefwoorden);
CREATE INDEX zaaktype_besluittypen_idx ON zaaktype USING gin (besluittypen);

CREATE TABLE statustype (
    id          bigserial PRIMARY KEY,
    uuid        uuid    NOT NULL UNIQUE,
    zaaktype_id bigint  NOT NULL REFERENCES zaaktype (id) ON DELETE CASCADE,
    volgnummer  integer NOT NULL,
    data        jsonb   NOT NULL,
    CONSTRAINT statustype_volgnummer_uniek UNIQUE (zaaktype_id, volgnummer)
);

CREATE TABLE roltype (
    id                    bigserial PRIMARY KEY,
    uuid                  uuid         NOT NULL UNIQUE,
    zaaktype_id           bigint       NOT NULL REFERENCES zaaktype (id) ON DELETE CASCADE,
    omschrijving          varchar(100) NOT NULL,
    omschrijving_generiek varchar(20)  NOT NULL,
    data                  jsonb        NOT NULL
);
CREATE INDEX roltype_zaaktype_idx ON roltype (zaaktype_id);
CREATE INDEX roltype_omschrijving_generiek_idx ON roltype (omschrijving_generiek);

CREATE TABLE eigenschap (
    id            bigserial PRIMARY KEY,
    uuid          uuid        NOT NULL UNIQUE,
    zaaktype_id   bigint      NOT NULL REFERENCES zaaktype (id) ON DELETE CASCADE,
    naam          varchar(20) NOT NULL,
    statustype_id bigint      REFERENCES statustype (id) ON DELETE SET NULL,
    data          jsonb       NOT NULL
);
CREATE INDEX eigenschap_zaaktype_idx ON eigenschap (zaaktype_id);
CREATE INDEX eigenschap_statustype_idx ON eigenschap (statustype_id);

CREATE TABLE resultaattype (
    id                    bigserial PRIMARY KEY,
    uuid                  uuid        NOT NULL UNIQUE,
    zaaktype_id           bigint      NOT NULL REFERENCES zaaktype (id) ON DELETE CASCADE,
    omschrijving          varchar(30) NOT NULL,
    besluittypen          text[]      NOT NULL,
    informatieobjecttypen text[]      NOT NULL,
    data                  jsonb       NOT NULL
);
CREATE INDEX resultaattype_zaaktype_idx ON resultaattype (zaaktype_id);
CREATE INDEX resultaattype_besluittypen_idx ON resultaattype USING gin (besluittypen);

CREATE TABLE zaaktype_informatieobjecttype (
    id                   bigserial PRIMARY KEY,
    uuid                 uuid         NOT NULL UNIQUE,
    zaaktype_id          bigint       NOT NULL REFERENCES zaaktype (id) ON DELETE CASCADE,
    informatieobjecttype varchar(100) NOT NULL,
    volgnummer           integer      NOT NULL,
    richting             varchar(10)  NOT NULL,
    statustype_id        bigint       REFERENCES statustype (id) ON DELETE SET NULL
);
CREATE INDEX ziot_zaaktype_idx ON zaaktype_informatieobjecttype (zaaktype_id);
CREATE INDEX ziot_informatieobjecttype_idx ON zaaktype_informatieobjecttype (informatieobjecttype);
CREATE INDEX ziot_richting_idx ON zaaktype_informatieobjecttype (richting);
CREATE INDEX ziot_statustype_idx ON zaaktype_informatieobjecttype (statustype_id);

CREATE TABLE zaakobjecttype (
    id                   bigserial PRIMARY KEY,
    uuid                 uuid         NOT NULL UNIQUE,
    zaaktype_id          bigint       NOT NULL REFERENCES zaaktype (id) ON DELETE CASCADE,
    ander_objecttype     boolean      NOT NULL,
    objecttype           varchar(200) NOT NULL,
    relatie_omschrijving varchar(80)  NOT NULL,
    data                 jsonb        NOT NULL
);
CREATE INDEX zaakobjecttype_zaaktype_idx ON zaakobjecttype (zaaktype_id);
CREATE INDEX zaakobjecttype_objecttype_idx ON zaakobjecttype (objecttype);
CREATE INDEX zaakobjecttype_relatie_idx ON zaakobjecttype (relatie_omschrijving);

-- at most one concept version per (catalogus, identificatie / omschrijving); the use cases check it first
CREATE UNIQUE INDEX zaaktype_een_concept ON zaaktype (catalogus_id, identificatie) WHERE concept;
CREATE UNIQUE INDEX informatieobjecttype_een_concept ON informatieobjecttype (catalogus_id, omschrijving) WHERE concept;
CREATE UNIQUE INDEX besluittype_een_concept ON besluittype (catalogus_id, omschrijving) WHERE concept;
