"""The action plan (Maßnahmenplan) as .xlsx: which rows, the owner column through .tomw and JSON,
headers in both languages, the sheet's set-up, and text that must stay text."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from tests.test_annex_pdf import ANY_TEXT, HOSTILE
from tests.test_annex_pdf_hostile import RTL
from tomwizard.cli.main import main
from tomwizard.demo import demo_assessment
from tomwizard.exchange import export_json, import_json
from tomwizard.export.action_plan_xlsx import CELL_MAX, HEADER_ROW, action_plan_xlsx
from tomwizard.export.pdf_text import clean, format_date
from tomwizard.models.assessment import Answer, Assessment, CustomMeasure, Status
from tomwizard.models.catalog import Catalog
from tomwizard.rules import evaluate
from tomwizard.rules.blockers import open_findings
from tomwizard.store import TomwStore

WORK = {Status.NICHT_UMGESETZT, Status.TEILWEISE, Status.GEPLANT}


@pytest.fixture(scope="module")
def demo(catalog: Catalog) -> Assessment:
    return demo_assessment(catalog)


def sheet_of(data: bytes) -> Worksheet:
    sheet = load_workbook(io.BytesIO(data)).active
    assert isinstance(sheet, Worksheet)
    return sheet


def table(sheet: Worksheet) -> list[dict[str, Any]]:
    """The rows below the header as dicts keyed by the header's texts."""
    header = [c.value for c in sheet[HEADER_ROW]]
    return [
        dict(zip(header, row, strict=True))
        for row in sheet.iter_rows(min_row=HEADER_ROW + 1, values_only=True)
    ]


def test_the_demo_plan_lists_exactly_the_measures_with_work_left(
    catalog: Catalog, demo: Assessment
) -> None:
    expected = [
        m.id
        for m in catalog.measures()
        if demo.answer(m.id).status in WORK or demo.answer(m.id).follow_up
    ]
    assert expected  # the demo has open work, or this test proves nothing
    rows = table(sheet_of(action_plan_xlsx(demo, catalog, "de")))
    listed = [r["Nr."] for r in rows if r["Art"] == "Maßnahme"]
    assert sorted(listed) == sorted(expected)
    by_id = {r["Nr."]: r for r in rows}
    implemented = [m.id for m in catalog.measures() if demo.answer(m.id).status is Status.UMGESETZT]
    assert not [m for m in implemented if m in by_id and not demo.answer(m).follow_up]
    for measure_id in expected:
        answer = demo.answer(measure_id)
        assert by_id[measure_id]["Status"].startswith(
            {"nicht_umgesetzt": "nicht umgesetzt", "teilweise": "teilweise umgesetzt"}.get(
                answer.status.value, answer.status.value
            )
        )
        if answer.status is Status.GEPLANT:
            assert by_id[measure_id]["Termin"].date() == answer.planned_date


def test_every_finding_has_a_row(catalog: Catalog, demo: Assessment) -> None:
    rules = evaluate(demo, catalog)
    own = [f for f in open_findings(demo, catalog) if f.rule_id != "endfassung.rueckfrage"]
    rows = table(sheet_of(action_plan_xlsx(demo, catalog, "en")))
    findings = [r for r in rows if str(r["Type"]).startswith("Finding")]
    assert len(findings) == len(rules) + len(own)
    assert sorted(r["No."] for r in findings) == sorted(f.rule_id for f in [*rules, *own])
    assert {r["Text"] if "Text" in r else r["Measure / finding"] for r in findings} == {
        f.text.en for f in [*rules, *own]
    }
    severities = {"Critical", "High", "Medium", "Note"}
    assert {r["Severity"] for r in findings} <= severities


