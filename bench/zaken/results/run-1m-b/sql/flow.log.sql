-- [32752] 0.159 ms
INSERT INTO zaak_identificatie_teller (bronorganisatie, jaar, laatste) VALUES ($1, $2, 1)
	ON CONFLICT (bronorganisatie, jaar) DO UPDATE SET laatste = zaak_identificatie_teller.laatste + 1
	RETURNING laatste;
-- parameters: $1 = '517439943', $2 = '2026'

-- [32752] 0.095 ms
SELECT (SELECT count(*) FROM zaak WHERE bronorganisatie = $1 AND identificatie = $2)
	     + (SELECT count(*) FROM zaak_identificatie_reservering
	        WHERE bronorganisatie = $3 AND identificatie = $4);
-- parameters: $1 = '517439943', $2 = 'ZAAK-2026-0000150281', $3 = '517439943', $4 = 'ZAAK-2026-0000150281'

-- [32752] 0.542 ms
insert into zaak (archiefactiedatum,archiefnominatie,archiefstatus,betalingsindicatie,bronorganisatie,communicatiekanaal,einddatum,einddatum_gepland,geo_max_x,geo_max_y,geo_min_x,geo_min_y,hoofdzaak_id,identificatie,kenmerken,laatste_betaaldatum,omschrijving,opdrachtgevende_organisatie,opschorting,processobject,processobjectaard,producten_of_diensten,publicatiedatum,registratiedatum,relevante_andere_zaken,selectielijstklasse,startdatum,startdatum_bewaartermijn,toelichting,uiterlijke_einddatum_afdoening,uuid,verantwoordelijke_organisatie,verlenging,vertrouwelijkheidaanduiding,zaakgeometrie,zaaktype,zaaktype_uuid) values ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22,$23,$24,$25,$26,$27,$28,$29,$30,$31,$32,$33,$34,$35,$36,$37)
	RETURNING *;
-- parameters: $1 = NULL, $2 = '', $3 = 'nog_te_archiveren', $4 = '', $5 = '517439943', $6 = '', $7 = NULL, $8 = NULL, $9 = NULL, $10 = NULL, $11 = NULL, $12 = NULL, $13 = NULL, $14 = 'ZAAK-2026-0000150281', $15 = '[]', $16 = NULL, $17 = 'Bench nieuw', $18 = '', $19 = NULL, $20 = NULL, $21 = NULL, $22 = '[]', $23 = NULL, $24 = '2026-12-03', $25 = '[]', $26 = '', $27 = '2026-12-03', $28 = NULL, $29 = '', $30 = NU...

-- [32752] 0.041 ms
select z1_0.hoofdzaak_id,z1_0.uuid from zaak z1_0 where z1_0.hoofdzaak_id in ($1) order by z1_0.id;
-- parameters: $1 = '1042783'

-- [32752] 0.032 ms
select r1_0.zaak_id,r1_0.uuid from rol r1_0 where r1_0.zaak_id in ($1) order by r1_0.id;
-- parameters: $1 = '1042783'

-- [32752] 0.014 ms
select r1_0.zaak_id,r1_0.uuid from resultaat r1_0 where r1_0.zaak_id in ($1);
-- parameters: $1 = '1042783'

-- [32752] 0.020 ms
select zo1_0.zaak_id,zo1_0.uuid from zaakobject zo1_0 where zo1_0.zaak_id in ($1) order by zo1_0.id;
-- parameters: $1 = '1042783'

-- [32752] 0.009 ms
select zio1_0.zaak_id,zio1_0.uuid from zaakinformatieobject zio1_0 where zio1_0.zaak_id in ($1) order by zio1_0.id;
-- parameters: $1 = '1042783'

-- [32752] 0.006 ms
select ze1_0.zaak_id,ze1_0.uuid from zaakeigenschap ze1_0 where ze1_0.zaak_id in ($1) order by ze1_0.id;
-- parameters: $1 = '1042783'

-- [32752] 0.012 ms
select s1_0.zaak_id,s1_0.uuid from status s1_0 where s1_0.laatst_gezet and s1_0.zaak_id in ($1);
-- parameters: $1 = '1042783'

