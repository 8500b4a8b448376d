-- [16114] 0.035 ms
select z1_0.id,z1_0.aangemaakt_op,z1_0.archiefactiedatum,z1_0.archiefnominatie,z1_0.archiefstatus,z1_0.betalingsindicatie,z1_0.bronorganisatie,z1_0.communicatiekanaal,z1_0.einddatum,z1_0.einddatum_gepland,z1_0.geo_max_x,z1_0.geo_max_y,z1_0.geo_min_x,z1_0.geo_min_y,z1_0.hoofdzaak_id,z1_0.identificatie,z1_0.kenmerken,z1_0.laatste_betaaldatum,z1_0.omschrijving,z1_0.opdrachtgevende_organisatie,z1_0.opschorting,z1_0.processobject,z1_0.processobjectaard,z1_0.producten_of_diensten,z1_0.publicatiedatum,z1_0.registratiedatum,z1_0.relevante_andere_zaken,z1_0.selectielijstklasse,z1_0.startdatum,z1_0.startdatum_bewaartermijn,z1_0.toelichting,z1_0.uiterlijke_einddatum_afdoening,z1_0.uuid,z1_0.verantwoordelijke_organisatie,z1_0.verlenging,z1_0.vertrouwelijkheidaanduiding,z1_0.zaakgeometrie,z1_0.zaaktype,z1_0.zaaktype_uuid from zaak z1_0 where z1_0.uuid=$1 fetch first $2 rows only;
-- parameters: $1 = '81d38bfd-f5dc-4046-9a0f-e364b2ce730a', $2 = '1'

-- [16114] 0.022 ms
select z1_0.hoofdzaak_id,z1_0.uuid from zaak z1_0 where z1_0.hoofdzaak_id in ($1) order by z1_0.id;
-- parameters: $1 = '100021'

-- [16114] 0.022 ms
select r1_0.zaak_id,r1_0.uuid from rol r1_0 where r1_0.zaak_id in ($1) order by r1_0.id;
-- parameters: $1 = '100021'

-- [16114] 0.007 ms
select r1_0.zaak_id,r1_0.uuid from resultaat r1_0 where r1_0.zaak_id in ($1);
-- parameters: $1 = '100021'

-- [16114] 0.016 ms
select zo1_0.zaak_id,zo1_0.uuid from zaakobject zo1_0 where zo1_0.zaak_id in ($1) order by zo1_0.id;
-- parameters: $1 = '100021'

-- [16114] 0.006 ms
select zio1_0.zaak_id,zio1_0.uuid from zaakinformatieobject zio1_0 where zio1_0.zaak_id in ($1) order by zio1_0.id;
-- parameters: $1 = '100021'

-- [16114] 0.005 ms
select ze1_0.zaak_id,ze1_0.uuid from zaakeigenschap ze1_0 where ze1_0.zaak_id in ($1) order by ze1_0.id;
-- parameters: $1 = '100021'

-- [16114] 0.013 ms
select s1_0.zaak_id,s1_0.uuid from status s1_0 where s1_0.laatst_gezet and s1_0.zaak_id in ($1);
-- parameters: $1 = '100021'

