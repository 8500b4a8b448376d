-- Bulk load, step 1: keep the definitions of the secondary (non-constraint) indexes of zaak, rol, status and
-- zaakobject in zbench_idx and drop them (rebuilt by the seeder after the load); then the zaak rows.
-- Placeholders {{...}} are filled by seed.py.
\set ON_ERROR_STOP 1
CREATE TABLE IF NOT EXISTS zbench_idx (n serial, name text PRIMARY KEY, def text NOT NULL);
INSERT INTO zbench_idx (name, def)
SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
FROM pg_index i
WHERE i.indrelid IN ('zaak'::regclass, 'rol'::regclass, 'status'::regclass, 'zaakobject'::regclass)
  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
ORDER BY pg_relation_size(i.indrelid) DESC, 1
ON CONFLICT (name) DO NOTHING;
DO $$ DECLARE r record; BEGIN
  FOR r IN SELECT name FROM zbench_idx LOOP EXECUTE 'DROP INDEX IF EXISTS ' || r.name; END LOOP;
END $$;

-- this load's first zaak id and the counters' positions before it (identificatie continues after them)
DROP TABLE IF EXISTS zbench_base;
CREATE UNLOGGED TABLE zbench_base AS
SELECT (SELECT coalesce(max(id), 0) FROM zaak) AS base,
       array_agg(coalesce(t.laatste, 0) ORDER BY y) AS start
FROM generate_series(2019, 2026) y
LEFT JOIN zaak_identificatie_teller t ON t.bronorganisatie = '517439943' AND t.jaar = y;

SET session_replication_role = replica;  -- no FK trigger per row (the hoofdzaak FK; every value is null)
SET work_mem = '256MB';
INSERT INTO zaak (id, uuid, identificatie, bronorganisatie, omschrijving, toelichting, zaaktype, zaaktype_uuid,
                  registratiedatum, verantwoordelijke_organisatie, startdatum, einddatum, einddatum_gepland,
                  uiterlijke_einddatum_afdoening, publicatiedatum, communicatiekanaal, producten_of_diensten,
                  vertrouwelijkheidaanduiding, betalingsindicatie, selectielijstklasse, relevante_andere_zaken,
                  kenmerken, archiefnominatie, archiefstatus, opdrachtgevende_organisatie, aangemaakt_op)
SELECT b.base + g.i,
       gen_random_uuid(),
       'ZAAK-' || g.y || '-' || lpad((b.start[g.y - 2018] + (g.i - 1) / 8 + 1)::text, 10, '0'),
       '517439943',
       left(t.naam || ' - aanvraag ' || g.i, 80),
       CASE WHEN g.h % 4 = 0 THEN 'Ingediend via het e-loket' ELSE '' END,
       t.url, t.uuid,
       g.d, '517439943', g.d, NULL, g.d + 56, g.d + 84, NULL, '', '[]'::jsonb,
       CASE WHEN g.v < 15 THEN 'openbaar' WHEN g.v < 30 THEN 'beperkt_openbaar' WHEN g.v < 50 THEN 'intern'
            WHEN g.v < 75 THEN 'zaakvertrouwelijk' WHEN g.v < 85 THEN 'vertrouwelijk'
            WHEN g.v < 92 THEN 'confidentieel' WHEN g.v < 97 THEN 'geheim' ELSE 'zeer_geheim' END,
       CASE WHEN g.h % 3 = 0 THEN 'nvt' ELSE '' END, '', '[]'::jsonb, '[]'::jsonb, '', 'nog_te_archiveren', '',
       g.d + time '08:00' + (g.h % 36000) * interval '1 second'
FROM zbench_base b,
     LATERAL (SELECT i, 2019 + (i - 1) % 8 AS y,
                     least(make_date(2019 + (i - 1) % 8, 1, 1) + (hashint4(i) & 2147483647) % 365, current_date - 1) AS d,
                     (hashint4(i) & 2147483647) AS h,
                     (hashint4(i # 1431655765) & 2147483647) % 100 AS v
              FROM generate_series(1, {{N}}) i) g
JOIN zbench_zt t ON t.i = (hashint4(g.i # 858993459) & 2147483647) % {{NZT}};
SELECT 'zaak: ' || count(*) FROM zaak WHERE id > (SELECT base FROM zbench_base);
