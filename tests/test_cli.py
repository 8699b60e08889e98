"""The command line end to end, with a fake sentence model: exit statuses, files, formats, settings."""
from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from pathlib import Path

import click
import pytest
import yaml
from click.testing import CliRunner
from rich.console import Console

from discrepancy import cli as cli_module
from discrepancy.cli import RichProgress, cli, exit_status, main
from discrepancy.config import KNOWN_KEYS
from discrepancy.model import Report
from discrepancy.report import FORMATS, render

from reportdata import number_finding, sample_report

pytestmark = pytest.mark.usefixtures("cache_dir")

STRIKE_A = (
    "Officials in Velmora said 40 bombers were damaged in the drone strike on the Belgorsk airbase.\n"
    "The Velmora defence ministry said the drones were launched from trucks near the Belgorsk airbase.\n"
    "Defence Minister Oleh Dravanenko praised the operation.\n"
)
STRIKE_B = (
    "Officials in Velmora said 14 bombers were damaged in the drone strike on the Belgorsk airbase.\n"
    "The Velmora defence ministry said the drones were launched from trucks parked near the Belgorsk airbase.\n"
    "Defence Minister Oleh Dravanenko praised the drone operation.\n"
)
LIBRARIES = (
    "The city council of Marrow approved a new budget for public libraries on Friday.\n"
    "Council members said the libraries would open longer on weekends.\n"
)
# Brings a new conflict: the same minister with another portfolio.
ACADEMY = (
    "Interior Minister Oleh Dravanenko opened a new police academy in Marrow on Thursday.\n"
    "The academy will train cadets from every region.\n"
)
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"


