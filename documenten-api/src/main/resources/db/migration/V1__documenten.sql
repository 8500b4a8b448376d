-- The document identity: one row per enkelvoudiginformatieobject, whatever its number of versions.
CREATE TABLE enkelvoudiginformatieobject (
    id              bigserial    PRIMARY KEY,
    uuid            uuid         NOT NULL UNIQUE,
    lock            varchar(64),
    upload_id       varchar(200),
    upload_omvang   bigint
);

-- One row per versie; the columns lists filter on are real columns, the descriptive rest is a jsonb document.
CREATE TABLE eio_versie (
    id                          bigserial     PRIMARY KEY,
    document_id                 bigint        NOT NULL REFERENCES enkelvoudiginformatieobject (id) ON DELETE CASCADE,
    versie                      integer       NOT NULL,
    laatste                     boolean       NOT NULL,
    begin_registratie           timestamptz   NOT NULL,
    identificatie               varchar(40)   NOT NULL,
    bronorganisatie             varchar(9)    NOT NULL,
    informatieobjecttype        varchar(1000) NOT NULL,
    vertrouwelijkheidaanduiding varchar(20)   NOT NULL,
    titel                       varchar(200)  NOT NULL,
    auteur                      varchar(200)  NOT NULL,
    creatiedatum                date          NOT NULL,
    status                      varchar(20),
    is_gereed_voor_publicatie   boolean,
    indicatie_gebruiksrecht     boolean,
    trefwoorden                 text          NOT NULL DEFAULT '',
    content_key                 varchar(500),
    bestandsomvang              bigint,
    sha256                      varchar(64),
    inhoud_corrupt              boolean       NOT NULL DEFAULT false,
    data                        jsonb         NOT NULL,
    CONSTRAINT eio_versie_uniek UNIQUE (document_id, versie)
);
CREATE INDEX eio_versie_laatste_idx ON eio_versie (document_id) WHERE laatste;
CREATE INDEX eio_versie_identificatie_idx ON eio_versie (identificatie);
CREATE INDEX eio_versie_bronorganisatie_idx ON eio_versie (bronorganisatie, identificatie);
CREATE INDEX eio_versie_type_idx ON eio_versie (informatieobjecttype, vertrouwelijkheidaanduiding);
CREATE INDEX eio_versie_titel_idx ON eio_versie (titel);
CREATE INDEX eio_versie_auteur_idx ON eio_versie (auteur);
CREATE INDEX eio_versie_creatiedatum_idx ON eio_versie (creatiedatum);
CREATE INDEX eio_versie_trefwoorden_idx ON eio_versie (trefwoorden);
CREATE INDEX eio_versie_content_key_idx ON eio_versie (content_key);
CREATE INDEX eio_versie_begin_registratie_idx ON eio_versie (document_id, begin_registratie);

-- A part of a chunked upload (bestandsdelen) of the document's pending version.
CREATE TABLE bestandsdeel (
    id            bigserial   PRIMARY KEY,
    uuid          uuid        NOT NULL UNIQUE,
    document_id   bigint      NOT NULL REFERENCES enkelvoudiginformatieobject (id) ON DELETE CASCADE,
    volgnummer    integer     NOT NULL,
    omvang        bigint      NOT NULL,
    voltooid      boolean     NOT NULL DEFAULT false,
    CONSTRAINT bestandsdeel_uniek UNIQUE (document_id, volgnummer)
);
CREATE INDEX enkelvoudiginformatieobject_upload_idx ON enkelvoudiginformatieobject (upload_id);

CREATE TABLE gebruiksrecht (
    id                       bigserial    PRIMARY KEY,
    uuid                     uuid         NOT NULL UNIQUE,
    document_id              bigint       NOT NULL REFERENCES enkelvoudiginformatieobject (id) ON DELETE CASCADE,
    startdatum               timestamptz  NOT NULL,
    einddatum                timestamptz,
    omschrijving_voorwaarden text         NOT NULL
);
CREATE INDEX gebruiksrecht_document_idx ON gebruiksrecht (document_id);
CREATE INDEX gebruiksrecht_startdatum_idx ON gebruiksrecht (startdatum);
CREATE INDEX gebruiksrecht_einddatum_idx ON gebruiksrecht (einddatum);

CREATE TABLE objectinformatieobject (
    id            bigserial     PRIMARY KEY,
    uuid          uuid          NOT NULL UNIQUE,
    document_id   bigint        NOT NULL REFERENCES enkelvoudiginformatieobject (id),
    object        varchar(1000) NOT NULL,
    object_type   varchar(20)   NOT NULL,
    CONSTRAINT objectinformatieobject_uniek UNIQUE (document_id, object)
);
CREATE INDEX objectinformatieobject_object_idx ON objectinformatieobject (object, object_type);
CREATE INDEX objectinformatieobject_type_idx ON objectinformatieobject (object_type);

CREATE TABLE verzending (
    id            bigserial     PRIMARY KEY,
    uuid          uuid          NOT NULL UNIQUE,
    document_id   bigint        NOT NULL REFERENCES enkelvoudiginformatieobject (id) ON DELETE CASCADE,
    aard_relatie  varchar(20)   NOT NULL,
    betrokkene    varchar(200)  NOT NULL,
    data          jsonb         NOT NULL
);
CREATE INDEX verzending_document_idx ON verzending (document_id);
CREATE INDEX verzending_aard_relatie_idx ON verzending (aard_relatie);
CREATE INDEX verzending_betrokkene_idx ON verzending (betrokkene);

-- DOCUMENT-<year>-<10 digits> for a document created without identificatie
CREATE SEQUENCE eio_identificatie_seq;
