"""Changing an open assessment: ``OpenAssessment`` and the changes it applies.

Everything that changes an open ``.tomw`` file goes through here: the wizard (through a thin
Qt adapter), merge, import and presets. ``StoreError`` (and ``TomwStore``, the type of
``OpenAssessment.store``) are re-exported so callers need not reach into the store.
"""

from tomwizard.editing.assessment import OpenAssessment, load_assessment, read_field
from tomwizard.editing.changes import (
    Applied,
    Change,
    DeleteCustomMeasure,
    DeleteSubprocessor,
    PutCustomMeasure,
    PutSubprocessor,
    ReplaceAll,
    SetAnswer,
    SetField,
    set_letterhead,
)
from tomwizard.editing.undo import UndoHistory
from tomwizard.store import TomwStore
from tomwizard.store.authors import checked_author, default_author
from tomwizard.store.errors import StoreError
from tomwizard.store.opening import same_file
from tomwizard.store.records import Origin

__all__ = [
    "Applied",
    "Change",
    "DeleteCustomMeasure",
    "DeleteSubprocessor",
    "OpenAssessment",
    "Origin",
    "PutCustomMeasure",
    "PutSubprocessor",
    "ReplaceAll",
    "SetAnswer",
    "SetField",
    "StoreError",
    "TomwStore",
    "UndoHistory",
    "checked_author",
    "default_author",
    "load_assessment",
    "read_field",
    "same_file",
    "set_letterhead",
]