-- [32752] 0.188 ms
INSERT INTO zgw_audittrail (uuid, bron, applicatie_id, applicatie_weergave, gebruikers_id, gebruikers_weergave, actie, actie_weergave, resultaat, hoofd_object, resource, resource_url, toelichting, resource_weergave, aanmaakdatum, oud, nieuw) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, CAST($16 AS jsonb), CAST($17 AS jsonb));
-- parameters: $1 = 'b5ce1252-61ac-4597-92fd-b00367d795bd', $2 = 'zrc', $3 = 'zbench-restricted', $4 = 'Zaken bench (restricted)', $5 = 'zbench', $6 = 'Zaken bench', $7 = 'create', $8 = 'Object aangemaakt', $9 = '201', $10 = 'http://localhost:9700/zaken/api/v1/zaken/cc3c2d95-d4dc-435b-a5ea-57295d541d48', $11 = 'zaak', $12 = 'http://localhost:9700/zaken/api/v1/zaken/cc3c2d95-d4dc-435b-a5ea-57295d541d48', $13 = ''...

-- [32752] 0.154 ms
INSERT INTO zgw_outbox (kanaal, payload) VALUES ($1, CAST($2 AS jsonb));
-- parameters: $1 = 'zaken', $2 = '{"kanaal":"zaken","hoofdObject":"http://localhost:9700/zaken/api/v1/zaken/cc3c2d95-d4dc-435b-a5ea-57295d541d48","resource":"zaak","resourceUrl":"http://localhost:9700/zaken/api/v1/zaken/cc3c2d95-d4dc-435b-a5ea-57295d541d48","actie":"create","aanmaakdatum":"2026-12-03T12:22:47.476628971Z","kenmerken":{"bronorganisatie":"517439943","vertrouwelijkheidaanduiding":"intern","zaaktype...

-- [32752] 0.325 ms
COMMIT;
-- parameters: 

-- [32752] 0.036 ms
select z1_0.id,z1_0.aangemaakt_op,z1_0.archiefactiedatum,z1_0.archiefnominatie,z1_0.archiefstatus,z1_0.betalingsindicatie,z1_0.bronorganisatie,z1_0.communicatiekanaal,z1_0.einddatum,z1_0.einddatum_gepland,z1_0.geo_max_x,z1_0.geo_max_y,z1_0.geo_min_x,z1_0.geo_min_y,z1_0.hoofdzaak_id,z1_0.identificatie,z1_0.kenmerken,z1_0.laatste_betaaldatum,z1_0.omschrijving,z1_0.opdrachtgevende_organisatie,z1_0.opschorting,z1_0.processobject,z1_0.processobjectaard,z1_0.producten_of_diensten,z1_0.publicatiedatum,z1_0.registratiedatum,z1_0.relevante_andere_zaken,z1_0.selectielijstklasse,z1_0.startdatum,z1_0.startdatum_bewaartermijn,z1_0.toelichting,z1_0.uiterlijke_einddatum_afdoening,z1_0.uuid,z1_0.verantwoordelijke_organisatie,z1_0.verlenging,z1_0.vertrouwelijkheidaanduiding,z1_0.zaakgeometrie,z1_0.zaaktype,z1_0.zaaktype_uuid from zaak z1_0 where z1_0.uuid=$1 fetch first $2 rows only;
-- parameters: $1 = 'cc3c2d95-d4dc-435b-a5ea-57295d541d48', $2 = '1'

-- [32752] 0.015 ms
select z1_0.hoofdzaak_id,z1_0.uuid from zaak z1_0 where z1_0.hoofdzaak_id in ($1) order by z1_0.id;
-- parameters: $1 = '1042783'

-- [32752] 0.014 ms
select r1_0.zaak_id,r1_0.uuid from rol r1_0 where r1_0.zaak_id in ($1) order by r1_0.id;
-- parameters: $1 = '1042783'

-- [32752] 0.009 ms
select r1_0.zaak_id,r1_0.uuid from resultaat r1_0 where r1_0.zaak_id in ($1);
-- parameters: $1 = '1042783'

-- [32752] 0.014 ms
select zo1_0.zaak_id,zo1_0.uuid from zaakobject zo1_0 where zo1_0.zaak_id in ($1) order by zo1_0.id;
-- parameters: $1 = '1042783'

-- [32752] 0.013 ms
select zio1_0.zaak_id,zio1_0.uuid from zaakinformatieobject zio1_0 where zio1_0.zaak_id in ($1) order by zio1_0.id;
-- parameters: $1 = '1042783'

