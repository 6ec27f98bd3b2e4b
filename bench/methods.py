"""The ways of finding combinable works that the benchmark compares; each returns what it found."""
from __future__ import annotations

from kip_plugin.core import schema as S

DISTANCE = 25.0
INACTIVE = set(S.INACTIVE_STATUSES)


def works_uri(path: str) -> str:
    return f"{path}|layername={S.WORKS_TABLE}"


def qgis_read(path: str) -> int:
    """The floor: every feature's attributes and geometry in Python, through QGIS's iterator."""
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(works_uri(path), "works", "ogr")
    count = 0
    for feature in layer.getFeatures():
        feature.attributes()
        feature.geometry()
        count += 1
    return count


def qgis_iterate(path: str) -> int:
    """QGIS's iterator alone, values left in C++: less than any script that uses them can do."""
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(works_uri(path), "works", "ogr")
    return sum(1 for _ in layer.getFeatures())


def _kip(algorithm: str, params: dict) -> dict:
    import processing
    from qgis.core import QgsProcessingFeedback

    return processing.run(algorithm, params, feedback=QgsProcessingFeedback())


def kip_combinations(path: str) -> int:
    """kip:detectcombinations end to end: layer in, combinations and pairs out (memory layers)."""
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(works_uri(path), "works", "ogr")
    result = _kip("kip:detectcombinations", {"INPUT": [layer], "DISTANCE": DISTANCE,
                                             "OUTPUT_CLUSTERS": "TEMPORARY_OUTPUT", "OUTPUT_PAIRS": "TEMPORARY_OUTPUT"})
    return int(result["N_PAIRS"])


def kip_with_works(path: str) -> int:
    """As kip_combinations, also writing every work with its combination."""
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(works_uri(path), "works", "ogr")
    result = _kip("kip:detectcombinations", {"INPUT": [layer], "DISTANCE": DISTANCE,
                                             "OUTPUT_CLUSTERS": "TEMPORARY_OUTPUT", "OUTPUT_PAIRS": "TEMPORARY_OUTPUT",
                                             "OUTPUT_WORKS": "TEMPORARY_OUTPUT"})
    return int(result["N_PAIRS"])


def kip_conflicts(path: str) -> int:
    """kip:detectconflicts end to end, all three kinds, memory output; road closures as closure clusters."""
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(works_uri(path), "works", "ogr")
    return int(_kip("kip:detectconflicts", {"INPUT": [layer], "OUTPUT": "TEMPORARY_OUTPUT"})["N_CONFLICTS"])


def kip_conflicts_pairwise(path: str) -> int:
    """As kip_conflicts, with every pair of road closures at the same time as a conflict of its own."""
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(works_uri(path), "works", "ogr")
    return int(_kip("kip:detectconflicts", {"INPUT": [layer], "OUTPUT": "TEMPORARY_OUTPUT",
                                            "GROUP_CLOSURES": False})["N_CONFLICTS"])


def _pyqgis(path: str, time_first: bool) -> int:
    """A spatial index, a loop over the features, a distance check per candidate; pairs counted."""
    from qgis.core import QgsFeatureRequest, QgsSpatialIndex, QgsVectorLayer

    layer = QgsVectorLayer(works_uri(path), "works", "ogr")
    works = {}
    index = QgsSpatialIndex()
    for f in layer.getFeatures(QgsFeatureRequest()):
        if f[S.F_STATUS] in INACTIVE:
            continue
        early = f[S.F_EARLIEST_START] or f[S.F_START]
        late = f[S.F_LATEST_END] or f[S.F_END]
        works[f.id()] = (f.geometry(), f[S.F_OWNER], early, late, f[S.F_WORK_TYPE] == "event")
        index.addFeature(f)
    pairs = 0
    for fid, (geometry, owner, early, late, event) in works.items():
        if event:
            continue
        box = geometry.boundingBox().buffered(DISTANCE)
        for other in index.intersects(box):
            if other <= fid or other not in works:
                continue
            g2, owner2, early2, late2, event2 = works[other]
            combinable = not (event2 or owner2 == owner or early2 > late or early > late2)
            if time_first:
                if combinable and geometry.distance(g2) <= DISTANCE:
                    pairs += 1
            elif geometry.distance(g2) <= DISTANCE and combinable:
                pairs += 1
    return pairs


def pyqgis_script(path: str) -> int:
    """The straightforward script: near in space (distance check), then the other tests."""
    return _pyqgis(path, time_first=False)


def pyqgis_time_first(path: str) -> int:
    """The same script with the cheap tests (time, owner, type) before the distance check."""
    return _pyqgis(path, time_first=True)


def native_stdbscan(path: str) -> int:
    """QGIS's native ST-DBSCAN on the works' centroids (start dates at most 30 days apart; EPS2 is in hours)."""
    import processing
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(works_uri(path), "works", "ogr")
    centroids = processing.run("native:centroids", {"INPUT": layer, "ALL_PARTS": False, "OUTPUT": "TEMPORARY_OUTPUT"})
    clusters = processing.run("native:stdbscanclustering", {
        "INPUT": centroids["OUTPUT"], "DATETIME_FIELD": S.F_START, "MIN_SIZE": 2, "EPS": DISTANCE, "EPS2": 30 * 24,
        "DBSCAN*": False, "FIELD_NAME": "CLUSTER_ID", "SIZE_FIELD_NAME": "CLUSTER_SIZE", "OUTPUT": "TEMPORARY_OUTPUT"})
    return int(clusters["NUM_CLUSTERS"])


METHODS = {
    "iterate": qgis_iterate,
    "read": qgis_read,
    "kip": kip_combinations,
    "kip_works": kip_with_works,
    "kip_conflicts": kip_conflicts,
    "kip_conflicts_pairwise": kip_conflicts_pairwise,
    "pyqgis": pyqgis_script,
    "pyqgis_time_first": pyqgis_time_first,
    "stdbscan": native_stdbscan,
}
