-- [10433] 0.076 ms
INSERT INTO zaak_identificatie_teller (bronorganisatie, jaar, laatste) VALUES ($1, $2, 1)
	ON CONFLICT (bronorganisatie, jaar) DO UPDATE SET laatste = zaak_identificatie_teller.laatste + 1
	RETURNING laatste;
-- parameters: $1 = '517439943', $2 = '2026'

-- [5255] 0.034 ms
SELECT (SELECT count(*) FROM zaak WHERE bronorganisatie = $1 AND identificatie = $2)
	     + (SELECT count(*) FROM zaak_identificatie_reservering
	        WHERE bronorganisatie = $3 AND identificatie = $4);
-- parameters: $1 = '517439943', $2 = 'ZAAK-2026-0000138360', $3 = '517439943', $4 = 'ZAAK-2026-0000138360'

-- [5255] 0.255 ms
insert into zaak (archiefactiedatum,archiefnominatie,archiefstatus,betalingsindicatie,bronorganisatie,communicatiekanaal,einddatum,einddatum_gepland,geo_max_x,geo_max_y,geo_min_x,geo_min_y,hoofdzaak_id,identificatie,kenmerken,laatste_betaaldatum,omschrijving,opdrachtgevende_organisatie,opschorting,processobject,processobjectaard,producten_of_diensten,publicatiedatum,registratiedatum,relevante_andere_zaken,selectielijstklasse,startdatum,startdatum_bewaartermijn,toelichting,uiterlijke_einddatum_afdoening,uuid,verantwoordelijke_organisatie,verlenging,vertrouwelijkheidaanduiding,zaakgeometrie,zaaktype,zaaktype_uuid) values ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22,$23,$24,$25,$26,$27,$28,$29,$30,$31,$32,$33,$34,$35,$36,$37)
	RETURNING *;
-- parameters: $1 = NULL, $2 = '', $3 = 'nog_te_archiveren', $4 = '', $5 = '517439943', $6 = '', $7 = NULL, $8 = NULL, $9 = NULL, $10 = NULL, $11 = NULL, $12 = NULL, $13 = NULL, $14 = 'ZAAK-2026-0000138360', $15 = '[]', $16 = NULL, $17 = 'Bench nieuw', $18 = '', $19 = NULL, $20 = NULL, $21 = NULL, $22 = '[]', $23 = NULL, $24 = '2026-12-03', $25 = '[]', $26 = '', $27 = '2026-12-03', $28 = NULL, $29 = '', $30 = NU...

-- [5255] 0.020 ms
select z1_0.hoofdzaak_id,z1_0.uuid from zaak z1_0 where z1_0.hoofdzaak_id in ($1) order by z1_0.id;
-- parameters: $1 = '1013360'

-- [5255] 0.011 ms
select r1_0.zaak_id,r1_0.uuid from rol r1_0 where r1_0.zaak_id in ($1) order by r1_0.id;
-- parameters: $1 = '1013360'

-- [5255] 0.011 ms
select s1_0.zaak_id,s1_0.uuid from status s1_0 where s1_0.laatst_gezet and s1_0.zaak_id in ($1);
-- parameters: $1 = '1013360'

-- [5255] 0.006 ms
select ze1_0.zaak_id,ze1_0.uuid from zaakeigenschap ze1_0 where ze1_0.zaak_id in ($1) order by ze1_0.id;
-- parameters: $1 = '1013360'

-- [5255] 0.005 ms
select zio1_0.zaak_id,zio1_0.uuid from zaakinformatieobject zio1_0 where zio1_0.zaak_id in ($1) order by zio1_0.id;
-- parameters: $1 = '1013360'

-- [5255] 0.011 ms
select zo1_0.zaak_id,zo1_0.uuid from zaakobject zo1_0 where zo1_0.zaak_id in ($1) order by zo1_0.id;
-- parameters: $1 = '1013360'

-- [5255] 0.004 ms
select r1_0.zaak_id,r1_0.uuid from resultaat r1_0 where r1_0.zaak_id in ($1);
-- parameters: $1 = '1013360'