@pytest.fixture(autouse=True)
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test runs in its own project folder (a git checkout: no settings leak in from outside)."""
    (tmp_path / ".git").mkdir()
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    return tmp_path


def write_corpus(folder: str = "corpus", **articles: str | bytes) -> str:
    root = Path(folder)
    root.mkdir(exist_ok=True)
    for name, content in articles.items():
        path = root / name.replace("_", ".")
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return folder


def strike_corpus() -> str:
    """Two outlets disagree on a figure (an error); a third article is about something else."""
    return write_corpus(a_txt=STRIKE_A, b_txt=STRIKE_B, z_txt=LIBRARIES)


def invoke(args: list[str], embedder, **kwargs):
    return CliRunner().invoke(cli, args, obj={"embedder": embedder}, catch_exceptions=False, **kwargs)


# ----------------------------------------------------------------- exit statuses


def test_findings_exit_1_and_the_terminal_report_goes_to_stdout(fake_embedder, capsys):
    assert main(["check", strike_corpus()], embedder=fake_embedder) == 1
    out, err = capsys.readouterr()
    assert "number \u00b7 contradiction" in out and "bombers" in out
    assert "corpus/a.txt:1" in out and "corpus/b.txt:1" in out
    assert "\x1b[" not in out  # not a terminal: no colour codes
    assert err == ""


def test_a_corpus_where_nothing_can_be_compared_is_no_all_clear(fake_embedder, capsys):
    """One article, or one outlet's articles, gave "No disagreements found." and exit 0, though no
    figure or date was compared (they are compared between outlets): the report now says so."""
    one = write_corpus("one", a_txt=STRIKE_A)
    assert main(["check", one], embedder=fake_embedder) == 0
    assert "not compared: the corpus holds one article" in capsys.readouterr().out
    front = "---\nsource: Reuters\n---\n"
    same = write_corpus("same", a_md=front + STRIKE_A, b_md=front + STRIKE_B)
    assert main(["check", same, "--format", "markdown"], embedder=fake_embedder) == 0
    assert "every article is from one outlet (Reuters)" in capsys.readouterr().out
    assert main(["check", same, "--format", "github"], embedder=fake_embedder) == 0
    assert "::warning title=discrepancy%3A nothing compared::Figures and dates were not compared" in capsys.readouterr().out
    assert main(["check", same, "--same-source"], embedder=fake_embedder) == 1  # compared: the 40 / 14 bombers
    assert "not compared" not in capsys.readouterr().out
    assert main(["check", strike_corpus()], embedder=fake_embedder) == 1
    assert "not compared" not in capsys.readouterr().out


def test_a_bar_under_the_fitted_cuts_is_said_in_every_readable_format(fake_embedder, capsys):
    """At --min-confidence 0.1 a finding at 0.13 was shown as "error · contradiction" exactly like
    one at 0.99, and nothing in the report said the bar had been lowered."""
    corpus = strike_corpus()
    for fmt, said in (("terminal", "--min-confidence 0.1 is under the fitted cuts (number 0.66, date 0.64)"),
                      ("markdown", "**\\--min-confidence 0.1 is under the fitted cuts \\(number 0.66, date 0.64\\)"),
                      ("html", "--min-confidence 0.1 is under the fitted cuts (number 0.66, date 0.64)"),
                      ("github", "::notice title=discrepancy%3A confidence bar under the fitted cuts::")):
        main(["check", corpus, "--format", fmt, "--min-confidence", "0.1"], embedder=fake_embedder)
        assert said in capsys.readouterr().out, fmt
        main(["check", corpus, "--format", fmt], embedder=fake_embedder)
        assert "under the fitted cuts" not in capsys.readouterr().out, fmt
    main(["check", corpus, "--min-confidence", "0.65"], embedder=fake_embedder)  # under the number cut only
    assert "under the fitted cuts (number 0.66)" in capsys.readouterr().out


def test_a_baseline_written_under_the_fitted_cuts_is_checked_at_its_bar(fake_embedder, capsys, tmp_path):
    """A team that accepted findings at --min-confidence 0.1 and checked without it had every one
    of them listed as "no longer found" (they exist only at that bar), and was told to drop them."""
    corpus = write_corpus(a_txt=STRIKE_A + "Officials said 3 hangars burned in the strike on the Belgorsk airbase.\n",
                          b_txt=STRIKE_B + "Officials said 9 trucks were parked by the road to the Belgorsk airbase.\n",
                          z_txt=LIBRARIES)
    baseline = tmp_path / "accepted.json"
    assert main(["baseline", corpus, "--output", str(baseline), "--min-confidence", "0.1"], embedder=fake_embedder) == 0
    document = json.loads(baseline.read_text(encoding="utf-8"))
    assert document["min_confidence"] == 0.1
    capsys.readouterr()
    main(["check", corpus, "--format", "json"], embedder=fake_embedder)
    at_the_cuts = {f["id"] for f in json.loads(capsys.readouterr().out)["findings"]}
    low = [e for e in document["findings"] if e["id"] not in at_the_cuts]
    assert low  # accepted findings that only a bar under the fitted cuts builds
    assert main(["check", corpus, "--baseline", str(baseline)], embedder=fake_embedder) == 0
    out = capsys.readouterr().out
    assert "no longer found" not in out and "baseline's --min-confidence 0.1 is under the fitted cuts" in out
    # a bar given on the command line is the user's: the baseline's does not replace it
    main(["check", corpus, "--baseline", str(baseline), "--min-confidence", "0.9", "--format", "json"],
         embedder=fake_embedder)
    report = json.loads(capsys.readouterr().out)
    assert report["min_confidence"] == 0.9 and "min_confidence_from" not in report
    assert {e["id"] for e in report["baseline_missing"]} == {e["id"] for e in low}  # not built at the cuts
    assert report["baseline_written_at"] == 0.1  # an entry may only be under this check's bar
    main(["check", corpus, "--baseline", str(baseline), "--min-confidence", "0.9", "--format", "sarif"],
         embedder=fake_embedder)
    assert json.loads(capsys.readouterr().out)["runs"][0]["properties"]["baseline_written_at"] == 0.1
    for fmt, said in (("terminal", "may only be under the bar. Check with --min-confidence 0.1 before dropping"),
                      ("markdown", "may only be under the bar. Check with --min-confidence 0.1 before dropping"),
                      ("github", "it may only be under this check's bar, above the baseline's --min-confidence 0.1"),
                      ("html", "may only be under the bar. Check with --min-confidence 0.1 before dropping")):
        main(["check", corpus, "--baseline", str(baseline), "--min-confidence", "0.9", "--format", fmt],
             embedder=fake_embedder)
        out = capsys.readouterr().out
        assert said in out.replace("\n", " ") and "to drop them" not in out and "to drop it" not in out, fmt
    main(["check", corpus, "--baseline", str(baseline), "--format", "json"], embedder=fake_embedder)
    report = json.loads(capsys.readouterr().out)
    assert (report["min_confidence"], report["min_confidence_from"]) == (0.1, "baseline")
    main(["check", corpus, "--baseline", str(baseline), "--format", "sarif"], embedder=fake_embedder)
    properties = json.loads(capsys.readouterr().out)["runs"][0]["properties"]
    assert (properties["min_confidence"], properties["min_confidence_from"]) == (0.1, "baseline")
    assert properties["under_fitted_cuts"] == "number 0.66, date 0.64"
    document["min_confidence"] = "low"
    baseline.write_text(json.dumps(document), encoding="utf-8")
    assert main(["check", corpus, "--baseline", str(baseline)], embedder=fake_embedder) == 2
    assert '"min_confidence" must be a number from 0 to 1' in capsys.readouterr().err


def test_no_findings_exit_0(fake_embedder, capsys):
    corpus = write_corpus(z_txt=LIBRARIES, y_txt="Rain is expected in Marrow on Saturday.\n")
    assert main(["check", corpus], embedder=fake_embedder) == 0
    assert "No disagreements found." in capsys.readouterr().out


@pytest.mark.parametrize("fail_on,status", [("error", 0), ("warning", 1), ("note", 1), ("never", 0)])
def test_fail_on_sets_the_level_that_fails(fake_embedder, fail_on, status):
    corpus = write_corpus(a_txt=STRIKE_A, z_txt=LIBRARIES, c_txt=ACADEMY)  # only a title warning
    assert main(["check", corpus, "--fail-on", fail_on, "-q"], embedder=fake_embedder) == status


def test_fail_on_defaults_to_warning(fake_embedder):
    corpus = write_corpus(a_txt=STRIKE_A, z_txt=LIBRARIES, c_txt=ACADEMY)
    assert main(["check", corpus, "-q"], embedder=fake_embedder) == 1


def test_exit_status_levels():
    report = Report(2, 2, [number_finding()])
    assert [exit_status(report, level) for level in ("error", "warning", "note", "never")] == [1, 1, 1, 0]
    assert exit_status(Report(1, 1, []), "note") == 0


@pytest.mark.parametrize("problem", ["a file where the folder should be", "a file given as the folder",
                                     "a read-only database"])
def test_an_unusable_cache_folder_warns_and_the_check_runs_without_it(fake_embedder, capsys, monkeypatch, problem):
    """A cache only saves time: a folder that cannot be made or written must not stop the check,
    nor pass for a finding (exit 1) in CI; --cache-dir and $DISCREPANCY_CACHE_DIR alike."""
    if problem == "a file where the folder should be":
        Path("taken").write_text("not a folder")
        args = ["--cache-dir", "taken/cache"]
    elif problem == "a file given as the folder":
        Path("taken.txt").write_text("not a folder")
        args = ["--cache-dir", "taken.txt"]  # was a usage error (exit 2) here, a warning from the variable
    else:
        import sqlite3

        from discrepancy import cache as cache_module

        def read_only(self):  # type: ignore[no-untyped-def]
            raise sqlite3.OperationalError("attempt to write a readonly database")

        monkeypatch.setattr(cache_module.Cache, "_open", read_only)
        args = []
    assert main(["check", write_corpus(z_txt=LIBRARIES), "-q", *args], embedder=fake_embedder) == 0
    out, err = capsys.readouterr()
    assert "No disagreements found" in out
    assert err.startswith("warning: cannot use the cache folder ") and err.rstrip().endswith("running without a cache")
    assert main(["check", strike_corpus(), "-q", *args], embedder=fake_embedder) == 1  # findings still fail the run


def test_the_api_warns_of_an_unusable_cache_folder_and_reports_as_without_a_cache(fake_embedder, tmp_path):
    from discrepancy import CacheWarning, Options, check

    Path("taken").write_text("not a folder")
    with pytest.warns(CacheWarning, match="taken"):
        report = check(strike_corpus(), Options(cache_dir=Path("taken/cache")), embedder=fake_embedder)
    plain = check(strike_corpus(), Options(use_cache=False), embedder=fake_embedder)
    assert render(report, "json") == render(plain, "json")


def test_nonexistent_path_is_a_usage_error(fake_embedder, capsys):
    assert main(["check", "missing-folder"], embedder=fake_embedder) == 2
    assert "missing-folder: does not exist" in capsys.readouterr().err
    # every missing path at once (one rerun per typo before); an empty one said ".: does not exist"
    assert main(["check", "a/x.txt", strike_corpus(), "", "b/y.jsonl"], embedder=fake_embedder) == 2
    assert ("Error: a/x.txt: does not exist; an empty path was given; b/y.jsonl: does not exist"
            in capsys.readouterr().err)


def test_no_articles_is_a_usage_error(fake_embedder, capsys):
    Path("empty").mkdir()
    assert main(["check", "empty"], embedder=fake_embedder) == 2
    assert "no articles found" in capsys.readouterr().err


def test_bad_option_value_is_a_usage_error(fake_embedder, capsys):
    assert main(["check", strike_corpus(), "--threshold", "2"], embedder=fake_embedder) == 2
    assert main(["check", strike_corpus(), "--format", "pdf"], embedder=fake_embedder) == 2
    assert main(["check", strike_corpus(), "--model", "no-such-model"], embedder=fake_embedder) == 2


def test_a_folder_that_is_not_a_model_is_a_usage_error(capsys):
    Path("not-a-model").mkdir()
    assert main(["check", strike_corpus(), "--model", "not-a-model", "-q"]) == 2
    assert "not a sentence-transformers model folder" in capsys.readouterr().err


def test_a_model_folder_that_cannot_be_loaded_is_a_usage_error(capsys):
    """It passes the first look (it has a config.json), and fails only when sentences need it: still
    the user's input, exit 2 naming the folder, not a defect's exit 3."""
    Path("broken-model").mkdir()
    Path("broken-model/config.json").write_text("{}")
    assert main(["check", strike_corpus(), "--model", "broken-model", "--no-cache", "-q"]) == 2
    err = capsys.readouterr().err
    assert "broken-model: cannot load the sentence model" in err and "defect" not in err


# ----------------------------------------------------------------- inputs


def test_skipped_inputs_go_to_stderr_one_line_each(fake_embedder):
    corpus = write_corpus(a_txt=STRIKE_A, b_txt=STRIKE_B, z_txt=LIBRARIES, scan_txt=PDF)
    result = invoke(["check", corpus, "--format", "json"], fake_embedder)
    assert result.exit_code == 1
    assert result.stderr == "corpus/scan.txt: binary file (looks like a PDF document) (skipped)\n"
    report = json.loads(result.stdout)
    assert report["skipped"][0]["path"] == "corpus/scan.txt"


def test_quiet_keeps_stderr_empty(fake_embedder):
    corpus = write_corpus(a_txt=STRIKE_A, b_txt=STRIKE_B, z_txt=LIBRARIES, scan_txt=PDF)
    result = invoke(["check", corpus, "--quiet", "--output", "r.json"], fake_embedder)
    assert result.exit_code == 1 and result.stderr == "" and result.stdout == ""


def test_strict_fails_on_skipped_inputs_without_writing_a_report(fake_embedder, capsys):
    corpus = write_corpus(a_txt=STRIKE_A, b_txt=STRIKE_B, z_txt=LIBRARIES, scan_txt=PDF)
    assert main(["check", corpus, "--strict", "--output", "r.md"], embedder=fake_embedder) == 2
    assert "Error: strict: 1 input was skipped" in capsys.readouterr().err
    assert not Path("r.md").exists()
    assert main(["check", corpus, "--no-strict", "-q", "--output", "r.md"], embedder=fake_embedder) == 1
    # with --quiet the refusal itself names what was skipped: nothing else is printed
    assert main(["check", corpus, "--strict", "-q"], embedder=fake_embedder) == 2
    assert capsys.readouterr().err.strip() == (
        "Error: strict: 1 input was skipped: corpus/scan.txt (binary file (looks like a PDF document))")


# ----------------------------------------------------------------- formats and files


@pytest.mark.parametrize("fmt", ["json", "sarif", "github", "markdown", "terminal", "html"])
def test_every_format_on_a_clean_stdout(fake_embedder, fmt):
    result = invoke(["check", strike_corpus(), "--format", fmt], fake_embedder)
    assert result.exit_code == 1 and result.stderr == ""
    out = result.stdout
    if fmt == "json":
        assert json.loads(out)["schema"] == "discrepancy/report@1"
    elif fmt == "sarif":
        assert json.loads(out)["runs"][0]["results"][0]["ruleId"] == "discrepancy/number"
    elif fmt == "github":
        lines = out.splitlines()
        assert len(lines) == 2 and all(line.startswith("::error file=corpus/") for line in lines)
    elif fmt == "markdown":
        assert out.startswith("## Discrepancy report\n") and "```diff" in out
    elif fmt == "html":
        assert out.startswith("<!DOCTYPE html>") and out.count('<article class="card') == 1
    else:
        assert out.startswith("discrepancy  3 documents")


def test_output_writes_the_file_and_nothing_to_stdout(fake_embedder):
    result = invoke(["check", strike_corpus(), "--format", "sarif", "--output", "out.sarif"], fake_embedder)
    assert result.exit_code == 1 and result.stdout == ""
    assert "Report written to out.sarif" in result.stderr
    assert json.loads(Path("out.sarif").read_text(encoding="utf-8"))["version"] == "2.1.0"
    assert sorted(p.name for p in Path(".").iterdir() if p.is_file()) == ["out.sarif"]


def test_every_report_written_is_named_and_an_unknown_extension_is_warned_of(fake_embedder):
    """--save said nothing of where it wrote; "--output r.jsn" (a typo) silently held terminal text."""
    result = invoke(["check", strike_corpus(), "--save", "a.json", "--save", "b.md"], fake_embedder)
    assert "Report written to a.json" in result.stderr and "Report written to b.md" in result.stderr
    assert "bombers" in result.stdout  # the terminal report still prints
    typo = invoke(["check", strike_corpus(), "--output", "r.jsn"], fake_embedder)
    assert "warning: r.jsn: no report format is known by the extension '.jsn'; writing terminal" in typo.stderr
    assert Path("r.jsn").read_text(encoding="utf-8").startswith("discrepancy  3 documents")
    for plain in ("r.log", "report"):  # asks for plain text, or names no extension: no warning
        assert "warning" not in invoke(["check", strike_corpus(), "--output", plain], fake_embedder).stderr
    quiet = invoke(["check", strike_corpus(), "-q", "--save", "c.json"], fake_embedder)
    assert "written" not in quiet.stderr


def test_output_of_the_terminal_format_is_plain_text(fake_embedder):
    invoke(["check", strike_corpus(), "--output", "report.txt"], fake_embedder)
    text = Path("report.txt").read_text(encoding="utf-8")
    assert "bombers" in text and "\x1b[" not in text


def test_output_without_format_takes_the_format_its_extension_asks_for(fake_embedder):
    """`--output r.json` held terminal text before; --save already read the extension."""
    assert main(["check", strike_corpus(), "-q", "--output", "r.json"], embedder=fake_embedder) == 1
    assert json.loads(Path("r.json").read_text(encoding="utf-8"))["schema"] == "discrepancy/report@1"
    assert main(["check", strike_corpus(), "-q", "--output", "r.log"], embedder=fake_embedder) == 1
    assert Path("r.log").read_text(encoding="utf-8").startswith("discrepancy  3 documents")
    # a format the user gives wins over the extension
    assert main(["check", strike_corpus(), "-q", "--format", "markdown", "--output", "m.json"], embedder=fake_embedder) == 1
    assert Path("m.json").read_text(encoding="utf-8").startswith("## Discrepancy report")


def test_output_extension_wins_over_the_settings_files_format(fake_embedder):
    """`format = "github"` kept for CI put annotation lines into an editor's `--output review.html`:
    the file's format is what the terminal prints; --output's extension is a command-line choice."""
    Path("discrepancy.toml").write_text('format = "json"\n', encoding="utf-8")
    assert main(["check", strike_corpus(), "-q", "--output", "review.md"], embedder=fake_embedder) == 1
    assert Path("review.md").read_text(encoding="utf-8").startswith("## Discrepancy report")
    # a name that asks for no format keeps the settings file's
    assert main(["check", strike_corpus(), "-q", "--output", "r.log"], embedder=fake_embedder) == 1
    assert json.loads(Path("r.log").read_text(encoding="utf-8"))["schema"] == "discrepancy/report@1"


def test_output_dash_is_stdout(fake_embedder):
    result = invoke(["check", strike_corpus(), "--format", "json", "--output", "-"], fake_embedder)
    assert result.exit_code == 1 and json.loads(result.stdout)["schema"] == "discrepancy/report@1"
    assert not Path("-").exists()


def test_a_failed_write_to_stdout_is_the_users_to_fix_not_a_defect(fake_embedder, capsys, monkeypatch):
    def full(*_args: object) -> None:
        raise OSError(28, "No space left on device")
    monkeypatch.setattr("discrepancy.cli._print", full)
    assert main(["check", strike_corpus(), "-q", "--format", "json"], embedder=fake_embedder) == 2
    err = capsys.readouterr().err
    assert "cannot write the report to standard output: No space left on device" in err and "defect" not in err


def test_a_reader_that_stops_reading_ends_the_run_quietly(fake_embedder, capsys, monkeypatch):
    """`discrepancy check corpus | head`: no traceback, and the status still says what was found."""
    def gone(*_args: object) -> None:
        raise BrokenPipeError(32, "Broken pipe")
    monkeypatch.setattr("discrepancy.cli._print", gone)
    assert main(["check", strike_corpus(), "-q"], embedder=fake_embedder) == 1
    assert capsys.readouterr().err == ""


def test_reports_saved_beside_the_articles_are_not_read_back_as_articles(fake_embedder):
    """`--save corpus/review.html` and a later run of the same folder: the report was read as a sixth
    article before, a side of every finding, and the findings' ids changed with it."""
    corpus = strike_corpus()
    first = invoke(["check", corpus, "--format", "json", "--save", f"{corpus}/review.md",
                    "--save", f"{corpus}/review.html", "--save", f"{corpus}/review.txt"], fake_embedder)
    again = invoke(["check", corpus, "--format", "json", "--strict"], fake_embedder)
    assert again.exit_code == 1  # --strict lets the tool's own reports be, as it lets a README be
    assert json.loads(again.stdout)["findings"] == json.loads(first.stdout)["findings"]
    for name, fmt in (("review.md", "markdown"), ("review.html", "html"), ("review.txt", "terminal")):
        assert f"{corpus}/{name}: a report discrepancy wrote, not an article ({fmt} format) (skipped)" in again.stderr


