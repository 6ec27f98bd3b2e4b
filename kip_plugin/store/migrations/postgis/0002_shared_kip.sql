-- A shared KIP, schema version 2 (the first version on PostgreSQL; version 1 existed only as a
-- GeoPackage). KIP fills in {schema} and {postgis} (quoted identifiers: the KIP's schema and the
-- schema PostGIS is installed in) and {srid}. The group roles kip_coordinator and kip_reader
-- exist before this runs; party roles kip_<code> get their rights when their party is added.

CREATE SCHEMA {schema};

CREATE TABLE {schema}.kip_meta (
    fid serial PRIMARY KEY,
    key text NOT NULL UNIQUE,
    value text
);

CREATE TABLE {schema}.parties (
    fid serial PRIMARY KEY,
    code text NOT NULL UNIQUE,
    name text NOT NULL,
    kind text NOT NULL,
    colour text NOT NULL
);

-- An integer key (not bigint): QGIS then uses it as the feature id, the same number as in the history.
CREATE TABLE {schema}.works (
    fid serial PRIMARY KEY,
    work_id text NOT NULL UNIQUE,
    title text,
    description text,
    owner text NOT NULL,
    work_type text,
    status text,
    start_date date NOT NULL,
    end_date date NOT NULL,
    earliest_start date,
    latest_end date,
    excavation boolean,
    road_closure boolean,
    disruption text,
    budget_type text,
    budget_eur double precision,
    contact text,
    source text,
    updated_at timestamp,
    row_version bigint NOT NULL DEFAULT 1,
    geom {postgis}.geometry(MultiPolygon, {srid})
);
CREATE INDEX works_geom_idx ON {schema}.works USING gist (geom);
CREATE INDEX works_owner_idx ON {schema}.works (owner);
CREATE INDEX works_dates_idx ON {schema}.works (start_date, end_date);

CREATE TABLE {schema}.works_history (
    fid bigserial PRIMARY KEY,
    work_fid bigint NOT NULL,
    work_id text NOT NULL,
    owner text NOT NULL,
    operation text NOT NULL CHECK (operation IN ('insert', 'update', 'delete')),
    changed_by text NOT NULL,
    changed_at timestamptz NOT NULL,
    row_version bigint,
    changed_fields text[] NOT NULL,
    old_values jsonb,
    new_values jsonb
);
CREATE INDEX works_history_changed_at_idx ON {schema}.works_history (changed_at);
CREATE INDEX works_history_work_idx ON {schema}.works_history (work_fid, fid);

-- May the current user add, change or delete works of ``party``? Members of kip_<party> and of
-- kip_coordinator may. A role that does not exist gives no right (and no error).
CREATE FUNCTION {schema}.kip_may_edit(party text) RETURNS boolean
    LANGUAGE sql STABLE SET search_path = pg_catalog
AS $$
    SELECT EXISTS (
        SELECT 1 FROM pg_catalog.pg_roles r
        WHERE r.rolname IN ('kip_coordinator', 'kip_' || party)
          AND pg_catalog.pg_has_role(current_user, r.oid, 'MEMBER')
    )
$$;

-- Row versions: 1 for a new work, one higher with every change. An UPDATE that names a row
-- version other than the one in the database was made on an older version: it is refused.
CREATE FUNCTION {schema}.kip_row_version() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog
AS $$
DECLARE
    last_by text;
    last_at timestamptz;
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW.row_version := 1;
        RETURN NEW;
    END IF;
    IF NEW.row_version IS DISTINCT FROM OLD.row_version THEN
        EXECUTE format('SELECT changed_by, changed_at FROM %I.works_history WHERE work_fid = $1 ORDER BY fid DESC LIMIT 1',
                       TG_TABLE_SCHEMA)
            INTO last_by, last_at USING OLD.fid;
        RAISE EXCEPTION USING
            ERRCODE = '40001',
            MESSAGE = format('KIP: the work %s was changed by %s at %s after you read it; your change of it was not saved.',
                             OLD.work_id, coalesce(last_by, '?'), coalesce(to_char(last_at, 'YYYY-MM-DD HH24:MI:SS TZ'), '?')),
            DETAIL = format('row_version %s in the database, %s in your edit', OLD.row_version, NEW.row_version);
    END IF;
    NEW.row_version := OLD.row_version + 1;
    RETURN NEW;
