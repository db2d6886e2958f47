"""The change log's time filters run in SQL (through the index on ``at``) and give exactly what
filtering every decoded row in Python gave; the Stand hint reads only the newest changes and
finds the same day as in the whole log. Rows in another time form than tomwizard's own (an
import or a merge keeps the text it got: ``…Z``, ``+02:00``, no milliseconds) included."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import time
from collections.abc import Iterator
from typing import Any, cast

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tomwizard.content.catalog import default_catalog
from tomwizard.demo import demo_assessment
from tomwizard.history.changelog import ChangeRecord, parse_time
from tomwizard.history.stand_check import changes_to_check, last_change_after_stand
from tomwizard.models.assessment import Assessment
from tomwizard.store import TomwStore, records
from tomwizard.store.records import loads
from tomwizard.store.schema import migrate

# zones with a day boundary far from UTC's, a half hour, a change of clock at midnight
ZONES = ("UTC", "Europe/Berlin", "Pacific/Kiritimati", "America/St_Johns", "America/Sao_Paulo")
START = dt.datetime(2018, 11, 1, tzinfo=dt.UTC)  # Sao Paulo's clock jumped at midnight on 4 Nov
TARGETS = (
    "answer:zugang.mfa",
    "answer:zutritt.alarm",
    "custom:c1",
    "field:organisation.place",
    "field:organisation.stand",
    "field:organisation.version",
    "subprocessor:s1",
    "version:1",
)
OFFSETS = [dt.timezone(dt.timedelta(minutes=m)) for m in (-720, -150, 0, 60, 330, 840)]


@contextlib.contextmanager
def local_zone(zone: str) -> Iterator[None]:
    before = os.environ.get("TZ")
    os.environ["TZ"] = zone
    time.tzset()
    try:
        yield
    finally:
        if before is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = before
        time.tzset()


def old_query_changes(
    conn: sqlite3.Connection,
    section: str | None = None,
    measure: str | None = None,
    since: dt.datetime | None = None,
    until: dt.datetime | None = None,
    author: str | None = None,
    kinds: set[str] | None = None,
) -> list[ChangeRecord]:
    """The query as it was: every row decoded, the times compared in Python (the reference)."""

    def to_utc(moment: dt.datetime) -> str:
        if moment.tzinfo is None:
            moment = moment.astimezone()
        return moment.astimezone(dt.UTC).isoformat(timespec="milliseconds")

    clauses: list[str] = []
    args: list[object] = []
    if measure is not None:
        clauses.append("target IN (?, ?)")
        args += [f"answer:{measure}", f"custom:{measure}"]
    if author is not None:
        clauses.append("author = ?")
        args.append(author)
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    cursor = conn.execute(
        f"SELECT id, at, author, target, old, new, source FROM changelog {where} ORDER BY id",
        args,
    )
    found: list[ChangeRecord] = []
    for row_id, at, who, target, old, new, source in cursor:
        record = ChangeRecord(
            id=row_id,
            at=at,
            author=who,
            target=target,
            old=None if old is None else loads(old),
            new=None if new is None else loads(new),
            source=source or "",
        )
        if kinds is not None and record.kind not in kinds:
            continue
        if section is not None and record.section_id != section:
            continue
        when = parse_time(record.at)
        if since is not None and when < parse_time(to_utc(since)):
            continue
        if until is not None and when >= parse_time(to_utc(until)):
            continue
        found.append(record)
    return found


# instants on a grid of seconds (many equal ones) with now and then milliseconds or microseconds
instants = st.builds(
    lambda minutes, seconds, micro: START + dt.timedelta(minutes=minutes, seconds=seconds) + micro,
    st.integers(0, 6 * 24 * 60),
    st.sampled_from([0, 0, 30]),
    st.sampled_from(
        [dt.timedelta(0), dt.timedelta(milliseconds=250), dt.timedelta(microseconds=7)]
    ),
)


@st.composite
def stored_times(draw: st.DrawFn) -> tuple[dt.datetime, str]:
    """An instant and a text for it as a file may hold it: mostly tomwizard's own form."""
    moment = draw(instants)
    form = draw(st.sampled_from(["own", "own", "own", "Z", "offset", "naive", "space", "date"]))
    utc = moment.astimezone(dt.UTC)
    if form == "own":
        text = utc.isoformat(timespec="milliseconds")
    elif form == "Z":
        text = utc.isoformat(timespec="seconds").replace("+00:00", "Z")
    elif form == "offset":
        zone = draw(st.sampled_from(OFFSETS))
        spec = draw(st.sampled_from(["seconds", "milliseconds", "microseconds"]))
        text = moment.astimezone(zone).isoformat(timespec=spec)
    elif form == "naive":  # no zone: read as UTC
        text = utc.replace(tzinfo=None).isoformat()
    elif form == "space":
        text = utc.isoformat(sep=" ", timespec="milliseconds")
    else:
        text = utc.date().isoformat()
    return parse_time(text), text


@st.composite
def change_logs(draw: st.DrawFn) -> list[ChangeRecord]:
    times = draw(st.lists(stored_times(), max_size=40))
    log = []
    for number, (_moment, text) in enumerate(times, start=1):
        target = draw(st.sampled_from(TARGETS))
        new: Any = {"section_id": "zugang"} if target == "custom:c1" else {"status": "geplant"}
        author = draw(st.sampled_from(["dsb", "Berater"]))
        log.append(ChangeRecord(id=number, at=text, author=author, target=target, new=new))
    return log


