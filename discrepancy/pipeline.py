"""The whole check, stage by stage: corpus -> sentences -> claims + embeddings -> aligned
pairs -> events -> findings -> report. The CLI only parses options and calls `check`.
"""
from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .align import DEFAULT_NEIGHBOURS, DEFAULT_THRESHOLD, align_arrays
from .cache import Cache, default_cache_dir
from .claims import extract_claims
from .compare import numbers as cmp_numbers
from .compare.context import DocumentFigures, Governors, days_apart
from .compare.people import title_findings
from .compare.samefact import PairEvidence, Side, decide, value_pairs
from .corpus import DEFAULT_MAX_ARTICLE_BYTES, load_corpus
from .embeddings import Embedder, default_embedder, embed_texts
from .events import DEFAULT_MAX_DAYS, DocumentLinks, document_links, group_documents, link_probabilities
from .findings import ClaimConflicts, describe_resolved, sort_findings, with_context
from .language import english_share, looks_english
from .model import Corpus, Document, Event, Finding, InputIssue, Report, Sentence, SentenceClaims
from .progress import NoProgress, Progress
from .scoring import load_model
from .sentences import split_corpus

# Figures and dates are compared between articles published at most this many days apart
# (when both dates are known); the publication gap inside that window is a feature of the
# same-fact decision. The labelled war-news pairs are at most two days apart.
MAX_DAYS_APART = 2
# Findings below this confidence (the fitted probability that both values state one fact)
# are not reported. None: each kind's cut, chosen on out-of-fold predictions when the
# model was fitted (scripts/fit_models.py prints them).
DEFAULT_MIN_CONFIDENCE: float | None = None


@dataclass
class Options:
    """Everything a check can be tuned with; the CLI options map one to one."""

    threshold: float = DEFAULT_THRESHOLD
    neighbours: int = DEFAULT_NEIGHBOURS
    # the probability of one event above which two articles are compared; None: the fitted model's cut
    event_threshold: float | None = None
    event_max_days: int = DEFAULT_MAX_DAYS
    model: str | None = None
    cache_dir: Path | None = None
    use_cache: bool = True
    max_article_bytes: int = DEFAULT_MAX_ARTICLE_BYTES
    dates_from_text: bool = False
    # Compare figures and dates between articles of one outlet too (successive reports by one
    # outlet are usually updates, not disagreements between outlets).
    same_source: bool = False
    min_confidence: float | None = DEFAULT_MIN_CONFIDENCE
    stats: dict = field(default_factory=dict)


def check(paths: Sequence[str | Path], options: Options | None = None, *, embedder: Embedder | None = None,
          progress: Progress | None = None) -> Report:
    """Read the corpus at `paths` and report where its articles disagree."""
    options = options or Options()
    progress = progress or NoProgress()
    t0 = time.perf_counter()
    advance = progress.stage("reading", len(paths))
    corpus = load_corpus(paths, max_article_bytes=options.max_article_bytes, dates_from_text=options.dates_from_text,
                         progress=progress)
    advance(len(paths))
    progress.done("reading")
    report = check_corpus(corpus, options, embedder=embedder, progress=progress)
    report.stats["seconds_total"] = round(time.perf_counter() - t0, 3)
    return report


def cache_dir_for(options: Options) -> Path | None:
    """Where this check keeps its cache (and the exported model), or None without a cache."""
    return Path(options.cache_dir or default_cache_dir()) if options.use_cache else None


def open_cache(options: Options) -> Cache | None:
    folder = cache_dir_for(options)
    return Cache(folder) if folder else None


def embedder_for(options: Options) -> Embedder:
    """The embedder a check with these options uses: the model, exported beside the cache if any."""
    return default_embedder(options.model, cache_dir_for(options))


@dataclass
class Analysis:
    """Everything the stages before comparison produce, for the comparison and for fitting."""

    docs: list[Document]
    unchecked: list[InputIssue]
    sentences: list[Sentence]
    claims: list[SentenceClaims]
    comparable: list[int]  # indices of the sentences that were embedded
    vectors: np.ndarray  # one row per comparable sentence
    pairs: list[tuple[int, int, float]]  # aligned (row, row, cosine) between documents
    links: DocumentLinks
    events: list[Event]
    stats: dict = field(default_factory=dict)

    def event_of(self) -> dict[str, str]:
        return {d: e.id for e in self.events for d in e.docs}


@contextmanager
def _stage(progress: Progress, stats: dict, name: str, total: int) -> Iterator[Callable[[int], None]]:
    """One named stage: its progress bar and its time in `stats`."""
    started = time.perf_counter()
    advance = progress.stage(name, total)
    yield advance
    progress.done(name)
    stats[f"seconds_{name.split()[-1]}"] = round(time.perf_counter() - started, 3)


