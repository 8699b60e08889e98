"""Baselines: accepted findings stay accepted across edits that do not change what they say."""
from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from discrepancy.baseline import SCHEMA, BaselineError, apply_baseline, load_baseline, write_baseline
from discrepancy.identity import identify, statement_keys
from discrepancy.model import Report
from discrepancy.report.common import hidden_note

from reportdata import changed_title_finding, evidence, finding, number_finding, sample_report


def test_written_file_is_sorted_by_id_with_the_documented_keys(tmp_path: Path):
    report = sample_report()
    path = tmp_path / "baseline.json"
    assert write_baseline(report, path) == len(report.findings)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["schema"] == SCHEMA == "discrepancy/baseline@1"
    ids = [e["id"] for e in document["findings"]]
    assert ids == sorted(ids) and set(ids) == {identify(f) for f in report.findings}
    entry = next(e for e in document["findings"] if e["id"] == identify(number_finding()))
    assert entry == {"id": identify(number_finding()), "kind": "number", "subject": "bombers",
                     "values": ["14", "40"], "docs": ["a", "b"], "verdict": "contradiction",
                     "message": number_finding().message, "sentences": statement_keys(number_finding())}
    assert len(entry["sentences"]) == 2 and all(len(k) == 12 for k in entry["sentences"])
    assert [p.name for p in tmp_path.iterdir()] == ["baseline.json"]  # no temporary file left behind


def test_writing_is_deterministic(tmp_path: Path):
    write_baseline(sample_report(), tmp_path / "a.json")
    shuffled = replace(sample_report(), findings=list(reversed(sample_report().findings)))
    write_baseline(shuffled, tmp_path / "b.json")
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()


def test_accepted_findings_are_dropped_and_new_ones_kept(tmp_path: Path):
    path = tmp_path / "baseline.json"
    write_baseline(Report(2, 2, [number_finding()]), path)
    report = Report(5, 5, [number_finding(), changed_title_finding()])
    result = apply_baseline(report, load_baseline(path))
    assert [f.subject for f in result.findings] == ["Rustem Umerov"]
    assert result.baseline_missing == []
    assert result.stats["baseline_known"] == 1
    assert len(report.findings) == 2  # the input report is left as it was


def test_an_accepted_finding_that_more_articles_only_repeat_stays_accepted(tmp_path: Path):
    """A follow-up that agrees with one side joins the finding: its documents, so its id, change,
    but CI must pass it; one that brings a value of its own must not pass."""
    path = tmp_path / "baseline.json"
    write_baseline(Report(2, 2, [number_finding()]), path)
    accepted = number_finding()

    def joined(value: str, resolved: str | None = None, subject: str = "strategic bombers"):
        extra = evidence("c", f"Kyiv said {value} bombers were damaged.", value, source="Wire", resolved=resolved)
        return replace(accepted, subject=subject, claims=accepted.claims + (extra,),
                       values=tuple(sorted({*accepted.values, value})))

    for repeat in (joined("40"), joined("forty", resolved="36-44")):
        assert identify(repeat) != identify(accepted)
        result = apply_baseline(Report(3, 3, [repeat]), load_baseline(path))
        assert result.findings == [] and result.baseline_missing == []
        assert result.stats["baseline_known"] == 1 and result.stats["baseline_repeated"] == 1
    new_value = joined("28")
    result = apply_baseline(Report(3, 3, [new_value]), load_baseline(path))
    # reported, as a value nobody reviewed, saying which accepted finding it extends and what is new;
    # the accepted entry still occurs inside it, so it is not "no longer found"
    [reported] = result.findings
    assert identify(reported) == identify(new_value) and result.baseline_missing == []
    assert reported.message == f"{new_value.message} (extends accepted {identify(accepted)}; new: Wire: 28)"
    # one side gone: not the finding the reviewers accepted
    gone = replace(accepted, claims=(accepted.claims[0], evidence("c", "Kyiv said 28 bombers were hit.", "28")),
                   values=("28", "40"))
    assert apply_baseline(Report(2, 2, [gone]), load_baseline(path)).findings == [gone]


