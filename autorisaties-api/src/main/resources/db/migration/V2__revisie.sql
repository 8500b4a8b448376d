-- one counter bumped in the same transaction as every change to applicaties, autorisaties or credentials, so a
-- cached lookup can be checked with one tiny query and is never served after a change has committed
CREATE TABLE ac_revisie (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    revisie BIGINT  NOT NULL
);
INSERT INTO ac_revisie (id, revisie) VALUES (1, 0);
