"""Every shipped rule: its own examples pass and fail as they say, and the catalogue is sound."""

from pathlib import Path

import pytest

from audit.claims.kinds import KINDS
from audit.rule_examples import run_examples
from audit.rules.rule_files import DOC_SECTIONS, builtin_rules_dir, load_rules, rule_id_for

RULES = load_rules()


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_examples(rule):
    results = run_examples(rule)
    assert results, f"{rule.id} has no examples"
    for result in results:
        assert result.ok, (
            f"{rule.id}: {result.expected} example at line "
            f"{result.example.line} came out {result.status} ({result.detail})"
        )


def test_ids_are_unique_and_match_paths():
    root = builtin_rules_dir()
    ids = [r.id for r in RULES]
    assert len(ids) == len(set(ids))
    for rule in RULES:
        assert rule.id == rule_id_for(Path(rule.path), root)
        assert "." in rule.id, "ids are family-prefixed"


def test_every_rule_is_documented():
    for rule in RULES:
        for section in DOC_SECTIONS:
            assert len(rule.docs[section]) > 20, f"{rule.id} docs.{section} is too thin"


def test_every_kind_has_a_rule():
    assert {r.kind.name for r in RULES} == set(KINDS)


def test_rules_reach_the_package():
    # An installed wheel carries them as audit/rules/builtin; a checkout reads rules/.
    assert (builtin_rules_dir() / "share" / "mismatch.yaml").is_file()


def test_a_rules_folder_skips_its_hidden_folders(tmp_path):
    shipped = builtin_rules_dir() / "share" / "mismatch.yaml"
    (tmp_path / "desk").mkdir()
    (tmp_path / "desk" / "own_share.yaml").write_text(shipped.read_text(encoding="utf-8"))
    (tmp_path / ".git" / "old").mkdir(parents=True)
    (tmp_path / ".git" / "old" / "broken.yaml").write_text("not: [a rule\n")
    ids = [rule.id for rule in load_rules([tmp_path], include_builtin=False)]
    assert ids == ["desk.own_share"]
