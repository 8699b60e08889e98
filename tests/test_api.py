"""The Python API (`discrepancy.check` ...): what a script gets, and the README example run as written."""
from __future__ import annotations

import contextlib
import io
import json
import re
from pathlib import Path

import pytest

import discrepancy
from discrepancy import (
    BaselineError,
    CheckError,
    CorpusError,
    EmptyCorpusError,
    SkippedInputsError,
    check,
    exit_status,
    load_baseline,
    render,
    write_baseline,
)
from discrepancy.corpus import load_corpus
from discrepancy.model import Finding, Report

from reportdata import number_finding

pytestmark = pytest.mark.usefixtures("cache_dir")

ROOT = Path(__file__).resolve().parents[1]

FERRY_A = (
    "Rescuers in Dunmore said 32 passengers were injured when the ferry struck the pier at Kessel harbour.\n"
    "The Dunmore coast guard said the ferry lost power near the Kessel harbour pier.\n"
    "Harbour master Ilse Varga closed the pier for inspection.\n"
)
FERRY_B = (
    "Rescuers in Dunmore said 23 passengers were injured when the ferry struck the pier at Kessel harbour.\n"
    "The Dunmore coast guard said the ferry had lost power close to the Kessel harbour pier.\n"
    "Harbour master Ilse Varga closed the damaged pier for inspection.\n"
)
PARKS = (
    "The city council of Marrow approved a new budget for public parks on Friday.\n"
    "Council members said the parks would open longer on weekends.\n"
)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """Two outlets give different figures for one ferry accident; a third article is about parks."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in (("a.txt", FERRY_A), ("b.txt", FERRY_B), ("z.txt", PARKS)):
        (folder / name).write_text(text, encoding="utf-8")
    return folder


class RefusingEmbedder:
    """Fails the test if the check gets as far as embedding."""

    identity = "refusing:v1"
    dim = 8

    def encode(self, texts: object) -> object:
        raise AssertionError("the check ran although it should have been refused first")


def test_the_package_exports_the_api():
    for name in ("check", "Options", "Report", "Finding", "render", "load_baseline", "exit_status"):
        assert name in discrepancy.__all__
    assert all(hasattr(discrepancy, name) for name in discrepancy.__all__)
    assert discrepancy.Report is Report and discrepancy.Finding is Finding


def test_a_path_a_list_of_paths_and_a_loaded_corpus_give_the_same_report(corpus, fake_embedder):
    reports = [check(given, embedder=fake_embedder) for given in (str(corpus), corpus, [corpus])]
    reports.append(check(load_corpus([corpus]), embedder=fake_embedder))
    rendered = {render(r, "json") for r in reports}
    assert len(rendered) == 1
    assert [(f.kind, f.verdict, sorted(f.values)) for f in reports[0].findings] == \
        [("number", "contradiction", ["23", "32"])]


def test_a_folder_without_articles_is_refused_with_the_report(tmp_path, fake_embedder):
    (tmp_path / "empty").mkdir()
    with pytest.raises(EmptyCorpusError, match=r"no articles found in .*empty \(articles are") as refused:
        check(tmp_path / "empty", embedder=fake_embedder)
    assert isinstance(refused.value, CheckError)
    assert refused.value.report is not None and refused.value.report.documents == 0


def test_a_corpus_where_nothing_could_be_read_is_refused_naming_what_was_skipped(tmp_path, fake_embedder):
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "scan.txt").write_bytes(b"%PDF-1.4\n\x00binary")
    with pytest.raises(EmptyCorpusError, match=r"\(1 input was skipped and none could be read: .*scan\.txt \(binary file"):
        check(tmp_path / "c", embedder=fake_embedder)


def test_strict_refuses_a_run_with_skipped_inputs_and_says_which(corpus, fake_embedder):
    (corpus / "scan.txt").write_bytes(b"%PDF-1.4\n\x00\x01\x02binary\x00")
    lenient = check(corpus, embedder=fake_embedder)
    assert [Path(i.path).name for i in lenient.skipped] == ["scan.txt"]
    with pytest.raises(SkippedInputsError, match="1 input was skipped") as refused:
        check(corpus, strict=True, embedder=fake_embedder)
    assert [Path(i.path).name for i in refused.value.report.skipped] == ["scan.txt"]
    assert str(refused.value).endswith("scan.txt (binary file (looks like a PDF document))")
    for k in range(21):
        (corpus / f"scan{k}.txt").write_bytes(b"%PDF-1.4\n\x00binary")
    (corpus / "README.md").write_text("# How this corpus was collected\n", encoding="utf-8")
    with pytest.raises(SkippedInputsError, match=r"22 inputs were skipped: .*scan\.txt .*; and 2 more "
                                                 r"\(a run without strict lists them all\)$") as refused:
        check(corpus, strict=True, embedder=fake_embedder)
    # the README is listed, but a corpus's documentation is expected beside it: no reason to refuse
    assert "README.md" not in str(refused.value)
    assert "looks like documentation, not an article" in [i.reason for i in refused.value.report.skipped]
    for k in range(21):
        (corpus / f"scan{k}.txt").unlink()
    (corpus / "scan.txt").unlink()
    assert "README.md" in [Path(i.path).name for i in check(corpus, strict=True, embedder=fake_embedder).skipped]
    # nor is a folder named twice (a shell glob, overlapping CI paths): listed, its articles read once
    twice = check([corpus, corpus], strict=True, embedder=fake_embedder)
    assert any(i.reason == "folder named more than once: already read" for i in twice.skipped)


def test_options_of_the_wrong_type_and_bare_documents_are_told_plainly(corpus, fake_embedder):
    """A dict for options was "AttributeError: 'dict' object has no attribute 'validate'"; a list of
    Documents was "expected str, bytes or os.PathLike object, not Document"."""
    from discrepancy.model import Document

    with pytest.raises(TypeError, match="options must be an Options"):
        check(corpus, {"threshold": 0.5}, embedder=fake_embedder)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"check\(Corpus\(documents\)\)"):
        check([Document(id="a", text="x", source="A")], embedder=fake_embedder)  # type: ignore[list-item]
    # a generator of paths is still read (once)
    assert check((p for p in [corpus]), embedder=fake_embedder).documents == 3


def test_a_path_that_does_not_exist_is_a_corpus_error(tmp_path, fake_embedder):
    with pytest.raises(CorpusError):
        check(tmp_path / "nowhere", embedder=fake_embedder)


def test_a_baseline_leaves_out_accepted_findings_and_the_exit_status_follows(corpus, tmp_path, fake_embedder):
    first = check(corpus, embedder=fake_embedder)
    assert exit_status(first) == 1 and exit_status(first, "never") == 0
    accepted = tmp_path / "accepted.json"
    assert write_baseline(first, accepted) == 1
    for baseline in (accepted, str(accepted), load_baseline(accepted)):
        again = check(corpus, baseline=baseline, embedder=fake_embedder)
        assert again.findings == [] and again.stats["baseline_known"] == 1
        assert exit_status(again) == 0


def test_an_unusable_baseline_is_refused_before_any_analysis(corpus, tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    with pytest.raises(BaselineError, match="invalid JSON"):
        check(corpus, baseline=broken, embedder=RefusingEmbedder())


def test_exit_status_fails_on_warnings_by_default_and_refuses_an_unknown_level():
    report = Report(2, 2, [number_finding()])  # an error
    assert exit_status(report) == 1 and exit_status(Report(1, 1, [])) == 0
    with pytest.raises(ValueError, match="unknown fail-on level 'fatal'"):
        exit_status(report, "fatal")


# ----------------------------------------------------------------- the README example


def readme_example() -> str:
    """The Python block of the README's "From Python" section, exactly as a reader copies it."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("### From Python", 1)[1]
    found = re.search(r"```python\n(.*?)```", section, re.DOTALL)
    assert found, "README.md: no ```python block under 'From Python'"
    return found.group(1)