def test_an_accepted_finding_that_lost_an_article_stays_accepted(tmp_path: Path):
    """Deleting a third article that agreed with one side must not fail CI on the disagreement the
    reviewers accepted; one that lost a side's value to a new value is news."""
    path = tmp_path / "baseline.json"
    accepted = number_finding()
    third = evidence("c", "Kyiv said 40 bombers were damaged.", "40", source="Wire")
    write_baseline(Report(3, 3, [replace(accepted, claims=accepted.claims + (third,))]), path)
    result = apply_baseline(Report(2, 2, [accepted]), load_baseline(path))
    assert result.findings == [] and result.baseline_missing == []
    assert result.stats["baseline_known"] == 1 and result.stats["baseline_fewer_articles"] == 1
    assert "1 left by an article that is gone" in hidden_note(result)
    other = replace(accepted, claims=(accepted.claims[0], evidence("b", "Kyiv said 28 bombers were hit.", "28")),
                    values=("28", "40"))
    assert apply_baseline(Report(2, 2, [other]), load_baseline(path)).findings == [other]


def test_an_accepted_finding_whose_verdict_changed_is_reported_again(tmp_path: Path):
    """An unclear time that publication dates now settle as a contradiction keeps its identity
    (kind, subject, values, documents), but the reviewers accepted another verdict: CI must fail."""
    path = tmp_path / "baseline.json"
    unclear = replace(changed_title_finding(), verdict="unclear_time", severity="warning")
    write_baseline(Report(2, 2, [unclear]), path)
    settled = replace(unclear, verdict="contradiction", severity="error")
    assert identify(settled) == identify(unclear)
    result = apply_baseline(Report(2, 2, [settled, number_finding()]), load_baseline(path))
    assert result.findings == [settled, number_finding()] and result.baseline_missing == []
    assert apply_baseline(Report(2, 2, [unclear]), load_baseline(path)).findings == []


def test_an_accepted_finding_under_a_raised_bar_is_not_no_longer_found(tmp_path: Path):
    """Hidden by --min-confidence, the finding still occurs: listing its entry as gone would have a
    team drop it from the baseline, and it would come back as new at the default bar."""
    path = tmp_path / "baseline.json"
    write_baseline(Report(2, 2, [number_finding(), changed_title_finding()]), path)
    renamed = replace(changed_title_finding(), subject="Rustem Umerov (renamed)")
    result = apply_baseline(Report(5, 5, [number_finding()], below_bar=[renamed]), load_baseline(path))
    assert result.findings == [] and result.baseline_missing == []
    gone = apply_baseline(Report(5, 5, [number_finding()]), load_baseline(path))
    assert [e["subject"] for e in gone.baseline_missing] == ["Rustem Umerov"]


def test_identity_ignores_line_numbers_offsets_and_order(tmp_path: Path):
    path = tmp_path / "baseline.json"
    write_baseline(sample_report(), path)
    edited = []
    for f in reversed(sample_report().findings):
        claims = tuple(replace(c, line=c.line + 12, start=c.start + 5, end=c.end + 5, path="moved/" + c.path)
                       for c in reversed(f.claims))
        edited.append(replace(f, claims=claims, id="", message=f.message + " (reworded)"))
    result = apply_baseline(Report(12, 340, edited), load_baseline(path))
    assert result.findings == [] and result.baseline_missing == []


def test_a_new_value_or_a_new_document_is_a_new_finding(tmp_path: Path):
    path = tmp_path / "baseline.json"
    write_baseline(Report(2, 2, [number_finding()]), path)
    baseline = load_baseline(path)
    third = finding("number", "contradiction", "error", "bombers", "m", [
        *number_finding().claims, evidence("c", "Officials said 41 bombers were damaged.", "41"),
    ])
    result = apply_baseline(Report(3, 3, [third]), baseline)
    assert len(result.findings) == 1 and "extends accepted" in result.findings[0].message
    assert result.baseline_missing == []  # the accepted pair still occurs, inside the new finding
    # a finding that lost one of the accepted values is not an extension: the entry is gone
    other = finding("number", "contradiction", "error", "bombers", "m", [
        number_finding().claims[0], evidence("c", "Officials said 41 bombers were damaged.", "41"),
    ])
    result = apply_baseline(Report(3, 3, [other]), baseline)
    assert [e["id"] for e in result.baseline_missing] == [identify(number_finding())]


