-- ztc-002: whether archiefnominatie / archiefactietermijn were derived from the selectielijstklasse (not sent by the
-- client), so a later change of the klasse derives them again instead of keeping the old derived values.
ALTER TABLE resultaattype ADD COLUMN archiefnominatie_afgeleid    boolean NOT NULL DEFAULT false;
ALTER TABLE resultaattype ADD COLUMN archiefactietermijn_afgeleid boolean NOT NULL DEFAULT false;
