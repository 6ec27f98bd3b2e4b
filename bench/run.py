"""`make bench`: KIP's detection against the usual ways, on synthetic Ede-like plans of growing size.

Each measurement runs in a fresh QGIS process (so peak memory is its own); the methods take
turns, a few rounds, and the best round of each counts. Prints one table; the figures also
go to build/bench/results.json.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

OUT = ROOT / "build" / "bench"
SIZES = (1_000, 10_000, 100_000, 1_000_000)
TARGET_FLOOR_RATIO = 1.5
TARGET_SPEEDUP = 4.0
TARGET_PEAK_MB = 1024
COLUMNS = ("iterate", "read", "kip", "kip_works", "kip_conflicts", "kip_conflicts_pairwise", "pyqgis",
           "pyqgis_time_first", "stdbscan")
# Conflicts (road closures as closure clusters): at most this many seconds at this many works.
CONFLICT_TARGETS = {100_000: 2.0, 1_000_000: 30.0}


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(method: str, path: str, repeat: int) -> None:
    """Run one method in this process and print its best time, what it found and the peak memory."""
    from kip_plugin.headless import start_qgis

    app, provider = start_qgis()
    import methods

    # Modules loaded as in a QGIS session where KIP has been used once: imports are not timed.
    from kip_plugin.core import combinations, conflicts  # noqa: F401
    from kip_plugin.detection import reader, results  # noqa: F401
    from kip_plugin.store import columnar, works_table  # noqa: F401
    base = _peak_mb()
    best, found = float("inf"), None
    for _ in range(repeat):
        begin = time.perf_counter()
        found = methods.METHODS[method](path)
        best = min(best, time.perf_counter() - begin)
    print(json.dumps({"seconds": best, "found": found, "peak_mb": _peak_mb(), "base_mb": base}))
    os._exit(0)  # skip QGIS's slow exit: the measurement is done


def measure(method: str, path: Path, repeat: int) -> dict:
    """One method on one file, in a fresh process."""
    done = subprocess.run([sys.executable, __file__, "--child", method, str(path), str(repeat)],
                          capture_output=True, text=True, timeout=3600)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"{method} on {path.name} failed:\n{done.stderr[-3000:]}")
    return json.loads(lines[-1])


def machine() -> str:
    """CPU, cores, memory and load: what the figures depend on."""
    model = ""
    try:
        with open("/proc/cpuinfo") as cpu, open("/proc/meminfo") as memory:
            model = next(line.split(":", 1)[1].strip() for line in cpu if line.startswith("model name"))
            total = next(int(line.split()[1]) for line in memory if line.startswith("MemTotal"))
    except (OSError, StopIteration):
        total = 0
    load = os.getloadavg()
    return (f"{model or platform.processor()}, {os.cpu_count()} cores, {total / 1024 / 1024:.0f} GB RAM; "
            f"load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")


def _seconds(row: dict, key: str) -> str:
    value = row.get(key)
    return "—" if value is None else f"{value['seconds']:.2f} s"


def table(rows: list) -> str:
    """The results as one Markdown table."""
    head = ("| works | pairs | QGIS iterate only | QGIS read (floor) | KIP combinations | ÷ floor | PyQGIS script "
            "| ÷ KIP | PyQGIS, time test first | ÷ KIP | ST-DBSCAN | PostGIS self-join | KIP + works out "
            "| KIP conflicts | KIP peak memory |")
    lines = [head, "|" + "---|" * (head.count("|") - 1)]
    for row in rows:
        kip, read, postgis = row.get("kip"), row.get("read"), row.get("postgis")
        ratio = f"{kip['seconds'] / read['seconds']:.2f}" if kip and read else "—"

        def speedup(key: str) -> str:
            other = row.get(key)
            return f"{other['seconds'] / kip['seconds']:.1f}×" if kip and other else "—"

        cells = [
            f"{row['n']:,}",
            f"{kip['found']:,}" if kip else "—",
            _seconds(row, "iterate"),
            _seconds(row, "read"),
            _seconds(row, "kip"),
            ratio,
            _seconds(row, "pyqgis"),
            speedup("pyqgis"),
            _seconds(row, "pyqgis_time_first"),
            speedup("pyqgis_time_first"),
            _seconds(row, "stdbscan"),
            postgis if isinstance(postgis, str) else _seconds(row, "postgis"),
            _seconds(row, "kip_works"),
            _seconds(row, "kip_conflicts"),
            f"{kip['peak_mb']:.0f} MB" if kip else "—",
        ]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def conflicts_table(rows: list) -> str:
    """The conflicts with road closures grouped into closure clusters, beside the pairwise output."""
    head = ("| works | KIP conflicts, closures grouped | conflicts | per 1,000 works "
            "| KIP conflicts, every pair | conflicts | per 1,000 works |")
    lines = [head, "|" + "---|" * (head.count("|") - 1)]
    for row in rows:
        if "kip_conflicts" not in row and "kip_conflicts_pairwise" not in row:
            continue
        cells = [f"{row['n']:,}"]
        for key in ("kip_conflicts", "kip_conflicts_pairwise"):
            found = row.get(key)
            cells += [_seconds(row, key), f"{found['found']:,}" if found else "—",
                      f"{1000 * found['found'] / row['n']:.1f}" if found else "—"]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def targets(rows: list) -> list:
    """The targets (the detection at 100 000 works, the conflicts at 100 000 and 1 000 000), each with whether it is met."""
    checks = [(f"KIP conflicts at {n:,} works ≤ {limit:.0f} s", r["kip_conflicts"]["seconds"] <= limit)
              for n, limit in CONFLICT_TARGETS.items() for r in rows if r["n"] == n and "kip_conflicts" in r]
    grouped = [r for r in rows if "kip_conflicts" in r and r["n"] >= 10_000]
    if len(grouped) >= 2:
        per_work = [r["kip_conflicts"]["found"] / r["n"] for r in grouped]
        checks.append(("KIP conflicts grow linearly with the works (per work within 1.5× across sizes)",
                       max(per_work) <= 1.5 * min(per_work)))
    row = next((r for r in rows if r["n"] == 100_000 and "kip" in r and "read" in r), None)
    if row is None:
        return checks
    checks += [(f"KIP ≤ {TARGET_FLOOR_RATIO}× reading", row["kip"]["seconds"] <= TARGET_FLOOR_RATIO * row["read"]["seconds"]),
               (f"KIP peak memory < {TARGET_PEAK_MB} MB", row["kip"]["peak_mb"] < TARGET_PEAK_MB)]
    if "pyqgis" in row:
        checks.append((f"KIP ≥ {TARGET_SPEEDUP}× faster than the PyQGIS script",
                       row["pyqgis"]["seconds"] >= TARGET_SPEEDUP * row["kip"]["seconds"]))
    return checks


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default=",".join(str(n) for n in SIZES), help="numbers of works, comma-separated")
    parser.add_argument("--repeat", type=int, default=3, help="repeats per measurement (the best counts)")
    parser.add_argument("--methods", default=",".join(COLUMNS + ("postgis",)))
    parser.add_argument("--child", nargs=3, metavar=("METHOD", "PATH", "REPEAT"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.child[0], args.child[1], int(args.child[2]))
        return 0

    import synthetic
    import postgis

    OUT.mkdir(parents=True, exist_ok=True)
    wanted = args.methods.split(",")
    print(f"Machine: {machine()}")
    why_not = postgis.available() if "postgis" in wanted else "not asked for"
    server = None
    if not why_not:
        server = postgis.Server(OUT / "postgres")
        server.start()
    else:
        print(f"PostGIS self-join skipped: {why_not}.")
    rows = []
    try:
        for n in (int(s) for s in args.sizes.split(",")):
            begin = time.perf_counter()
            path = synthetic.write_store(OUT / f"works_{n}.gpkg", n, seed=n)
            print(f"\n{n:,} works in {path} ({time.perf_counter() - begin:.0f} s to prepare)", flush=True)
            repeat = args.repeat if n < 1_000_000 else 1
            row = {"n": n}
            # Rounds of one run per method, so that a burst of load elsewhere hits all methods alike.
            for _ in range(repeat):
                for method in (m for m in COLUMNS if m in wanted):
                    result = measure(method, path, 1)
                    best = row.setdefault(method, result)
                    peak = max(best["peak_mb"], result["peak_mb"])
                    if result["seconds"] < best["seconds"]:
                        row[method] = result
                    row[method]["peak_mb"] = peak
            for method in (m for m in COLUMNS if m in row):
                print(f"  {method:18s} {row[method]['seconds']:8.2f} s  found {row[method]['found']:>8}  "
                      f"peak {row[method]['peak_mb']:6.0f} MB", flush=True)
            if server is not None:
                table_name = f"works_{n}_{int(path.stat().st_mtime)}"  # a new file gets a new table
                server.load(str(path), table_name)
                runs = [server.pairs(table_name) for _ in range(repeat)]
                seconds, count, indexed = min(runs)
                row["postgis"] = {"seconds": seconds, "found": count, "gist": indexed}
                print(f"  {'postgis':14s} {seconds:8.2f} s  found {count:>8}  GiST index used: {indexed}", flush=True)
            elif "postgis" in wanted:
                row["postgis"] = "skipped"
            rows.append(row)
    finally:
        if server is not None:
            server.stop()
    (OUT / "results.json").write_text(json.dumps({"machine": machine(), "rows": rows}, indent=1))
    print("\n" + table(rows))
    print("\n" + conflicts_table(rows))
    for text, met in targets(rows):
        print(f"{'met' if met else 'NOT MET'}: {text}")
    print(f"\nMachine after the run: {machine()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