def test_json_reports_and_baselines_saved_beside_the_articles_are_known_as_ours(fake_embedder):
    """A JSON report, a SARIF log and a baseline saved in the corpus folder were "unsupported file
    type", which --strict refuses; another program's JSON stays unsupported."""
    corpus = strike_corpus()
    invoke(["check", corpus, "--save", f"{corpus}/report.json", "--save", f"{corpus}/report.sarif"], fake_embedder)
    invoke(["baseline", corpus, "--output", f"{corpus}/accepted.json"], fake_embedder)
    again = invoke(["check", corpus, "--format", "json", "--strict"], fake_embedder)
    assert again.exit_code == 1, again.stderr  # found, not refused: 2 would be --strict's refusal
    for name, fmt in (("report.json", "json"), ("report.sarif", "sarif"), ("accepted.json", "baseline")):
        assert f"{corpus}/{name}: a report discrepancy wrote, not an article ({fmt} format) (skipped)" in again.stderr
    Path(corpus, "other.json").write_text('{"schema": "someone/else@1", "id": "discrepancy/x"}', encoding="utf-8")
    other = invoke(["check", corpus, "--format", "json", "--strict"], fake_embedder)
    assert other.exit_code == 2 and f"{corpus}/other.json: unsupported file type (.json)" in other.stderr


