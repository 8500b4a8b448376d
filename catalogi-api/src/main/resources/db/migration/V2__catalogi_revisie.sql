-- One counter bumped by every committed write to the catalogue. Cached detail representations are keyed by it,
-- so every replica stops serving a representation as soon as any replica changed the catalogue.
CREATE TABLE catalogi_revisie (
    id      integer PRIMARY KEY CHECK (id = 1),
    revisie bigint  NOT NULL
);
INSERT INTO catalogi_revisie (id, revisie) VALUES (1, 0);