-- [5255] 0.095 ms
INSERT INTO zgw_audittrail (uuid, bron, applicatie_id, applicatie_weergave, gebruikers_id, gebruikers_weergave, actie, actie_weergave, resultaat, hoofd_object, resource, resource_url, toelichting, resource_weergave, aanmaakdatum, oud, nieuw) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, CAST($16 AS jsonb), CAST($17 AS jsonb));
-- parameters: $1 = '99c2dd31-a6d5-455c-9326-71104fe68dc8', $2 = 'zrc', $3 = 'zbench-restricted', $4 = 'Zaken bench (restricted)', $5 = 'zbench', $6 = 'Zaken bench', $7 = 'create', $8 = 'Object aangemaakt', $9 = '201', $10 = 'http://localhost:9700/zaken/api/v1/zaken/7d55d7e1-8c89-4086-922a-c30fc9080b08', $11 = 'zaak', $12 = 'http://localhost:9700/zaken/api/v1/zaken/7d55d7e1-8c89-4086-922a-c30fc9080b08', $13 = ''...

-- [5255] 0.043 ms
INSERT INTO zgw_outbox (kanaal, payload) VALUES ($1, CAST($2 AS jsonb));
-- parameters: $1 = 'zaken', $2 = '{"kanaal":"zaken","hoofdObject":"http://localhost:9700/zaken/api/v1/zaken/7d55d7e1-8c89-4086-922a-c30fc9080b08","resource":"zaak","resourceUrl":"http://localhost:9700/zaken/api/v1/zaken/7d55d7e1-8c89-4086-922a-c30fc9080b08","actie":"create","aanmaakdatum":"2026-12-03T12:55:36.923801135Z","kenmerken":{"bronorganisatie":"517439943","zaaktype":"http://localhost:9700/catalogi/api/v...

-- [5255] 0.473 ms
COMMIT;
-- parameters: 

-- [5255] 0.023 ms
select z1_0.id,z1_0.aangemaakt_op,z1_0.archiefactiedatum,z1_0.archiefnominatie,z1_0.archiefstatus,z1_0.betalingsindicatie,z1_0.bronorganisatie,z1_0.communicatiekanaal,z1_0.einddatum,z1_0.einddatum_gepland,z1_0.geo_max_x,z1_0.geo_max_y,z1_0.geo_min_x,z1_0.geo_min_y,z1_0.hoofdzaak_id,z1_0.identificatie,z1_0.kenmerken,z1_0.laatste_betaaldatum,z1_0.omschrijving,z1_0.opdrachtgevende_organisatie,z1_0.opschorting,z1_0.processobject,z1_0.processobjectaard,z1_0.producten_of_diensten,z1_0.publicatiedatum,z1_0.registratiedatum,z1_0.relevante_andere_zaken,z1_0.selectielijstklasse,z1_0.startdatum,z1_0.startdatum_bewaartermijn,z1_0.toelichting,z1_0.uiterlijke_einddatum_afdoening,z1_0.uuid,z1_0.verantwoordelijke_organisatie,z1_0.verlenging,z1_0.vertrouwelijkheidaanduiding,z1_0.zaakgeometrie,z1_0.zaaktype,z1_0.zaaktype_uuid from zaak z1_0 where z1_0.uuid=$1 fetch first $2 rows only;
-- parameters: $1 = '7d55d7e1-8c89-4086-922a-c30fc9080b08', $2 = '1'

-- [5255] 0.015 ms
select z1_0.hoofdzaak_id,z1_0.uuid from zaak z1_0 where z1_0.hoofdzaak_id in ($1) order by z1_0.id;
-- parameters: $1 = '1013360'

-- [5255] 0.014 ms
select r1_0.zaak_id,r1_0.uuid from rol r1_0 where r1_0.zaak_id in ($1) order by r1_0.id;
-- parameters: $1 = '1013360'

-- [5255] 0.014 ms
select s1_0.zaak_id,s1_0.uuid from status s1_0 where s1_0.laatst_gezet and s1_0.zaak_id in ($1);
-- parameters: $1 = '1013360'

-- [5255] 0.013 ms
select ze1_0.zaak_id,ze1_0.uuid from zaakeigenschap ze1_0 where ze1_0.zaak_id in ($1) order by ze1_0.id;
-- parameters: $1 = '1013360'

-- [5255] 0.007 ms
select zio1_0.zaak_id,zio1_0.uuid from zaakinformatieobject zio1_0 where zio1_0.zaak_id in ($1) order by zio1_0.id;
-- parameters: $1 = '1013360'

