"""The SARIF report: valid 2.1.0 structure, one location per side, stable fingerprints."""
from __future__ import annotations

import json
import os
from dataclasses import replace
from importlib.metadata import version

from discrepancy.identity import identify
from discrepancy.model import Report
from discrepancy.report import sarif

from reportdata import changed_title_finding, number_finding, sample_report


def run_of(report: Report) -> dict:
    document = json.loads(sarif.render(report))
    assert document["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json"
    assert document["version"] == "2.1.0"
    assert len(document["runs"]) == 1
    return document["runs"][0]


def test_tool_driver_and_one_rule_per_kind():
    driver = run_of(sample_report())["tool"]["driver"]
    assert driver["name"] == "discrepancy"
    assert driver["version"] == version("discrepancy")
    assert [r["id"] for r in driver["rules"]] == ["discrepancy/date", "discrepancy/number", "discrepancy/title"]
    for rule in driver["rules"]:
        assert rule["shortDescription"]["text"] and rule["fullDescription"]["text"]


def test_one_result_per_finding_with_rule_level_message_and_properties():
    report = sample_report()
    run = run_of(report)
    results = run["results"]
    assert len(results) == len(report.findings)
    rules = run["tool"]["driver"]["rules"]
    for f, result in zip(report.findings, results):
        assert result["ruleId"] == f"discrepancy/{f.kind}"
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        assert result["level"] == {"error": "error", "warning": "warning", "note": "note"}[f.severity]
        assert result["message"]["text"] == f.message
        props = result["properties"]
        assert (props["verdict"], props["subject"], props["kind"], props["event"]) == (f.verdict, f.subject, f.kind,
                                                                                         f.event)


def test_one_physical_location_per_side():
    f = changed_title_finding()
    result = run_of(Report(3, 3, [f]))["results"][0]
    assert len(result["locations"]) == len(f.claims) == 3
    for side, location in zip(f.claims, result["locations"]):
        physical = location["physicalLocation"]
        assert physical["artifactLocation"]["uri"] == side.path
        assert physical["region"]["startLine"] == side.line
        assert physical["region"]["snippet"]["text"] == side.sentence


def test_fingerprints_are_the_finding_identity_and_ignore_lines():
    f = number_finding()
    result = run_of(Report(2, 2, [f]))["results"][0]
    assert result["partialFingerprints"] == {"discrepancyFindingId/v1": f.id}
    moved = replace(f, claims=tuple(replace(c, line=c.line + 40) for c in reversed(f.claims)))
    moved_result = run_of(Report(2, 2, [moved]))["results"][0]
    assert moved_result["partialFingerprints"] == result["partialFingerprints"]
    unset = replace(f, id="")
    assert run_of(Report(2, 2, [unset]))["results"][0]["partialFingerprints"]["discrepancyFindingId/v1"] == identify(f)


def test_output_is_byte_identical_sorted_and_has_no_absolute_paths(tmp_path):
    first = sarif.render(sample_report())
    assert first == sarif.render(sample_report())
    assert first == json.dumps(json.loads(first), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    assert str(tmp_path) not in first and "file:" not in first


def test_uris_are_relative_posix_and_percent_encoded(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    assert sarif.artifact_uri("corpus/a b.txt") == "corpus/a%20b.txt"
    assert sarif.artifact_uri("c:notes.txt") == "c%3Anotes.txt"  # not a URI scheme
    assert sarif.artifact_uri("corpus/#1?.txt") == "corpus/%231%3F.txt"
    assert sarif.artifact_uri(str(tmp_path / "corpus" / "x.txt")) == "corpus/x.txt"
    outside = sarif.artifact_uri(os.path.join(os.path.dirname(tmp_path), "y.txt"))
    assert outside == "../y.txt"


def test_uris_through_a_linked_folder_are_relative_to_the_checkout(monkeypatch, tmp_path):
    """`os.getcwd()` names the real folder: an absolute path given through a symbolic link to it
    (a CI workspace) is still the checkout's "corpus/x.txt", not "../../work/corpus/x.txt"."""
    real = tmp_path / "real"
    (real / "corpus").mkdir(parents=True)
    (tmp_path / "work").symlink_to(real, target_is_directory=True)
    monkeypatch.chdir(real)
    assert sarif.artifact_uri(str(tmp_path / "work" / "corpus" / "x.txt")) == "corpus/x.txt"



def test_uris_in_github_actions_are_relative_to_the_repository(monkeypatch, tmp_path):
    """Code scanning places a result at a path from the repository's root: a check run from a
    subfolder wrote "../corpus/x.txt", where the annotations of the same run said "corpus/x.txt"."""
    (tmp_path / "repo" / "corpus").mkdir(parents=True)
    (tmp_path / "repo" / "sub").mkdir()
    monkeypatch.chdir(tmp_path / "repo" / "sub")
    monkeypatch.setenv("GITHUB_WORKSPACE", str(tmp_path / "repo"))
    assert sarif.artifact_uri("../corpus/x.txt") == "corpus/x.txt"
    assert sarif.artifact_uri(str(tmp_path / "repo" / "corpus" / "x.txt")) == "corpus/x.txt"
    monkeypatch.delenv("GITHUB_WORKSPACE")
    assert sarif.artifact_uri("../corpus/x.txt") == "../corpus/x.txt"  # outside Actions: as the user wrote it


def test_skipped_and_repaired_inputs_are_notifications_of_the_run():
    """A dashboard fed only the SARIF file must still see that an article was not checked."""
    (invocation,) = run_of(sample_report())["invocations"]
    assert invocation["executionSuccessful"] is True
    notes = [(n["level"], n["message"]["text"], n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
              n["locations"][0]["physicalLocation"].get("region"), n["descriptor"]["id"])
             for n in invocation["toolExecutionNotifications"]]
    assert notes == [
        ("warning", "skipped, not checked: binary file (looks like a PDF document)", "corpus/scan.txt", None,
         "discrepancy/input-skipped"),
        ("warning", "skipped, not checked: not valid JSON (Expecting value at column 1)", "corpus/feed.jsonl",
         {"startLine": 4}, "discrepancy/input-skipped"),
        ("note", "read after a repair: UTF-8 byte-order mark removed", "corpus/old.txt", None,
         "discrepancy/input-repaired"),
    ]
    assert run_of(Report(1, 1, []))["invocations"] == [{"executionSuccessful": True, "toolExecutionNotifications": []}]


def test_each_notification_points_to_a_notification_the_driver_declares():
    """SARIF 2.1.0: a descriptor reference names a reportingDescriptor of the driver's `notifications`."""
    run = run_of(sample_report())
    declared = run["tool"]["driver"]["notifications"]
    for note in run["invocations"][0]["toolExecutionNotifications"]:
        ref = note["descriptor"]
        assert declared[ref["index"]]["id"] == ref["id"] and declared[ref["index"]]["shortDescription"]["text"]


def test_records_entries_and_pages_are_located_at_their_file_without_a_region():
    from dataclasses import replace

    from discrepancy.model import InputIssue

    sides = [replace(number_finding().claims[0], path="crawl.warc.gz@1234", line=3),
             replace(number_finding().claims[1], path="pages/talks.html", line=14)]
    report = Report(2, 2, [replace(number_finding(), claims=tuple(sides))],
                    skipped=[InputIssue("x.txt", None, "not checked: does not look like English", "skipped")])
    run = run_of(report)
    locations = run["results"][0]["locations"]
    assert [loc["physicalLocation"] for loc in locations] == [
        {"artifactLocation": {"uri": "crawl.warc.gz"}}, {"artifactLocation": {"uri": "pages/talks.html"}}]
    assert locations[0]["message"]["text"].endswith("at crawl.warc.gz@1234: 40")  # the record, in words
    (note,) = run["invocations"][0]["toolExecutionNotifications"]
    assert note["message"]["text"] == "not checked: does not look like English"  # not "not checked: not checked"


def test_what_the_run_did_not_show_is_in_its_properties():
    entry = {"id": "D0123456789ab", "kind": "number", "subject": "bombers", "values": ["14", "40"]}
    run = run_of(Report(1, 1, [], baseline_missing=[entry], stats={"baseline_known": 2, "below_min_confidence": 1}))
    assert run["properties"] == {"hidden": {"baseline_known": 2, "below_min_confidence": 1},
                                 "baseline_missing": [{"id": "D0123456789ab", "kind": "number", "subject": "bombers"}]}
    assert "properties" not in run_of(Report(1, 1, []))
