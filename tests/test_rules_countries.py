"""Country groups for transfers and the country picker (forms/countries.yaml)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tomwizard.content.countries import Countries, countries
from tomwizard.content.yamlsource import ContentError, load_yaml, validate
from tomwizard.paths import forms_path

PICKER_MUST_HAVE = [
    "US",
    "IN",
    "CN",
    "BR",
    "UA",
    "RS",
    "TR",
    "SG",
    "AU",
    "PH",
    "VN",
    "ZA",
    "MX",
    "CH",
    "GB",
    "JP",
]


def test_groups_are_consistent_and_every_code_has_names() -> None:
    data = countries()
    assert len(data.eu) == 27 and set(data.eea) == {"IS", "LI", "NO"}
    for code in [*data.eu, *data.eea, *data.adequacy, *data.dpf, *PICKER_MUST_HAVE]:
        name = data.names[code]
        assert name.de and name.en, code
    assert data.adequacy_checked.year >= 2025 and data.dpf_checked.year >= 2025


@pytest.mark.parametrize(
    ("code", "groups"),
    [
        ("de", {"eu", "eu_eea"}),
        ("NO", {"eea", "eu_eea"}),
        ("CH", {"adequacy", "third"}),
        ("US", {"dpf", "third", "third_unsafe"}),
        ("IN", {"third", "third_unsafe"}),
        ("XX", {"third", "third_unsafe"}),
    ],
)
def test_group_membership(code: str, groups: set[str]) -> None:
    data = countries()
    all_groups = ("eu", "eea", "eu_eea", "adequacy", "dpf", "third", "third_unsafe")
    assert {g for g in all_groups if data.in_group(code, g)} == groups  # type: ignore[arg-type]


def test_empty_code_is_in_no_group() -> None:
    assert not countries().in_group(" ", "third")
    assert not countries().is_third_country("")


def test_picker_sorts_umlauts_with_their_base_letter() -> None:
    names = [name for _, name in countries().picker("de")]
    assert names.index("Dänemark") < names.index("Deutschland")
    assert names.index("Südafrika") < names.index("Südkorea") < names.index("Taiwan")
    assert names.index("Ägypten") < names.index("Albanien")
    assert names.index("Österreich") < names.index("Pakistan")
    codes = {code for code, _ in countries().picker("en")}
    assert set(PICKER_MUST_HAVE) <= codes


def test_invalid_country_file_names_file_and_line(tmp_path: Path) -> None:
    text = forms_path("countries.yaml").read_text(encoding="utf-8")
    bad = tmp_path / "countries.yaml"
    bad.write_text(text.replace('eea: [IS, LI, "NO"]', "eea: [IS, LI, DE]"), encoding="utf-8")
    data, lines = load_yaml(bad)
    with pytest.raises(ContentError) as info:
        validate(Countries, data, bad, lines)
    assert info.value.lines[0].startswith(f"{bad}:")
    assert "eea lists EU members" in info.value.lines[0]