-- [5255] 0.558 ms
select zo1_0.zaak_id,zo1_0.uuid from zaakobject zo1_0 where zo1_0.zaak_id in ($1) order by zo1_0.id;
-- parameters: $1 = '1013360'

-- [5255] 0.008 ms
select r1_0.zaak_id,r1_0.uuid from resultaat r1_0 where r1_0.zaak_id in ($1);
-- parameters: $1 = '1013360'

-- [5255] 0.007 ms
COMMIT;
-- parameters: 

-- [5255] 0.021 ms
select z1_0.id,z1_0.aangemaakt_op,z1_0.archiefactiedatum,z1_0.archiefnominatie,z1_0.archiefstatus,z1_0.betalingsindicatie,z1_0.bronorganisatie,z1_0.communicatiekanaal,z1_0.einddatum,z1_0.einddatum_gepland,z1_0.geo_max_x,z1_0.geo_max_y,z1_0.geo_min_x,z1_0.geo_min_y,z1_0.hoofdzaak_id,z1_0.identificatie,z1_0.kenmerken,z1_0.laatste_betaaldatum,z1_0.omschrijving,z1_0.opdrachtgevende_organisatie,z1_0.opschorting,z1_0.processobject,z1_0.processobjectaard,z1_0.producten_of_diensten,z1_0.publicatiedatum,z1_0.registratiedatum,z1_0.relevante_andere_zaken,z1_0.selectielijstklasse,z1_0.startdatum,z1_0.startdatum_bewaartermijn,z1_0.toelichting,z1_0.uiterlijke_einddatum_afdoening,z1_0.uuid,z1_0.verantwoordelijke_organisatie,z1_0.verlenging,z1_0.vertrouwelijkheidaanduiding,z1_0.zaakgeometrie,z1_0.zaaktype,z1_0.zaaktype_uuid from zaak z1_0 where z1_0.uuid=$1 fetch first $2 rows only;
-- parameters: $1 = '7d55d7e1-8c89-4086-922a-c30fc9080b08', $2 = '1'

-- [5255] 0.023 ms
select z1_0.id,z1_0.aangemaakt_op,z1_0.archiefactiedatum,z1_0.archiefnominatie,z1_0.archiefstatus,z1_0.betalingsindicatie,z1_0.bronorganisatie,z1_0.communicatiekanaal,z1_0.einddatum,z1_0.einddatum_gepland,z1_0.geo_max_x,z1_0.geo_max_y,z1_0.geo_min_x,z1_0.geo_min_y,z1_0.hoofdzaak_id,z1_0.identificatie,z1_0.kenmerken,z1_0.laatste_betaaldatum,z1_0.omschrijving,z1_0.opdrachtgevende_organisatie,z1_0.opschorting,z1_0.processobject,z1_0.processobjectaard,z1_0.producten_of_diensten,z1_0.publicatiedatum,z1_0.registratiedatum,z1_0.relevante_andere_zaken,z1_0.selectielijstklasse,z1_0.startdatum,z1_0.startdatum_bewaartermijn,z1_0.toelichting,z1_0.uiterlijke_einddatum_afdoening,z1_0.uuid,z1_0.verantwoordelijke_organisatie,z1_0.verlenging,z1_0.vertrouwelijkheidaanduiding,z1_0.zaakgeometrie,z1_0.zaaktype,z1_0.zaaktype_uuid from zaak z1_0 where z1_0.id=$1 for no key update of z1_0;
-- parameters: $1 = '1013360'

-- [5255] 0.038 ms
select count(*) from status s1_0 where s1_0.zaak_id=$1;
-- parameters: $1 = '1013360'

-- [5255] 0.021 ms
select count(*) from status s1_0 where s1_0.zaak_id=$1 and s1_0.datum_status_gezet=$2;
-- parameters: $1 = '1013360', $2 = '2026-12-03 12:55:31+00'

-- [5255] 0.175 ms
insert into status (datum_status_gezet,gezetdoor,laatst_gezet,statustoelichting,statustype,uuid,zaak_id) values ($1,$2,$3,$4,$5,$6,$7)
	RETURNING *;
-- parameters: $1 = '2026-12-03 12:55:31+00', $2 = '', $3 = 'f', $4 = 'ontvangen', $5 = 'http://localhost:9700/catalogi/api/v1/statustypen/a14268fc-4919-475f-9eaf-f1e3717acc62', $6 = '1014ee76-387e-41a1-9fbb-b6f90e845550', $7 = '1013360'