def test_the_readme_example_is_short():
    assert len(readme_example().strip().splitlines()) <= 10


@pytest.mark.integration
def test_the_readme_example_runs_as_written(monkeypatch):
    """With the real model, from the repository root, as the README says."""
    monkeypatch.chdir(ROOT)
    namespace: dict[str, object] = {}
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(readme_example(), "README.md", "exec"), namespace)
    report = namespace["report"]
    assert isinstance(report, Report) and report.findings
    lines = printed.getvalue().splitlines()
    for line, finding in zip(lines, report.findings):
        assert line.startswith(f"{finding.severity} {finding.kind} {finding.subject} | ")
    assert printed.getvalue().endswith(render(report, "markdown") + "\n")
    has_error = any(f.severity == "error" for f in report.findings)
    assert namespace["status"] == (1 if has_error else 0)


def test_a_corpus_built_in_python_is_checked_for_types_and_options_for_bounds(fake_embedder):
    """The README lets a caller pass a Corpus: a string date failed deep inside the event stage, and
    options out of range ran without a word while the command line refuses them."""
    from datetime import date

    from discrepancy import Corpus, Document, Options
    good = Document(id="a", text="Officials said 40 bombers were hit.", source="A", published=date(2025, 6, 2))
    with pytest.raises(TypeError, match=r"document 'b': published must be a datetime.date or None, not str"):
        check(Corpus((good, Document(id="b", text="x", source="B", published="2025-06-02"))),  # type: ignore[arg-type]
              embedder=fake_embedder)
    # at construction, naming the field: a string threshold was a bare TypeError deep in a run
    with pytest.raises(ValueError, match=r"Options.threshold must be from 0 to 1, not 1.5"):
        Options(threshold=1.5)
    with pytest.raises(ValueError, match=r"Options.min_confidence"):
        Options(min_confidence=-1)
    with pytest.raises(ValueError, match=r"Options.event_threshold must be from 0 to 1, not nan"):
        Options(event_threshold=float("nan"))
    with pytest.raises(TypeError, match=r"Options.threshold must be a number from 0 to 1, not '0.5'"):
        Options(threshold="0.5")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"Options.max_article_bytes must be a whole number, not 1.5"):
        Options(max_article_bytes=1.5)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r"Options.neighbours must be positive, not 0"):
        Options(neighbours=0)
    import numpy as np
    assert Options(threshold=np.float32(0.6), neighbours=np.int64(3)).neighbours == 3  # a sweep's numbers pass
    changed = Options()
    changed.threshold = 7.0  # set after it was made: check() looks again
    with pytest.raises(ValueError, match=r"Options.threshold must be from 0 to 1, not 7.0"):
        check(Corpus((good,)), changed, embedder=fake_embedder)
    assert check(Corpus((good,)), embedder=fake_embedder).documents == 1


