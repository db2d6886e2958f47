"""Whether a certificate printed in the annex is still valid on the day the annex speaks for:
the later of its Stand and today (review 2, finding 6: an expired certificate was printed as
„gültig bis …“)."""

from __future__ import annotations

import datetime as dt


def expired(valid_until: dt.date | None, stand: dt.date | None = None) -> bool:
    if valid_until is None:
        return False
    today = dt.date.today()
    return valid_until < (max(stand, today) if stand is not None else today)
