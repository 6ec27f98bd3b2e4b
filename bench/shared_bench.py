"""A shared KIP in PostGIS against the GeoPackage, side by side, on a throw-away local cluster:

- the detection of combinable works at 100,000 works read from PostGIS, end to end, against the
  PostGIS self-join query alone on the same table;
- opening the timeline on 10,000 works from PostGIS against from a GeoPackage;
- saving one edited work (with the row-version check on PostGIS) against saving it to a GeoPackage.

    .venv/bin/python bench/shared_bench.py [--works 100000] [--timeline-works 10000] [--runs 5]

The cluster and the copied data stay in build/bench/postgis (made once); the server is stopped
at the end.
"""
from __future__ import annotations

from kip_plugin.core.errors import KipError
import argparse
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Callable, List

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
OUT = ROOT / "build" / "bench"
DATABASE = "kip_bench"
GOAL_DETECTION = 1.5
GOAL_TIMELINE = 1.5
GOAL_SAVE_MS = 50.0


def best(run: Callable[[], object], runs: int):
    """Best wall time in seconds of ``run`` and its last result."""
    times, result = [], None
    for _ in range(runs):
        begin = time.perf_counter()
        result = run()
        times.append(time.perf_counter() - begin)
    return min(times), result


def shared_copy(cluster, gpkg: Path, schema: str):
    """The GeoPackage copied into the cluster as a shared KIP (copied once, kept for later runs)."""
    from kip_plugin.store.copying import copy_kip
    from kip_plugin.store.kipstore import KipStore

    address = cluster.uri(DATABASE, schema=schema)
    try:
        return KipStore.open(address)
    except KipError:
        begin = time.perf_counter()
        store = copy_kip(str(gpkg), address).store
        print(f"  copied {gpkg.name} into schema {schema} in {time.perf_counter() - begin:.0f} s (not timed)")
        return store


def detection(cluster, n: int, runs: int) -> dict:
    """KIP's detection from PostGIS (and from the GeoPackage) against the self-join alone."""
    import methods
    import postgis
    import synthetic
    from psycopg2 import sql

    from kip_plugin.store.kipstore import KipStore

    gpkg = synthetic.write_store(OUT / f"works_{n}.gpkg", n, seed=n)
    store = shared_copy(cluster, gpkg, f"works_{n}")

    def kip(layer) -> int:
        result = methods._kip("kip:detectcombinations", {
            "INPUT": [layer], "DISTANCE": methods.DISTANCE,
            "OUTPUT_CLUSTERS": "TEMPORARY_OUTPUT", "OUTPUT_PAIRS": "TEMPORARY_OUTPUT"})
        return int(result["N_PAIRS"])

    def iterate(layer) -> int:
        count = 0
        for feature in layer.getFeatures():
            feature.attributes()
            feature.geometry()
            count += 1
        return count

    read_postgis, _ = best(lambda: iterate(store.works_layer()), runs)
    read_gpkg, _ = best(lambda: iterate(KipStore.open(str(gpkg)).works_layer()), runs)
    from_postgis, pairs = best(lambda: kip(store.works_layer()), runs)
    from_gpkg, gpkg_pairs = best(lambda: kip(KipStore.open(str(gpkg)).works_layer()), runs)
    connection = store.connection()
    table = sql.SQL("{}.works").format(sql.Identifier(store.pg.schema)).as_string(connection)
    with connection.cursor() as cursor:
        cursor.execute("SET jit = off")
        cursor.execute(f"ANALYZE {table}")

        def query() -> int:
            cursor.execute(postgis.PAIRS_SQL.format(table=table))
            return cursor.fetchone()[0]

        alone, query_pairs = best(query, runs)

        def columns() -> int:
            cursor.execute(sql.SQL("SELECT fid, work_id, owner, work_type, status, start_date, end_date, "
                                   "earliest_start, latest_end, excavation, road_closure, disruption, "
                                   "ST_AsBinary(geom) FROM {}").format(sql.Identifier(store.pg.schema, "works")))
            return len(cursor.fetchall())

        one_query, _ = best(columns, runs)
    return {"n": n, "postgis": from_postgis, "gpkg": from_gpkg, "query": alone,
            "read_postgis": read_postgis, "read_gpkg": read_gpkg, "one_query": one_query,
            "pairs": (pairs, gpkg_pairs, query_pairs)}


def timeline(cluster, n: int, runs: int) -> dict:
    """Opening the timeline dock (read and paint) on the same works from both backends."""
    import timeline_bench

    gpkg_store = timeline_bench.make_store(OUT / f"timeline_{n}.gpkg", n)
    shared = shared_copy(cluster, Path(gpkg_store.address), f"timeline_{n}")
    return {"n": n, "gpkg": timeline_bench.bench_kip(gpkg_store, runs)["open"] / 1000,
            "postgis": timeline_bench.bench_kip(shared, runs)["open"] / 1000}


