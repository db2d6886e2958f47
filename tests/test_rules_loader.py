"""Rule files are data: invalid ones are reported as "file:line: field: message", never run."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.rules_fixtures import clean_assessment
from tomwizard.content.catalog import default_catalog
from tomwizard.content.yamlsource import ContentError
from tomwizard.rules import Evaluator, load_rules
from tomwizard.rules.loader import default_rules_dir

HEAD = """\
rules:
  - id: test.rule
    severity: hoch
"""
TAIL = """\
    text: {de: Text, en: Text}
    remedy: {de: Abhilfe, en: Remedy}
    references: ["Art. 32 DSGVO"]
"""


def _errors(tmp_path: Path, body: str, *, head: str = HEAD, tail: str = TAIL) -> list[str]:
    path = tmp_path / "rules.yaml"
    path.write_text(head + body + tail, encoding="utf-8")
    with pytest.raises(ContentError) as info:
        load_rules(path, catalog=default_catalog())
    return [line.replace(str(path), "F") for line in info.value.lines]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "    when: {frobnicate: 1}\n",
            "F:4: rules.0.when: a predicate is a mapping with exactly one of the keys",
        ),
        (
            "    when: {all: [{done: org.dsb}, {status: {measure: org.dsb, in: [fertig]}}]}\n",
            "F:4: rules.0.when.all.1.status.in.0: Input should be 'offen'",
        ),
        (
            "    when:\n      not:\n        not: {missing: org.dsb, done: org.dsb}\n",
            "F:6: rules.0.when.not.not: a predicate is a mapping with exactly one",
        ),
        (
            "    when: {field: {path: processing.colour, equals: red}}\n",
            "F:4: rules.0.when.field.path: 'processing.colour' is not a field",
        ),
        (
            "    when: {empty: sub.name}\n",
            "F:4: rules.0.when.empty: 'sub' is not available in this rule's scope",
        ),
        (
            "    when: {level: [basis]}\n",
            "F:4: rules.0.when.level: level needs a current measure",
        ),
        (
            "    when: {param: {measure: zugang.passwort, name: length}}\n",
            "F:4: rules.0.when.param: Value error, a parameter comparison needs one of",
        ),
        (
            "    when: {missing: zugang.gibt_es_nicht}\n",
            "F:4: rules.0.when.missing: measure 'zugang.gibt_es_nicht' is not in catalog",
        ),
        (
            "    when: {count: {of: measures, at_least: 1, at_most: 3}}\n",
            "F:4: rules.0.when.count: Value error, a count needs exactly one of",
        ),
    ],
)
def test_invalid_predicates_name_file_line_and_field(
    tmp_path: Path, body: str, expected: str
) -> None:
    errors = _errors(tmp_path, body)
    assert any(line.startswith(expected) for line in errors), errors


def test_unknown_rule_field(tmp_path: Path) -> None:
    errors = _errors(tmp_path, "    when: {done: org.dsb}\n    colour: red\n")
    assert "F:5: rules.0.colour: Extra inputs are not permitted" in errors


def test_placeholder_not_filled_by_the_rule(tmp_path: Path) -> None:
    tail = TAIL.replace("{de: Text, en: Text}", "{de: 'Text {name}', en: Text}")
    errors = _errors(tmp_path, "    when: {done: org.dsb}\n", tail=tail)
    assert errors == [
        "F:5: rules.0.text.de: placeholder '{name}' is not filled by this rule (available: none)"
    ]


def test_duplicate_rule_ids_name_both_places(tmp_path: Path) -> None:
    rule = HEAD.removeprefix("rules:\n") + "    when: {done: org.dsb}\n" + TAIL
    path = tmp_path / "rules.yaml"
    path.write_text("rules:\n" + rule + rule, encoding="utf-8")
    with pytest.raises(ContentError) as info:
        load_rules(path)
    assert info.value.lines == [
        f"{path}:8: rules.1.id: rule id 'test.rule' is used twice (first at {path}:2)"
    ]


def test_a_valid_custom_rule_file_loads_and_evaluates(tmp_path: Path) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text(HEAD + "    when: {missing: org.dsb}\n" + TAIL, encoding="utf-8")
    rules = load_rules(path, catalog=default_catalog())
    assert [r.rule.id for r in rules] == ["test.rule"]
    assert rules[0].deps.measures == {"org.dsb"}


def test_rules_naming_unknown_measures_are_left_out_at_run_time(tmp_path: Path) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text(HEAD + "    when: {missing: weg.damit}\n" + TAIL, encoding="utf-8")
    evaluator = Evaluator(default_catalog(), rules=load_rules(path))
    assert [r.rule.id for r in evaluator.disabled] == ["test.rule"]
    assert evaluator.rules == []


def test_shipped_rule_files_are_all_loaded() -> None:
    files = sorted(default_rules_dir().glob("*.yaml"))
    assert len(files) >= 3
    assert len(load_rules()) >= 30


def _cli(*args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tomwizard", *map(str, args)],
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.mark.slow
def test_catalog_validate_checks_rule_files(tmp_path: Path) -> None:
    ok = _cli("catalog", "validate")
    assert ok.returncode == 0 and "Regeln" in ok.stdout
    path = tmp_path / "meine-regeln.yaml"
    path.write_text(HEAD + "    when: {missing: zugang.gibt_es_nicht}\n" + TAIL, encoding="utf-8")
    before = path.read_bytes()
    bad = _cli("catalog", "validate", path)
    assert bad.returncode == 2
    catalog = default_catalog()
    assert bad.stderr.strip() == (
        f"{path}:4: rules.0.when.missing: measure 'zugang.gibt_es_nicht' is not in catalog "
        f"'{catalog.id}' {catalog.version}"
    )
    assert path.read_bytes() == before
    path.write_text(HEAD + "    when: {missing: zugang.mfa}\n" + TAIL, encoding="utf-8")
    good = _cli("catalog", "validate", path)
    assert good.returncode == 0 and good.stdout.startswith("ok: 1 Regeln")


_KEYS = ["all", "any", "not", "status", "missing", "param", "field", "count", "in", "path", "of"]
_leaves = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 100),
    st.sampled_from(["org.dsb", "processing.places", "offen", "measures", "", "{x}", "eu"]),
)
_trees = st.recursive(
    _leaves,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.sampled_from(_KEYS), inner, max_size=2)
    ),
    max_leaves=12,
)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(when=_trees)
def test_any_when_clause_loads_or_is_reported_never_crashes(tmp_path: Path, when: object) -> None:
    path = tmp_path / "rules.yaml"
    document = {
        "rules": [
            {
                "id": "fuzz.rule",
                "severity": "hinweis",
                "when": when,
                "text": {"de": "T", "en": "T"},
                "remedy": {"de": "R", "en": "R"},
                "references": ["x"],
            }
        ]
    }
    path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    try:
        rules = load_rules(path, catalog=default_catalog())
    except ContentError as exc:
        assert all(line.startswith(f"{path}:") for line in exc.lines), exc.lines
    else:  # a rule that loads also evaluates without error
        Evaluator(default_catalog(), rules=rules).full(clean_assessment())