-- [5255] 0.021 ms
select s1_0.id,s1_0.datum_status_gezet,s1_0.gezetdoor,s1_0.laatst_gezet,s1_0.statustoelichting,s1_0.statustype,s1_0.uuid,s1_0.zaak_id from status s1_0 where s1_0.zaak_id=$1 order by s1_0.datum_status_gezet desc,s1_0.id desc fetch first $2 rows only;
-- parameters: $1 = '1013360', $2 = '1'

-- [5255] 0.021 ms
update status s1_0 set laatst_gezet=false where s1_0.zaak_id=$1 and s1_0.id<>$2 and s1_0.laatst_gezet=true;
-- parameters: $1 = '1013360', $2 = '2003232'

-- [5255] 0.132 ms
update status s1_0 set laatst_gezet=true where s1_0.id=$1;
-- parameters: $1 = '2003232'

-- [5255] 0.007 ms
select s1_0.id,s1_0.datum_status_gezet,s1_0.gezetdoor,s1_0.laatst_gezet,s1_0.statustoelichting,s1_0.statustype,s1_0.uuid,s1_0.zaak_id from status s1_0 where s1_0.id=$1;
-- parameters: $1 = '2003232'

-- [5255] 0.009 ms
select zio1_0.status,zio1_0.uuid from zaakinformatieobject zio1_0 where zio1_0.zaak_id in ($1) and zio1_0.status is not null and zio1_0.status<>'' order by zio1_0.id;
-- parameters: $1 = '1013360'

-- [5255] 0.075 ms
INSERT INTO zgw_audittrail (uuid, bron, applicatie_id, applicatie_weergave, gebruikers_id, gebruikers_weergave, actie, actie_weergave, resultaat, hoofd_object, resource, resource_url, toelichting, resource_weergave, aanmaakdatum, oud, nieuw) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, CAST($16 AS jsonb), CAST($17 AS jsonb));
-- parameters: $1 = 'ac38a3d0-7cd9-4fe7-85e2-0caf77b2506e', $2 = 'zrc', $3 = 'zbench-restricted', $4 = 'Zaken bench (restricted)', $5 = 'zbench', $6 = 'Zaken bench', $7 = 'create', $8 = 'Object aangemaakt', $9 = '201', $10 = 'http://localhost:9700/zaken/api/v1/zaken/7d55d7e1-8c89-4086-922a-c30fc9080b08', $11 = 'status', $12 = 'http://localhost:9700/zaken/api/v1/statussen/1014ee76-387e-41a1-9fbb-b6f90e845550', $1...

-- [5255] 0.043 ms
INSERT INTO zgw_outbox (kanaal, payload) VALUES ($1, CAST($2 AS jsonb));
-- parameters: $1 = 'zaken', $2 = '{"kanaal":"zaken","hoofdObject":"http://localhost:9700/zaken/api/v1/zaken/7d55d7e1-8c89-4086-922a-c30fc9080b08","resource":"status","resourceUrl":"http://localhost:9700/zaken/api/v1/statussen/1014ee76-387e-41a1-9fbb-b6f90e845550","actie":"create","aanmaakdatum":"2026-12-03T12:55:36.957419753Z","kenmerken":{"bronorganisatie":"517439943","zaaktype":"http://localhost:9700/catalogi...

-- [5255] 0.703 ms
COMMIT;
-- parameters: 

-- [5255] 0.010 ms
select zio1_0.status,zio1_0.uuid from zaakinformatieobject zio1_0 where zio1_0.zaak_id in ($1) and zio1_0.status is not null and zio1_0.status<>'' order by zio1_0.id;
-- parameters: $1 = '1013360'

