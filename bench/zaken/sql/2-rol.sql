-- Bulk load: 1-3 rollen per seeded zaak: 1 natuurlijk_persoon (initiator, BSN from a pool of 500,000 people),
-- 2 medewerker (behandelaar, 2,000 employees), 3 a second natuurlijk_persoon; shaped as the sample rol the API wrote.
\set ON_ERROR_STOP 1
SET session_replication_role = replica;
SET work_mem = '256MB';
INSERT INTO rol (uuid, zaak_id, betrokkene, betrokkene_type, afwijkende_naam_betrokkene, roltype, omschrijving,
                 omschrijving_generiek, roltoelichting, registratiedatum, indicatie_machtiging,
                 betrokkene_identificatie, inp_bsn, medewerker_identificatie)
SELECT gen_random_uuid(), z.id, '',
       CASE WHEN k = 2 THEN 'medewerker' ELSE 'natuurlijk_persoon' END, '',
       CASE WHEN k = 2 THEN t.rt2 ELSE t.rt1 END,
       CASE WHEN k = 2 THEN 'Behandelaar' ELSE 'Aanvrager' END,
       CASE WHEN k = 2 THEN 'behandelaar' ELSE 'initiator' END,
       CASE WHEN k = 2 THEN 'behandelaar' WHEN k = 1 THEN 'aanvrager' ELSE 'mede-aanvrager' END,
       z.aangemaakt_op + k * interval '1 minute', '',
       CASE WHEN k = 2 THEN jsonb_build_object('identificatie', 'mw-' || lpad((p % 2000)::text, 4, '0'),
                                             'achternaam', (ARRAY['Pietersen','de Wit','Kok','Vos','Dekker'])[1 + p % 5],
                                             'voorletters', 'P')
            ELSE jsonb_build_object('inpBsn', (100000000 + p % 500000)::text,
                                    'voornamen', (ARRAY['Jan','Anna','Mohammed','Sanne','Daan','Emma'])[1 + p % 6],
                                    'geslachtsnaam', (ARRAY['Jansen','de Vries','van den Berg','Bakker','Visser',
                                                            'Smit','Meijer','de Boer','Mulder','de Groot'])[1 + p % 10],
                                    'geslachtsaanduiding', (ARRAY['m','v'])[1 + p % 2]) END,
       CASE WHEN k = 2 THEN NULL ELSE (100000000 + p % 500000)::text END,
       CASE WHEN k = 2 THEN 'mw-' || lpad((p % 2000)::text, 4, '0') END
FROM zaak z
JOIN zbench_zt t ON t.uuid = z.zaaktype_uuid
CROSS JOIN LATERAL generate_series(1, 1 + (hashint4(z.id::int) & 2147483647) % 3) k
CROSS JOIN LATERAL (SELECT hashint4(z.id::int * 4 + k) & 2147483647 AS p) pp
WHERE z.id > (SELECT base FROM zbench_base);
SELECT 'rol: ' || count(*) FROM rol r WHERE r.zaak_id > (SELECT base FROM zbench_base);
