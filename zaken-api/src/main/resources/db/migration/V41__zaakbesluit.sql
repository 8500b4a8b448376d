-- ZAAKBESLUIT: the Besluiten API registers a besluit of a zaak here (brc-006).
CREATE TABLE zaakbesluit (
    id      bigserial     PRIMARY KEY,
    uuid    uuid          NOT NULL UNIQUE,
    zaak_id bigint        NOT NULL REFERENCES zaak (id) ON DELETE CASCADE,
    besluit varchar(1000) NOT NULL,
    CONSTRAINT zaakbesluit_uniek UNIQUE (zaak_id, besluit)
);
CREATE INDEX zaakbesluit_besluit_idx ON zaakbesluit (besluit);