def test_flags_and_paths_of_options_are_checked_for_type():
    """`same_source="false"` is a true string: it switched same-source comparison on."""
    from discrepancy import Options
    with pytest.raises(TypeError, match=r"Options.same_source must be True or False, not 'false'"):
        Options(same_source="false")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"Options.use_cache must be True or False, not 1"):
        Options(use_cache=1)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"Options.model must be a path \(a str or a Path\) or None, not 3"):
        Options(model=3)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"Options.cache_dir must be a path"):
        Options(cache_dir=123)  # type: ignore[arg-type]
    assert Options(cache_dir=Path("c"), model="m").model == "m"


def test_a_corpus_built_in_python_is_read_as_a_loaded_one_is(fake_embedder):
    """A datetime is compared as its day (it stopped the run comparing with a plain date, or put
    times in reports), and a document with no path is located by its id, never by "" ."""
    from datetime import date, datetime

    from discrepancy import Corpus, Document
    from discrepancy.report import render
    a = Document(id="kp", text="Officials said 40 bombers were damaged in the strike on Tuesday.", source="Kyiv Post",
                 published=datetime(2025, 6, 2, 9, 0))
    b = Document(id="ds", text="Officials said 14 bombers were damaged in the strike on Tuesday.", source="Daily Star",
                 published=date(2025, 6, 2))
    report = check(Corpus((a, b)), embedder=fake_embedder)
    document = json.loads(render(report, "json"))
    assert "T09:00" not in json.dumps(document)
    sides = [(c["doc"], c["path"], c["published"]) for f in document["findings"] for c in f["claims"]]
    assert sides and all(path == doc and published == "2025-06-02" for doc, path, published in sides)
    assert "file=," not in render(report, "github")


