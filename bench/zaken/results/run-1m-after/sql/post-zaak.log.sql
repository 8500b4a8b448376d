-- [10433] 0.067 ms
INSERT INTO zaak_identificatie_teller (bronorganisatie, jaar, laatste) VALUES ($1, $2, 1)
	ON CONFLICT (bronorganisatie, jaar) DO UPDATE SET laatste = zaak_identificatie_teller.laatste + 1
	RETURNING laatste;
-- parameters: $1 = '517439943', $2 = '2026'

-- [5255] 0.040 ms
SELECT (SELECT count(*) FROM zaak WHERE bronorganisatie = $1 AND identificatie = $2)
	     + (SELECT count(*) FROM zaak_identificatie_reservering
	        WHERE bronorganisatie = $3 AND identificatie = $4);
-- parameters: $1 = '517439943', $2 = 'ZAAK-2026-0000138359', $3 = '517439943', $4 = 'ZAAK-2026-0000138359'

-- [5255] 0.248 ms
insert into zaak (archiefactiedatum,archiefnominatie,archiefstatus,betalingsindicatie,bronorganisatie,communicatiekanaal,einddatum,einddatum_gepland,geo_max_x,geo_max_y,geo_min_x,geo_min_y,hoofdzaak_id,identificatie,kenmerken,laatste_betaaldatum,omschrijving,opdrachtgevende_organisatie,opschorting,processobject,processobjectaard,producten_of_diensten,publicatiedatum,registratiedatum,relevante_andere_zaken,selectielijstklasse,startdatum,startdatum_bewaartermijn,toelichting,uiterlijke_einddatum_afdoening,uuid,verantwoordelijke_organisatie,verlenging,vertrouwelijkheidaanduiding,zaakgeometrie,zaaktype,zaaktype_uuid) values ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22,$23,$24,$25,$26,$27,$28,$29,$30,$31,$32,$33,$34,$35,$36,$37)
	RETURNING *;
-- parameters: $1 = NULL, $2 = '', $3 = 'nog_te_archiveren', $4 = '', $5 = '517439943', $6 = '', $7 = NULL, $8 = NULL, $9 = NULL, $10 = NULL, $11 = NULL, $12 = NULL, $13 = NULL, $14 = 'ZAAK-2026-0000138359', $15 = '[]', $16 = NULL, $17 = 'Bench nieuw', $18 = '', $19 = NULL, $20 = NULL, $21 = NULL, $22 = '[]', $23 = NULL, $24 = '2026-12-03', $25 = '[]', $26 = '', $27 = '2026-12-03', $28 = NULL, $29 = '', $30 = NU...

-- [5255] 0.019 ms
select z1_0.hoofdzaak_id,z1_0.uuid from zaak z1_0 where z1_0.hoofdzaak_id in ($1) order by z1_0.id;
-- parameters: $1 = '1013359'

-- [5255] 0.022 ms
select r1_0.zaak_id,r1_0.uuid from rol r1_0 where r1_0.zaak_id in ($1) order by r1_0.id;
-- parameters: $1 = '1013359'

-- [5255] 0.017 ms
select s1_0.zaak_id,s1_0.uuid from status s1_0 where s1_0.laatst_gezet and s1_0.zaak_id in ($1);
-- parameters: $1 = '1013359'

-- [5255] 0.011 ms
select ze1_0.zaak_id,ze1_0.uuid from zaakeigenschap ze1_0 where ze1_0.zaak_id in ($1) order by ze1_0.id;
-- parameters: $1 = '1013359'

-- [5255] 0.006 ms
select zio1_0.zaak_id,zio1_0.uuid from zaakinformatieobject zio1_0 where zio1_0.zaak_id in ($1) order by zio1_0.id;
-- parameters: $1 = '1013359'

-- [5255] 0.019 ms
select zo1_0.zaak_id,zo1_0.uuid from zaakobject zo1_0 where zo1_0.zaak_id in ($1) order by zo1_0.id;
-- parameters: $1 = '1013359'

-- [5255] 0.005 ms
select r1_0.zaak_id,r1_0.uuid from resultaat r1_0 where r1_0.zaak_id in ($1);
-- parameters: $1 = '1013359'