-- [5255] 0.029 ms
select z1_0.id,z1_0.aangemaakt_op,z1_0.archiefactiedatum,z1_0.archiefnominatie,z1_0.archiefstatus,z1_0.betalingsindicatie,z1_0.bronorganisatie,z1_0.communicatiekanaal,z1_0.einddatum,z1_0.einddatum_gepland,z1_0.geo_max_x,z1_0.geo_max_y,z1_0.geo_min_x,z1_0.geo_min_y,z1_0.hoofdzaak_id,z1_0.identificatie,z1_0.kenmerken,z1_0.laatste_betaaldatum,z1_0.omschrijving,z1_0.opdrachtgevende_organisatie,z1_0.opschorting,z1_0.processobject,z1_0.processobjectaard,z1_0.producten_of_diensten,z1_0.publicatiedatum,z1_0.registratiedatum,z1_0.relevante_andere_zaken,z1_0.selectielijstklasse,z1_0.startdatum,z1_0.startdatum_bewaartermijn,z1_0.toelichting,z1_0.uiterlijke_einddatum_afdoening,z1_0.uuid,z1_0.verantwoordelijke_organisatie,z1_0.verlenging,z1_0.vertrouwelijkheidaanduiding,z1_0.zaakgeometrie,z1_0.zaaktype,z1_0.zaaktype_uuid from zaak z1_0 where z1_0.uuid=$1 fetch first $2 rows only;
-- parameters: $1 = '7d55d7e1-8c89-4086-922a-c30fc9080b08', $2 = '1'

-- [5255] 0.040 ms
select count(*) from rol r1_0 where r1_0.zaak_id=$1 and r1_0.omschrijving_generiek=$2;
-- parameters: $1 = '1013360', $2 = 'initiator'

-- [5255] 0.415 ms
insert into rol (afwijkende_naam_betrokkene,ann_identificatie,anp_identificatie,betrokkene,betrokkene_identificatie,betrokkene_type,contactpersoon_rol,indicatie_machtiging,inn_nnp_id,inp_a_nummer,inp_bsn,medewerker_identificatie,omschrijving,omschrijving_generiek,org_eenheid_identificatie,registratiedatum,roltoelichting,roltype,uuid,vestigings_nummer,zaak_id) values ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21)
	RETURNING *;
-- parameters: $1 = '', $2 = NULL, $3 = NULL, $4 = '', $5 = '{"inpBsn": "100397386", "geslachtsnaam": "Bench"}', $6 = 'natuurlijk_persoon', $7 = NULL, $8 = '', $9 = NULL, $10 = NULL, $11 = '100397386', $12 = NULL, $13 = 'Aanvrager', $14 = 'initiator', $15 = NULL, $16 = '2026-12-03 12:55:36.962885+00', $17 = 'aanvrager', $18 = 'http://localhost:9700/catalogi/api/v1/roltypen/468eb629-7a48-4c2e-9690-662b28a61cab', ...

-- [5255] 0.101 ms
INSERT INTO zgw_audittrail (uuid, bron, applicatie_id, applicatie_weergave, gebruikers_id, gebruikers_weergave, actie, actie_weergave, resultaat, hoofd_object, resource, resource_url, toelichting, resource_weergave, aanmaakdatum, oud, nieuw) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, CAST($16 AS jsonb), CAST($17 AS jsonb));
-- parameters: $1 = '6c1d5da2-0f7e-4ee6-81a4-c1a163460cf2', $2 = 'zrc', $3 = 'zbench-restricted', $4 = 'Zaken bench (restricted)', $5 = 'zbench', $6 = 'Zaken bench', $7 = 'create', $8 = 'Object aangemaakt', $9 = '201', $10 = 'http://localhost:9700/zaken/api/v1/zaken/7d55d7e1-8c89-4086-922a-c30fc9080b08', $11 = 'rol', $12 = 'http://localhost:9700/zaken/api/v1/rollen/a38b3885-0336-4969-8ba4-3492e5fa0ab0', $13 = ''...

-- [5255] 0.112 ms
INSERT INTO zgw_outbox (kanaal, payload) VALUES ($1, CAST($2 AS jsonb));
-- parameters: $1 = 'zaken', $2 = '{"kanaal":"zaken","hoofdObject":"http://localhost:9700/zaken/api/v1/zaken/7d55d7e1-8c89-4086-922a-c30fc9080b08","resource":"rol","resourceUrl":"http://localhost:9700/zaken/api/v1/rollen/a38b3885-0336-4969-8ba4-3492e5fa0ab0","actie":"create","aanmaakdatum":"2026-12-03T12:55:36.971844496Z","kenmerken":{"bronorganisatie":"517439943","zaaktype":"http://localhost:9700/catalogi/api/v...

-- [5255] 0.524 ms
COMMIT;
-- parameters: 

-- total execute time 4.223 ms