def test_a_report_never_overwrites_an_article_of_the_corpus(fake_embedder, capsys):
    corpus = strike_corpus()
    before = Path(corpus, "a.txt").read_text(encoding="utf-8")
    assert main(["check", corpus, "-q", "--output", f"{corpus}/a.txt"], embedder=fake_embedder) == 2
    assert "a.txt: is an article of the corpus (corpus); the report would overwrite it" in capsys.readouterr().err
    assert Path(corpus, "a.txt").read_text(encoding="utf-8") == before
    # a report it wrote there before may be written again
    assert main(["check", corpus, "-q", "--output", f"{corpus}/r.md"], embedder=fake_embedder) == 1
    assert main(["check", corpus, "-q", "--output", f"{corpus}/r.md"], embedder=fake_embedder) == 1


def test_no_file_is_written_on_error(fake_embedder):
    assert main(["check", "missing", "--output", "no-such-dir/r.json", "--save", "r.md"], embedder=fake_embedder) == 2
    Path("empty").mkdir()
    assert main(["check", "empty", "--output", "r.json"], embedder=fake_embedder) == 2
    Path("a-file").write_text("x", encoding="utf-8")
    assert main(["check", strike_corpus(), "--output", "a-file/r.json"], embedder=fake_embedder) == 2
    assert not Path("r.json").exists() and not Path("r.md").exists() and not Path("no-such-dir").exists()
    assert not [p for p in Path(".").iterdir() if p.name.startswith(".r.")]