-- [32752] 0.007 ms
select ze1_0.zaak_id,ze1_0.uuid from zaakeigenschap ze1_0 where ze1_0.zaak_id in ($1) order by ze1_0.id;
-- parameters: $1 = '1042783'

-- [32752] 0.009 ms
select s1_0.zaak_id,s1_0.uuid from status s1_0 where s1_0.laatst_gezet and s1_0.zaak_id in ($1);
-- parameters: $1 = '1042783'

-- [32752] 0.010 ms
COMMIT;
-- parameters: 

-- [32752] 0.041 ms
select z1_0.id,z1_0.aangemaakt_op,z1_0.archiefactiedatum,z1_0.archiefnominatie,z1_0.archiefstatus,z1_0.betalingsindicatie,z1_0.bronorganisatie,z1_0.communicatiekanaal,z1_0.einddatum,z1_0.einddatum_gepland,z1_0.geo_max_x,z1_0.geo_max_y,z1_0.geo_min_x,z1_0.geo_min_y,z1_0.hoofdzaak_id,z1_0.identificatie,z1_0.kenmerken,z1_0.laatste_betaaldatum,z1_0.omschrijving,z1_0.opdrachtgevende_organisatie,z1_0.opschorting,z1_0.processobject,z1_0.processobjectaard,z1_0.producten_of_diensten,z1_0.publicatiedatum,z1_0.registratiedatum,z1_0.relevante_andere_zaken,z1_0.selectielijstklasse,z1_0.startdatum,z1_0.startdatum_bewaartermijn,z1_0.toelichting,z1_0.uiterlijke_einddatum_afdoening,z1_0.uuid,z1_0.verantwoordelijke_organisatie,z1_0.verlenging,z1_0.vertrouwelijkheidaanduiding,z1_0.zaakgeometrie,z1_0.zaaktype,z1_0.zaaktype_uuid from zaak z1_0 where z1_0.uuid=$1 fetch first $2 rows only;
-- parameters: $1 = 'cc3c2d95-d4dc-435b-a5ea-57295d541d48', $2 = '1'

-- [32752] 0.025 ms
select z1_0.id,z1_0.aangemaakt_op,z1_0.archiefactiedatum,z1_0.archiefnominatie,z1_0.archiefstatus,z1_0.betalingsindicatie,z1_0.bronorganisatie,z1_0.communicatiekanaal,z1_0.einddatum,z1_0.einddatum_gepland,z1_0.geo_max_x,z1_0.geo_max_y,z1_0.geo_min_x,z1_0.geo_min_y,z1_0.hoofdzaak_id,z1_0.identificatie,z1_0.kenmerken,z1_0.laatste_betaaldatum,z1_0.omschrijving,z1_0.opdrachtgevende_organisatie,z1_0.opschorting,z1_0.processobject,z1_0.processobjectaard,z1_0.producten_of_diensten,z1_0.publicatiedatum,z1_0.registratiedatum,z1_0.relevante_andere_zaken,z1_0.selectielijstklasse,z1_0.startdatum,z1_0.startdatum_bewaartermijn,z1_0.toelichting,z1_0.uiterlijke_einddatum_afdoening,z1_0.uuid,z1_0.verantwoordelijke_organisatie,z1_0.verlenging,z1_0.vertrouwelijkheidaanduiding,z1_0.zaakgeometrie,z1_0.zaaktype,z1_0.zaaktype_uuid from zaak z1_0 where z1_0.id=$1 for no key update of z1_0;
-- parameters: $1 = '1042783'

-- [32752] 0.239 ms
select count(*) from status s1_0 where s1_0.zaak_id=$1;
-- parameters: $1 = '1042783'

-- [32752] 0.020 ms
select count(*) from status s1_0 where s1_0.zaak_id=$1 and s1_0.datum_status_gezet=$2;
-- parameters: $1 = '1042783', $2 = '2026-12-03 12:22:42+00'

-- [32752] 0.415 ms
insert into status (datum_status_gezet,gezetdoor,laatst_gezet,statustoelichting,statustype,uuid,zaak_id) values ($1,$2,$3,$4,$5,$6,$7)
	RETURNING *;
-- parameters: $1 = '2026-12-03 12:22:42+00', $2 = '', $3 = 'f', $4 = 'ontvangen', $5 = 'http://localhost:9700/catalogi/api/v1/statustypen/4b5a900d-9446-45e9-a113-e3358aaafb6d', $6 = 'acd38d23-b98e-4876-99a5-1713c31bfed1', $7 = '1042783'