def test_the_same_articles_in_any_order_give_the_same_report(fake_embedder):
    """Nearest-neighbour and grouping ties followed the input's order: a JSONL file reversed gave
    other event groups (16 against 17 on 150 war-news articles). Articles are now taken in one
    order, by text, whatever order they come in."""
    from discrepancy import Corpus
    from discrepancy.pipeline import analyse

    corpus = load_corpus([str(Path(__file__).parent.parent / "fixtures" / "lookalike-events")])
    docs = list(corpus.documents)
    forward, backward = Corpus(tuple(docs)), Corpus(tuple(reversed(docs)))
    orders = [[d.id for d in analyse(c, discrepancy.Options(use_cache=False), embedder=fake_embedder).docs]
              for c in (forward, backward)]
    assert orders[0] == orders[1] and sorted(orders[0]) == sorted(d.id for d in docs)
    reports = [discrepancy.check(c, discrepancy.Options(use_cache=False), embedder=fake_embedder)
               for c in (forward, backward)]
    assert [e.docs for e in reports[0].events] == [e.docs for e in reports[1].events]
    assert [f.id for f in reports[0].findings] == [f.id for f in reports[1].findings]


def _wire_and_daily(tmp_path, published: str, wire: str, daily: str):
    """A two-article corpus of one day: "Wire" and "Daily" tell one story."""
    import json as _json

    path = tmp_path / "story.jsonl"
    rows = [{"id": "a", "source": "Wire", "published": published, "text": wire},
            {"id": "b", "source": "Daily", "published": published, "text": daily}]
    path.write_text("\n".join(_json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


def test_a_day_written_with_a_clock_time_in_a_zone_is_compared_and_shown_as_its_moment(tmp_path, fake_embedder):
    """"9am Sydney time on Monday" is 23:00 UTC on Sunday: a day from "11pm GMT on Monday", and the
    finding shows each side as the moment that was compared."""
    tail = " officials in Canberra said.\n\nThe two had been held for three months by the Kessel militia."
    path = _wire_and_daily(tmp_path, "2024-07-09",
                           "Two aid workers held in Kessel were released at 9am Sydney time on Monday," + tail,
                           "Two aid workers held in Kessel were released at 11pm GMT on Monday," + tail)
    dates = [f for f in check(path, embedder=fake_embedder).findings if f.kind == "date"]
    assert len(dates) == 1
    assert "Sunday 2024-07-07 23:00 UTC" in dates[0].message and "Monday 2024-07-08 23:00 UTC" in dates[0].message
    assert "09:00 Sydney time" in dates[0].message  # the time as its writer gave it


def test_a_local_clock_time_is_shown_as_written(tmp_path, fake_embedder):
    """Two outlets dating a quake a day apart: each side shows its day with the time it gave."""
    head, tail = "A strong earthquake struck eastern Kessel at 7:58am local time on ", (
        ", the weather agency said.\n\nDozens of buildings were damaged in the port city.")
    path = _wire_and_daily(tmp_path, "2024-04-04", head + "Wednesday" + tail, head + "Saturday" + tail)
    dates = [f for f in check(path, embedder=fake_embedder).findings if f.kind == "date"]
    assert len(dates) == 1 and dates[0].message.count("07:58 local time") == 2