class InterruptingEmbedder:
    identity = "interrupt:v1"
    dim = 256

    def encode(self, texts):
        raise KeyboardInterrupt


def test_ctrl_c_exits_130_and_leaves_no_partial_file(capsys):
    Path("r.json").write_text("previous report\n", encoding="utf-8")
    status = main(["check", strike_corpus(), "--output", "r.json", "--save", "r.md", "--no-cache"],
                  embedder=InterruptingEmbedder())
    assert status == 130
    assert "interrupted" in capsys.readouterr().err
    assert Path("r.json").read_text(encoding="utf-8") == "previous report\n"
    assert not Path("r.md").exists()
    assert not [p for p in Path(".").iterdir() if p.name.endswith(".tmp")]


def test_save_writes_one_report_per_extension(fake_embedder):
    result = invoke(["check", strike_corpus(), "--format", "json", "--save", "r.md", "--save", "r.sarif.json",
                     "--save", "r.json", "--save", "r.txt", "--save", "r.sarif", "--save", "r.html"], fake_embedder)
    assert result.exit_code == 1
    assert json.loads(result.stdout)["schema"] == "discrepancy/report@1"
    assert Path("r.md").read_text(encoding="utf-8").startswith("## Discrepancy report")
    assert json.loads(Path("r.sarif.json").read_text(encoding="utf-8"))["version"] == "2.1.0"
    assert json.loads(Path("r.sarif").read_text(encoding="utf-8"))["version"] == "2.1.0"
    assert json.loads(Path("r.json").read_text(encoding="utf-8"))["schema"] == "discrepancy/report@1"
    assert Path("r.txt").read_text(encoding="utf-8").startswith("discrepancy  3 documents")
    assert Path("r.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_a_report_s_folder_is_made_when_it_is_not_there(fake_embedder, capsys):
    """"--save reports/run.json" on a fresh checkout, as the README shows: no usage error."""
    result = invoke(["check", strike_corpus(), "-q", "--save", "reports/run.json", "--format", "markdown",
                     "--output", "out/nested/r.md"],
                    fake_embedder)
    assert result.exit_code == 1
    assert json.loads(Path("reports/run.json").read_text(encoding="utf-8"))["findings"]
    assert Path("out/nested/r.md").read_text(encoding="utf-8").startswith("## Discrepancy report")
    Path("blocked").write_text("a file where a folder would go", encoding="utf-8")
    assert main(["check", strike_corpus(), "--save", "blocked/r.json"], embedder=InterruptingEmbedder()) == 2
    assert "blocked/r.json: cannot make folder blocked" in capsys.readouterr().err


def test_one_file_given_twice_in_two_formats_is_a_usage_error(capsys):
    assert main(["check", strike_corpus(), "--format", "markdown", "--output", "r.json", "--save", "r.json"],
                embedder=InterruptingEmbedder()) == 2
    assert "r.json: given twice, as markdown and as json" in capsys.readouterr().err


def test_save_with_an_unknown_extension_is_a_usage_error_before_the_analysis(capsys):
    assert main(["check", strike_corpus(), "--save", "report.pdf"], embedder=InterruptingEmbedder()) == 2
    assert "report.pdf: cannot tell the report format" in capsys.readouterr().err


def test_html_review_page_names_the_outlets_and_shows_each_side_in_context(fake_embedder):
    corpus = write_corpus(a_md="---\nsource: Kyiv Post\npublished: 2025-06-02\n---\n" + STRIKE_A,
                          b_md="---\nsource: Daily Star\npublished: 2025-06-03\n---\n" + STRIKE_B, z_txt=LIBRARIES)
    result = invoke(["check", corpus, "--format", "html"], fake_embedder)
    assert result.exit_code == 1
    page = result.stdout
    assert "3 articles from 3 outlets &middot; 2025-06-02 to 2025-06-03" in page
    assert "<li>Daily Star</li><li>Kyiv Post</li><li>z.txt</li>" in page
    # the figure is the first sentence of each article: no sentence before it, the next one after it
    assert page.count('<p class="ctx">The Velmora defence ministry said the drones were launched from trucks') == 2
    assert page.count('</code></p>\n<p class="sentence">Officials in Velmora said <mark>') == 2


def test_reports_are_byte_identical_across_runs(fake_embedder, cache_dir):
    corpus = strike_corpus()
    for run in ("one", "two"):
        args = ["check", corpus, "-q", "--save", f"{run}.json", "--save", f"{run}.sarif", "--save", f"{run}.md",
                "--save", f"{run}.html"]
        if run == "two":
            args.append("--no-cache")  # computed afresh, not read back from the first run
        assert main(args, embedder=fake_embedder) == 1
    for suffix in ("json", "sarif", "md", "html"):
        assert Path(f"one.{suffix}").read_bytes() == Path(f"two.{suffix}").read_bytes()


def test_github_step_summary_gets_the_markdown_report(fake_embedder, monkeypatch):
    summary = Path("summary.md")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    result = invoke(["check", strike_corpus(), "--format", "github"], fake_embedder)
    assert result.exit_code == 1 and result.stdout.startswith("::error ")
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("## Discrepancy report") and "bombers" in text
    # a second step of the same job, exporting JSON, adds no second summary
    assert invoke(["check", strike_corpus(), "--format", "json", "--save", "r.sarif"], fake_embedder).exit_code == 1
    assert summary.read_text(encoding="utf-8") == text


# ----------------------------------------------------------------- baseline


def test_baseline_scenario_new_conflict_fails_until_rebaselined(fake_embedder, capsys):
    corpus = strike_corpus()
    assert main(["check", corpus, "-q"], embedder=fake_embedder) == 1
    assert main(["baseline", corpus, "--output", "baseline.json"], embedder=fake_embedder) == 0
    assert "Recorded 1 finding in baseline.json" in capsys.readouterr().err
    assert main(["check", corpus, "--baseline", "baseline.json", "-q"], embedder=fake_embedder) == 0

    Path(corpus, "c.txt").write_text(ACADEMY, encoding="utf-8")  # a new article brings a new conflict
    capsys.readouterr()
    assert main(["check", corpus, "--baseline", "baseline.json"], embedder=fake_embedder) == 1
    out = capsys.readouterr().out
    assert "Oleh Dravanenko" in out and "title \u00b7 unclear time" in out
    assert "bombers" not in out  # the accepted finding stays hidden
    assert "1 known finding hidden by the baseline" in out

    assert main(["baseline", corpus, "--output", "baseline.json", "-q"], embedder=fake_embedder) == 0
    assert main(["check", corpus, "--baseline", "baseline.json", "-q"], embedder=fake_embedder) == 0
    entries = json.loads(Path("baseline.json").read_text(encoding="utf-8"))["findings"]
    assert {e["kind"] for e in entries} == {"number", "title"}


def test_baseline_entries_that_no_longer_occur_are_reported(fake_embedder):
    corpus = strike_corpus()
    main(["baseline", corpus, "-o", "baseline.json", "-q"], embedder=fake_embedder)
    Path(corpus, "b.txt").unlink()
    result = invoke(["check", corpus, "--baseline", "baseline.json", "--format", "json"], fake_embedder)
    assert result.exit_code == 0
    assert [e["subject"] for e in json.loads(result.stdout)["baseline_missing"]] == ["bombers"]


@pytest.mark.parametrize("content", [None, "{broken", '{"schema": "other"}'])
def test_unreadable_baseline_is_a_usage_error(fake_embedder, capsys, content):
    if content is not None:
        Path("baseline.json").write_text(content, encoding="utf-8")
    assert main(["check", strike_corpus(), "--baseline", "baseline.json"], embedder=fake_embedder) == 2
    assert "baseline.json" in capsys.readouterr().err


def test_baseline_requires_an_output(fake_embedder, capsys):
    assert main(["baseline", strike_corpus()], embedder=fake_embedder) == 2
    assert "Give --output FILE, or set `baseline` in the settings file" in capsys.readouterr().err


# ----------------------------------------------------------------- settings


def test_settings_apply_and_the_command_line_wins(fake_embedder):
    corpus = strike_corpus()
    Path("discrepancy.toml").write_text('fail-on = "never"\nformat = "json"\nquiet = true\n', encoding="utf-8")
    result = invoke(["check", corpus], fake_embedder)
    assert result.exit_code == 0 and json.loads(result.stdout)["findings"]
    result = invoke(["check", corpus, "--fail-on", "error", "--format", "markdown"], fake_embedder)
    assert result.exit_code == 1 and result.stdout.startswith("## Discrepancy report")


def test_save_on_the_command_line_adds_to_the_settings_files_save(fake_embedder, monkeypatch):
    """The README's settings example (save = [... .sarif]) and its CI line (--save ...) together
    wrote only the command line's file: --save is "also write", so both are written now."""
    Path("sub").mkdir()
    Path("sub/discrepancy.toml").write_text('save = ["reports/file.sarif"]\n', encoding="utf-8")
    corpus = str(Path(strike_corpus()).resolve())
    monkeypatch.chdir("sub")
    assert main(["check", corpus, "-q", "--save", "cli.md"], embedder=fake_embedder) == 1
    assert Path("cli.md").read_text(encoding="utf-8").startswith("## Discrepancy report")
    assert json.loads(Path("reports/file.sarif").read_text(encoding="utf-8"))["version"] == "2.1.0"


def test_boolean_settings_can_be_switched_off_on_the_command_line(fake_embedder):
    corpus = write_corpus(a_txt=STRIKE_A, b_txt=STRIKE_B, z_txt=LIBRARIES, scan_txt=PDF)
    Path("pyproject.toml").write_text('[tool.discrepancy]\nstrict = true\nno-cache = true\n', encoding="utf-8")
    assert invoke(["check", corpus, "-q"], fake_embedder).exit_code == 2
    assert invoke(["check", corpus, "-q", "--no-strict", "--cache"], fake_embedder).exit_code == 1


def test_baseline_setting_is_used_by_both_commands(fake_embedder):
    corpus = strike_corpus()
    Path("discrepancy.toml").write_text('baseline = "ci/accepted.json"\n', encoding="utf-8")
    Path("ci").mkdir()
    assert main(["baseline", corpus, "-q"], embedder=fake_embedder) == 0
    assert Path("ci/accepted.json").exists()
    assert main(["check", corpus, "-q"], embedder=fake_embedder) == 0


def test_bad_settings_are_a_usage_error_naming_the_file(fake_embedder, capsys):
    Path("discrepancy.toml").write_text('fail-on = "error"\ncolour = "red"\n', encoding="utf-8")
    assert main(["check", strike_corpus()], embedder=fake_embedder) == 2
    err = capsys.readouterr().err
    assert "discrepancy.toml" in err and "unknown setting 'colour'" in err
    assert main(["baseline", strike_corpus(), "-o", "b.json"], embedder=fake_embedder) == 2
    assert not Path("b.json").exists()


def test_help_works_beside_a_broken_settings_file(capsys):
    Path("discrepancy.toml").write_text('fail-on = "error"\ncolour = "red"\n', encoding="utf-8")
    assert main(["check", "--help"]) == 0
    assert "--fail-on" in capsys.readouterr().out


def test_every_setting_matches_an_option():
    names = {opt[2:] for command in cli.commands.values() for param in command.params
             if isinstance(param, click.Option) for opt in param.opts + param.secondary_opts if opt.startswith("--")}
    assert set(KNOWN_KEYS) <= names


# ----------------------------------------------------------------- help, entry points, progress


def test_every_command_and_option_has_help_text():
    assert cli.help
    for name, command in cli.commands.items():
        assert command.help and command.short_help, name
        for param in command.params:
            if isinstance(param, click.Option):
                assert param.help, f"{name} {param.opts}"
    for param in cli.params:
        if isinstance(param, click.Option):
            assert param.help, param.opts


def test_help_runs_as_a_module():
    for module in ("discrepancy", "discrepancy.cli"):
        done = subprocess.run([sys.executable, "-m", module, "--help"], capture_output=True, text=True, timeout=120)
        assert done.returncode == 0 and "check" in done.stdout and "baseline" in done.stdout


def test_main_returns_0_for_help_and_version(capsys):
    assert main(["--help"]) == 0
    assert main(["--version"]) == 0
    assert "discrepancy" in capsys.readouterr().out


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_is_shown_only_on_a_terminal_and_not_when_quiet(monkeypatch):
    monkeypatch.setattr(sys, "stderr", _Terminal())
    assert cli_module._show_progress(quiet=False) is True
    assert cli_module._show_progress(quiet=True) is False
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    assert cli_module._show_progress(quiet=False) is False


def test_progress_bars_show_each_stage_with_counts():
    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=True, width=100, color_system=None)
    with RichProgress(console) as progress:
        advance = progress.stage("embedding", 10)
        advance(4)
        advance(6)
        progress.done("embedding")
        progress.stage("comparing", 0)
        progress.done("comparing")
    shown = buffer.getvalue()
    assert "embedding" in shown and "10/10" in shown and "comparing" in shown