def save_one_edit(store, runs: int) -> List[float]:
    """Milliseconds to save one changed title of a party layer, as QGIS's 'Save edits' does."""
    from kip_plugin.core import schema as S
    from kip_plugin.store.layers import configure_works_layer

    party = store.parties()[1]
    layer = store.works_layer(party.code)
    configure_works_layer(layer, store.parties(), party)
    assert layer.startEditing()
    fid = next(layer.getFeatures()).id()
    index = layer.fields().indexOf(S.F_TITLE)
    times = []
    for i in range(runs):
        layer.changeAttributeValue(fid, index, f"Bench edit {i}")
        begin = time.perf_counter()
        if not layer.commitChanges(False):
            raise RuntimeError("; ".join(layer.commitErrors()))
        times.append((time.perf_counter() - begin) * 1000)
    layer.rollBack()
    return times


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--works", type=int, default=100_000)
    parser.add_argument("--timeline-works", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    from run import machine
    from scripts.postgis_cluster import LocalCluster

    from kip_plugin.headless import start_qgis
    from kip_plugin.store.kipstore import KipStore

    app, provider = start_qgis(widgets=True)
    OUT.mkdir(parents=True, exist_ok=True)
    print(f"Shared KIP (PostGIS) against GeoPackage. Machine: {machine()}", flush=True)
    cluster = LocalCluster(OUT / "postgis", port=None)
    cluster.start()
    os.environ["PGPASSFILE"] = str(cluster.pgpass)
    try:
        if cluster.psql(f"SELECT count(*) FROM pg_database WHERE datname = '{DATABASE}'").strip() == "0":
            cluster.create_database(DATABASE)
        found = detection(cluster, args.works, args.runs)
        shown = timeline(cluster, args.timeline_works, args.runs)
        shared = KipStore.open(cluster.uri(DATABASE, schema=f"timeline_{args.timeline_works}"))
        saves_pg = save_one_edit(shared, max(20, args.runs))
        saves_gpkg = save_one_edit(KipStore.open(str(OUT / f"timeline_{args.timeline_works}.gpkg")), max(20, args.runs))
    finally:
        from kip_plugin.store.pg_connect import close_all

        close_all()
        cluster.stop()
    pairs = found["pairs"]
    print(f"\nBest of {args.runs} runs; saving: median (best) of {len(saves_pg)} saves.\n")
    print("| what | PostGIS | baseline | ratio | goal |")
    print("|---|---|---|---|---|")
    ratio = found["postgis"] / found["query"]
    print(f"| detection of {found['n']:,} works from PostGIS, end to end, against the self-join query alone "
          f"| {found['postgis']:.2f} s | {found['query']:.2f} s | {ratio:.2f}× | ≤ {GOAL_DETECTION}× "
          f"{'met' if ratio <= GOAL_DETECTION else 'NOT MET'} |")
    print(f"| (the same detection from the GeoPackage) | | {found['gpkg']:.2f} s | "
          f"{found['postgis'] / found['gpkg']:.2f}× | |")
    print(f"| (reading the {found['n']:,} works through QGIS's feature iterator: PostGIS, GeoPackage) "
          f"| {found['read_postgis']:.2f} s | {found['read_gpkg']:.2f} s | {found['read_postgis'] / found['read_gpkg']:.2f}× | |")
    print(f"| (the detection's columns and WKB from PostGIS in one query, psycopg2) | {found['one_query']:.2f} s "
          f"| | | |")
    ratio = shown["postgis"] / shown["gpkg"]
    print(f"| opening the timeline on {shown['n']:,} works, PostGIS against GeoPackage | {shown['postgis'] * 1000:.0f} ms "
          f"| {shown['gpkg'] * 1000:.0f} ms | {ratio:.2f}× | ≤ {GOAL_TIMELINE}× {'met' if ratio <= GOAL_TIMELINE else 'NOT MET'} |")
    median_pg, median_gpkg = statistics.median(saves_pg), statistics.median(saves_gpkg)
    print(f"| saving one edited work (row-version check on PostGIS) | {median_pg:.1f} ms ({min(saves_pg):.1f}) "
          f"| {median_gpkg:.1f} ms ({min(saves_gpkg):.1f}) | {median_pg / median_gpkg:.2f}× | < {GOAL_SAVE_MS:.0f} ms "
          f"{'met' if median_pg < GOAL_SAVE_MS else 'NOT MET'} |")
    print(f"\nPairs found: KIP from PostGIS {pairs[0]:,}, from the GeoPackage {pairs[1]:,}, the query {pairs[2]:,}"
          f" ({'the same' if len(set(pairs)) == 1 else 'DIFFERENT'}).")
    print(f"Machine after the run: {machine()}")
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)  # skip QGIS's exit, which crashes over the timeline dock's leftovers
