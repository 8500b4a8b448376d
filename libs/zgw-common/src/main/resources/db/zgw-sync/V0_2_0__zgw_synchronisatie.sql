-- Persisted synchronisations with other APIs (package nl.zgw.common.sync): a row is written in the transaction of the
-- change that needs the other side to follow (a mirror to create or delete) and carried out after commit, with
-- retries and backoff, until it succeeds. A service that uses them adds db/zgw-sync to quarkus.flyway.locations.
CREATE TABLE zgw_synchronisatie (
    id              BIGSERIAL PRIMARY KEY,
    soort           VARCHAR(100)  NOT NULL,
    sleutel         VARCHAR(2100) NOT NULL,
    gegevens        JSONB         NOT NULL,
    created_at      TIMESTAMPTZ   NOT NULL DEFAULT now(),
    attempts        INTEGER       NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ   NOT NULL DEFAULT now(),
    last_error      VARCHAR(500)
);
-- the relay only looks at due rows, oldest first
CREATE INDEX zgw_synchronisatie_due_idx ON zgw_synchronisatie (next_attempt_at, id);
-- rows of one sleutel run in the order they were written (an earlier row of the same sleutel holds a later one back)
CREATE INDEX zgw_synchronisatie_sleutel_idx ON zgw_synchronisatie (sleutel, id);