def test_renderers_are_wired_for_every_format():
    for fmt in FORMATS:
        assert render(sample_report(), fmt)


def test_pre_commit_hook_runs_the_check_on_the_whole_corpus():
    hooks = yaml.safe_load((Path(__file__).resolve().parents[1] / ".pre-commit-hooks.yaml").read_text())
    hook = next(h for h in hooks if h["id"] == "discrepancy")
    assert hook["entry"] == "discrepancy check" and hook["language"] == "python"
    assert hook["pass_filenames"] is False
    # every kind of file the corpus reader reads, so a commit of pages or feeds alone runs it too
    from discrepancy.corpus.formats import SUFFIXES

    assert all(re.search(hook["files"], "articles/x" + suffix) for suffix in SUFFIXES)
    assert not any(re.search(hook["files"], name) for name in ("setup.py", "photo.png", "notes.gz"))


# ----------------------------------------------------------------- same source


def test_same_source_articles_are_compared_only_when_asked(fake_embedder):
    """Two articles of one outlet (same `source` in front matter) disagreeing on a figure."""
    folder = write_corpus(
        a_md="---\nsource: Wire\n---\n" + STRIKE_A,
        b_md="---\nsource: Wire\n---\n" + STRIKE_B,
    )
    default = invoke(["check", folder, "--format", "json", "--fail-on", "never"], fake_embedder)
    assert [f["kind"] for f in json.loads(default.output)["findings"]] == []
    asked = invoke(["check", folder, "--format", "json", "--same-source"], fake_embedder)
    assert asked.exit_code == 1
    assert [f["kind"] for f in json.loads(asked.output)["findings"]] == ["number"]


