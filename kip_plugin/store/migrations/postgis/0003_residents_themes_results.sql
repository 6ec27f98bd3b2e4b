-- Schema version 3: a contact for residents per party, themes per work, the detection's results
-- kept in the KIP (one table per kind of result, replaced by every analysis, and the run that made
-- them) and the cables and pipes of KLIC deliveries. Everyone reads these tables; whoever may edit
-- works may write them.
ALTER TABLE {schema}.parties ADD COLUMN public_contact text;
ALTER TABLE {schema}.works ADD COLUMN themes text;

CREATE TABLE {schema}.kip_combinations (
    fid serial PRIMARY KEY,
    cluster_id bigint,
    n_works bigint,
    work_ids text,
    owners text,
    common_start date,
    common_end date,
    digs_saved bigint,
    disruption_days_saved bigint,
    project_eur double precision,
    maintenance_eur double precision,
    reinstatement_separate_eur double precision,
    reinstatement_combined_eur double precision,
    reinstatement_saving_eur double precision,
    split_method text,
    cost_split text,
    geom {postgis}.geometry(Polygon, {srid})
);

CREATE TABLE {schema}.kip_pairs (
    fid serial PRIMARY KEY,
    work_a text,
    work_b text,
    owner_a text,
    owner_b text,
    distance_m double precision,
    gap_days bigint,
    planned_gap_days bigint,
    needs_shift boolean,
    cluster_id bigint,
    start_date date,
    end_date date,
    geom {postgis}.geometry(LineString, {srid})
);

CREATE TABLE {schema}.kip_conflicts (
    fid serial PRIMARY KEY,
    conflict_id bigint,
    kind text,
    work_a text,
    work_b text,
    distance_m double precision,
    severity text,
    description text,
    start_date date,
    end_date date,
    n_works bigint,
    work_ids text,
    geom {postgis}.geometry(LineString, {srid})
);

CREATE TABLE {schema}.kip_runs (
    fid serial PRIMARY KEY,
    result_table text NOT NULL UNIQUE,
    algorithm text,
    options text,
    finished_at timestamptz,
    run_by text
);

CREATE TABLE {schema}.utility_links (
    fid serial PRIMARY KEY,
    link_id text,
    cable_id text,
    feature_type text,
    theme text,
    network text,
    operator_code text,
    operator text,
    status text,
    cables bigint,
    length_m double precision,
    delivery text,
    imported_at text,
    geom {postgis}.geometry(MultiLineString, {srid})
);

GRANT SELECT ON {schema}.kip_combinations, {schema}.kip_pairs, {schema}.kip_conflicts, {schema}.kip_runs, {schema}.utility_links TO kip_reader, kip_coordinator;
GRANT INSERT, UPDATE, DELETE ON {schema}.kip_combinations, {schema}.kip_pairs, {schema}.kip_conflicts, {schema}.kip_runs, {schema}.utility_links TO kip_coordinator;
GRANT USAGE, SELECT ON SEQUENCE {schema}.kip_combinations_fid_seq, {schema}.kip_pairs_fid_seq, {schema}.kip_conflicts_fid_seq, {schema}.kip_runs_fid_seq, {schema}.utility_links_fid_seq TO kip_coordinator;
-- The parties' roles that exist already; those of parties added later get theirs from KIP.
DO $$
DECLARE
    party record;
BEGIN
    FOR party IN SELECT code FROM {schema}.parties LOOP
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %1$I.kip_combinations, %1$I.kip_pairs, %1$I.kip_conflicts, %1$I.kip_runs, %1$I.utility_links TO %2$I',
                       {schema_literal}, 'kip_' || party.code);
        EXECUTE format('GRANT USAGE, SELECT ON SEQUENCE %1$I.kip_combinations_fid_seq, %1$I.kip_pairs_fid_seq, %1$I.kip_conflicts_fid_seq, %1$I.kip_runs_fid_seq, %1$I.utility_links_fid_seq TO %2$I',
                       {schema_literal}, 'kip_' || party.code);
    END LOOP;
END
$$;
