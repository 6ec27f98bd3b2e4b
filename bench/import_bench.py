"""`make bench` (import): KIP's import of a CSV with WKT against ogr2ogr appending the same file, 10k to 1M rows.

Each measurement runs in a fresh process (so its peak memory is its own); the methods take
turns, a few rounds for the smaller sizes, and the best round counts. Prints one table; the
figures also go to build/bench/import_results.json.

- ogr2ogr → KIP store: `ogr2ogr -append` into an empty KIP store (the same table, indexes and
  unique work ids as KIP writes to): the floor for writing these rows with GDAL.
- ogr2ogr → new GeoPackage: the same rows into a new, plain GeoPackage.
- KIP import: `kip:importplan` (OWNER_FIELD, every row checked, one transaction, counts read back).
- KIP replace: the same works delivered again with every row changed (dates and titles), MODE=replace
  with cancel-missing, into the store the import made.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

OUT = ROOT / "build" / "bench" / "import"
SIZES = (10_000, 100_000, 1_000_000)
HEADER = ("work_id", "title", "owner", "work_type", "status", "start_date", "end_date", "wkt")
MAPPING = "\n".join(f"{name} = {name}" for name in HEADER[:-1] if name != "owner")
TARGET_FLOOR_RATIO = 2.0  # 100k rows in at most twice the time of ogr2ogr
TARGET_LINEAR = 12.0  # 1M rows in at most 12 times the 100k time
TARGET_REPLACE = 3.0  # a replace with every row changed in at most three times the import
TARGET_PEAK_MB = 2048


# Where the synthetic works are put: inside the area where RD New can be used, whatever their number.
AREA = (20_000.0, 310_000.0, 270_000.0, 610_000.0)


def _inside_the_netherlands(geoms):
    """Each work moved as a whole (never torn) so that its centre lies in ``AREA``; towns wrap around."""
    import numpy as np
    import shapely

    xmin, ymin, xmax, ymax = AREA
    bounds = shapely.bounds(geoms)
    cx, cy = (bounds[:, 0] + bounds[:, 2]) / 2, (bounds[:, 1] + bounds[:, 3]) / 2
    dx = xmin + np.mod(cx - xmin, xmax - xmin) - cx
    dy = ymin + np.mod(cy - ymin, ymax - ymin) - cy
    coords, index = shapely.get_coordinates(geoms, return_index=True)
    coords[:, 0] += dx[index]
    coords[:, 1] += dy[index]
    return shapely.set_coordinates(geoms.copy(), coords)


def write_delivery(path: Path, n: int, changed: bool) -> Path:
    """The synthetic works of ``n`` rows as a CSV with WKT, made in a process of its own (its memory is not measured).

    ``changed``: every row moved a week and retitled.
    """
    if not path.exists():
        done = subprocess.run([sys.executable, __file__, "--make-delivery", str(path), str(n), str(int(changed))],
                              capture_output=True, text=True)
        if done.returncode != 0:
            raise RuntimeError(done.stderr[-3000:])
    return path


def make_delivery(path: Path, n: int, changed: bool) -> None:
    import numpy as np
    import shapely
    import synthetic

    columns = synthetic.works_columns(n, seed=n)
    wkt = shapely.to_wkt(_inside_the_netherlands(columns["geometry"]), rounding_precision=2)
    shift = np.timedelta64(7 if changed else 0, "D")
    partial = path.with_suffix(".partial")
    with open(partial, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for k in range(n):
            title = columns["title"][k] + (" (herzien)" if changed else "")
            writer.writerow([columns["work_id"][k], title, columns["owner"][k], columns["work_type"][k],
                             columns["status"][k], str(columns["start_date"][k] + shift),
                             str(columns["end_date"][k] + shift), wkt[k]])
    partial.rename(path)


def _peak_mb() -> float:
    """This process's own peak memory (not what it inherited from the process that started it)."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def empty_store(path: Path) -> Path:
    """An empty KIP store (made once, copied for each run)."""
    if not path.exists():
        done = subprocess.run([sys.executable, __file__, "--make-store", str(path)], capture_output=True, text=True)
        if done.returncode != 0:
            raise RuntimeError(done.stderr[-3000:])
    return path