def test_a_finding_renamed_by_a_newer_version_stays_accepted(tmp_path: Path):
    """Its subject is part of its id, but a new name alone must not fail CI on a reviewed finding."""
    path = tmp_path / "baseline.json"
    write_baseline(Report(2, 2, [number_finding()]), path)
    renamed = replace(number_finding(), subject="damaged bombers", id="")
    assert identify(renamed) != identify(number_finding())
    result = apply_baseline(Report(2, 2, [renamed]), load_baseline(path))
    assert result.findings == [] and result.baseline_missing == []
    assert result.stats["baseline_known"] == 1 and result.stats["baseline_renamed"] == 1
    from discrepancy.report import markdown
    assert ("1 known finding hidden by the baseline (1 renamed since it was written: refresh it with "
            "`discrepancy baseline`)." in markdown.render(result))


def test_a_rename_that_two_findings_could_be_is_not_matched(tmp_path: Path):
    """Two findings with the same values and documents, one accepted under an old name: only the
    exact identity counts, so neither is taken for the accepted one."""
    path = tmp_path / "baseline.json"
    write_baseline(Report(2, 2, [number_finding()]), path)
    first = replace(number_finding(), subject="damaged bombers", id="")
    second = replace(number_finding(), subject="destroyed bombers", id="")
    result = apply_baseline(Report(2, 2, [first, second]), load_baseline(path))
    assert len(result.findings) == 2 and [e["id"] for e in result.baseline_missing] == [identify(number_finding())]


@pytest.mark.parametrize("content,problem", [
    (b"{not json", "invalid JSON"),
    (b"\xff\xfe\x00garbage", "not UTF-8"),
    (b"[]", "not a baseline"),
    (b'{"schema": "discrepancy/report@1", "findings": []}', "schema 'discrepancy/report@1'"),
    (b'{"schema": "discrepancy/baseline@1", "findings": {}}', '"findings" must be a list'),
    (b'{"schema": "discrepancy/baseline@1", "findings": [{"kind": "number"}]}', 'finding 1 has no "id"'),
    (b'{"schema": "discrepancy/baseline@1", "findings": [{"id": "Dx", "values": [40, 12], "docs": ["a", "b"]}]}',
     'finding 1 (Dx): "values" must be a list of strings'),
    (b'{"schema": "discrepancy/baseline@1", "findings": [{"id": "Dx", "values": ["4"], "docs": ["a", 1]}]}',
     '"docs" must be a list of strings'),
    (b'{"schema": "discrepancy/baseline@1", "findings": [{"id": "Dx", "kind": 3}]}', '"kind" must be a string'),
    # an entry of only an id would hide its finding unseen; an unknown kind matches nothing
    (b'{"schema": "discrepancy/baseline@1", "findings": [{"id": "Dx"}]}', 'finding 1 (Dx): "kind" is missing'),
    (b'{"schema": "discrepancy/baseline@1", "findings": [{"id": "Dx", "kind": "number", "values": []}]}',
     '"docs" is missing'),
    (b'{"schema": "discrepancy/baseline@1", "findings": [{"id": "Dx", "kind": "bogus", "values": [], "docs": []}]}',
     "\"kind\" must be one of date, number, title, not 'bogus'"),
    (b'{"schema": "discrepancy/baseline@1", "findings": [{"id": "Dx", "kind": "date", "values": ["1"], "docs": ["a"],'
     b' "verdict": "wrong"}]}', "\"verdict\" must be one of changed_over_time, contradiction, unclear_time"),
    (b'{"schema": "discrepancy/baseline@1", "findings": [{"id": "Dx", "kind": "date", "values": [], "docs": ["a"]}]}',
     '"values" is empty'),
])
def test_invalid_files_raise_a_clear_error(tmp_path: Path, content: bytes, problem: str):
    path = tmp_path / "baseline.json"
    path.write_bytes(content)
    with pytest.raises(BaselineError) as caught:
        load_baseline(path)
    assert str(path) in str(caught.value) and problem in str(caught.value)


def test_missing_file_and_folder_raise_a_clear_error(tmp_path: Path):
    with pytest.raises(BaselineError, match="baseline file not found"):
        load_baseline(tmp_path / "nope.json")
    with pytest.raises(BaselineError, match="is a folder"):
        load_baseline(tmp_path)


def test_an_entry_given_twice_is_written_back_once(tmp_path: Path):
    """A hand-edited baseline may hold one entry twice; writing it back (as the review page's export
    does) keeps it once, so the two files stay byte for byte the same."""
    path = tmp_path / "baseline.json"
    write_baseline(Report(2, 2, [number_finding()]), path)
    document = json.loads(path.read_text(encoding="utf-8"))
    document["findings"] *= 2
    path.write_text(json.dumps(document), encoding="utf-8")
    checked = apply_baseline(Report(2, 2, [number_finding()]), load_baseline(path))
    write_baseline(checked, tmp_path / "again.json")
    assert len(json.loads((tmp_path / "again.json").read_text(encoding="utf-8"))["findings"]) == 1


