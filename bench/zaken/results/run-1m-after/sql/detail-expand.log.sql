-- [5255] 0.037 ms
select z1_0.id,z1_0.aangemaakt_op,z1_0.archiefactiedatum,z1_0.archiefnominatie,z1_0.archiefstatus,z1_0.betalingsindicatie,z1_0.bronorganisatie,z1_0.communicatiekanaal,z1_0.einddatum,z1_0.einddatum_gepland,z1_0.geo_max_x,z1_0.geo_max_y,z1_0.geo_min_x,z1_0.geo_min_y,z1_0.hoofdzaak_id,z1_0.identificatie,z1_0.kenmerken,z1_0.laatste_betaaldatum,z1_0.omschrijving,z1_0.opdrachtgevende_organisatie,z1_0.opschorting,z1_0.processobject,z1_0.processobjectaard,z1_0.producten_of_diensten,z1_0.publicatiedatum,z1_0.registratiedatum,z1_0.relevante_andere_zaken,z1_0.selectielijstklasse,z1_0.startdatum,z1_0.startdatum_bewaartermijn,z1_0.toelichting,z1_0.uiterlijke_einddatum_afdoening,z1_0.uuid,z1_0.verantwoordelijke_organisatie,z1_0.verlenging,z1_0.vertrouwelijkheidaanduiding,z1_0.zaakgeometrie,z1_0.zaaktype,z1_0.zaaktype_uuid from zaak z1_0 where z1_0.uuid=$1 fetch first $2 rows only;
-- parameters: $1 = '059b5ec5-b3d0-4cb5-9fed-5cf5d81c1abb', $2 = '1'

-- [5255] 0.022 ms
select z1_0.hoofdzaak_id,z1_0.uuid from zaak z1_0 where z1_0.hoofdzaak_id in ($1) order by z1_0.id;
-- parameters: $1 = '100002'

-- [5255] 0.034 ms
select r1_0.zaak_id,r1_0.uuid from rol r1_0 where r1_0.zaak_id in ($1) order by r1_0.id;
-- parameters: $1 = '100002'

-- [5255] 0.022 ms
select s1_0.zaak_id,s1_0.uuid from status s1_0 where s1_0.laatst_gezet and s1_0.zaak_id in ($1);
-- parameters: $1 = '100002'

-- [5255] 0.008 ms
select ze1_0.zaak_id,ze1_0.uuid from zaakeigenschap ze1_0 where ze1_0.zaak_id in ($1) order by ze1_0.id;
-- parameters: $1 = '100002'

-- [5255] 0.009 ms
select zio1_0.zaak_id,zio1_0.uuid from zaakinformatieobject zio1_0 where zio1_0.zaak_id in ($1) order by zio1_0.id;
-- parameters: $1 = '100002'

-- [5255] 0.026 ms
select zo1_0.zaak_id,zo1_0.uuid from zaakobject zo1_0 where zo1_0.zaak_id in ($1) order by zo1_0.id;
-- parameters: $1 = '100002'

-- [5255] 0.007 ms
select r1_0.zaak_id,r1_0.uuid from resultaat r1_0 where r1_0.zaak_id in ($1);
-- parameters: $1 = '100002'

