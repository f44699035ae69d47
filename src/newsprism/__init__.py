"""newsprism: read the news as many outlets report it.

The pipeline is a chain of plain functions over plain dataclasses:
``ingest`` (paths -> RawDocument) -> ``clean`` (RawDocument -> Article) -> ``store``.
See ``docs/architecture.md``.
"""

import logging

from newsprism.clean import clean_document
from newsprism.errors import IngestError, NewsprismError, StoreError
from newsprism.ingest import iter_documents
from newsprism.models import Article, IngestFailure, RawDocument, RemovedLine, Stamp
from newsprism.pipeline import IngestReport, ingest_paths

__version__ = "0.1.0"

__all__ = [
    "Article",
    "IngestError",
    "IngestFailure",
    "IngestReport",
    "NewsprismError",
    "RawDocument",
    "RemovedLine",
    "Stamp",
    "StoreError",
    "__version__",
    "clean_document",
    "ingest_paths",
    "iter_documents",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())