def test_a_finding_whose_articles_were_renamed_stays_accepted(tmp_path: Path):
    """`git mv a.txt a2.txt` renames an article's id and so every finding's; the reviewed
    disagreement (kind, subject, values) is the same, and the old article is gone from the corpus.
    Not while the old article is still there: then the same values between other articles is news."""
    from discrepancy.model import Event

    path = tmp_path / "baseline.json"
    write_baseline(Report(2, 2, [number_finding()]), path)
    accepted = number_finding()
    moved = replace(accepted, claims=(replace(accepted.claims[0], doc="a2"), accepted.claims[1]), id="")
    assert identify(moved) != identify(accepted)
    result = apply_baseline(Report(2, 2, [moved], events=[Event("E1", ("a2", "b"))]), load_baseline(path))
    assert result.findings == [] and result.baseline_missing == []
    assert result.stats["baseline_renamed"] == 1
    still_there = apply_baseline(Report(3, 3, [moved], events=[Event("E1", ("a", "a2", "b"))]), load_baseline(path))
    assert still_there.findings == [moved]
    # other values are another disagreement, renamed articles or not
    other = replace(moved, values=("14", "41"))
    assert apply_baseline(Report(2, 2, [other], events=[Event("E1", ("a2", "b"))]), load_baseline(path)).findings == [other]
    # the same values in other sentences (another story, or another outlet's article in the old one's
    # place) are news, though the accepted article is gone
    elsewhere = replace(moved, claims=(replace(moved.claims[0], sentence="A later strike damaged 40 bombers in Engels."),
                                       moved.claims[1]))
    assert apply_baseline(Report(2, 2, [elsewhere], events=[Event("E1", ("a2", "b"))]),
                          load_baseline(path)).findings == [elsewhere]
    # the same sentence from another outlet in the old article's place: its copy, not the article moved
    copied = replace(moved, claims=(replace(moved.claims[0], source="Daily Star"), moved.claims[1]))
    assert apply_baseline(Report(2, 2, [copied], events=[Event("E1", ("a2", "b"))]),
                          load_baseline(path)).findings == [copied]
    # a baseline written before entries recorded their sentences: no match by moved articles
    old = json.loads(path.read_text(encoding="utf-8"))
    for entry in old["findings"]:
        del entry["sentences"]
    path.write_text(json.dumps(old), encoding="utf-8")
    assert apply_baseline(Report(2, 2, [moved], events=[Event("E1", ("a2", "b"))]), load_baseline(path)).findings == [moved]


def test_a_moved_article_that_brings_a_new_value_extends_its_accepted_finding(tmp_path: Path):
    """Renamed and grown at once: still reported (nobody reviewed the new value), as an extension of
    the accepted entry, which is not "no longer found"."""
    from discrepancy.model import Event

    path = tmp_path / "baseline.json"
    write_baseline(Report(2, 2, [number_finding()]), path)
    accepted = number_finding()
    extra = evidence("c", "Kyiv said 28 bombers were damaged.", "28", source="Wire")
    grown = replace(accepted, claims=(replace(accepted.claims[0], doc="a2"), accepted.claims[1], extra),
                    values=("14", "28", "40"), id="")
    result = apply_baseline(Report(3, 3, [grown], events=[Event("E1", ("a2", "b", "c"))]), load_baseline(path))
    [reported] = result.findings
    assert "(extends accepted" in reported.message and "new: Wire: 28" in reported.message
    assert result.baseline_missing == []


def test_an_extended_finding_under_a_raised_bar_keeps_its_entry(tmp_path: Path):
    """Hidden by --min-confidence, a finding that grew a value still holds the accepted entry."""
    path = tmp_path / "baseline.json"
    write_baseline(Report(2, 2, [number_finding()]), path)
    accepted = number_finding()
    grown = replace(accepted, claims=accepted.claims + (evidence("c", "Kyiv said 28 bombers were damaged.", "28"),),
                    values=("14", "28", "40"), id="")
    result = apply_baseline(Report(3, 3, [], below_bar=[grown]), load_baseline(path))
    assert result.findings == [] and result.baseline_missing == []
