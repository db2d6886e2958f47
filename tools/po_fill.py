"""Put translations into the English catalog: ``python tools/po_fill.py TRANSLATIONS.json``.

The JSON is a list of ``[context or null, msgid, msgstr]``; a plural entry gives msgid and msgstr
as two-element lists. Entries are matched by context and msgid; the fuzzy mark is cleared. A
helper for translators beside editing the .po by hand; ``make messages`` compiles afterwards.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from babel.messages.pofile import read_po, write_po

PO = Path(__file__).resolve().parent.parent / "tomwizard/locale/en/LC_MESSAGES/tomwizard.po"


def main(argv: list[str]) -> int:
    wanted = {
        (ctx, msgid if isinstance(msgid, str) else msgid[0]): msgstr
        for ctx, msgid, msgstr in json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    }
    with PO.open("rb") as f:
        catalog = read_po(f)
    filled = 0
    for message in catalog:
        key = (message.context, message.id if isinstance(message.id, str) else message.id[0])
        if message.id and key in wanted:
            value = wanted[key]
            message.string = value if isinstance(value, str) else tuple(value)
            message.flags.discard("fuzzy")
            filled += 1
    with PO.open("wb") as f:
        write_po(f, catalog, width=0, no_location=True, sort_output=True)
    print(f"{filled} of {len(wanted)} translations filled in {PO}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
