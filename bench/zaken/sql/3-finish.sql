-- Bulk load, last step: the identificatie counters past every seeded number (so POST /zaken draws fresh ones,
-- zrc-002), the id sequence past the explicit ids, zaak_telling recounted, the helper tables dropped, VACUUM ANALYZE.
\set ON_ERROR_STOP 1
INSERT INTO zaak_identificatie_teller (bronorganisatie, jaar, laatste)
SELECT bronorganisatie, split_part(identificatie, '-', 2)::int, max(split_part(identificatie, '-', 3)::bigint)
FROM zaak WHERE id > (SELECT base FROM zbench_base)
GROUP BY 1, 2
ON CONFLICT (bronorganisatie, jaar) DO UPDATE
    SET laatste = greatest(zaak_identificatie_teller.laatste, excluded.laatste);
SELECT setval(pg_get_serial_sequence('zaak', 'id'), (SELECT max(id) FROM zaak));
-- zaak_telling (zaken-api V44) is kept by triggers the bulk load ran without (session_replication_role = replica):
-- count it again from the table; a schema before V44 has no such table
DO $$
BEGIN
    IF to_regclass('zaak_telling') IS NOT NULL THEN
        DELETE FROM zaak_telling;
        INSERT INTO zaak_telling (zaaktype, vertrouwelijkheidaanduiding, aantal)
        SELECT zaaktype, vertrouwelijkheidaanduiding, count(*) FROM zaak GROUP BY zaaktype, vertrouwelijkheidaanduiding;
    END IF;
END
$$;
SELECT 'counters: ' || string_agg(jaar || '=' || laatste, ' ' ORDER BY jaar) FROM zaak_identificatie_teller;
DROP TABLE zbench_idx;
DROP TABLE zbench_zt;
DROP TABLE zbench_base;
VACUUM (ANALYZE) zaak;
VACUUM (ANALYZE) rol;
VACUUM (ANALYZE) status;
VACUUM (ANALYZE) zaakobject;