-- [16114] 0.036 ms
select s1_0.id,s1_0.datum_status_gezet,s1_0.gezetdoor,s1_0.laatst_gezet,s1_0.statustoelichting,s1_0.statustype,s1_0.uuid,s1_0.zaak_id,z1_0.id,z1_0.aangemaakt_op,z1_0.archiefactiedatum,z1_0.archiefnominatie,z1_0.archiefstatus,z1_0.betalingsindicatie,z1_0.bronorganisatie,z1_0.communicatiekanaal,z1_0.einddatum,z1_0.einddatum_gepland,z1_0.geo_max_x,z1_0.geo_max_y,z1_0.geo_min_x,z1_0.geo_min_y,z1_0.hoofdzaak_id,z1_0.identificatie,z1_0.kenmerken,z1_0.laatste_betaaldatum,z1_0.omschrijving,z1_0.opdrachtgevende_organisatie,z1_0.opschorting,z1_0.processobject,z1_0.processobjectaard,z1_0.producten_of_diensten,z1_0.publicatiedatum,z1_0.registratiedatum,z1_0.relevante_andere_zaken,z1_0.selectielijstklasse,z1_0.startdatum,z1_0.startdatum_bewaartermijn,z1_0.toelichting,z1_0.uiterlijke_einddatum_afdoening,z1_0.uuid,z1_0.verantwoordelijke_organisatie,z1_0.verlenging,z1_0.vertrouwelijkheidaanduiding,z1_0.zaakgeometrie,z1_0.zaaktype,z1_0.zaaktype_uuid from status s1_0 join zaak z1_0 on z1_0.id=s1_0.zaak_id where s1_0.uuid in ($1);
-- parameters: $1 = '65ccda5c-d2fe-4a1e-9660-b2a93efee712'

-- [16114] 0.006 ms
select zio1_0.status,zio1_0.uuid from zaakinformatieobject zio1_0 where zio1_0.zaak_id in ($1) and zio1_0.status is not null and zio1_0.status<>'' order by zio1_0.id;
-- parameters: $1 = '100021'

-- [16114] 0.068 ms
select r1_0.id,r1_0.afwijkende_naam_betrokkene,r1_0.ann_identificatie,r1_0.anp_identificatie,r1_0.betrokkene,r1_0.betrokkene_identificatie,r1_0.betrokkene_type,r1_0.contactpersoon_rol,r1_0.indicatie_machtiging,r1_0.inn_nnp_id,r1_0.inp_a_nummer,r1_0.inp_bsn,r1_0.medewerker_identificatie,r1_0.omschrijving,r1_0.omschrijving_generiek,r1_0.org_eenheid_identificatie,r1_0.registratiedatum,r1_0.roltoelichting,r1_0.roltype,r1_0.uuid,r1_0.vestigings_nummer,r1_0.zaak_id,z1_0.id,z1_0.aangemaakt_op,z1_0.archiefactiedatum,z1_0.archiefnominatie,z1_0.archiefstatus,z1_0.betalingsindicatie,z1_0.bronorganisatie,z1_0.communicatiekanaal,z1_0.einddatum,z1_0.einddatum_gepland,z1_0.geo_max_x,z1_0.geo_max_y,z1_0.geo_min_x,z1_0.geo_min_y,z1_0.hoofdzaak_id,z1_0.identificatie,z1_0.kenmerken,z1_0.laatste_betaaldatum,z1_0.omschrijving,z1_0.opdrachtgevende_organisatie,z1_0.opschorting,z1_0.processobject,z1_0.processobjectaard,z1_0.producten_of_diensten,z1_0.publicatiedatum,z1_0.registratiedatum,z1_0.relevante_andere_zaken,z1_0.selectielijstklasse,z1_0.startdatum,z1_0.startdatum_bewaartermijn,z1_0.toelichting,z1_0.uiterlijke_einddatum_afdoening,z1_0.uuid,z1_0.verantwoordelijke_organisatie,z1_0.verlenging,z1_0.vertrouwelijkheidaanduiding,z1_0.zaakgeometrie,z1_0.zaaktype,z1_0.zaaktype_uuid from rol r1_0 join zaak z1_0 on z1_0.id=r1_0.zaak_id where r1_0.uuid in ($1,$2,$3,$4) order by r1_0.id;
-- parameters: $1 = '9f9638b7-64bf-401c-b48e-424d4443c8c6', $2 = 'd211c8ec-1de4-49c3-ba73-3fe45df0d2c5', $3 = '676d0a54-932b-4106-8b1c-95e4b8215ca8', $4 = '676d0a54-932b-4106-8b1c-95e4b8215ca8'

-- [16114] 0.016 ms
COMMIT;
-- parameters: 

-- total execute time 0.252 ms