-- [32752] 0.064 ms
select s1_0.id,s1_0.datum_status_gezet,s1_0.gezetdoor,s1_0.laatst_gezet,s1_0.statustoelichting,s1_0.statustype,s1_0.uuid,s1_0.zaak_id from status s1_0 where s1_0.zaak_id=$1 order by s1_0.datum_status_gezet desc,s1_0.id desc fetch first $2 rows only;
-- parameters: $1 = '1042783', $2 = '1'

-- [32752] 0.032 ms
update status s1_0 set laatst_gezet=false where s1_0.zaak_id=$1 and s1_0.id<>$2 and s1_0.laatst_gezet=true;
-- parameters: $1 = '1042783', $2 = '2047573'

-- [32752] 0.175 ms
update status s1_0 set laatst_gezet=true where s1_0.id=$1;
-- parameters: $1 = '2047573'

-- [32752] 0.007 ms
select s1_0.id,s1_0.datum_status_gezet,s1_0.gezetdoor,s1_0.laatst_gezet,s1_0.statustoelichting,s1_0.statustype,s1_0.uuid,s1_0.zaak_id from status s1_0 where s1_0.id=$1;
-- parameters: $1 = '2047573'

-- [32752] 0.009 ms
select zio1_0.status,zio1_0.uuid from zaakinformatieobject zio1_0 where zio1_0.zaak_id in ($1) and zio1_0.status is not null and zio1_0.status<>'' order by zio1_0.id;
-- parameters: $1 = '1042783'

-- [32752] 0.100 ms
INSERT INTO zgw_audittrail (uuid, bron, applicatie_id, applicatie_weergave, gebruikers_id, gebruikers_weergave, actie, actie_weergave, resultaat, hoofd_object, resource, resource_url, toelichting, resource_weergave, aanmaakdatum, oud, nieuw) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, CAST($16 AS jsonb), CAST($17 AS jsonb));
-- parameters: $1 = 'c5e75234-2e76-4e8b-b444-8d25854ab982', $2 = 'zrc', $3 = 'zbench-restricted', $4 = 'Zaken bench (restricted)', $5 = 'zbench', $6 = 'Zaken bench', $7 = 'create', $8 = 'Object aangemaakt', $9 = '201', $10 = 'http://localhost:9700/zaken/api/v1/zaken/cc3c2d95-d4dc-435b-a5ea-57295d541d48', $11 = 'status', $12 = 'http://localhost:9700/zaken/api/v1/statussen/acd38d23-b98e-4876-99a5-1713c31bfed1', $1...

-- [32752] 0.042 ms
INSERT INTO zgw_outbox (kanaal, payload) VALUES ($1, CAST($2 AS jsonb));
-- parameters: $1 = 'zaken', $2 = '{"kanaal":"zaken","hoofdObject":"http://localhost:9700/zaken/api/v1/zaken/cc3c2d95-d4dc-435b-a5ea-57295d541d48","resource":"status","resourceUrl":"http://localhost:9700/zaken/api/v1/statussen/acd38d23-b98e-4876-99a5-1713c31bfed1","actie":"create","aanmaakdatum":"2026-12-03T12:22:47.546472529Z","kenmerken":{"bronorganisatie":"517439943","vertrouwelijkheidaanduiding":"intern","za...

-- [32752] 2.251 ms
COMMIT;
-- parameters: 

-- [32752] 0.014 ms
select zio1_0.status,zio1_0.uuid from zaakinformatieobject zio1_0 where zio1_0.zaak_id in ($1) and zio1_0.status is not null and zio1_0.status<>'' order by zio1_0.id;
-- parameters: $1 = '1042783'

