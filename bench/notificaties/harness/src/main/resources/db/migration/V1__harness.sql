-- the producer's resources (catalogue types), written in the same transaction as their outbox row
CREATE TABLE catalogus_type (
    seq         BIGSERIAL PRIMARY KEY,
    url         TEXT        NOT NULL UNIQUE,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp()
);
-- what the test subscriber received, every delivery (duplicates included)
CREATE TABLE received (
    id           BIGSERIAL PRIMARY KEY,
    resource_url TEXT        NOT NULL,
    received_at  TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX received_url_idx ON received (resource_url);