-- [5255] 0.103 ms
INSERT INTO zgw_audittrail (uuid, bron, applicatie_id, applicatie_weergave, gebruikers_id, gebruikers_weergave, actie, actie_weergave, resultaat, hoofd_object, resource, resource_url, toelichting, resource_weergave, aanmaakdatum, oud, nieuw) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, CAST($16 AS jsonb), CAST($17 AS jsonb));
-- parameters: $1 = '8d747c08-fef9-4295-9ece-3108bdb81296', $2 = 'zrc', $3 = 'zbench-restricted', $4 = 'Zaken bench (restricted)', $5 = 'zbench', $6 = 'Zaken bench', $7 = 'create', $8 = 'Object aangemaakt', $9 = '201', $10 = 'http://localhost:9700/zaken/api/v1/zaken/33aaff79-a06d-4987-973e-a8aa3b80dcf6', $11 = 'zaak', $12 = 'http://localhost:9700/zaken/api/v1/zaken/33aaff79-a06d-4987-973e-a8aa3b80dcf6', $13 = ''...

-- [5255] 0.054 ms
INSERT INTO zgw_outbox (kanaal, payload) VALUES ($1, CAST($2 AS jsonb));
-- parameters: $1 = 'zaken', $2 = '{"kanaal":"zaken","hoofdObject":"http://localhost:9700/zaken/api/v1/zaken/33aaff79-a06d-4987-973e-a8aa3b80dcf6","resource":"zaak","resourceUrl":"http://localhost:9700/zaken/api/v1/zaken/33aaff79-a06d-4987-973e-a8aa3b80dcf6","actie":"create","aanmaakdatum":"2026-12-03T12:55:36.631916179Z","kenmerken":{"bronorganisatie":"517439943","zaaktype":"http://localhost:9700/catalogi/api/v...

-- [5255] 0.347 ms
COMMIT;
-- parameters: 

-- [5255] 0.025 ms
select z1_0.id,z1_0.aangemaakt_op,z1_0.archiefactiedatum,z1_0.archiefnominatie,z1_0.archiefstatus,z1_0.betalingsindicatie,z1_0.bronorganisatie,z1_0.communicatiekanaal,z1_0.einddatum,z1_0.einddatum_gepland,z1_0.geo_max_x,z1_0.geo_max_y,z1_0.geo_min_x,z1_0.geo_min_y,z1_0.hoofdzaak_id,z1_0.identificatie,z1_0.kenmerken,z1_0.laatste_betaaldatum,z1_0.omschrijving,z1_0.opdrachtgevende_organisatie,z1_0.opschorting,z1_0.processobject,z1_0.processobjectaard,z1_0.producten_of_diensten,z1_0.publicatiedatum,z1_0.registratiedatum,z1_0.relevante_andere_zaken,z1_0.selectielijstklasse,z1_0.startdatum,z1_0.startdatum_bewaartermijn,z1_0.toelichting,z1_0.uiterlijke_einddatum_afdoening,z1_0.uuid,z1_0.verantwoordelijke_organisatie,z1_0.verlenging,z1_0.vertrouwelijkheidaanduiding,z1_0.zaakgeometrie,z1_0.zaaktype,z1_0.zaaktype_uuid from zaak z1_0 where z1_0.uuid=$1 fetch first $2 rows only;
-- parameters: $1 = '33aaff79-a06d-4987-973e-a8aa3b80dcf6', $2 = '1'

-- [5255] 0.011 ms
select z1_0.hoofdzaak_id,z1_0.uuid from zaak z1_0 where z1_0.hoofdzaak_id in ($1) order by z1_0.id;
-- parameters: $1 = '1013359'

-- [5255] 0.010 ms
select r1_0.zaak_id,r1_0.uuid from rol r1_0 where r1_0.zaak_id in ($1) order by r1_0.id;
-- parameters: $1 = '1013359'

-- [5255] 0.009 ms
select s1_0.zaak_id,s1_0.uuid from status s1_0 where s1_0.laatst_gezet and s1_0.zaak_id in ($1);
-- parameters: $1 = '1013359'

-- [5255] 0.008 ms
select ze1_0.zaak_id,ze1_0.uuid from zaakeigenschap ze1_0 where ze1_0.zaak_id in ($1) order by ze1_0.id;
-- parameters: $1 = '1013359'

-- [5255] 0.007 ms
select zio1_0.zaak_id,zio1_0.uuid from zaakinformatieobject zio1_0 where zio1_0.zaak_id in ($1) order by zio1_0.id;
-- parameters: $1 = '1013359'

-- [5255] 0.012 ms
select zo1_0.zaak_id,zo1_0.uuid from zaakobject zo1_0 where zo1_0.zaak_id in ($1) order by zo1_0.id;
-- parameters: $1 = '1013359'

-- [5255] 0.006 ms
select r1_0.zaak_id,r1_0.uuid from resultaat r1_0 where r1_0.zaak_id in ($1);
-- parameters: $1 = '1013359'

-- [5255] 0.011 ms
COMMIT;
-- parameters: 

-- total execute time 1.057 ms
