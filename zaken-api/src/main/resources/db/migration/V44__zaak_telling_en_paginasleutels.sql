-- GET /zaken at a million zaken (bench/zaken): an exact count without counting, and indexes for deep pages.
--
-- zaak_telling: how many zaken there are per (zaaktype, vertrouwelijkheidaanduiding), kept exact by triggers as
-- delta rows (+1 / -1, a new row per change, so concurrent creates never wait on one counter row). ZaakTellingen
-- sums the rows of the groups the autorisatie predicate allows (the count of GET /zaken without filters) and now
-- and then folds them into one row per group. Its number of rows with its highest id is also the version of the
-- zaak rows that ListQueries stores page keys under: every committed insert, update or delete adds a row.
-- Writes that bypass triggers (session_replication_role = replica, as bench/zaken/seed.py does) must rebuild it.
CREATE TABLE zaak_telling (
    id                          bigserial    PRIMARY KEY,
    zaaktype                    varchar(1000) NOT NULL,
    vertrouwelijkheidaanduiding varchar(20)  NOT NULL,
    aantal                      bigint       NOT NULL
);

CREATE FUNCTION zaak_telling_bijhouden() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        INSERT INTO zaak_telling (zaaktype, vertrouwelijkheidaanduiding, aantal)
        VALUES (OLD.zaaktype, OLD.vertrouwelijkheidaanduiding, -1);
    END IF;
    IF TG_OP <> 'DELETE' THEN
        INSERT INTO zaak_telling (zaaktype, vertrouwelijkheidaanduiding, aantal)
        VALUES (NEW.zaaktype, NEW.vertrouwelijkheidaanduiding, 1);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER zaak_telling_nieuw_weg AFTER INSERT OR DELETE ON zaak
    FOR EACH ROW EXECUTE FUNCTION zaak_telling_bijhouden();
-- an update moves nothing between groups unless zaaktype or level change, but its -1 / +1 still marks a new version
-- (a changed column may move the zaak in a filtered or ordered list)
CREATE TRIGGER zaak_telling_gewijzigd AFTER UPDATE ON zaak
    FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION zaak_telling_bijhouden();

INSERT INTO zaak_telling (zaaktype, vertrouwelijkheidaanduiding, aantal)
SELECT zaaktype, vertrouwelijkheidaanduiding, count(*) FROM zaak GROUP BY zaaktype, vertrouwelijkheidaanduiding;

-- Deep pages by OFFSET select the ids first (ListQueries): these indexes let PostgreSQL do that from the index alone,
-- for the default order (id) within the autorisatie predicate and for ordering=identificatie. They replace the
-- narrower indexes on the same leading columns (the filters and the count still use them).
DROP INDEX zaak_zaaktype_idx;
CREATE INDEX zaak_zaaktype_idx ON zaak (zaaktype, vertrouwelijkheidaanduiding, id) INCLUDE (identificatie);
DROP INDEX zaak_identificatie_idx;
CREATE INDEX zaak_identificatie_idx ON zaak (identificatie, id) INCLUDE (zaaktype, vertrouwelijkheidaanduiding);
