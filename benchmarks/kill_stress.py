"""Crash safety: kill a writing process with SIGKILL at random moments, check nothing is lost.

Run: ``python -m benchmarks.kill_stress --kills 200`` (POSIX). A writer child makes a stream of
edits through ``TomwStore`` and prints ``ack N`` to a pipe after each edit's call returned (what
the GUI shows as saved). The parent kills it after a random number of acknowledgements plus a
random delay (some kills land during start-up or in the middle of a transaction), then checks
the file read-only *without* cleaning up first (the WAL and the stale lock file of the killed
writer are left in place for the next writer, as after a real crash):

- every acknowledged edit is in the change log and the rows agree with the change log;
- ``PRAGMA integrity_check`` is ``ok``;
- the next writer opens the file for writing although the killed one left its lock file.

SIGKILL stops the process, not the machine: this proves that an acknowledged edit is committed
(nothing waits in a buffer of the program); ``synchronous=FULL`` covers the power-loss part.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import select
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

_MARK = re.compile(r"#(\d+)#")
_MEASURES = ("zutritt.alarm", "zugang.passwort", "zugang.mfa", "zugriff.rollen", "eingabe.log")


@dataclass
class StressResult:
    kills: int = 0
    edits_acknowledged: int = 0
    edits_committed: int = 0
    lost: int = 0
    integrity_ok: int = 0
    integrity_failed: int = 0
    stale_locks_reclaimed: int = 0
    writer_failures: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return (
            self.lost == 0
            and self.integrity_failed == 0
            and not self.writer_failures
            and self.integrity_ok == self.kills + 1
        )

    def line(self) -> str:
        return (
            f"kills={self.kills} edits_acknowledged={self.edits_acknowledged} "
            f"edits_committed={self.edits_committed} lost={self.lost} "
            f"integrity_ok={self.integrity_ok}/{self.kills + 1} "
            f"stale_locks_reclaimed={self.stale_locks_reclaimed} "
            f"writer_failures={len(self.writer_failures)} -> {'OK' if self.ok else 'FAILED'}"
        )


# -- the writer (child process) ------------------------------------------------------------


def writer(path: Path, start: int) -> int:
    from tomwizard.models.assessment import Answer, CustomMeasure, Status, Subprocessor
    from tomwizard.store import TomwStore

    store = TomwStore.open(path, author="kill-stress")
    if store.readonly:
        print(f"readonly {store.readonly_reason}", flush=True)
        return 3
    statuses = list(Status)
    n = start
    while True:
        mark = f"#{n}#"
        op = n % 9
        if op < 4:
            store.set_answer(
                _MEASURES[n % len(_MEASURES)],
                Answer(status=statuses[n % len(statuses)], note=mark, params={"n": n}),
            )
        elif op < 6:
            store.set_field("organisation.contract_reference", mark)
        elif op == 6:
            store.put_subprocessor(Subprocessor(id=f"s{n % 7}", name=mark))
        elif op == 7:
            store.put_custom_measure(CustomMeasure(id=f"c{n % 5}", section_id="zutritt", text=mark))
        elif n % 45 == 8:
            store.freeze_version(label=mark)
        else:
            store.set_field("processing.purposes", [mark, "Lohnabrechnung"])
        sys.stdout.write(f"ack {n}\n")
        sys.stdout.flush()
        n += 1


# -- the parent ------------------------------------------------------------------------------


def _committed(path: Path) -> tuple[set[int], str, bool]:
    """Markers in the change log, the integrity check result, and whether rows agree."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        check = conn.execute("PRAGMA integrity_check").fetchone()[0]
        found: set[int] = set()
        last: dict[str, str | None] = {}
        for target, new in conn.execute("SELECT target, new FROM changelog ORDER BY id"):
            found.update(int(m) for m in _MARK.findall(new or ""))
            last[target] = new
        rows: dict[str, str | None] = {}
        for path_, value in conn.execute("SELECT path, value FROM fields"):
            rows[f"field:{path_}"] = value
        for mid, data in conn.execute("SELECT measure_id, data FROM answers"):
            rows[f"answer:{mid}"] = data
        for table, kind in (("subprocessors", "subprocessor"), ("custom_measures", "custom")):
            for row_id, data in conn.execute(f"SELECT id, data FROM {table}"):
                rows[f"{kind}:{row_id}"] = data
        agree = all(
            rows.get(target) == new
            for target, new in last.items()
            if ":" in target and not target.startswith("version:")
        )
        return found, str(check), agree
    finally:
        conn.close()


