"""JSON exchange: lossless round trip, shipped schema, clear errors for bad input."""

from __future__ import annotations

import contextlib
import json

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.builders import full_assessment
from tomwizard.exchange import ExchangeError, export_json, import_json, json_schema_text
from tomwizard.paths import resource_path


def test_export_import_export_is_identical() -> None:
    first = export_json(full_assessment())
    assert import_json(first) == full_assessment()
    assert export_json(import_json(first)) == first


def test_export_keeps_german_characters_readable() -> None:
    text = export_json(full_assessment())
    assert "Müller & Söhne GmbH" in text
    assert "„mit“" in text


def test_shipped_schema_is_current_and_validates_an_export() -> None:
    shipped = resource_path("schema", "tomwizard-exchange.schema.json").read_text("utf-8")
    assert shipped == json_schema_text(), "run `make schema` after changing the models"
    jsonschema.validate(json.loads(export_json(full_assessment())), json.loads(shipped))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{not json", "Ungültiges JSON in Zeile 1"),
        ("[]", "keine tomwizard-Austauschdatei"),
        ('{"format": "other"}', "keine tomwizard-Austauschdatei"),
        ('{"format": "tomwizard-exchange", "format_version": 9}', "Formatversion 9"),
        ('{"format": "tomwizard-exchange", "format_version": 1}', "„assessment“"),
    ],
)
def test_bad_documents_give_one_german_line(text: str, message: str) -> None:
    with pytest.raises(ExchangeError) as info:
        import_json(text)
    assert message in str(info.value)
    assert "\n" not in str(info.value)


def test_a_wrong_value_names_its_place() -> None:
    data = json.loads(export_json(full_assessment()))
    data["assessment"]["answers"]["org.dsb"]["status"] = "erledigt"
    with pytest.raises(ExchangeError, match=r"assessment\.answers\.org\.dsb\.status"):
        import_json(json.dumps(data))


def test_unknown_keys_are_reported_not_dropped() -> None:
    data = json.loads(export_json(full_assessment()))
    data["assessment"]["organisation"]["procesor"] = {}
    with pytest.raises(ExchangeError, match="procesor"):
        import_json(json.dumps(data))


@given(st.text(max_size=200))
def test_any_text_is_either_imported_or_refused_with_exchange_error(text: str) -> None:
    with contextlib.suppress(ExchangeError):
        import_json(text)


@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=10),
        lambda inner: (
            st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
        ),
        max_leaves=15,
    )
)
def test_any_json_inside_the_envelope_is_refused_cleanly(payload: object) -> None:
    document = {"format": "tomwizard-exchange", "format_version": 1, "assessment": payload}
    with pytest.raises(ExchangeError):
        import_json(json.dumps(document))
