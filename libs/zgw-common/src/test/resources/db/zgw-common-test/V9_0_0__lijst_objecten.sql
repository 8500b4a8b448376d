-- Test only: objects of several types and levels, to run TypeFilter's list predicate in the database.
CREATE TABLE zgw_test_lijst_object (
    id                          VARCHAR(50) PRIMARY KEY,
    type                        VARCHAR(200) NOT NULL,
    vertrouwelijkheidaanduiding VARCHAR(20)
);
INSERT INTO zgw_test_lijst_object VALUES
    ('iot1-openbaar', 'http://ztc/informatieobjecttypen/1', 'openbaar'),
    ('iot1-zaakvertrouwelijk', 'http://ztc/informatieobjecttypen/1', 'zaakvertrouwelijk'),
    ('iot1-geheim', 'http://ztc/informatieobjecttypen/1', 'geheim'),
    ('iot2-intern', 'http://ztc/informatieobjecttypen/2', 'intern'),
    ('iot2-zeer-geheim', 'http://ztc/informatieobjecttypen/2', 'zeer_geheim'),
    ('bt1-a', 'http://ztc/besluittypen/1', NULL),
    ('bt1-b', 'http://ztc/besluittypen/1', NULL),
    ('bt2-a', 'http://ztc/besluittypen/2', NULL);
