-- Zaken API 1.7.0 (zaken-rollen, V30..V39): rollen, zaakobjecten, klantcontacten, zaaknotities.
-- The identificatie groups are stored as the OAS shapes them (jsonb); every value a filter reads is an extracted,
-- indexed column. Every row goes with its zaak (ON DELETE CASCADE, zrc-023).

CREATE TABLE rol (
    id                          bigserial     PRIMARY KEY,
    uuid                        uuid          NOT NULL UNIQUE,
    zaak_id                     bigint        NOT NULL REFERENCES zaak (id) ON DELETE CASCADE,
    betrokkene                  varchar(1000) NOT NULL DEFAULT '',
    betrokkene_type             varchar(30)   NOT NULL,
    afwijkende_naam_betrokkene  varchar(625)  NOT NULL DEFAULT '',
    roltype                     varchar(1000) NOT NULL,
    omschrijving                varchar(100)  NOT NULL DEFAULT '',
    omschrijving_generiek       varchar(40)   NOT NULL DEFAULT '',
    roltoelichting              varchar(1000) NOT NULL DEFAULT '',
    registratiedatum            timestamptz   NOT NULL,
    indicatie_machtiging        varchar(20)   NOT NULL DEFAULT '',
    contactpersoon_rol          jsonb,
    betrokkene_identificatie    jsonb,
    -- extracted from betrokkene_identificatie for the filters of /rollen and the rol__ filters of /zaken
    inp_bsn                     varchar(9),
    anp_identificatie           varchar(17),
    inp_a_nummer                varchar(10),
    inn_nnp_id                  varchar(9),
    ann_identificatie           varchar(17),
    vestigings_nummer           varchar(24),
    medewerker_identificatie    varchar(254),
    org_eenheid_identificatie   varchar(24)
);
CREATE INDEX rol_zaak_idx ON rol (zaak_id);
CREATE INDEX rol_betrokkene_idx ON rol (betrokkene, zaak_id) WHERE betrokkene <> '';
CREATE INDEX rol_betrokkene_type_idx ON rol (betrokkene_type, zaak_id);
CREATE INDEX rol_roltype_idx ON rol (roltype);
CREATE INDEX rol_omschrijving_idx ON rol (omschrijving);
CREATE INDEX rol_omschrijving_generiek_idx ON rol (omschrijving_generiek, zaak_id);
-- by BSN at a million zaken: (value, zaak_id) so the EXISTS of GET /zaken is an index-only semi-join
CREATE INDEX rol_inp_bsn_idx ON rol (inp_bsn, zaak_id) WHERE inp_bsn IS NOT NULL;
CREATE INDEX rol_anp_identificatie_idx ON rol (anp_identificatie, zaak_id) WHERE anp_identificatie IS NOT NULL;
CREATE INDEX rol_inp_a_nummer_idx ON rol (inp_a_nummer, zaak_id) WHERE inp_a_nummer IS NOT NULL;
CREATE INDEX rol_inn_nnp_id_idx ON rol (inn_nnp_id, zaak_id) WHERE inn_nnp_id IS NOT NULL;
CREATE INDEX rol_ann_identificatie_idx ON rol (ann_identificatie, zaak_id) WHERE ann_identificatie IS NOT NULL;
CREATE INDEX rol_vestigings_nummer_idx ON rol (vestigings_nummer, zaak_id) WHERE vestigings_nummer IS NOT NULL;
CREATE INDEX rol_medewerker_identificatie_idx ON rol (medewerker_identificatie, zaak_id)
    WHERE medewerker_identificatie IS NOT NULL;
CREATE INDEX rol_org_eenheid_identificatie_idx ON rol (org_eenheid_identificatie, zaak_id)
    WHERE org_eenheid_identificatie IS NOT NULL;

CREATE TABLE zaakobject (
    id                              bigserial     PRIMARY KEY,
    uuid                            uuid          NOT NULL UNIQUE,
    zaak_id                         bigint        NOT NULL REFERENCES zaak (id) ON DELETE CASCADE,
    object                          varchar(1000) NOT NULL DEFAULT '',
    zaakobjecttype                  varchar(1000) NOT NULL DEFAULT '',
    object_type                     varchar(40)   NOT NULL,
    object_type_overige             varchar(100)  NOT NULL DEFAULT '',
    object_type_overige_definitie   jsonb,
    relatieomschrijving             varchar(80)   NOT NULL DEFAULT '',
    object_identificatie            jsonb
);
CREATE INDEX zaakobject_zaak_idx ON zaakobject (zaak_id);
CREATE INDEX zaakobject_object_idx ON zaakobject (object) WHERE object <> '';
CREATE INDEX zaakobject_object_type_idx ON zaakobject (object_type);
CREATE INDEX zaakobject_zaakobjecttype_idx ON zaakobject (zaakobjecttype) WHERE zaakobjecttype <> '';

CREATE TABLE klantcontact (
    id              bigserial     PRIMARY KEY,
    uuid            uuid          NOT NULL UNIQUE,
    zaak_id         bigint        NOT NULL REFERENCES zaak (id) ON DELETE CASCADE,
    identificatie   varchar(14)   NOT NULL,
    datumtijd       timestamptz   NOT NULL,
    kanaal          varchar(20)   NOT NULL DEFAULT '',
    onderwerp       varchar(200)  NOT NULL DEFAULT '',
    toelichting     varchar(1000) NOT NULL DEFAULT ''
);
CREATE INDEX klantcontact_zaak_idx ON klantcontact (zaak_id);

-- 1.7 /zaaknotities (EXPERIMENTEEL)
CREATE TABLE zaaknotitie (
    id                  bigserial     PRIMARY KEY,
    uuid                uuid          NOT NULL UNIQUE,
    zaak_id             bigint        NOT NULL REFERENCES zaak (id) ON DELETE CASCADE,
    onderwerp           varchar(255)  NOT NULL,
    tekst               text          NOT NULL,
    aangemaakt_door     varchar(255)  NOT NULL DEFAULT '',
    notitie_type        varchar(10)   NOT NULL DEFAULT 'intern',
    status              varchar(20)   NOT NULL DEFAULT 'concept',
    aanmaakdatum        timestamptz   NOT NULL,
    wijzigingsdatum     timestamptz   NOT NULL
);
CREATE INDEX zaaknotitie_zaak_idx ON zaaknotitie (zaak_id);
CREATE INDEX zaaknotitie_aangemaakt_door_idx ON zaaknotitie (aangemaakt_door);
CREATE INDEX zaaknotitie_aanmaakdatum_idx ON zaaknotitie (aanmaakdatum);
CREATE INDEX zaaknotitie_wijzigingsdatum_idx ON zaaknotitie (wijzigingsdatum);
CREATE INDEX zaaknotitie_notitie_type_idx ON zaaknotitie (notitie_type);
CREATE INDEX zaaknotitie_status_idx ON zaaknotitie (status);
CREATE INDEX zaaknotitie_onderwerp_idx ON zaaknotitie (onderwerp);
