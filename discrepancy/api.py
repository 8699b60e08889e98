"""The Python API: check articles, apply a baseline, decide the exit status.

The package re-exports it (`from discrepancy import check`), and the command line is a
thin shell over it: every rule about when a run is refused or fails lives here, once.
Refusals are exceptions, so a Python caller can handle them and the CLI maps them all
to exit status 2.
"""
from __future__ import annotations

import warnings
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

from .baseline import Baseline, BaselineError, apply_baseline, load_baseline, write_baseline
from .corpus import CorpusError
from .corpus.collect import ALREADY_READ
from .corpus.formats import READ_LIST
from .corpus.walk import DOCUMENTATION, NO_ARTICLES, OWN_REPORT
from .embeddings import Embedder, ModelLoadError
from .model import SEVERITY_RANK, Corpus, Document, Finding, InputIssue, Report
from .pipeline import Options, check_corpus, embedder_for, without_unusable_cache
from .pipeline import check as check_paths
from .progress import Progress
from .report import FORMATS, render
from .report.common import is_severe, skipped_inputs, where

__all__ = [
    "FORMATS", "Baseline", "BaselineError", "CacheWarning", "CheckError", "Corpus", "CorpusError", "Document",
    "EmptyCorpusError", "Finding", "Options", "Report", "SkippedInputsError", "check", "exit_status", "load_baseline",
    "render", "write_baseline",
]

EXIT_OK = 0
EXIT_FINDINGS = 1
# Contradictions (error) and cases that need dates to settle (warning) fail a run; notes,
# such as a title that changed over time, do not.
DEFAULT_FAIL_ON = "warning"
FAIL_NEVER = "never"


class CheckError(Exception):
    """The check cannot give a report worth trusting (a usage or input error: exit 2 on the command line).

    `report` is what the analysis produced before the refusal, if it got that far, so a
    caller can still list the inputs that were skipped.
    """

    def __init__(self, message: str, report: Report | None = None) -> None:
        super().__init__(message)
        self.report = report


class EmptyCorpusError(CheckError):
    """No article was found: a clean report would be a false all-clear."""


class SkippedInputsError(CheckError):
    """`strict` was asked for and some input was skipped."""


class CacheWarning(UserWarning):
    """The cache folder cannot be used: the check runs without a cache (slower, same report)."""


# How many skipped inputs a refusal names before "and N more".
_NAMED = 20


def _named(skipped: Sequence[InputIssue]) -> str:
    """The first skipped inputs, named with their reasons: with --quiet a refusal is all the user sees."""
    named = "; ".join(f"{where(i.path, i.line)} ({i.reason})" for i in skipped[:_NAMED])
    return named + (f"; and {len(skipped) - _NAMED} more" if len(skipped) > _NAMED else "")


def _checked_documents(corpus: Corpus) -> Corpus:
    """A corpus built in Python with the types a loaded one has, or a TypeError naming the document.

    A `datetime` is a `date` too, but a day is what is compared (a loaded corpus reads an ISO
    datetime as its day): its time would stop a comparison with a plain date half-way through
    the run. A document with no `path` is located by its id, so that every report names it."""
    documents = []
    for doc in corpus.documents:
        if not isinstance(doc.text, str) or not isinstance(doc.id, str) or not isinstance(doc.source, str):
            raise TypeError(f"document {doc.id!r}: id, source and text must be strings")
        if doc.published is not None and not isinstance(doc.published, date):
            raise TypeError(f"document {doc.id!r}: published must be a datetime.date or None, "
                            f"not {type(doc.published).__name__} ({doc.published!r})")
        if not isinstance(doc.path, str):
            raise TypeError(f"document {doc.id!r}: path must be a string, not {type(doc.path).__name__}")
        if isinstance(doc.published, datetime):
            doc = replace(doc, published=doc.published.date())
        if not doc.path:
            doc = replace(doc, path=doc.id)
        documents.append(doc)
    return replace(corpus, documents=tuple(documents))


