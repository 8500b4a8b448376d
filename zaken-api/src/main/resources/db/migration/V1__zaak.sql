-- Zaken API 1.7.0: the zaak (Z1 owns V1..V19; sub-resources: V20..V29 status, V30..V39 rollen, V40..V49 zio).
-- Every column a filter, ordering, join, rule or the autorisatie predicate reads is a real, indexed column;
-- nested groups are jsonb. The geometry is GeoJSON (jsonb) with its bounding box for the `within` prefilter of
-- POST /zaken/_zoek (the exact test is done with JTS on the candidates), so no PostGIS is needed.
CREATE TABLE zaak (
    id                              bigserial     PRIMARY KEY,
    uuid                            uuid          NOT NULL UNIQUE,
    identificatie                   varchar(40)   NOT NULL,
    bronorganisatie                 varchar(9)    NOT NULL,
    omschrijving                    varchar(80)   NOT NULL DEFAULT '',
    toelichting                     varchar(1000) NOT NULL DEFAULT '',
    zaaktype                        varchar(1000) NOT NULL,
    zaaktype_uuid                   uuid,
    registratiedatum                date          NOT NULL,
    verantwoordelijke_organisatie   varchar(9)    NOT NULL,
    startdatum                      date          NOT NULL,
    einddatum                       date,
    einddatum_gepland               date,
    uiterlijke_einddatum_afdoening  date,
    publicatiedatum                 date,
    communicatiekanaal              varchar(1000) NOT NULL DEFAULT '',
    producten_of_diensten           jsonb         NOT NULL DEFAULT '[]',
    vertrouwelijkheidaanduiding     varchar(20)   NOT NULL,
    betalingsindicatie              varchar(20)   NOT NULL DEFAULT '',
    laatste_betaaldatum             timestamptz,
    zaakgeometrie                   jsonb,
    geo_min_x                       double precision,
    geo_min_y                       double precision,
    geo_max_x                       double precision,
    geo_max_y                       double precision,
    verlenging                      jsonb,
    opschorting                     jsonb,
    selectielijstklasse             varchar(1000) NOT NULL DEFAULT '',
    hoofdzaak_id                    bigint        REFERENCES zaak (id) ON DELETE CASCADE,
    relevante_andere_zaken          jsonb         NOT NULL DEFAULT '[]',
    kenmerken                       jsonb         NOT NULL DEFAULT '[]',
    archiefnominatie                varchar(20)   NOT NULL DEFAULT '',
    archiefstatus                   varchar(40)   NOT NULL DEFAULT 'nog_te_archiveren',
    archiefactiedatum               date,
    opdrachtgevende_organisatie     varchar(9)    NOT NULL DEFAULT '',
    processobjectaard               varchar(200),
    startdatum_bewaartermijn        date,
    processobject                   jsonb,
    aangemaakt_op                   timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT zaak_identificatie_uniek UNIQUE (bronorganisatie, identificatie)
);
-- zrc-006: the autorisatie predicate (zaaktype in the granted set, level within its maximum)
CREATE INDEX zaak_zaaktype_idx ON zaak (zaaktype, vertrouwelijkheidaanduiding);
CREATE INDEX zaak_zaaktype_uuid_idx ON zaak (zaaktype_uuid);
CREATE INDEX zaak_vertrouwelijkheid_idx ON zaak (vertrouwelijkheidaanduiding);
-- filters and orderings of GET /zaken and POST /zaken/_zoek
CREATE INDEX zaak_identificatie_idx ON zaak (identificatie);
CREATE INDEX zaak_bronorganisatie_idx ON zaak (bronorganisatie);
CREATE INDEX zaak_archiefnominatie_idx ON zaak (archiefnominatie);
CREATE INDEX zaak_archiefactiedatum_idx ON zaak (archiefactiedatum);
CREATE INDEX zaak_archiefstatus_idx ON zaak (archiefstatus);
CREATE INDEX zaak_startdatum_idx ON zaak (startdatum);
CREATE INDEX zaak_registratiedatum_idx ON zaak (registratiedatum);
CREATE INDEX zaak_einddatum_idx ON zaak (einddatum);
CREATE INDEX zaak_einddatum_gepland_idx ON zaak (einddatum_gepland);
CREATE INDEX zaak_uiterlijke_einddatum_afdoening_idx ON zaak (uiterlijke_einddatum_afdoening);
CREATE INDEX zaak_publicatiedatum_idx ON zaak (publicatiedatum);
CREATE INDEX zaak_hoofdzaak_idx ON zaak (hoofdzaak_id);
-- the bounding box prefilter of zaakgeometrie.within
CREATE INDEX zaak_geo_bbox_idx ON zaak (geo_min_x, geo_max_x, geo_min_y, geo_max_y) WHERE zaakgeometrie IS NOT NULL;

-- zrc-002 identificatie: one counter per bronorganisatie and year, taken with
-- INSERT ... ON CONFLICT DO UPDATE ... RETURNING (row lock, never max()+1)
CREATE TABLE zaak_identificatie_teller (
    bronorganisatie varchar(9) NOT NULL,
    jaar            integer    NOT NULL,
    laatste         bigint     NOT NULL,
    PRIMARY KEY (bronorganisatie, jaar)
);

-- POST /zaaknummer_reserveren: a reserved number is never issued again by the counter
CREATE TABLE zaak_identificatie_reservering (
    id              bigserial   PRIMARY KEY,
    bronorganisatie varchar(9)  NOT NULL,
    identificatie   varchar(40) NOT NULL,
    aangemaakt_op   timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT zaak_identificatie_reservering_uniek UNIQUE (bronorganisatie, identificatie)
);