def test_a_custom_measure_with_work_left_is_listed(catalog: Catalog, demo: Assessment) -> None:
    section = catalog.sections[0].id
    custom = CustomMeasure(
        id="eigen1",
        section_id=section,
        text="Wöchentliche Sichtprüfung der Serverschränke",
        answer=Answer(status=Status.TEILWEISE, owner="Haustechnik"),
    )
    done = CustomMeasure(id="eigen2", section_id=section, text="Erledigt")
    assessment = demo.model_copy(update={"custom_measures": [custom, done]})
    rows = table(sheet_of(action_plan_xlsx(assessment, catalog, "de")))
    mine = [r for r in rows if r["Art"] == "Eigene Maßnahme"]
    assert [(r["Maßnahme / Befund"], r["Verantwortlich"]) for r in mine] == [
        ("Wöchentliche Sichtprüfung der Serverschränke", "Haustechnik")
    ]


@pytest.mark.parametrize(
    ("lang", "title", "headers"),
    [
        ("de", "Maßnahmenplan", ["Nr.", "Art", "Bereich", "Maßnahme / Befund", "Status"]),
        ("en", "Action plan", ["No.", "Type", "Section", "Measure / finding", "Status"]),
    ],
)
def test_headers_and_sheet_setup(
    catalog: Catalog, demo: Assessment, lang: Any, title: str, headers: list[str]
) -> None:
    sheet = sheet_of(action_plan_xlsx(demo, catalog, lang))
    assert str(sheet["A1"].value).startswith(title)
    assert demo.organisation.stand is not None
    assert format_date(demo.organisation.stand, lang) in str(sheet["A2"].value)
    assert [c.value for c in sheet[HEADER_ROW]][: len(headers)] == headers
    assert [c.value for c in sheet[HEADER_ROW]][7] == (
        "Verantwortlich" if lang == "de" else "Owner"
    )
    assert sheet.freeze_panes == f"A{HEADER_ROW + 1}"
    assert sheet.auto_filter.ref == f"A{HEADER_ROW}:J{sheet.max_row}"
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.page_setup.fitToWidth == 1
    assert sheet.sheet_properties.pageSetUpPr is not None
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.print_title_rows == f"${HEADER_ROW}:${HEADER_ROW}"
    assert sheet.column_dimensions["D"].width >= 50  # the text column is the wide one
    assert sheet["D5"].alignment.wrap_text
    rules = [r for rng in sheet.conditional_formatting for r in rng.rules]
    assert len(rules) >= 7  # four severities, three statuses, the follow-up


def test_owner_round_trips_through_tomw_json_and_the_cli(
    catalog: Catalog, demo: Assessment, tmp_path: Path
) -> None:
    measure_id = next(m.id for m in catalog.measures() if demo.answer(m.id).status in WORK)
    answer = demo.answer(measure_id).model_copy(update={"owner": "Frau Jansen (IT)"})
    assessment = demo.model_copy(update={"answers": {**demo.answers, measure_id: answer}})
    tomw = tmp_path / "kunde.tomw"
    TomwStore.create(tomw, assessment).close()
    with TomwStore.open(tomw, readonly=True) as store:
        assert store.load().answer(measure_id).owner == "Frau Jansen (IT)"
    json_file = tmp_path / "kunde.json"
    assert main(["export", str(tomw), "-o", str(json_file)]) == 0
    assert import_json(json_file.read_text("utf-8")).answer(measure_id).owner == "Frau Jansen (IT)"
    again = tmp_path / "wieder.tomw"
    assert main(["import", str(json_file), "-o", str(again)]) == 0
    plan = tmp_path / "massnahmenplan.xlsx"
    assert main(["export", str(again), "-o", str(plan)]) == 0
    rows = {r["Nr."]: r for r in table(sheet_of(plan.read_bytes()))}
    assert rows[measure_id]["Verantwortlich"] == "Frau Jansen (IT)"


def test_old_files_without_owner_load(demo: Assessment) -> None:
    text = export_json(demo)
    assert '"owner"' in text
    data = json.loads(text)
    for answer in data["assessment"]["answers"].values():
        del answer["owner"]
    for custom in data["assessment"]["custom_measures"]:
        del custom["answer"]["owner"]
    old = json.dumps(data, ensure_ascii=False)
    assert '"owner"' not in old  # as a file written before the owner existed
    assert import_json(old) == demo