def _fresh_copy(template: Path, target: Path) -> Path:
    for suffix in ("", "-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    shutil.copy(template, target)
    return target


def _settled() -> None:
    """Write out what earlier runs left in the page cache, so that no run pays for another's files."""
    os.sync()


def _ogr2ogr(arguments) -> dict:
    """ogr2ogr's time and peak memory (the bench process stays small, so what it passes on does not count)."""
    _settled()
    begin = time.perf_counter()
    process = subprocess.Popen(["ogr2ogr", *arguments], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - begin
    if status != 0:
        raise RuntimeError("ogr2ogr failed: " + process.stderr.read().decode()[-2000:])
    return {"seconds": seconds, "peak_mb": usage.ru_maxrss / 1024}


def ogr2ogr_store(delivery: Path, template: Path, n: int) -> dict:
    """`ogr2ogr -append` into an empty KIP store."""
    target = _fresh_copy(template, OUT / f"ogr_store_{n}.gpkg")
    return _ogr2ogr(["-append", str(target), str(delivery), "-nln", "works", "-nlt", "MULTIPOLYGON",
                     "-a_srs", "EPSG:28992", "-oo", "GEOM_POSSIBLE_NAMES=wkt", "-oo", "KEEP_GEOM_COLUMNS=NO"])


def ogr2ogr_new(delivery: Path, n: int) -> dict:
    """ogr2ogr into a new, plain GeoPackage."""
    target = OUT / f"ogr_new_{n}.gpkg"
    for suffix in ("", "-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    return _ogr2ogr(["-f", "GPKG", str(target), str(delivery), "-nln", "works", "-nlt", "MULTIPOLYGON",
                     "-a_srs", "EPSG:28992", "-oo", "GEOM_POSSIBLE_NAMES=wkt", "-oo", "KEEP_GEOM_COLUMNS=NO"])


def child(kind: str, delivery: str, store: str) -> None:
    """One KIP import in this process: its time (QGIS's start not counted), counts and peak memory."""
    from kip_plugin.headless import start_qgis

    app, provider = start_qgis()
    import processing
    from qgis.core import QgsProcessingFeedback

    from kip_plugin.importer import engine, reading  # noqa: F401 (loaded as after a first use)

    params = {"INPUT": delivery, "STORE": store, "OWNER_FIELD": "owner", "MAPPING": MAPPING, "WKT_FIELD": "wkt",
              "ID_PREFIX": "", "REJECTED": "TEMPORARY_OUTPUT", "CHANGES": None}
    if kind == "replace":
        params.update({"MODE": 1, "CANCEL_MISSING": True})
    base = _peak_mb()
    begin = time.perf_counter()
    result = processing.run("kip:importplan", params, feedback=QgsProcessingFeedback())
    seconds = time.perf_counter() - begin
    print(json.dumps({"seconds": seconds, "imported": result["IMPORTED"], "updated": result["UPDATED"],
                      "rejected": result["REJECTED_COUNT"], "peak_mb": _peak_mb(),
                      "base_mb": base}))
    os._exit(0)  # skip QGIS's slow exit: the measurement is done


def kip(kind: str, delivery: Path, store: Path) -> dict:
    _settled()
    done = subprocess.run([sys.executable, __file__, "--child", kind, str(delivery), str(store)],
                          capture_output=True, text=True, timeout=7200)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"KIP {kind} of {delivery.name} failed:\n{done.stderr[-3000:]}")
    return json.loads(lines[-1])


def machine() -> str:
    from run import machine as describe

    return describe()


def _best(row: dict, key: str, result: dict) -> None:
    best = row.get(key)
    if best is None or result["seconds"] < best["seconds"]:
        row[key] = dict(result, peak_mb=max(result["peak_mb"], best["peak_mb"] if best else 0))
    else:
        best["peak_mb"] = max(best["peak_mb"], result["peak_mb"])


def measure(n: int, rounds: int, template: Path) -> dict:
    fresh = write_delivery(OUT / f"delivery_{n}.csv", n, changed=False)
    changed = write_delivery(OUT / f"delivery_{n}_changed.csv", n, changed=True)
    row = {"n": n}
    for _ in range(rounds):
        _best(row, "ogr2ogr_store", ogr2ogr_store(fresh, template, n))
        _best(row, "ogr2ogr_new", ogr2ogr_new(fresh, n))
        store = _fresh_copy(template, OUT / f"kip_{n}.gpkg")
        result = kip("import", fresh, store)
        assert int(result["imported"]) == n, result
        _best(row, "kip_import", result)
        result = kip("replace", changed, store)
        assert int(result["updated"]) == n, result
        _best(row, "kip_replace", result)
    return row