def check(paths_or_corpus: str | Path | Sequence[str | Path] | Corpus, options: Options | None = None, *,
          baseline: Baseline | str | Path | None = None, strict: bool = False, embedder: Embedder | None = None,
          progress: Progress | None = None) -> Report:
    """Check the articles at a path, at several paths, or in a loaded `Corpus`, and report where they disagree.

    With `baseline` (a file or a loaded `Baseline`), findings it accepted are left out and the
    entries that no longer occur are listed. Raises `CorpusError` for a path that does not exist,
    `BaselineError` for a baseline that cannot be used (both before any analysis), `CheckError`
    for a model that cannot be loaded, `EmptyCorpusError` when there is no article and, with
    `strict`, `SkippedInputsError` when any input was skipped. `embedder` replaces the sentence
    model; `progress` is told each stage as it runs.
    """
    if options is not None and not isinstance(options, Options):
        raise TypeError(f"options must be an Options (from discrepancy import Options), not {type(options).__name__}")
    options = options or Options()
    options.validate()  # again: a field may have been set since the options were made
    if not isinstance(paths_or_corpus, (str, Path, Corpus)):
        paths_or_corpus = list(paths_or_corpus)  # a generator is read once
        if any(isinstance(item, Document) for item in paths_or_corpus):
            raise TypeError("documents are checked as a Corpus: check(Corpus(documents))")
    if isinstance(paths_or_corpus, Corpus):
        paths_or_corpus = _checked_documents(paths_or_corpus)
    options, cache_problem = without_unusable_cache(options)
    if cache_problem:
        warnings.warn(cache_problem, CacheWarning, stacklevel=2)
    accepted = load_baseline(baseline) if isinstance(baseline, (str, Path)) else baseline
    bar_from_baseline = False
    if accepted is not None and accepted.min_confidence is not None and options.min_confidence is None:
        # written at a bar: the findings it accepted under the fitted cuts exist only at that bar,
        # and checked without it they would all read as "no longer found"
        options = replace(options, min_confidence=accepted.min_confidence)
        bar_from_baseline = True
    if embedder is None and options.model:
        try:
            embedder = embedder_for(options)
        except ValueError as exc:
            raise CheckError(str(exc)) from None
    try:
        if isinstance(paths_or_corpus, Corpus):
            report = check_corpus(paths_or_corpus, options, embedder=embedder, progress=progress)
            searched = "the corpus"
        else:
            paths = [paths_or_corpus] if isinstance(paths_or_corpus, (str, Path)) else list(paths_or_corpus)
            report = check_paths(paths, options, embedder=embedder, progress=progress)
            searched = ", ".join(str(p) for p in paths)
    except ModelLoadError as exc:  # the model is loaded only once sentences need it
        raise CheckError(str(exc)) from None
    skipped = skipped_inputs(report)
    if report.documents == 0:
        # a folder given that holds no article is listed as skipped too; it says nothing more
        unread = [i for i in skipped if not i.reason.startswith(NO_ARTICLES)]
        why = (f"{len(unread)} input{'s were' if len(unread) != 1 else ' was'} skipped and none could be read: "
               + _named(unread) if unread else f"articles are read from {READ_LIST} files")
        raise EmptyCorpusError(f"no articles found in {searched} ({why})", report)
    # a README or NOTES file beside the articles is expected there: listed, but no reason to refuse
    # nor is a folder named twice (its articles were read once): nothing went unchecked
    # nor is a report the tool itself saved there
    refused = [i for i in skipped if i.reason != DOCUMENTATION and not i.reason.endswith(ALREADY_READ)
               and not i.reason.startswith(OWN_REPORT)]
    if strict and refused:
        rest = " (a run without strict lists them all)" if len(refused) > _NAMED else ""
        raise SkippedInputsError(f"strict: {len(refused)} input{'s were' if len(refused) != 1 else ' was'} "
                                 f"skipped: {_named(refused)}{rest}", report)
    if bar_from_baseline:
        report.stats["min_confidence_from"] = "baseline"
    elif accepted is not None and accepted.min_confidence is not None and (
            options.min_confidence is None or options.min_confidence > accepted.min_confidence):
        # an entry accepted at the baseline's lower bar may only be under this check's: the reports
        # say so beside "no longer found", instead of advising to drop it
        report.stats["baseline_bar_above"] = accepted.min_confidence
    return apply_baseline(report, accepted) if accepted is not None else report


def exit_status(report: Report, fail_on: str = DEFAULT_FAIL_ON) -> int:
    """1 when a finding of `report` is at least as severe as `fail_on` ("never" never is), else 0.

    Give it the report `check` returned with the baseline applied, so that only new findings count.
    """
    if fail_on == FAIL_NEVER:
        return EXIT_OK
    if fail_on not in SEVERITY_RANK:
        raise ValueError(f"unknown fail-on level {fail_on!r} (choose from {', '.join(SEVERITY_RANK)}, {FAIL_NEVER})")
    return EXIT_FINDINGS if any(is_severe(f, fail_on) for f in report.findings) else EXIT_OK
