"""The letterhead: stored per file, one undo step, in the exchange format; bad logos refused
with a clear message while the file stays byte-identical."""

from __future__ import annotations

import contextlib
import hashlib
import json
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.letterhead_support import SVG_LOGO, bad_logos, png
from tomwizard.content.catalog import default_catalog
from tomwizard.editing import OpenAssessment, set_letterhead
from tomwizard.exchange import export_json, import_json
from tomwizard.history.diff_labels import show_value
from tomwizard.inputs import INPUT_ERRORS, LogoError, read_logo
from tomwizard.logo_image import check_logo
from tomwizard.models.assessment import Assessment
from tomwizard.models.letterhead import Letterhead, Logo
from tomwizard.store import TomwStore
from tomwizard.store.fields import field_paths

FULL = Letterhead(
    logo=Logo.from_bytes(png()),
    sender="Muster GmbH · Hafenstraße 12 · 20457 Hamburg",
    footer=["Hafenstraße 12, 20457 Hamburg", "AG Hamburg HRB 1234", "info@muster.example"],
    accent="#1F4E79",
)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def opened(tmp_path: Path) -> OpenAssessment:
    return OpenAssessment.create(tmp_path / "a.tomw", default_catalog())


def test_letterhead_is_stored_in_the_file_and_read_back(opened: OpenAssessment) -> None:
    applied = opened.apply(set_letterhead(FULL), "Briefkopf ändern")
    assert not applied.empty
    path = opened.path
    opened.close()
    with TomwStore.open(path, readonly=True) as store:
        assert store.load().organisation.letterhead == FULL
        targets = [record.target for record in store.changes()]
    assert "field:organisation.letterhead.logo" in targets


def test_letterhead_is_one_undo_step(opened: OpenAssessment) -> None:
    opened.apply(set_letterhead(FULL), "Briefkopf ändern")
    opened.undo()
    assert opened.assessment.organisation.letterhead == Letterhead()
    opened.redo()
    assert opened.assessment.organisation.letterhead == FULL
    opened.close()


def test_an_svg_logo_round_trips(opened: OpenAssessment) -> None:
    letterhead = Letterhead(logo=Logo.from_bytes(SVG_LOGO))
    opened.apply(set_letterhead(letterhead))
    path = opened.path
    opened.close()
    with TomwStore.open(path, readonly=True) as store:
        logo = store.load().organisation.letterhead.logo
    assert logo is not None and logo.media_type == "image/svg+xml" and logo.data == SVG_LOGO


def test_letterhead_paths_are_fields_of_the_file() -> None:
    paths = set(field_paths())
    for part in ("logo", "sender", "footer", "accent"):
        assert f"organisation.letterhead.{part}" in paths


def test_letterhead_travels_in_the_exchange_format(opened: OpenAssessment) -> None:
    opened.apply(set_letterhead(FULL))
    text = export_json(opened.assessment)
    assert import_json(text).organisation.letterhead == FULL
    assert export_json(import_json(text)) == text
    opened.close()


def test_an_exchange_file_with_a_bad_logo_is_refused() -> None:
    from tomwizard.exchange import ExchangeError

    assessment = Assessment(catalog_id="tom", catalog_version="1")
    data = json.loads(export_json(assessment))
    letterhead = data["assessment"]["organisation"]["letterhead"]
    letterhead["logo"] = {"media_type": "image/png", "data": "iVBORw0KGgo="}  # signature only
    with pytest.raises(ExchangeError):
        import_json(json.dumps(data))


def test_the_diff_shows_a_logo_by_kind_and_size() -> None:
    shown = show_value(FULL.model_dump(mode="json")["logo"], "logo")
    assert shown.de.startswith("PNG-Logo (") and shown.en.startswith("PNG logo (")
    assert "iVBOR" not in shown.de


texts = st.text(st.characters(blacklist_categories=("Cs",)), max_size=60)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(sender=texts, footer=st.lists(texts, max_size=3), accent=st.sampled_from(["", "#00aaFF"]))
def test_any_texts_round_trip_through_the_file(
    tmp_path_factory: pytest.TempPathFactory, sender: str, footer: list[str], accent: str
) -> None:
    letterhead = Letterhead(sender=sender, footer=footer, accent=accent)
    path = tmp_path_factory.mktemp("h") / "h.tomw"
    opened = OpenAssessment.create(path, default_catalog())
    opened.apply(set_letterhead(letterhead))
    opened.close()
    with TomwStore.open(path, readonly=True) as store:
        assert store.load().organisation.letterhead == letterhead
    assessment = Assessment(catalog_id="tom", catalog_version="1")
    assessment.organisation.letterhead = letterhead
    assert import_json(export_json(assessment)).organisation.letterhead == letterhead


@pytest.mark.parametrize("accent", ["123456", "#12345", "#GGGGGG", "red", "#1234567"])
def test_a_colour_must_be_hash_and_six_hex_digits(accent: str) -> None:
    with pytest.raises(ValueError):
        Letterhead(accent=accent)


@pytest.mark.parametrize("name", sorted(bad_logos()))
def test_bad_logos_are_refused_with_a_clear_message(name: str) -> None:
    with pytest.raises(LogoError) as caught:
        check_logo(bad_logos()[name])
    assert "Logo" in str(caught.value) and "logo" in caught.value.en
    assert "\n" not in str(caught.value)


def test_good_logos_pass() -> None:
    assert check_logo(png()).media_type == "image/png"
    assert (check_logo(png()).width, check_logo(png()).height) == (120, 40)
    assert check_logo(SVG_LOGO).media_type == "image/svg+xml"


@pytest.mark.parametrize("name", sorted(bad_logos()))
def test_a_bad_logo_file_leaves_the_assessment_byte_identical(
    tmp_path: Path, opened: OpenAssessment, name: str
) -> None:
    opened.apply(set_letterhead(FULL))
    path = opened.path
    opened.close()
    before = digest(path)
    image = tmp_path / "logo.png"
    image.write_bytes(bad_logos()[name])
    with pytest.raises(INPUT_ERRORS) as caught:
        read_logo(image)
    assert str(image) in str(caught.value)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.tomw", "logo.png"]


def test_a_missing_or_folder_logo_is_an_input_error(tmp_path: Path) -> None:
    for path in (tmp_path / "missing.png", tmp_path):
        with pytest.raises(INPUT_ERRORS):
            read_logo(path)


def test_an_older_file_without_letterhead_opens_with_none(tmp_path: Path) -> None:
    path = tmp_path / "old.tomw"
    with TomwStore.create(path, Assessment(catalog_id="tom", catalog_version="1")):
        pass
    with contextlib.closing(sqlite3.connect(path)) as conn:  # as a file made before letterheads
        conn.execute("DELETE FROM fields WHERE path LIKE 'organisation.letterhead.%'")
        conn.commit()
    with TomwStore.open(path, readonly=True) as store:
        assert store.load().organisation.letterhead == Letterhead()
