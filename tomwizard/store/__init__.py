"""The ``.tomw`` file: one SQLite database per assessment (design card §4)."""

from tomwizard.store.errors import StoreError
from tomwizard.store.tomw import TomwStore

__all__ = ["StoreError", "TomwStore"]