def _wait_for_acks(proc: subprocess.Popen[bytes], wanted: int, acked: set[int]) -> None:
    assert proc.stdout is not None
    buffer = b""
    deadline = time.monotonic() + 20
    count = 0
    while count < wanted and time.monotonic() < deadline:
        ready, _, _ = select.select([proc.stdout], [], [], 0.5)
        if not ready:
            if proc.poll() is not None:
                return
            continue
        chunk = os.read(proc.stdout.fileno(), 65536)
        if not chunk:
            return
        buffer += chunk
        *lines, buffer = buffer.split(b"\n")
        for line in lines:
            if line.startswith(b"ack "):
                acked.add(int(line[4:]))
                count += 1
    # keep the partial line: it is completed below after the kill
    proc.__dict__["_stress_buffer"] = buffer


def _drain(proc: subprocess.Popen[bytes], acked: set[int]) -> str:
    """After the kill: every complete ``ack`` line already in the pipe counts as acknowledged."""
    assert proc.stdout is not None
    rest = proc.__dict__.get("_stress_buffer", b"") + proc.stdout.read()
    other = []
    for line in rest.split(b"\n")[:-1]:  # the last piece is an incomplete line (or empty)
        if line.startswith(b"ack "):
            acked.add(int(line[4:]))
        else:
            other.append(line.decode("utf-8", "replace"))
    return "\n".join(other)


def run_stress(kills: int, workdir: Path, seed: int = 1, verbose: bool = False) -> StressResult:
    from tomwizard.models.assessment import Assessment
    from tomwizard.store import TomwStore
    from tomwizard.store.lock import lock_path

    rng = random.Random(seed)
    path = workdir / "stress.tomw"
    TomwStore.create(path, Assessment(catalog_id="tom", catalog_version="1")).close()
    result = StressResult()
    acked: set[int] = set()
    next_n = 1
    root = Path(__file__).resolve().parent.parent
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(root), os.environ.get("PYTHONPATH", "")]),
    }
    for cycle in range(kills):
        if lock_path(path).exists():
            result.stale_locks_reclaimed += 1  # the killed writer's lock file is still there
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "benchmarks.kill_stress",
                "--writer",
                str(path),
                "--start",
                str(next_n),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=root,
            env=env,
        )
        if rng.random() < 0.1:
            time.sleep(rng.uniform(0.0, 0.3))  # somewhere in start-up or opening
        else:
            _wait_for_acks(proc, rng.randint(1, 60), acked)
            time.sleep(rng.uniform(0.0, 0.004))  # often in the middle of the next transaction
        exited_early = proc.poll() is not None
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        other = _drain(proc, acked)
        assert proc.stderr is not None
        errors = proc.stderr.read().decode("utf-8", "replace").strip()
        proc.stdout.close()  # type: ignore[union-attr]
        proc.stderr.close()
        if exited_early or other or errors:
            result.writer_failures.append(f"cycle {cycle}: {other} {errors}".strip())
        result.kills += 1
        found, check, agree = _committed(path)
        if check == "ok" and agree:
            result.integrity_ok += 1
        else:
            result.integrity_failed += 1
        next_n = max(found | acked | {next_n - 1}) + 1
        if verbose:
            print(f"kill {cycle + 1}: acked {len(acked)}, committed {len(found)}, {check}")
    # a last, clean writer must be able to open, and close back to one file
    with TomwStore.open(path) as store:
        if store.readonly:
            result.writer_failures.append(f"final open read-only: {store.readonly_reason}")
    found, check, agree = _committed(path)
    result.integrity_ok += check == "ok" and agree
    result.integrity_failed += not (check == "ok" and agree)
    result.edits_acknowledged = len(acked)
    result.edits_committed = len(found)
    result.lost = len(acked - found)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=int(time.time()))
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--writer", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--start", type=int, default=1, help=argparse.SUPPRESS)
    options = parser.parse_args(argv)
    if options.writer is not None:
        return writer(options.writer, options.start)
    if os.name != "posix":
        print("kill_stress needs POSIX (SIGKILL)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        started = time.monotonic()
        result = run_stress(options.kills, Path(tmp), options.seed, options.verbose)
        elapsed = time.monotonic() - started
    if options.json:
        print(json.dumps({**asdict(result), "ok": result.ok, "seed": options.seed}))
    else:
        print(f"seed={options.seed} {result.line()} ({elapsed:.0f} s)")
        for failure in result.writer_failures[:10]:
            print(f"  {failure}")
    return 0 if result.ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
