"""The ``after_stand`` predicate: a date the annex prints lies after the annex's own Stand.

The annex states what holds at its Stand. A sub-processor's contract, approval or DPF check
dated after it did not exist at that day, so the annex would contradict itself (DSB review 7,
M2). Without a Stand nothing is compared: the missing Stand blocks the final version already.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tomwizard.rules import predicates as p
from tomwizard.rules.fields import Context


def after_stand(pred: p.AfterStand, ctx: Context, view: Any) -> bool:
    stand = ctx.assessment.organisation.stand
    value = ctx.read(pred.after_stand)
    return stand is not None and isinstance(value, dt.date) and value > stand
