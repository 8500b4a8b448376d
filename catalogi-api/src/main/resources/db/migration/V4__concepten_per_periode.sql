-- One concept per name for any one period, not one at all: concepts of one identificatie/omschrijving for periods
-- apart may coexist (the VNG collection makes them). The use case checks the overlap under the catalogus row lock.
DROP INDEX zaaktype_een_concept;
DROP INDEX informatieobjecttype_een_concept;
DROP INDEX besluittype_een_concept;
