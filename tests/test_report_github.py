"""GitHub Actions output: one annotation per side, escaped so article text cannot forge commands."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from discrepancy.model import Report
from discrepancy.report import github, markdown

from reportdata import changed_title_finding, evidence, finding, many_sides_finding, number_finding, sample_report


def test_escaping_follows_githubs_rules():
    assert github.escape_data("100% done\r\nnext") == "100%25 done%0D%0Anext"
    assert github.escape_data("a:b,c") == "a:b,c"
    assert github.escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"


def test_one_annotation_per_side_with_level_file_line_and_title():
    report = Report(5, 5, [number_finding(), changed_title_finding()])
    lines = github.render(report).splitlines()
    assert len(lines) == 2 + 3
    assert lines[0].startswith("::error file=corpus/a.txt,line=3,title=discrepancy%3A number contradiction%3A bombers::")
    assert lines[1].startswith("::error file=corpus/b.txt,line=7,")
    assert all(line.startswith("::notice file=") for line in lines[2:])
    assert "warning" in github.render(Report(1, 1, sample_report().findings[3:4])).split(" ")[0]


def test_message_names_this_side_and_the_others():
    line = github.render(Report(2, 2, [number_finding()])).splitlines()[0]
    message = line.split("::", 2)[2]
    parts = message.split("%0A")
    assert parts[0] == number_finding().message
    assert parts[1] == "Confidence: 0.91 that both state one fact"  # 0.912 rounded down, and what it is of
    assert parts[2] == "This article: Kyiv Post, 2025-06-02: Officials said \u27e640\u27e7 bombers were damaged in the strike."
    assert parts[3] == "Other: Daily Star, date unknown, corpus/b.txt:7: 14"


def test_article_text_cannot_break_out_of_the_command():
    hostile = "Officials said 40 bombers%0A\n::add-mask::secret\r\n::stop-commands::x were hit."
    f = finding("number", "contradiction", "error", "bomb,ers: x\n::warning::y", "msg\n::error::forged", [
        evidence("a", hostile, "40", source="Out,let: A", path="corpus/a,b:c.txt"),
        evidence("b", "Officials said 14 bombers were hit.", "14"),
    ])
    out = github.render(Report(2, 2, [f]))
    lines = out.splitlines()
    assert len(lines) == 2 and all(line.startswith("::error file=") for line in lines)
    props, message = lines[0][len("::error "):].split("::", 1)
    assert props.startswith("file=corpus/a%2Cb%3Ac.txt,line=1,title=")
    assert "\n" not in message and "\r" not in message and "%250A" in lines[0]


def test_control_characters_reach_the_log_as_pictures_as_in_the_other_formats():
    """An outlet named with a terminal escape (from a front matter) must not reach a CI log live."""
    f = finding("number", "contradiction", "error", "bombers", "msg \x1b]8;;http://evil\x1b\\ end", [
        evidence("a", "Officials said 40 bombers were hit.", "40", source="Alpha\x1b]8;;http://evil\x1b\\X"),
        evidence("b", "Officials said 14 bombers were hit.", "14"),
    ])
    out = github.render(Report(2, 2, [f]))
    assert "\x1b" not in out and "\u241b" in out


def test_many_sides_are_capped_in_each_message():
    lines = github.render(Report(9, 9, [many_sides_finding(9)])).splitlines()
    assert len(lines) == 9
    assert lines[0].count("%0AOther: ") == 6 and lines[0].endswith("%0A\u2026 and 2 more")


def test_step_summary_appended_only_when_set(tmp_path: Path):
    assert github.append_step_summary(sample_report(), environ={}) is None
    summary = tmp_path / "summary.md"
    summary.write_text("# Earlier step\n", encoding="utf-8")
    written = github.append_step_summary(sample_report(), environ={"GITHUB_STEP_SUMMARY": str(summary)})
    assert written == summary
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("# Earlier step\n\n## Discrepancy report")
    assert text.endswith(markdown.render(sample_report()))


def test_step_summary_is_truncated_at_a_block_boundary_under_the_limit(tmp_path: Path):
    report = Report(40, 40, [many_sides_finding(9) for _ in range(40)])
    full = markdown.render(report)
    limit = len(full.encode("utf-8")) // 3
    summary = tmp_path / "summary.md"
    github.append_step_summary(report, environ={"GITHUB_STEP_SUMMARY": str(summary)}, limit=limit)
    text = summary.read_text(encoding="utf-8")
    assert len(text.encode("utf-8")) < limit
    assert "Report truncated" in text and "of 40 findings shown" in text
    assert text.count("```diff") == text.count("\n```\n")  # every fence opened is closed
    assert full.startswith(text[:text.index("> **Report truncated**")])


def test_skipped_and_repaired_inputs_are_annotated_at_their_file():
    """With only the annotations in a pull request, an article that was not checked must show."""
    lines = github.render(sample_report()).splitlines()
    assert lines[-3:] == [
        "::warning file=corpus/scan.txt,title=discrepancy%3A input skipped%2C not checked::"
        "binary file (looks like a PDF document)",
        "::warning file=corpus/feed.jsonl,line=4,title=discrepancy%3A input skipped%2C not checked::"
        "not valid JSON (Expecting value at column 1)",
        "::notice file=corpus/old.txt,title=discrepancy%3A input read after a repair::UTF-8 byte-order mark removed",
    ]
    assert github.render(Report(1, 1, [])) == ""


def test_records_entries_and_pages_are_annotated_at_their_file_without_a_line():
    """A feed entry's path ("news.xml@entry-1") is no file in the repository, and the lines of a
    record, an entry or a saved page count the extracted text, not the file: no line is given."""
    from dataclasses import replace

    sides = [replace(number_finding().claims[0], path="feeds/news.xml@https://x.example/1", line=3),
             replace(number_finding().claims[1], path="pages/talks.html", line=14)]
    lines = github.render(Report(2, 2, [replace(number_finding(), claims=tuple(sides))])).splitlines()
    assert lines[0].startswith("::error file=feeds/news.xml,title=") and "line=" not in lines[0].split("::")[1]
    assert lines[1].startswith("::error file=pages/talks.html,title=")
    # "talks.html:14" would read as a line of the page's markup in a pull request
    assert "Other: Daily Star, date unknown, pages/talks.html (line 14 of its text): 14" in lines[0]
    assert "Other: Kyiv Post, 2025-06-02, feeds/news.xml@https://x.example/1 (line 3 of its text): 40" in lines[1]
    from discrepancy.model import InputIssue
    issue = InputIssue("crawl.warc.gz@1234", None, "record is cut short", "skipped")
    assert github.input_annotation(issue, True) == ("::warning file=crawl.warc.gz,title=discrepancy%3A input skipped%2C "
                                                    "not checked::crawl.warc.gz@1234: record is cut short")
    assert "%0AIt is feeds/news.xml@https://x.example/1 (line 3 of its text)" in lines[0]  # which entry, in words


def test_baseline_entries_no_longer_found_are_a_notice():
    """CI reads the annotations: a stale baseline entry must show there as it does in the other formats."""
    entry = {"id": "D0123456789ab", "kind": "number", "subject": "bombers"}
    (line,) = github.render(Report(1, 1, [], baseline_missing=[entry])).splitlines()
    assert line == ("::notice title=discrepancy%3A baseline entry no longer found::Baseline entry D0123456789ab "
                    "(number: bombers) is no longer found: re-run `discrepancy baseline` to drop it.")


def test_annotations_are_placed_relative_to_the_repository(tmp_path: Path, monkeypatch):
    """GitHub places an annotation only at a repository path: a check run from a subfolder
    ("../corpus/a.txt") or given an absolute path put its annotations nowhere."""
    repo = tmp_path / "repo"
    (repo / "corpus").mkdir(parents=True)
    (repo / "sub").mkdir()
    monkeypatch.chdir(repo / "sub")
    monkeypatch.setenv("GITHUB_WORKSPACE", str(repo))
    assert github.repository_file("../corpus/a.txt") == "corpus/a.txt"
    assert github.repository_file(str(repo / "corpus" / "a.txt")) == "corpus/a.txt"
    assert github.repository_file("/elsewhere/a.txt") == "/elsewhere/a.txt"  # outside the repository: as given
    side = evidence("a", "Officials said 40 bombers were damaged.", "40", line=3)
    placed = github.render(Report(2, 2, [finding("number", "contradiction", "error", "bombers", "m", [
        replace(side, path="../corpus/a.txt"), replace(side, doc="b", path=str(repo / "corpus" / "b.txt"))])]))
    assert "file=corpus/a.txt,line=3" in placed and "file=corpus/b.txt,line=3" in placed
    assert "corpus/b.txt:3" in placed.split("file=corpus/a.txt", 1)[1].split("::", 1)[1]  # "Other:" placed alike
    # outside Actions: an absolute path relative to the current folder, as the SARIF log writes it
    monkeypatch.delenv("GITHUB_WORKSPACE")
    monkeypatch.chdir(repo)
    assert github.repository_file(str(repo / "corpus" / "a.txt")) == "corpus/a.txt"
    assert github.repository_file("corpus/a.txt") == "corpus/a.txt"


def test_annotations_are_placed_through_a_linked_workspace(tmp_path: Path, monkeypatch):
    """A runner whose workspace is a symbolic link to the real checkout (or a check given the real
    path) still places annotations at repository paths: compared as written, "corpus/a.txt" would
    be "../../real/corpus/a.txt", which GitHub places nowhere."""
    real = tmp_path / "real"
    (real / "corpus").mkdir(parents=True)
    (real / "corpus" / "a.txt").write_text("x", encoding="utf-8")
    linked = tmp_path / "work"
    linked.symlink_to(real, target_is_directory=True)
    monkeypatch.setenv("GITHUB_WORKSPACE", str(linked))
    monkeypatch.chdir(real)
    assert github.repository_file(str(real / "corpus" / "a.txt")) == "corpus/a.txt"
    monkeypatch.setenv("GITHUB_WORKSPACE", str(real))
    assert github.repository_file(str(linked / "corpus" / "a.txt")) == "corpus/a.txt"
    assert github.repository_file(str(tmp_path / "elsewhere.txt")) == str(tmp_path / "elsewhere.txt")