END
$$;

-- A work as JSON: every field, the geometry as hexadecimal WKB so that it can be restored exactly.
CREATE FUNCTION {schema}.kip_work_json(work {schema}.works) RETURNS jsonb
    LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, {postgis}
AS $$
    SELECT (to_jsonb(work) - 'geom' - 'fid')
        || jsonb_build_object('geom', encode({postgis}.ST_AsBinary(work.geom), 'hex'))
$$;

-- The history: who changed which work when, with the values before and after. Runs with the
-- rights of the KIP's owner, so that nobody else needs (or gets) the right to write history.
CREATE FUNCTION {schema}.kip_history() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, {postgis}
AS $$
DECLARE
    old_values jsonb;
    new_values jsonb;
    changed text[];
    work {schema}.works;
BEGIN
    IF TG_OP <> 'INSERT' THEN
        old_values := {schema}.kip_work_json(OLD);
    END IF;
    IF TG_OP <> 'DELETE' THEN
        new_values := {schema}.kip_work_json(NEW);
    END IF;
    IF TG_OP = 'UPDATE' THEN
        SELECT coalesce(array_agg(n.key ORDER BY n.key), ARRAY[]::text[]) INTO changed
        FROM jsonb_each(new_values) n
        WHERE n.key <> 'row_version' AND n.value IS DISTINCT FROM old_values -> n.key;
        IF cardinality(changed) = 0 THEN
            RETURN NULL;
        END IF;
    ELSIF TG_OP = 'INSERT' THEN
        SELECT coalesce(array_agg(n.key ORDER BY n.key), ARRAY[]::text[]) INTO changed
        FROM jsonb_each(new_values) n
        WHERE n.key <> 'row_version' AND n.value <> 'null'::jsonb;
    ELSE
        changed := ARRAY[]::text[];
    END IF;
    IF TG_OP = 'DELETE' THEN
        work := OLD;
    ELSE
        work := NEW;
    END IF;
    INSERT INTO {schema}.works_history
        (work_fid, work_id, owner, operation, changed_by, changed_at, row_version, changed_fields, old_values, new_values)
    VALUES
        (work.fid, work.work_id, work.owner, lower(TG_OP), session_user, now(), work.row_version, changed,
         old_values, new_values);
    RETURN NULL;
END
$$;

CREATE TRIGGER kip_row_version BEFORE INSERT OR UPDATE ON {schema}.works
    FOR EACH ROW EXECUTE FUNCTION {schema}.kip_row_version();
CREATE TRIGGER kip_history AFTER INSERT OR UPDATE OR DELETE ON {schema}.works
    FOR EACH ROW EXECUTE FUNCTION {schema}.kip_history();

-- Row-level security, also for the table's owner: everyone reads every work; adding, changing
-- and deleting only the works of one's own parties, and no work can be handed to another party.
ALTER TABLE {schema}.works ENABLE ROW LEVEL SECURITY;
ALTER TABLE {schema}.works FORCE ROW LEVEL SECURITY;
CREATE POLICY kip_read ON {schema}.works FOR SELECT USING (true);
CREATE POLICY kip_add ON {schema}.works FOR INSERT WITH CHECK ({schema}.kip_may_edit(owner));
CREATE POLICY kip_change ON {schema}.works FOR UPDATE
    USING ({schema}.kip_may_edit(owner)) WITH CHECK ({schema}.kip_may_edit(owner));
CREATE POLICY kip_remove ON {schema}.works FOR DELETE USING ({schema}.kip_may_edit(owner));

-- What the fixed group roles may do; party roles get theirs from KIP when their party is added.
REVOKE ALL ON SCHEMA {schema} FROM PUBLIC;
GRANT USAGE ON SCHEMA {schema} TO kip_reader, kip_coordinator;
GRANT SELECT ON {schema}.kip_meta, {schema}.parties, {schema}.works, {schema}.works_history
    TO kip_reader, kip_coordinator;
GRANT INSERT, UPDATE, DELETE ON {schema}.works, {schema}.parties TO kip_coordinator;
GRANT USAGE, SELECT ON SEQUENCE {schema}.works_fid_seq, {schema}.parties_fid_seq TO kip_coordinator;
GRANT EXECUTE ON FUNCTION {schema}.kip_may_edit(text) TO kip_reader, kip_coordinator;
