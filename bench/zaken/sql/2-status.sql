-- Bulk load: 2 statussen per seeded zaak (Ontvangen, then In behandeling a day later: the latest one gezet).
\set ON_ERROR_STOP 1
SET session_replication_role = replica;
SET work_mem = '256MB';
INSERT INTO status (uuid, zaak_id, statustype, datum_status_gezet, statustoelichting, gezetdoor, laatst_gezet)
SELECT gen_random_uuid(), z.id, CASE WHEN k = 1 THEN t.st1 ELSE t.st2 END,
       z.aangemaakt_op + (k - 1) * interval '1 day 2 hours',
       CASE WHEN k = 1 THEN 'ontvangen' ELSE 'in behandeling' END, '', k = 2
FROM zaak z
JOIN zbench_zt t ON t.uuid = z.zaaktype_uuid
CROSS JOIN generate_series(1, 2) k
WHERE z.id > (SELECT base FROM zbench_base);
SELECT 'status: ' || count(*) FROM status s WHERE s.zaak_id > (SELECT base FROM zbench_base);
