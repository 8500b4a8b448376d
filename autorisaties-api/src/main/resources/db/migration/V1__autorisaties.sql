-- Autorisaties API 1.1.0: applicaties with their client ids and autorisaties (standard §7)
CREATE TABLE ac_applicatie (
    id                               BIGSERIAL PRIMARY KEY,
    uuid                             UUID         NOT NULL UNIQUE,
    label                            VARCHAR(100) NOT NULL,
    heeft_alle_autorisaties          BOOLEAN      NOT NULL,
    alleen_is_gereed_voor_publicatie BOOLEAN      NOT NULL
);

-- ac-001: a client id identifies exactly one applicatie (the primary key enforces it)
CREATE TABLE ac_applicatie_client_id (
    client_id     VARCHAR(50) PRIMARY KEY,
    applicatie_id BIGINT      NOT NULL REFERENCES ac_applicatie (id) ON DELETE CASCADE,
    positie       INTEGER     NOT NULL
);
CREATE INDEX ac_applicatie_client_id_applicatie_idx ON ac_applicatie_client_id (applicatie_id);

CREATE TABLE ac_autorisatie (
    id                              BIGSERIAL PRIMARY KEY,
    applicatie_id                   BIGINT        NOT NULL REFERENCES ac_applicatie (id) ON DELETE CASCADE,
    positie                         INTEGER       NOT NULL,
    component                       VARCHAR(3)    NOT NULL,
    scopes                          JSONB         NOT NULL,
    -- zaaktype (zrc), informatieobjecttype (drc) or besluittype (brc)
    type_url                        VARCHAR(1000),
    -- the uuid at the end of type_url, so a type deleted in the Catalogi is found whatever host named it
    type_uuid                       UUID,
    max_vertrouwelijkheidaanduiding VARCHAR(20)
);
CREATE INDEX ac_autorisatie_applicatie_idx ON ac_autorisatie (applicatie_id);
CREATE INDEX ac_autorisatie_type_url_idx ON ac_autorisatie (type_url);
CREATE INDEX ac_autorisatie_type_uuid_idx ON ac_autorisatie (type_uuid);

-- client credentials (client id -> HS256 secret), kept apart from applicaties: the standard has no secrets
CREATE TABLE ac_client_credential (
    client_id  VARCHAR(50)  PRIMARY KEY,
    secret     VARCHAR(255) NOT NULL,
    aangemaakt TIMESTAMP WITH TIME ZONE NOT NULL,
    gewijzigd  TIMESTAMP WITH TIME ZONE NOT NULL
);
