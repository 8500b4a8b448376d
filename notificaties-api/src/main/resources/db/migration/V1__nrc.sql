-- Notificaties API 1.0.1: kanalen, abonnementen with their kanalen + filters, received notificaties, and the
-- persisted delivery engine (one job per notificatie x abonnement, an attempt log).

CREATE TABLE kanaal (
    id                BIGSERIAL PRIMARY KEY,
    uuid              UUID         NOT NULL UNIQUE,
    naam              VARCHAR(50)  NOT NULL UNIQUE,
    documentatie_link VARCHAR(200) NOT NULL DEFAULT '',
    filters           JSONB        NOT NULL DEFAULT '[]'
);

CREATE TABLE abonnement (
    id           BIGSERIAL PRIMARY KEY,
    uuid         UUID         NOT NULL UNIQUE,
    callback_url TEXT         NOT NULL,
    auth         TEXT         NOT NULL,
    client_id    VARCHAR(200) NOT NULL DEFAULT '',
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- one entry of Abonnement.kanalen: the kanaal and the kenmerk filters on it
CREATE TABLE abonnement_kanaal (
    id            BIGSERIAL PRIMARY KEY,
    abonnement_id BIGINT NOT NULL REFERENCES abonnement (id) ON DELETE CASCADE,
    kanaal_id     BIGINT NOT NULL REFERENCES kanaal (id),
    filters       JSONB  NOT NULL DEFAULT '{}'
);
CREATE INDEX abonnement_kanaal_abonnement_idx ON abonnement_kanaal (abonnement_id);
CREATE INDEX abonnement_kanaal_kanaal_idx ON abonnement_kanaal (kanaal_id);

-- every received message, exactly as received (forwarded unchanged)
CREATE TABLE notificatie (
    id          BIGSERIAL PRIMARY KEY,
    kanaal_id   BIGINT       NOT NULL REFERENCES kanaal (id),
    payload     TEXT         NOT NULL,
    client_id   VARCHAR(200) NOT NULL DEFAULT '',
    received_at TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX notificatie_kanaal_idx ON notificatie (kanaal_id);
CREATE INDEX notificatie_received_idx ON notificatie (received_at);

-- one delivery of one notificatie to one abonnement. status: pending | delivered | failed.
-- A pending job is due when next_attempt_at <= now(). A worker claims it by moving next_attempt_at to the end of
-- its lease and setting lease_token; a process that dies mid-delivery leaves the lease to expire, so the job becomes
-- due again (at least once). Results are only recorded by the holder of the current lease_token.
CREATE TABLE delivery_job (
    id              BIGSERIAL PRIMARY KEY,
    notificatie_id  BIGINT       NOT NULL REFERENCES notificatie (id) ON DELETE CASCADE,
    abonnement_id   BIGINT       NOT NULL REFERENCES abonnement (id) ON DELETE CASCADE,
    status          VARCHAR(10)  NOT NULL DEFAULT 'pending',
    attempts        INTEGER      NOT NULL DEFAULT 0,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    retry_until     TIMESTAMPTZ  NOT NULL,
    next_attempt_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    lease_token     UUID,
    last_status     INTEGER,
    last_error      VARCHAR(500),
    last_attempt_at TIMESTAMPTZ,
    delivered_at    TIMESTAMPTZ
);
CREATE INDEX delivery_job_due_idx ON delivery_job (next_attempt_at) WHERE status = 'pending';
CREATE INDEX delivery_job_abonnement_status_idx ON delivery_job (abonnement_id, status);
CREATE INDEX delivery_job_notificatie_idx ON delivery_job (notificatie_id);
CREATE INDEX delivery_job_delivered_idx ON delivery_job (delivered_at) WHERE status = 'delivered';

-- the attempt log: one row per HTTP attempt, pruned on a schedule
CREATE TABLE delivery_attempt (
    id            BIGSERIAL PRIMARY KEY,
    job_id        BIGINT       NOT NULL REFERENCES delivery_job (id) ON DELETE CASCADE,
    abonnement_id BIGINT       NOT NULL,
    attempt       INTEGER      NOT NULL,
    started_at    TIMESTAMPTZ  NOT NULL,
    duration_ms   INTEGER      NOT NULL,
    status_code   INTEGER,
    error         VARCHAR(500)
);
CREATE INDEX delivery_attempt_job_idx ON delivery_attempt (job_id);
CREATE INDEX delivery_attempt_started_idx ON delivery_attempt (started_at);