def test_min_confidence_filters_figure_findings(fake_embedder, tmp_path):
    corpus = strike_corpus()
    out = tmp_path / "r.json"
    assert main(["check", corpus, "-q", "--format", "json", "--output", str(out)], embedder=fake_embedder) == 1
    found = json.loads(out.read_text())["findings"]
    assert found and all(0 <= f["confidence"] <= 1 for f in found)
    assert main(["check", corpus, "-q", "--min-confidence", "1", "--format", "json", "--output", str(out)],
                embedder=fake_embedder) == 0
    filtered = json.loads(out.read_text())
    assert filtered["findings"] == [] and filtered["hidden"] == {"below_min_confidence": len(found)}
    # a raised bar hides findings, and says so: the corpus is not reported clean
    for fmt, said in (("terminal", f"{len(found)} finding"), ("markdown", f"{len(found)} finding")):
        text = tmp_path / f"r.{fmt}"
        main(["check", corpus, "-q", "--min-confidence", "1", "--format", fmt, "--output", str(text)],
             embedder=fake_embedder)
        shown = text.read_text()
        assert f"{said}{'s' if len(found) > 1 else ''} under --min-confidence 1 not shown" in shown.replace("\n", " ")
        assert "No disagreements found." not in shown
        assert "every finding is hidden" not in shown  # a bar the user raised hid them: said as such
        flat = shown.replace("\n", " ")
        assert f"No new disagreements at --min-confidence 1 or above; under it, {len(found)} finding" in flat
    # what a raised bar shows is what the default run found at or above it, ids included
    bar = min(f["confidence"] for f in found)
    main(["check", corpus, "-q", "--min-confidence", str(bar), "--format", "json", "--output", str(out)],
         embedder=fake_embedder)
    assert [f["id"] for f in json.loads(out.read_text())["findings"]] == [f["id"] for f in found]