def test_cli_refuses_an_unknown_suffix_and_names_xlsx(
    demo: Assessment, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tomw = tmp_path / "a.tomw"
    TomwStore.create(tomw, demo).close()
    assert main(["export", str(tomw), "-o", str(tmp_path / "plan.xls")]) == 2
    assert ".xlsx" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.tomw"]


def _with_texts(demo: Assessment, catalog: Catalog, texts: list[str]) -> Assessment:
    work = [m.id for m in catalog.measures() if demo.answer(m.id).status in WORK]
    answers = dict(demo.answers)
    for measure_id, text in zip(work, texts, strict=False):
        answers[measure_id] = answers[measure_id].model_copy(update={"note": text, "owner": text})
    customs = [
        CustomMeasure(
            id=f"c{i}",
            section_id=catalog.sections[0].id,
            text=text,
            answer=Answer(status=Status.GEPLANT, note=text, owner=text),
        )
        for i, text in enumerate(texts)
    ]
    return demo.model_copy(update={"answers": answers, "custom_measures": customs})


FORMULAS = st.builds(
    lambda head, tail: head + tail,
    st.sampled_from(["=", "+", "-", "@", "=HYPERLINK(", "=1+1", "@SUM(", "-2+3"]),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30),
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=st.lists(FORMULAS, min_size=1, max_size=3))
def test_formula_like_texts_stay_text(catalog: Catalog, demo: Assessment, texts: list[str]) -> None:
    assessment = _with_texts(demo, catalog, texts)
    sheet = sheet_of(action_plan_xlsx(assessment, catalog, "de"))
    cells = [c for row in sheet.iter_rows() for c in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    values = {c.value for c in cells}
    for text in texts:
        kept = clean(text).strip()
        if kept:  # a custom measure's text is stripped; notes and owners are not
            assert kept in values or clean(text) in values
    starts = [
        c for c in cells if isinstance(c.value, str) and c.value.startswith(("=", "+", "-", "@"))
    ]
    assert all(c.quotePrefix for c in starts)


def test_hostile_texts_survive_except_what_xml_forbids(catalog: Catalog, demo: Assessment) -> None:
    hostile = HOSTILE + " " + RTL
    assessment = _with_texts(demo, catalog, [hostile, "\u2028\u00ad\ufeff„x“ <b>&amp;"])
    sheet = sheet_of(action_plan_xlsx(assessment, catalog, "de"))
    values = [c.value for row in sheet.iter_rows() for c in row]
    assert clean(hostile) in values
    assert "\u2028\u00ad\ufeff„x“ <b>&amp;" in values
    assert "\x00" not in clean(hostile) and "Anfang" in clean(hostile)
    assert not any(isinstance(v, str) and "\x1b" in v for v in values)


def test_a_text_longer_than_a_cell_is_cut_at_the_limit(catalog: Catalog, demo: Assessment) -> None:
    long = "x" * (CELL_MAX + 10)
    sheet = sheet_of(action_plan_xlsx(_with_texts(demo, catalog, [long]), catalog, "de"))
    lengths = [len(c.value) for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    assert max(lengths) == CELL_MAX


# An assessment never holds an unpaired surrogate (the file formats and the input gate refuse
# it); _with_texts bypasses validation, and the rules' texts (Text) would refuse one.
STORABLE_TEXT = ANY_TEXT.filter(lambda t: not any("\ud800" <= c <= "\udfff" for c in t))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=STORABLE_TEXT)
def test_any_text_round_trips_through_the_plan(
    catalog: Catalog, demo: Assessment, text: str
) -> None:
    """The PDF's hostile-text strategy: what the PDF's rule keeps (:func:`clean`: control
    characters and unpaired surrogates go), the workbook keeps, cut only at Excel's limit."""
    sheet = sheet_of(action_plan_xlsx(_with_texts(demo, catalog, [text]), catalog, "de"))
    values = [c.value for row in sheet.iter_rows() for c in row]
    kept = clean(text)
    if kept.strip():
        assert kept in values  # the note and the owner are written as typed
