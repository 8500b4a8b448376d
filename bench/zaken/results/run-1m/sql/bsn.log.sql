-- [26888] 0.091 ms
select count(z1_0.id) from zaak z1_0 where (exists(select r1_0.id from rol r1_0 where r1_0.zaak_id=z1_0.id and r1_0.inp_bsn=$1)) and (((z1_0.zaaktype=$2 and z1_0.vertrouwelijkheidaanduiding in ($3,$4,$5,$6)) or (z1_0.zaaktype=$7 and z1_0.vertrouwelijkheidaanduiding in ($8,$9,$10,$11)) or (z1_0.zaaktype=$12 and z1_0.vertrouwelijkheidaanduiding in ($13,$14,$15,$16)) or (z1_0.zaaktype=$17 and z1_0.vertrouwelijkheidaanduiding in ($18,$19,$20,$21)) or (z1_0.zaaktype=$22 and z1_0.vertrouwelijkheidaanduiding in ($23,$24,$25,$26)) or (z1_0.zaaktype=$27 and z1_0.vertrouwelijkheidaanduiding in ($28,$29,$30,$31)) or (z1_0.zaaktype=$32 and z1_0.vertrouwelijkheidaanduiding in ($33,$34,$35,$36)) or (z1_0.zaaktype=$37 and z1_0.vertrouwelijkheidaanduiding in ($38,$39,$40,$41)) or (z1_0.zaaktype=$42 and z1_0.vertrouwelijkheidaanduiding in ($43,$44,$45,$46)) or (z1_0.zaaktype=$47 and z1_0.vertrouwelijkheidaanduiding in ($48,$49,$50,$51))));
-- parameters: $1 = '100355053', $2 = 'http://localhost:9700/catalogi/api/v1/zaaktypen/eacf9ac2-9004-4264-aeae-86e5b1cec48a', $3 = 'openbaar', $4 = 'beperkt_openbaar', $5 = 'intern', $6 = 'zaakvertrouwelijk', $7 = 'http://localhost:9700/catalogi/api/v1/zaaktypen/b5a282cd-2c2d-4837-b667-c52e557d326d', $8 = 'openbaar', $9 = 'beperkt_openbaar', $10 = 'intern', $11 = 'zaakvertrouwelijk', $12 = 'http://localhost:9700...