def table(rows: list) -> str:
    """The results as one Markdown table."""
    head = ("| rows | ogr2ogr → KIP store | ogr2ogr → new GeoPackage | KIP import | ÷ ogr2ogr → KIP store "
            "| ÷ ogr2ogr → new | KIP replace, every row changed | ÷ KIP import | KIP peak memory |")
    lines = [head, "|" + "---|" * (head.count("|") - 1)]
    for row in rows:
        floor, new, kip_import, replace = (row.get(k) for k in ("ogr2ogr_store", "ogr2ogr_new", "kip_import", "kip_replace"))
        lines.append("| " + " | ".join([
            f"{row['n']:,}", f"{floor['seconds']:.2f} s", f"{new['seconds']:.2f} s", f"{kip_import['seconds']:.2f} s",
            f"{kip_import['seconds'] / floor['seconds']:.2f}", f"{kip_import['seconds'] / new['seconds']:.2f}",
            f"{replace['seconds']:.2f} s", f"{replace['seconds'] / kip_import['seconds']:.2f}",
            f"{max(kip_import['peak_mb'], replace['peak_mb']):.0f} MB",
        ]) + " |")
    return "\n".join(lines)


def targets(rows: list) -> list:
    """The goals of the import, each with whether it is met."""
    by_n = {row["n"]: row for row in rows}
    checks = []
    if 100_000 in by_n:
        row = by_n[100_000]
        checks.append((f"100k rows in ≤ {TARGET_FLOOR_RATIO}× ogr2ogr into a KIP store",
                       row["kip_import"]["seconds"] <= TARGET_FLOOR_RATIO * row["ogr2ogr_store"]["seconds"]))
        checks.append((f"100k rows in ≤ {TARGET_FLOOR_RATIO}× ogr2ogr into a new GeoPackage",
                       row["kip_import"]["seconds"] <= TARGET_FLOOR_RATIO * row["ogr2ogr_new"]["seconds"]))
    if 100_000 in by_n and 1_000_000 in by_n:
        checks.append((f"1M rows in ≤ {TARGET_LINEAR}× the 100k time",
                       by_n[1_000_000]["kip_import"]["seconds"] <= TARGET_LINEAR * by_n[100_000]["kip_import"]["seconds"]))
        checks.append((f"peak memory at 1M < {TARGET_PEAK_MB} MB",
                       max(by_n[1_000_000]["kip_import"]["peak_mb"], by_n[1_000_000]["kip_replace"]["peak_mb"]) < TARGET_PEAK_MB))
    for n, row in sorted(by_n.items()):
        checks.append((f"replace with every row changed ≤ {TARGET_REPLACE}× the import ({n:,} rows)",
                       row["kip_replace"]["seconds"] <= TARGET_REPLACE * row["kip_import"]["seconds"]))
    return checks


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default=",".join(str(n) for n in SIZES), help="numbers of rows, comma-separated")
    parser.add_argument("--repeat", type=int, default=3, help="rounds per size below 1M (the best counts)")
    parser.add_argument("--child", nargs=3, metavar=("KIND", "DELIVERY", "STORE"), help=argparse.SUPPRESS)
    parser.add_argument("--make-store", metavar="PATH", help=argparse.SUPPRESS)
    parser.add_argument("--make-delivery", nargs=3, metavar=("PATH", "N", "CHANGED"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(*args.child)
        return 0
    if args.make_delivery:
        make_delivery(Path(args.make_delivery[0]), int(args.make_delivery[1]), args.make_delivery[2] == "1")
        return 0
    if args.make_store:
        from kip_plugin.headless import start_qgis
        from kip_plugin.store.kipstore import KipStore

        app, _provider = start_qgis(processing=False)
        KipStore.create(args.make_store)
        os._exit(0)
    OUT.mkdir(parents=True, exist_ok=True)
    template = empty_store(OUT / "empty_kip.gpkg")
    print(f"Machine: {machine()}", flush=True)
    rows = []
    for n in (int(s) for s in args.sizes.split(",")):
        begin = time.perf_counter()
        row = measure(n, args.repeat if n < 1_000_000 else 1, template)
        rows.append(row)
        print(f"\n{n:,} rows ({time.perf_counter() - begin:.0f} s in all)", flush=True)
        for key in ("ogr2ogr_store", "ogr2ogr_new", "kip_import", "kip_replace"):
            print(f"  {key:16s} {row[key]['seconds']:8.2f} s  peak {row[key]['peak_mb']:6.0f} MB", flush=True)
    (OUT / "import_results.json").write_text(json.dumps({"machine": machine(), "rows": rows}, indent=1))
    print("\n" + table(rows))
    for text, met in targets(rows):
        print(f"{'met' if met else 'NOT MET'}: {text}")
    print(f"\nMachine after the run: {machine()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