@st.composite
def bounds(draw: st.DrawFn, log: list[ChangeRecord]) -> dt.datetime | None:
    """None, a stored row's instant (the edges) or any instant; naive (local) or with a zone."""
    choices = [parse_time(record.at) for record in log]
    moment = draw(st.one_of(st.sampled_from(choices), instants) if choices else instants)
    kind = draw(st.sampled_from(["none", "utc", "zone", "naive"]))
    if kind == "none":
        return None
    if kind == "zone":
        return moment.astimezone(draw(st.sampled_from(OFFSETS)))
    if kind == "naive":
        return moment.astimezone().replace(tzinfo=None)
    return moment


def _connection(log: list[ChangeRecord]) -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    migrate(conn, 0)
    records.import_changes(conn, log)
    return conn


@pytest.mark.parametrize("zone", ZONES)
@settings(max_examples=80, deadline=None)
@given(data=st.data())
def test_the_time_filter_in_sql_returns_what_the_python_filter_returned(
    zone: str, data: st.DataObject
) -> None:
    log = data.draw(change_logs())
    since, until = data.draw(bounds(log)), data.draw(bounds(log))
    others: dict[str, Any] = data.draw(
        st.fixed_dictionaries(
            {},
            optional={
                "section": st.sampled_from(["zugang", "zutritt"]),
                "measure": st.sampled_from(["zugang.mfa", "c1"]),
                "author": st.just("dsb"),
                "kinds": st.sampled_from([{"answer"}, {"field", "version"}]),
            },
        )
    )
    with local_zone(zone), contextlib.closing(_connection(log)) as conn:
        expected = old_query_changes(conn, since=since, until=until, **others)
        assert records.query_changes(conn, since=since, until=until, **others) == expected


class _Log:
    """The one method of TomwStore the Stand check calls, on a bare connection."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def latest_changes(self, skip_kinds: set[str], skip_targets: set[str]) -> list[ChangeRecord]:
        return records.latest_changes(self.conn, skip_kinds, skip_targets)


@pytest.fixture(scope="module")
def assessment() -> Assessment:
    return demo_assessment(default_catalog())


@pytest.mark.parametrize("zone", ZONES)
@settings(max_examples=80, deadline=None)
@given(log=change_logs(), stand=st.dates(dt.date(2018, 10, 30), dt.date(2018, 11, 8)))
def test_the_stand_check_finds_the_same_day_in_the_newest_changes_as_in_all(
    zone: str, log: list[ChangeRecord], stand: dt.date, assessment: Assessment
) -> None:
    dated = assessment.model_copy(deep=True)
    dated.organisation.stand = stand
    with local_zone(zone), contextlib.closing(_connection(log)) as conn:
        read = changes_to_check(cast(TomwStore, _Log(conn)))
        assert last_change_after_stand(dated, read) == last_change_after_stand(dated, log)


def test_a_long_log_is_not_read_for_the_stand_hint(assessment: Assessment) -> None:
    minute = dt.timedelta(minutes=1)
    log = [
        ChangeRecord(
            id=n,
            at=(START + n * minute).isoformat(timespec="milliseconds"),
            author="dsb",
            target="answer:zugang.mfa",
            new={"status": "geplant"},
        )
        for n in range(1, 10_001)
    ]
    last = (START + 10_001 * minute).isoformat(timespec="milliseconds")
    log.append(ChangeRecord(id=10_001, at=last, author="dsb", target="version:1", new={}))
    with contextlib.closing(_connection(log)) as conn:
        read = changes_to_check(cast(TomwStore, _Log(conn)))
    # the newest change to the content and the two days before it; the version left out
    assert read[-1].id == 10_000 and len(read) <= 2 * 24 * 60 + 1


def test_times_in_another_form_are_compared_as_times() -> None:
    own = "2025-03-01T10:00:00.000+00:00"
    log = [
        ChangeRecord(id=1, at=own, author="dsb", target="field:organisation.place", new="A"),
        ChangeRecord(id=2, at="2025-03-01T11:30:00+02:00", author="dsb", target="version:1"),
        ChangeRecord(id=3, at="2025-03-01T10:00:00Z", author="dsb", target="subprocessor:s1"),
    ]
    with contextlib.closing(_connection(log)) as conn:
        since = dt.datetime(2025, 3, 1, 10, tzinfo=dt.UTC)
        assert [r.id for r in records.query_changes(conn, since=since)] == [1, 3]
        assert [r.id for r in records.query_changes(conn, until=since)] == [2]


def test_a_clock_set_back_over_midnight_keeps_the_later_day(assessment: Assessment) -> None:
    # Casey station, 5 March 2010: at 01:59:59 (UTC+11) the clock went back to 23:00 (UTC+8) of
    # the 4th; the change before the newest one is the one on the later day
    log = [
        ChangeRecord(id=1, at="2010-03-04T14:50:00.000+00:00", author="dsb", target="custom:c1"),
        ChangeRecord(id=2, at="2010-03-04T15:30:00.000+00:00", author="dsb", target="custom:c1"),
    ]
    dated = assessment.model_copy(deep=True)
    dated.organisation.stand = dt.date(2010, 3, 4)
    with local_zone("Antarctica/Casey"), contextlib.closing(_connection(log)) as conn:
        read = changes_to_check(cast(TomwStore, _Log(conn)))
        assert last_change_after_stand(dated, read) == dt.date(2010, 3, 5)
