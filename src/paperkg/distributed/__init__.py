"""paperkg beyond one machine: extraction mapped over partitions of the snapshot by Dask.

    from paperkg.distributed import build_import_csv
    build_import_csv(["arxiv-metadata-oai-snapshot.json"], "build/import",
                     scheduler="tcp://scheduler:8786")      # or workers=2 for a LocalCluster

writes the files of `paperkg export neo4j-admin` (CSV with typed
headers and an `import.sh` that runs `neo4j-admin database import full`). Only this package imports Dask,
and only when a build runs (install with `pip install 'paperkg[scale]'`).
Run it as `python -m paperkg.distributed SOURCE... -o DIR`.
"""

from paperkg.distributed.run import DistributedSummary, build_import_csv

__all__ = ["DistributedSummary", "build_import_csv"]
