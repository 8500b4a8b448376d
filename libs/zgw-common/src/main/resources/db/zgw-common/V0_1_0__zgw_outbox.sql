-- The transactional outbox of libs/zgw-common (package nl.zgw.common.events): a notification row is written in the
-- transaction of the change and relayed to the Notificaties API after commit.
CREATE TABLE zgw_outbox (
    id              BIGSERIAL PRIMARY KEY,
    kanaal          VARCHAR(50)  NOT NULL,
    payload         JSONB        NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    attempts        INTEGER      NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    last_error      VARCHAR(500)
);
-- the relay only ever looks at due rows, oldest first
CREATE INDEX zgw_outbox_due_idx ON zgw_outbox (next_attempt_at, id);
