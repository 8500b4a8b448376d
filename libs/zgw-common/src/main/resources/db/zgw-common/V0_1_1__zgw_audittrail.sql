-- Audit trail records (package nl.zgw.common.audit), written in the transaction of the change they describe.
CREATE TABLE zgw_audittrail (
    uuid                 UUID PRIMARY KEY,
    bron                 VARCHAR(50)   NOT NULL,
    applicatie_id        VARCHAR(100)  NOT NULL,
    applicatie_weergave  VARCHAR(200)  NOT NULL DEFAULT '',
    gebruikers_id        VARCHAR(255)  NOT NULL DEFAULT '',
    gebruikers_weergave  VARCHAR(255)  NOT NULL DEFAULT '',
    actie                VARCHAR(50)   NOT NULL,
    actie_weergave       VARCHAR(200)  NOT NULL DEFAULT '',
    resultaat            INTEGER       NOT NULL,
    hoofd_object         VARCHAR(1000) NOT NULL,
    resource             VARCHAR(50)   NOT NULL,
    resource_url         VARCHAR(1000) NOT NULL,
    toelichting          TEXT          NOT NULL DEFAULT '',
    resource_weergave    VARCHAR(200)  NOT NULL DEFAULT '',
    aanmaakdatum         TIMESTAMPTZ   NOT NULL DEFAULT now(),
    oud                  JSONB,
    nieuw                JSONB
);
CREATE INDEX zgw_audittrail_hoofd_object_idx ON zgw_audittrail (hoofd_object, aanmaakdatum);