-- [26888] 0.104 ms
select z1_0.id,z1_0.aangemaakt_op,z1_0.archiefactiedatum,z1_0.archiefnominatie,z1_0.archiefstatus,z1_0.betalingsindicatie,z1_0.bronorganisatie,z1_0.communicatiekanaal,z1_0.einddatum,z1_0.einddatum_gepland,z1_0.geo_max_x,z1_0.geo_max_y,z1_0.geo_min_x,z1_0.geo_min_y,h1_0.id,h1_0.aangemaakt_op,h1_0.archiefactiedatum,h1_0.archiefnominatie,h1_0.archiefstatus,h1_0.betalingsindicatie,h1_0.bronorganisatie,h1_0.communicatiekanaal,h1_0.einddatum,h1_0.einddatum_gepland,h1_0.geo_max_x,h1_0.geo_max_y,h1_0.geo_min_x,h1_0.geo_min_y,h1_0.hoofdzaak_id,h1_0.identificatie,h1_0.kenmerken,h1_0.laatste_betaaldatum,h1_0.omschrijving,h1_0.opdrachtgevende_organisatie,h1_0.opschorting,h1_0.processobject,h1_0.processobjectaard,h1_0.producten_of_diensten,h1_0.publicatiedatum,h1_0.registratiedatum,h1_0.relevante_andere_zaken,h1_0.selectielijstklasse,h1_0.startdatum,h1_0.startdatum_bewaartermijn,h1_0.toelichting,h1_0.uiterlijke_einddatum_afdoening,h1_0.uuid,h1_0.verantwoordelijke_organisatie,h1_0.verlenging,h1_0.vertrouwelijkheidaanduiding,h1_0.zaakgeometrie,h1_0.zaaktype,h1_0.zaaktype_uuid,z1_0.identificatie,z1_0.kenmerken,z1_0.laatste_betaaldatum,z1_0.omschrijving,z1_0.opdrachtgevende_organisatie,z1_0.opschorting,z1_0.processobject,z1_0.processobjectaard,z1_0.producten_of_diensten,z1_0.publicatiedatum,z1_0.registratiedatum,z1_0.relevante_andere_zaken,z1_0.selectielijstklasse,z1_0.startdatum,z1_0.startdatum_bewaartermijn,z1_0.toelichting,z1_0.uiterlijke_einddatum_afdoening,z1_0.uuid,z1_0.verantwoordelijke_organisatie,z1_0.verlenging,z1_0.vertrouwelijkheidaanduiding,z1_0.zaakgeometrie,z1_0.zaaktype,z1_0.zaaktype_uuid from zaak z1_0 left join zaak h1_0 on h1_0.id=z1_0.hoofdzaak_id where (exists(select r1_0.id from rol r1_0 where r1_0.zaak_id=z1_0.id and r1_0.inp_bsn=$1)) and (((z1_0.zaaktype=$2 and z1_0.vertrouwelijkheidaanduiding in ($3,$4,$5,$6)) or (z1_0.zaaktype=$7 and z1_0.vertrouwelijkheidaanduiding in ($8,$9,$10,$11)) or (z1_0.zaaktype=$12 and z1_0.vertrouwelijkheidaanduiding in ($13,$14,$15,$16)) or (z1_0.zaaktype=$17 and z1_0.vertrouwelijkheidaanduiding in ($18,$19,$20,$21)) or (z1_0.zaaktype=$22 and z1_0.vertrouwelijkheidaanduiding in ($23,$24,$25,$26)) or (z1_0.zaaktype=$27 and z1_0.vertrouwelijkheidaanduiding in ($28,$29,$30,$31)) or (z1_0.zaaktype=$32 and z1_0.vertrouwelijkheidaanduiding in ($33,$34,$35,$36)) or (z1_0.zaaktype=$37 and z1_0.vertrouwelijkheidaanduiding in ($38,$39,$40,$41)) or (z1_0.zaaktype=$42 and z1_0.vertrouwelijkheidaanduiding in ($43,$44,$45,$46)) or (z1_0.zaaktype=$47 and z1_0.vertrouwelijkheidaanduiding in ($48,$49,$50,$51)))) order by z1_0.id offset $52 rows fetch first $53 rows only;
-- parameters: $1 = '100355053', $2 = 'http://localhost:9700/catalogi/api/v1/zaaktypen/eacf9ac2-9004-4264-aeae-86e5b1cec48a', $3 = 'openbaar', $4 = 'beperkt_openbaar', $5 = 'intern', $6 = 'zaakvertrouwelijk', $7 = 'http://localhost:9700/catalogi/api/v1/zaaktypen/b5a282cd-2c2d-4837-b667-c52e557d326d', $8 = 'openbaar', $9 = 'beperkt_openbaar', $10 = 'intern', $11 = 'zaakvertrouwelijk', $12 = 'http://localhost:9700...

-- [26888] 0.017 ms
select z1_0.hoofdzaak_id,z1_0.uuid from zaak z1_0 where z1_0.hoofdzaak_id in ($1) order by z1_0.id;
-- parameters: $1 = '50580'

-- [26888] 0.019 ms
select r1_0.zaak_id,r1_0.uuid from rol r1_0 where r1_0.zaak_id in ($1) order by r1_0.id;
-- parameters: $1 = '50580'

-- [26888] 0.005 ms
select r1_0.zaak_id,r1_0.uuid from resultaat r1_0 where r1_0.zaak_id in ($1);
-- parameters: $1 = '50580'

-- [26888] 0.019 ms
select zo1_0.zaak_id,zo1_0.uuid from zaakobject zo1_0 where zo1_0.zaak_id in ($1) order by zo1_0.id;
-- parameters: $1 = '50580'

-- [26888] 0.007 ms
select zio1_0.zaak_id,zio1_0.uuid from zaakinformatieobject zio1_0 where zio1_0.zaak_id in ($1) order by zio1_0.id;
-- parameters: $1 = '50580'

-- [26888] 0.005 ms
select ze1_0.zaak_id,ze1_0.uuid from zaakeigenschap ze1_0 where ze1_0.zaak_id in ($1) order by ze1_0.id;
-- parameters: $1 = '50580'

-- [26888] 0.013 ms
select s1_0.zaak_id,s1_0.uuid from status s1_0 where s1_0.laatst_gezet and s1_0.zaak_id in ($1);
-- parameters: $1 = '50580'

-- [26888] 0.015 ms
COMMIT;
-- parameters: 

-- total execute time 0.295 ms
