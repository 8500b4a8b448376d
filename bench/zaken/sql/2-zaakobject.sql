-- Bulk load: one zaakobject (an adres, objectIdentificatie as the API stores it) per seeded zaak.
\set ON_ERROR_STOP 1
SET session_replication_role = replica;
INSERT INTO zaakobject (uuid, zaak_id, object, zaakobjecttype, object_type, object_type_overige,
                        relatieomschrijving, object_identificatie)
SELECT gen_random_uuid(), z.id, '', '', 'adres', '', 'locatie',
       jsonb_build_object('identificatie', '0363200000' || lpad((a % 1000000)::text, 6, '0'),
                          'wplWoonplaatsNaam', 'Amsterdam',
                          'gorOpenbareRuimteNaam', (ARRAY['Dam','Damrak','Rokin','Spui','Kalverstraat'])[1 + a % 5],
                          'huisnummer', 1 + a % 250, 'huisletter', '', 'huisnummertoevoeging', '',
                          'postcode', (1011 + a % 90)::text || 'AB')
FROM zaak z
CROSS JOIN LATERAL (SELECT hashint4(z.id::int # 12345) & 2147483647 AS a) aa
WHERE z.id > (SELECT base FROM zbench_base);
SELECT 'zaakobject: ' || count(*) FROM zaakobject o WHERE o.zaak_id > (SELECT base FROM zbench_base);
