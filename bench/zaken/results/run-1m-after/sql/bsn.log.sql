-- [5255] 0.096 ms
select count(z1_0.id) from zaak z1_0 where (exists(select r1_0.id from rol r1_0 where r1_0.zaak_id=z1_0.id and r1_0.inp_bsn=$1)) and (((z1_0.zaaktype in ($2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17) and z1_0.vertrouwelijkheidaanduiding in ($18,$19,$20,$21))));
-- parameters: $1 = '100027993', $2 = 'http://localhost:9700/catalogi/api/v1/zaaktypen/123dd449-2bf4-4a1c-bb9c-90536d112a6e', $3 = 'http://localhost:9700/catalogi/api/v1/zaaktypen/d86f741b-c78a-4dc1-8b5f-475a4d566f60', $4 = 'http://localhost:9700/catalogi/api/v1/zaaktypen/a0cf67fc-78bd-4847-813b-8ac5741f67cb', $5 = 'http://localhost:9700/catalogi/api/v1/zaaktypen/d7adfc46-7342-403f-99ae-dc10d8b48473', $6 = 'http...

-- [5255] 0.091 ms
select z1_0.id,z1_0.aangemaakt_op,z1_0.archiefactiedatum,z1_0.archiefnominatie,z1_0.archiefstatus,z1_0.betalingsindicatie,z1_0.bronorganisatie,z1_0.communicatiekanaal,z1_0.einddatum,z1_0.einddatum_gepland,z1_0.geo_max_x,z1_0.geo_max_y,z1_0.geo_min_x,z1_0.geo_min_y,h1_0.id,h1_0.aangemaakt_op,h1_0.archiefactiedatum,h1_0.archiefnominatie,h1_0.archiefstatus,h1_0.betalingsindicatie,h1_0.bronorganisatie,h1_0.communicatiekanaal,h1_0.einddatum,h1_0.einddatum_gepland,h1_0.geo_max_x,h1_0.geo_max_y,h1_0.geo_min_x,h1_0.geo_min_y,h1_0.hoofdzaak_id,h1_0.identificatie,h1_0.kenmerken,h1_0.laatste_betaaldatum,h1_0.omschrijving,h1_0.opdrachtgevende_organisatie,h1_0.opschorting,h1_0.processobject,h1_0.processobjectaard,h1_0.producten_of_diensten,h1_0.publicatiedatum,h1_0.registratiedatum,h1_0.relevante_andere_zaken,h1_0.selectielijstklasse,h1_0.startdatum,h1_0.startdatum_bewaartermijn,h1_0.toelichting,h1_0.uiterlijke_einddatum_afdoening,h1_0.uuid,h1_0.verantwoordelijke_organisatie,h1_0.verlenging,h1_0.vertrouwelijkheidaanduiding,h1_0.zaakgeometrie,h1_0.zaaktype,h1_0.zaaktype_uuid,z1_0.identificatie,z1_0.kenmerken,z1_0.laatste_betaaldatum,z1_0.omschrijving,z1_0.opdrachtgevende_organisatie,z1_0.opschorting,z1_0.processobject,z1_0.processobjectaard,z1_0.producten_of_diensten,z1_0.publicatiedatum,z1_0.registratiedatum,z1_0.relevante_andere_zaken,z1_0.selectielijstklasse,z1_0.startdatum,z1_0.startdatum_bewaartermijn,z1_0.toelichting,z1_0.uiterlijke_einddatum_afdoening,z1_0.uuid,z1_0.verantwoordelijke_organisatie,z1_0.verlenging,z1_0.vertrouwelijkheidaanduiding,z1_0.zaakgeometrie,z1_0.zaaktype,z1_0.zaaktype_uuid from zaak z1_0 left join zaak h1_0 on h1_0.id=z1_0.hoofdzaak_id where (exists(select r1_0.id from rol r1_0 where r1_0.zaak_id=z1_0.id and r1_0.inp_bsn=$1)) and (((z1_0.zaaktype in ($2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17) and z1_0.vertrouwelijkheidaanduiding in ($18,$19,$20,$21)))) order by z1_0.id offset $22 rows fetch first $23 rows only;
-- parameters: $1 = '100027993', $2 = 'http://localhost:9700/catalogi/api/v1/zaaktypen/123dd449-2bf4-4a1c-bb9c-90536d112a6e', $3 = 'http://localhost:9700/catalogi/api/v1/zaaktypen/d86f741b-c78a-4dc1-8b5f-475a4d566f60', $4 = 'http://localhost:9700/catalogi/api/v1/zaaktypen/a0cf67fc-78bd-4847-813b-8ac5741f67cb', $5 = 'http://localhost:9700/catalogi/api/v1/zaaktypen/d7adfc46-7342-403f-99ae-dc10d8b48473', $6 = 'http...

-- [5255] 0.020 ms
select z1_0.hoofdzaak_id,z1_0.uuid from zaak z1_0 where z1_0.hoofdzaak_id in ($1) order by z1_0.id;
-- parameters: $1 = '50154'

-- [5255] 0.021 ms
select r1_0.zaak_id,r1_0.uuid from rol r1_0 where r1_0.zaak_id in ($1) order by r1_0.id;
-- parameters: $1 = '50154'

-- [5255] 0.018 ms
select s1_0.zaak_id,s1_0.uuid from status s1_0 where s1_0.laatst_gezet and s1_0.zaak_id in ($1);
-- parameters: $1 = '50154'

-- [5255] 0.009 ms
select ze1_0.zaak_id,ze1_0.uuid from zaakeigenschap ze1_0 where ze1_0.zaak_id in ($1) order by ze1_0.id;
-- parameters: $1 = '50154'

-- [5255] 0.009 ms
select zio1_0.zaak_id,zio1_0.uuid from zaakinformatieobject zio1_0 where zio1_0.zaak_id in ($1) order by zio1_0.id;
-- parameters: $1 = '50154'

-- [5255] 0.022 ms
select zo1_0.zaak_id,zo1_0.uuid from zaakobject zo1_0 where zo1_0.zaak_id in ($1) order by zo1_0.id;
-- parameters: $1 = '50154'

-- [5255] 0.006 ms
select r1_0.zaak_id,r1_0.uuid from resultaat r1_0 where r1_0.zaak_id in ($1);
-- parameters: $1 = '50154'

-- [5255] 0.012 ms
COMMIT;
-- parameters: 

-- total execute time 0.304 ms
