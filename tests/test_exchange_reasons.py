"""An invalid exchange file is described in the user's language: pydantic's English reasons
("Input should be a valid string") never stand inside a German sentence."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from tomwizard.content.catalog import default_catalog
from tomwizard.demo import demo_assessment
from tomwizard.exchange import ExchangeError, export_json, import_document
from tomwizard.i18n import set_message_language
from tomwizard.validation_text import REASONS, reason

GOOD = json.loads(export_json(demo_assessment(default_catalog())))


def refused(change: Any, lang: str = "de") -> ExchangeError:
    data = json.loads(json.dumps(GOOD))
    change(data["assessment"])
    set_message_language(lang)  # type: ignore[arg-type]
    with pytest.raises(ExchangeError) as caught:
        import_document(json.dumps(data))
    set_message_language("de")
    return caught.value


@pytest.mark.parametrize(
    ("change", "german", "english"),
    [
        (
            lambda a: a["organisation"]["processor"].update(name=5),
            "„assessment.organisation.processor.name“ (Auftragsverarbeiter: Name): "
            "hier wird ein Text erwartet",
            "“assessment.organisation.processor.name” (Processor: name): a text is expected here",
        ),
        (
            lambda a: a["organisation"].update(stand="2025-02-30T10:00"),
            "(Stand): hier wird ein Datum der Form JJJJ-MM-TT erwartet",
            "(As of): a date of the form YYYY-MM-DD is expected here",
        ),
        (
            lambda a: a["organisation"].update(bogus=1),
            "„assessment.organisation.bogus“: dieses Feld ist nicht vorgesehen",
            "“assessment.organisation.bogus”: this field is not expected",
        ),
        (
            lambda a: a.update(language="fr"),
            "(Sprache): dieser Wert ist nicht vorgesehen; möglich: „de“, „en“",
            "(Language): this value is not allowed; possible: “de”, “en”",
        ),
        (
            lambda a: a.pop("catalog_id"),
            "„assessment.catalog_id“ (Katalog): die Angabe fehlt",
            "“assessment.catalog_id” (Catalog): the value is missing",
        ),
        (
            lambda a: a["processing"].update(persons_processing=-3),
            "die Zahl muss mindestens 0 sein",
            "the number must be at least 0",
        ),
        (
            lambda a: a["organisation"]["letterhead"].update(
                logo={"media_type": "image/png", "data": base64.b64encode(b"xyz").decode()}
            ),
            "(Briefkopf: Logo): Das Logo ist weder ein PNG- noch ein SVG-Bild.",
            "(Letterhead: logo): The logo is neither a PNG nor an SVG image.",
        ),
    ],
)
def test_each_kind_of_error_reads_as_a_sentence_in_the_users_language(
    change: Any, german: str, english: str
) -> None:
    assert german in str(refused(change))
    assert english in str(refused(change, "en"))


def test_an_unknown_kind_of_error_gets_a_general_sentence_not_english() -> None:
    assert (
        reason({"type": "no_such_type", "msg": "Something went wrong"}) == "der Wert ist ungültig"
    )
    assert reason({"type": "too_long", "msg": "x", "ctx": {}}) == "der Wert ist ungültig"
    assert {"missing", "string_type", "extra_forbidden", "literal_error"} <= set(REASONS)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**40), 2**40) | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=6,
)


def _paths(node: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield path
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _paths(value, (*path, index))


PATHS = [p for p in _paths(GOOD["assessment"]) if p]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(path=st.sampled_from(PATHS), value=JSON_VALUES, lang=st.sampled_from(["de", "en"]))
def test_no_english_reason_of_pydantic_inside_any_message(
    path: tuple[Any, ...], value: Any, lang: str
) -> None:
    data = json.loads(json.dumps(GOOD))
    node = data["assessment"]
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = value
    set_message_language(lang)  # type: ignore[arg-type]
    try:
        import_document(json.dumps(data))
    except ExchangeError as exc:
        message = str(exc)
        assert "\n" not in message
        cause = exc.__cause__
        if isinstance(cause, ValidationError):
            for error in cause.errors():
                assert error["msg"] not in message
            assert message.startswith("Invalid value at" if lang == "en" else "Ungültiger Wert")
    finally:
        set_message_language("de")


def test_the_command_line_names_the_field_in_german(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tomwizard.cli.main import main

    data = json.loads(json.dumps(GOOD))
    data["assessment"]["subprocessors"][0]["dpf_checked"] = "gestern"
    source = tmp_path / "kunde.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    assert main(["import", str(source), "-o", str(tmp_path / "k.tomw")]) == 2
    err = capsys.readouterr().err
    assert "(DPF geprüft am): hier wird ein Datum der Form JJJJ-MM-TT erwartet" in err
    assert not (tmp_path / "k.tomw").exists()
