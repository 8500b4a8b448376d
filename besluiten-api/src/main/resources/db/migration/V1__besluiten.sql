-- Besluiten API 1.1.0: besluit and besluitinformatieobject. Every column a filter, rule or the autorisatie predicate
-- reads is a real column with an index.
CREATE TABLE besluit (
    id                            BIGSERIAL     PRIMARY KEY,
    uuid                          UUID          NOT NULL UNIQUE,
    identificatie                 VARCHAR(50)   NOT NULL,
    verantwoordelijke_organisatie VARCHAR(9)    NOT NULL,
    besluittype                   VARCHAR(200)  NOT NULL,
    zaak                          VARCHAR(200),
    datum                         DATE          NOT NULL,
    toelichting                   TEXT          NOT NULL DEFAULT '',
    bestuursorgaan                VARCHAR(50)   NOT NULL DEFAULT '',
    ingangsdatum                  DATE          NOT NULL,
    vervaldatum                   DATE,
    vervalreden                   VARCHAR(30)   NOT NULL DEFAULT '',
    publicatiedatum               DATE,
    verzenddatum                  DATE,
    uiterlijke_reactiedatum       DATE,
    -- brc-002: unique within the organisation (also for concurrent creates: the database decides)
    CONSTRAINT besluit_identificatie_uniek UNIQUE (verantwoordelijke_organisatie, identificatie)
);
CREATE INDEX besluit_identificatie_idx ON besluit (identificatie);
CREATE INDEX besluit_besluittype_idx ON besluit (besluittype);
CREATE INDEX besluit_zaak_idx ON besluit (zaak);

-- brc-002: the counter behind generated identificaties, one row per organisation and year. Taken with
-- INSERT .. ON CONFLICT .. RETURNING (a row lock, never max()+1); it only grows, so a number is never handed out twice,
-- not even after the besluit that had it is deleted.
CREATE TABLE besluit_identificatie_teller (
    verantwoordelijke_organisatie VARCHAR(9) NOT NULL,
    jaar                          INTEGER    NOT NULL,
    laatste                       BIGINT     NOT NULL,
    PRIMARY KEY (verantwoordelijke_organisatie, jaar)
);

CREATE TABLE besluitinformatieobject (
    id               BIGSERIAL     PRIMARY KEY,
    uuid             UUID          NOT NULL UNIQUE,
    besluit_id       BIGINT        NOT NULL REFERENCES besluit (id) ON DELETE CASCADE,
    informatieobject VARCHAR(1000) NOT NULL,
    aard_relatie     VARCHAR(20)   NOT NULL DEFAULT 'legt_vast',
    registratiedatum TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT besluitinformatieobject_uniek UNIQUE (besluit_id, informatieobject)
);
CREATE INDEX besluitinformatieobject_informatieobject_idx ON besluitinformatieobject (informatieobject);
