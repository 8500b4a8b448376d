-- ZAAK-INFORMATIEOBJECT (zrc-003/004/005/017): a document of the Documenten API related to a zaak. Its mirror, the
-- objectinformatieobject in the Documenten API, is kept in line through zgw_synchronisatie (db/zgw-sync).
CREATE TABLE zaakinformatieobject (
    id                 bigserial     PRIMARY KEY,
    uuid               uuid          NOT NULL UNIQUE,
    zaak_id            bigint        NOT NULL REFERENCES zaak (id) ON DELETE CASCADE,
    informatieobject   varchar(1000) NOT NULL,
    titel              varchar(200)  NOT NULL DEFAULT '',
    beschrijving       text          NOT NULL DEFAULT '',
    registratiedatum   timestamptz   NOT NULL,
    vernietigingsdatum timestamptz,
    status             varchar(1000),
    CONSTRAINT zaakinformatieobject_uniek UNIQUE (zaak_id, informatieobject)
);
-- filter informatieobject; the zaak filter and the per-zaak rendering use the unique index (zaak_id, ...)
CREATE INDEX zaakinformatieobject_informatieobject_idx ON zaakinformatieobject (informatieobject);