def analyse(corpus: Corpus, options: Options, *, embedder: Embedder | None = None,
            progress: Progress | None = None, cache: Cache | None = None) -> Analysis:
    """Sentences, claims, embeddings, aligned pairs and events of a loaded corpus."""
    progress = progress or NoProgress()
    stats: dict = {}
    docs, unchecked = _english_only(corpus.documents)
    sentences = split_corpus(docs)
    with _stage(progress, stats, "extracting claims", len({s.text for s in sentences if s.kind != "meta"})) as advance:
        claims = extract_claims(sentences, cache, advance)
    comparable = [i for i, c in enumerate(claims) if c.comparable]
    embedder = embedder or embedder_for(options)
    with _stage(progress, stats, "embedding", len({sentences[i].text for i in comparable})) as advance:
        vectors, encoded = embed_texts([sentences[i].text for i in comparable], embedder, cache, advance)
    stats.update(sentences_embedded=len(comparable), sentences_encoded=encoded)
    if getattr(embedder, "backend", None):
        stats["embedding_backend"] = embedder.backend
    sentence_doc = [sentences[i].doc_id for i in comparable]
    with _stage(progress, stats, "aligning", 1) as advance:
        a, b, sim = align_arrays(vectors, sentence_doc, options.threshold, options.neighbours)
        pairs = list(zip(a.tolist(), b.tolist(), sim.tolist()))
        advance(1)
    with _stage(progress, stats, "grouping events", 1) as advance:
        dates: dict[str, list] = defaultdict(list)
        for sentence, found in zip(sentences, claims):
            dates[sentence.doc_id].extend(found.dates)
        links = document_links(docs, sentence_doc, pairs, options.event_max_days, dates)
        link_probabilities(links)
        events = group_documents(docs, links, options.event_threshold)
        advance(1)
    stats["aligned_pairs"] = len(pairs)
    return Analysis(docs, unchecked, sentences, claims, comparable, vectors, pairs, links, events, stats)


def check_corpus(corpus: Corpus, options: Options | None = None, *, embedder: Embedder | None = None,
                 progress: Progress | None = None, cache: Cache | None = None) -> Report:
    """The check on an already loaded corpus."""
    options = options or Options()
    progress = progress or NoProgress()
    own_cache = cache is None
    cache = cache if cache is not None else open_cache(options)
    try:
        analysis = analyse(corpus, options, embedder=embedder, progress=progress, cache=cache)
        stats = analysis.stats
        with _stage(progress, stats, "comparing", len(analysis.pairs) + 1) as advance:
            findings = compare_aligned(analysis, Governors(cache), options, advance)
            findings += title_findings(analysis.docs, {d.id: d for d in analysis.docs}, analysis.sentences,
                                       analysis.claims, analysis.event_of())
            advance(1)
        stats.update(options.stats)
        dated = sorted(d.published for d in analysis.docs if d.published is not None)
        return Report(
            documents=len(analysis.docs), sentences=len(analysis.sentences),
            findings=with_context(sort_findings(findings), analysis.sentences),
            events=analysis.events, skipped=list(corpus.skipped) + analysis.unchecked,
            dates_from_text=_dates_from_text(analysis.docs), stats=stats,
            sources=sorted({d.source for d in analysis.docs}), date_span=(dated[0], dated[-1]) if dated else None,
        )
    finally:
        if own_cache and cache is not None:
            cache.close()


def compare_aligned(analysis: Analysis, governors: Governors, options: Options,
                    advance: Callable[[int], None] = lambda n: None) -> list[Finding]:
    """Number and date findings from aligned sentence pairs of articles that report one event."""
    docs = {d.id: d for d in analysis.docs}
    position = analysis.links.index()
    probability = analysis.links.probability
    event_of = analysis.event_of()
    gate = options.event_threshold if options.event_threshold is not None else load_model("same_event").threshold
    cuts = {kind: options.min_confidence if options.min_confidence is not None else load_model(f"same_fact_{kind}").threshold
            for kind in ("date", "number")}
    figures = DocumentFigures(analysis.sentences, analysis.claims)
    sides: dict[int, Side] = {}

    def side(row: int) -> Side:
        if row not in sides:
            s = analysis.sentences[analysis.comparable[row]]
            sides[row] = Side.of(docs[s.doc_id], s, analysis.claims[analysis.comparable[row]])
        return sides[row]

    conflicts = ClaimConflicts()
    for ra, rb, sim in analysis.pairs:
        advance(1)
        sa, sb = analysis.sentences[analysis.comparable[ra]], analysis.sentences[analysis.comparable[rb]]
        da, db = docs[sa.doc_id], docs[sb.doc_id]
        if not options.same_source and da.source == db.source:
            continue
        gap = days_apart(da, db)
        if gap is not None and gap > MAX_DAYS_APART:
            continue  # a running total reported days apart is an update, not a contradiction
        p_event = float(probability[position[da.id], position[db.id]])
        if p_event < gate or event_of.get(da.id) != event_of.get(db.id):
            continue  # two stories, or one pair of articles too weakly linked
        evidence = PairEvidence(side(ra), side(rb), sim, p_event, governors, figures)
        for kind, cut in cuts.items():
            for p in decide(list(value_pairs(evidence, kind)), cut):
                described = ((describe_resolved(evidence.a.resolved.get(p.x.start)), describe_resolved(evidence.b.resolved.get(p.y.start)))
                             if kind == "date" else (cmp_numbers.describe(p.x), cmp_numbers.describe(p.y)))
                conflicts.add(kind, event_of.get(da.id), p.probability, (da, sa, p.x, described[0]),
                              (db, sb, p.y, described[1]))
    return conflicts.findings()


def _english_only(docs: Sequence[Document]) -> tuple[list[Document], list[InputIssue]]:
    """Articles the detectors can read, and the others listed as not checked (never as clean)."""
    keep, unchecked = [], []
    for d in docs:
        if looks_english(d.text):
            keep.append(d)
        else:
            unchecked.append(InputIssue(d.path, d.line, f"not checked: does not look like English "
                                        f"({english_share(d.text):.0%} English function words); "
                                        f"the detectors read English only"))
    return keep, unchecked


def _dates_from_text(docs: Sequence[Document]) -> list[tuple[str, str, str]]:
    """(document, date, the line it was read from) for dates read by --dates-from-text."""
    return [(d.id, d.published.isoformat(), d.published_evidence or "")
            for d in docs if d.published_origin == "text" and d.published]