-- [32752] 0.052 ms
select z1_0.id,z1_0.aangemaakt_op,z1_0.archiefactiedatum,z1_0.archiefnominatie,z1_0.archiefstatus,z1_0.betalingsindicatie,z1_0.bronorganisatie,z1_0.communicatiekanaal,z1_0.einddatum,z1_0.einddatum_gepland,z1_0.geo_max_x,z1_0.geo_max_y,z1_0.geo_min_x,z1_0.geo_min_y,z1_0.hoofdzaak_id,z1_0.identificatie,z1_0.kenmerken,z1_0.laatste_betaaldatum,z1_0.omschrijving,z1_0.opdrachtgevende_organisatie,z1_0.opschorting,z1_0.processobject,z1_0.processobjectaard,z1_0.producten_of_diensten,z1_0.publicatiedatum,z1_0.registratiedatum,z1_0.relevante_andere_zaken,z1_0.selectielijstklasse,z1_0.startdatum,z1_0.startdatum_bewaartermijn,z1_0.toelichting,z1_0.uiterlijke_einddatum_afdoening,z1_0.uuid,z1_0.verantwoordelijke_organisatie,z1_0.verlenging,z1_0.vertrouwelijkheidaanduiding,z1_0.zaakgeometrie,z1_0.zaaktype,z1_0.zaaktype_uuid from zaak z1_0 where z1_0.uuid=$1 fetch first $2 rows only;
-- parameters: $1 = 'cc3c2d95-d4dc-435b-a5ea-57295d541d48', $2 = '1'

-- [32752] 0.100 ms
select count(*) from rol r1_0 where r1_0.zaak_id=$1 and r1_0.omschrijving_generiek=$2;
-- parameters: $1 = '1042783', $2 = 'initiator'

-- [32752] 0.688 ms
insert into rol (afwijkende_naam_betrokkene,ann_identificatie,anp_identificatie,betrokkene,betrokkene_identificatie,betrokkene_type,contactpersoon_rol,indicatie_machtiging,inn_nnp_id,inp_a_nummer,inp_bsn,medewerker_identificatie,omschrijving,omschrijving_generiek,org_eenheid_identificatie,registratiedatum,roltoelichting,roltype,uuid,vestigings_nummer,zaak_id) values ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21)
	RETURNING *;
-- parameters: $1 = '', $2 = NULL, $3 = NULL, $4 = '', $5 = '{"inpBsn": "100397386", "geslachtsnaam": "Bench"}', $6 = 'natuurlijk_persoon', $7 = NULL, $8 = '', $9 = NULL, $10 = NULL, $11 = '100397386', $12 = NULL, $13 = 'Aanvrager', $14 = 'initiator', $15 = NULL, $16 = '2026-12-03 12:22:47.584727+00', $17 = 'aanvrager', $18 = 'http://localhost:9700/catalogi/api/v1/roltypen/bc482772-c619-4e92-b7cf-95ffe94e88c3', ...

-- [32752] 0.083 ms
INSERT INTO zgw_audittrail (uuid, bron, applicatie_id, applicatie_weergave, gebruikers_id, gebruikers_weergave, actie, actie_weergave, resultaat, hoofd_object, resource, resource_url, toelichting, resource_weergave, aanmaakdatum, oud, nieuw) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, CAST($16 AS jsonb), CAST($17 AS jsonb));
-- parameters: $1 = '7afc95d7-8fd8-4b4d-8ead-b659aff81a72', $2 = 'zrc', $3 = 'zbench-restricted', $4 = 'Zaken bench (restricted)', $5 = 'zbench', $6 = 'Zaken bench', $7 = 'create', $8 = 'Object aangemaakt', $9 = '201', $10 = 'http://localhost:9700/zaken/api/v1/zaken/cc3c2d95-d4dc-435b-a5ea-57295d541d48', $11 = 'rol', $12 = 'http://localhost:9700/zaken/api/v1/rollen/406f3c7a-bb48-4cbd-a790-f0061e5dc78c', $13 = ''...

-- [32752] 0.045 ms
INSERT INTO zgw_outbox (kanaal, payload) VALUES ($1, CAST($2 AS jsonb));
-- parameters: $1 = 'zaken', $2 = '{"kanaal":"zaken","hoofdObject":"http://localhost:9700/zaken/api/v1/zaken/cc3c2d95-d4dc-435b-a5ea-57295d541d48","resource":"rol","resourceUrl":"http://localhost:9700/zaken/api/v1/rollen/406f3c7a-bb48-4cbd-a790-f0061e5dc78c","actie":"create","aanmaakdatum":"2026-12-03T12:22:47.601401462Z","kenmerken":{"bronorganisatie":"517439943","vertrouwelijkheidaanduiding":"intern","zaaktype...

-- [32752] 0.833 ms
COMMIT;
-- parameters: 

-- total execute time 6.959 ms