def test_not_a_number_is_a_usage_error_for_every_fraction_option(fake_embedder, capsys):
    """click's FloatRange let "nan" through (every comparison with NaN is false): a traceback, exit 1."""
    corpus = strike_corpus()
    for option in ("--min-confidence", "--threshold", "--event-threshold"):
        assert main(["check", corpus, "-q", option, "nan"], embedder=fake_embedder) == 2
        assert f"Invalid value for '{option}': 'nan' is not a number from 0 to 1." in capsys.readouterr().err


def test_a_crash_exits_3_never_1_which_ci_reads_as_findings(capsys):
    """An unexpected error used to leave the process with Python's 1, "findings found", even with
    --fail-on never."""
    class Broken:
        identity = "broken:v1"
        dim = 256

        def encode(self, texts):
            raise RuntimeError("the model file is damaged")

    assert main(["check", strike_corpus(), "-q", "--fail-on", "never"], embedder=Broken()) == 3
    err = capsys.readouterr().err
    assert "Traceback" in err and "RuntimeError: the model file is damaged" in err
    assert "discrepancy: the check failed (RuntimeError: the model file is damaged); the run did not finish." in err


def test_min_confidence_is_read_from_the_settings_file(fake_embedder, tmp_path, monkeypatch):
    corpus = strike_corpus()
    monkeypatch.chdir(tmp_path)
    (tmp_path / "discrepancy.toml").write_text("min-confidence = 1.0\n", encoding="utf-8")
    assert main(["check", corpus, "-q"], embedder=fake_embedder) == 0


def test_a_report_its_folder_will_not_take_says_so(fake_embedder, capsys, monkeypatch):
    """Over /proc/version the error came from the temporary file beside it: "No such file or
    directory", about a file that exists."""
    import errno

    from discrepancy import cli as cli_module
    from discrepancy.fileio import FolderRefusesFile

    def refuse(path, text):  # type: ignore[no-untyped-def]
        raise FolderRefusesFile(errno.ENOENT, "No such file or directory", "a temporary file")

    monkeypatch.setattr(cli_module, "atomic_write_text", refuse)
    assert main(["check", strike_corpus(), "-q", "--output", "version"], embedder=fake_embedder) == 2
    assert ("Error: version: cannot write the report (its folder does not take a new file): No such file or directory"
            in capsys.readouterr().err)

    def busy(path, text):  # type: ignore[no-untyped-def]
        raise OSError(errno.EBUSY, "Device or resource busy", "a temporary file", path)  # the rename failed

    monkeypatch.setattr(cli_module, "atomic_write_text", busy)
    assert main(["check", strike_corpus(), "-q", "--output", "version"], embedder=fake_embedder) == 2
    assert "Error: version: cannot write the report: Device or resource busy" in capsys.readouterr().err