-- [5255] 0.097 ms
select s1_0.id,s1_0.datum_status_gezet,s1_0.gezetdoor,s1_0.laatst_gezet,s1_0.statustoelichting,s1_0.statustype,s1_0.uuid,s1_0.zaak_id,z1_0.id,z1_0.aangemaakt_op,z1_0.archiefactiedatum,z1_0.archiefnominatie,z1_0.archiefstatus,z1_0.betalingsindicatie,z1_0.bronorganisatie,z1_0.communicatiekanaal,z1_0.einddatum,z1_0.einddatum_gepland,z1_0.geo_max_x,z1_0.geo_max_y,z1_0.geo_min_x,z1_0.geo_min_y,z1_0.hoofdzaak_id,z1_0.identificatie,z1_0.kenmerken,z1_0.laatste_betaaldatum,z1_0.omschrijving,z1_0.opdrachtgevende_organisatie,z1_0.opschorting,z1_0.processobject,z1_0.processobjectaard,z1_0.producten_of_diensten,z1_0.publicatiedatum,z1_0.registratiedatum,z1_0.relevante_andere_zaken,z1_0.selectielijstklasse,z1_0.startdatum,z1_0.startdatum_bewaartermijn,z1_0.toelichting,z1_0.uiterlijke_einddatum_afdoening,z1_0.uuid,z1_0.verantwoordelijke_organisatie,z1_0.verlenging,z1_0.vertrouwelijkheidaanduiding,z1_0.zaakgeometrie,z1_0.zaaktype,z1_0.zaaktype_uuid from status s1_0 join zaak z1_0 on z1_0.id=s1_0.zaak_id where s1_0.uuid in ($1);
-- parameters: $1 = '55f957e5-8195-42bd-a1f0-864d497b70d4'

-- [5255] 0.011 ms
select zio1_0.status,zio1_0.uuid from zaakinformatieobject zio1_0 where zio1_0.zaak_id in ($1) and zio1_0.status is not null and zio1_0.status<>'' order by zio1_0.id;
-- parameters: $1 = '100002'

-- [5255] 0.055 ms
select r1_0.id,r1_0.afwijkende_naam_betrokkene,r1_0.ann_identificatie,r1_0.anp_identificatie,r1_0.betrokkene,r1_0.betrokkene_identificatie,r1_0.betrokkene_type,r1_0.contactpersoon_rol,r1_0.indicatie_machtiging,r1_0.inn_nnp_id,r1_0.inp_a_nummer,r1_0.inp_bsn,r1_0.medewerker_identificatie,r1_0.omschrijving,r1_0.omschrijving_generiek,r1_0.org_eenheid_identificatie,r1_0.registratiedatum,r1_0.roltoelichting,r1_0.roltype,r1_0.uuid,r1_0.vestigings_nummer,r1_0.zaak_id,z1_0.id,z1_0.aangemaakt_op,z1_0.archiefactiedatum,z1_0.archiefnominatie,z1_0.archiefstatus,z1_0.betalingsindicatie,z1_0.bronorganisatie,z1_0.communicatiekanaal,z1_0.einddatum,z1_0.einddatum_gepland,z1_0.geo_max_x,z1_0.geo_max_y,z1_0.geo_min_x,z1_0.geo_min_y,z1_0.hoofdzaak_id,z1_0.identificatie,z1_0.kenmerken,z1_0.laatste_betaaldatum,z1_0.omschrijving,z1_0.opdrachtgevende_organisatie,z1_0.opschorting,z1_0.processobject,z1_0.processobjectaard,z1_0.producten_of_diensten,z1_0.publicatiedatum,z1_0.registratiedatum,z1_0.relevante_andere_zaken,z1_0.selectielijstklasse,z1_0.startdatum,z1_0.startdatum_bewaartermijn,z1_0.toelichting,z1_0.uiterlijke_einddatum_afdoening,z1_0.uuid,z1_0.verantwoordelijke_organisatie,z1_0.verlenging,z1_0.vertrouwelijkheidaanduiding,z1_0.zaakgeometrie,z1_0.zaaktype,z1_0.zaaktype_uuid from rol r1_0 join zaak z1_0 on z1_0.id=r1_0.zaak_id where r1_0.uuid in ($1,$2) order by r1_0.id;
-- parameters: $1 = '6ff5b7e0-56cf-48a8-aa48-e618fe348111', $2 = 'ffe5ea64-282a-4864-bc9f-cfc57bbcbf85'

-- [5255] 0.014 ms
COMMIT;
-- parameters: 

-- total execute time 0.342 ms
