"""Pydantic models of the domain: catalog, assessment, finding."""

from __future__ import annotations

from typing import Any


# The ``default_factory`` of the list and dict fields of the models every start validates (the
# assessment, its letterhead, findings). Python functions instead of the builtins ``list`` and
# ``dict``: pydantic asks every factory for its signature while it builds a model's validator,
# and the first builtin it asks about makes Python compile the tokenizer's patterns to read
# the builtin's text signature (about 10 ms of every start). The answers are the same (no
# parameter: called without the validated data).
def empty_list() -> list[Any]:
    return []


def empty_dict() -> dict[Any, Any]:
    return {}
