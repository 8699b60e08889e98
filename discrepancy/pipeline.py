"""The whole check, stage by stage: corpus -> documents -> sentences -> claims + embeddings ->
aligned pairs -> events -> findings -> report. Each stage is a named step with its progress
bar and its time in the report's stats; what a stage does lives in its own module.
"""
from __future__ import annotations

import hashlib
import time
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from .align import align_arrays
from .analysis import Analysis
from .cache import Cache
from .claims import extract_claims
from .compare.aligned import MAX_DAYS_APART, compare_aligned
from .compare.context import Governors
from .corpus import load_corpus
from .corpus.datestamps import dates_read_from_text
from .embeddings import Embedder, embed_texts
from .events import document_links, group_documents
from .findings import sort_findings, with_context
from .kinds import KINDS, aligned_kinds, compared_aligned, infos
from .language import english_only
from .model import Corpus, DateClaim, Document, Finding, Report
from .options import DEFAULT_MIN_CONFIDENCE, Options, cache_dir_for, embedder_for, open_cache, without_unusable_cache
from .progress import NoProgress, Progress
from .sentences import split_corpus

# the names scripts and older callers import from here
__all__ = ["DEFAULT_MIN_CONFIDENCE", "MAX_DAYS_APART", "Analysis", "Options", "analyse", "cache_dir_for", "check",
           "check_corpus", "compare_aligned", "embedder_for", "open_cache", "without_unusable_cache"]


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


@contextmanager
def _stage(progress: Progress, stats: dict, name: str, total: int) -> Iterator[Callable[[int], None]]:
    """One named stage: its progress bar and its time in `stats`."""
    started = time.perf_counter()
    advance = progress.stage(name, total)
    yield advance
    progress.done(name)
    stats[f"seconds_{name.split()[-1]}"] = round(time.perf_counter() - started, 3)


# A corpus this many sentences or more starts a first run's model export early (`analyse`): its
# claims take long enough to hide the export behind, and it will have sentences to embed.
EARLY_EXPORT_SENTENCES = 200


def _canonical_order(doc: Document) -> tuple[str, str]:
    """By text, then id: the same articles give the same order whatever their shape or order."""
    return hashlib.sha256(doc.text.encode("utf-8", "surrogatepass")).hexdigest(), doc.id


def analyse(corpus: Corpus, options: Options, *, embedder: Embedder | None = None,
            progress: Progress | None = None, cache: Cache | None = None,
            keep_link_evidence: bool = False) -> Analysis:
    """Sentences, claims, embeddings, aligned pairs and events of a loaded corpus.

    The evidence behind each pair of articles (n x n per feature) is dropped once their
    probabilities are known, unless `keep_link_evidence` (fitting reads it).
    """
    progress = progress or NoProgress()
    stats: dict = {}
    docs, unchecked = english_only(corpus.documents)
    # one order whatever order the articles came in (a file's lines reversed, a folder of files):
    # nearest-neighbour ties and the event grouping's ties otherwise follow the input's order
    docs = sorted(docs, key=_canonical_order)
    sentences = split_corpus(docs)
    own_embedder = embedder is None
    embedder = embedder or embedder_for(options)
    prepare, settle = getattr(embedder, "prepare", None), getattr(embedder, "settle", None)
    if prepare is not None and len(sentences) >= EARLY_EXPORT_SENTENCES:
        prepare()  # a first run's model export, in a child process while the claims are read
    try:
        with _stage(progress, stats, "extracting claims", len({s.text for s in sentences if s.kind != "meta"})) as advance:
            claims = extract_claims(sentences, cache, advance)
        comparable = [i for i, c in enumerate(claims) if compared_aligned(c)]
        with _stage(progress, stats, "embedding", len({sentences[i].text for i in comparable})) as advance:
            vectors, encoded = embed_texts([sentences[i].text for i in comparable], embedder, cache, advance)
    except BaseException:  # Ctrl-C above all: stop the export rather than wait for it
        if settle is not None:
            settle(cancel=True)
        raise
    if settle is not None:
        settle()
    stats.update(sentences_embedded=len(comparable), sentences_encoded=encoded)
    if getattr(embedder, "backend", None):
        stats["embedding_backend"] = embedder.backend
    close = getattr(embedder, "close", None)
    if own_embedder and close is not None:
        close()  # without a cache, its export sits in a temporary folder: gone now, not at exit
    sentence_doc = [sentences[i].doc_id for i in comparable]
    with _stage(progress, stats, "aligning", 1) as advance:
        a, b, sim = align_arrays(vectors, sentence_doc, options.threshold, options.neighbours)
        pairs = list(zip(a.tolist(), b.tolist(), sim.tolist()))
        advance(1)
    with _stage(progress, stats, "grouping events", 1) as advance:
        dates: dict[str, list[DateClaim]] = defaultdict(list)
        for sentence, found in zip(sentences, claims):
            dates[sentence.doc_id].extend(found.dates)
        links = document_links(docs, sentence_doc, pairs, options.event_max_days, dates,
                               keep_evidence=keep_link_evidence, cache=cache)
        events = group_documents(docs, links, options.event_threshold)
        advance(1)
    stats["aligned_pairs"] = len(pairs)
    return Analysis(docs, unchecked, sentences, claims, comparable, vectors, pairs, links, events, stats)


def split_at_bar(findings: list[Finding], bar: float | None, stats: dict) -> tuple[list[Finding], list[Finding]]:
    """(the findings at `bar` or above, those under it); how many it hides goes into `stats` for
    the reports to say, so a raised bar never makes a corpus look clean."""
    if bar is None:
        return findings, []
    shown: list[Finding] = []
    hidden: list[Finding] = []
    for f in findings:
        (shown if f.confidence is None or f.confidence >= bar else hidden).append(f)
    stats["min_confidence"] = bar  # the reports show confidences to the bar's own decimals
    if hidden:
        stats["below_min_confidence"] = len(hidden)
    return shown, hidden


def not_compared(docs: Sequence[Document], same_source: bool) -> str | None:
    """Why no figure or date could be compared, or None: a report without findings must not read
    as an all-clear for a corpus of one article, or of one outlet's articles."""
    if len(docs) == 1:
        return "the corpus holds one article, and they are compared between articles"
    sources = {d.source for d in docs}
    if len(sources) == 1 and not same_source:
        return (f"every article is from one outlet ({next(iter(sources))}), and they are compared between "
                "outlets (--same-source compares an outlet's articles with each other)")
    return None


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
            for kind in KINDS.values():
                if kind.corpus is not None:
                    findings += kind.corpus(analysis.docs, analysis.sentences, analysis.claims, analysis.event_of(),
                                            options.min_confidence)
            advance(1)
        findings, below_bar = split_at_bar(findings, options.min_confidence, stats)
        stats.update(options.stats)
        lowered = [f"{kind.name} {kind.model().threshold:g}" for kind in aligned_kinds()
                   if options.min_confidence is not None and options.min_confidence < kind.model().threshold]
        if lowered:  # a finding under the fitted cut looks like any other: the reports say the bar let it in
            stats["bar_lowered"] = ", ".join(lowered)
        unread = not_compared(analysis.docs, options.same_source)
        if unread:
            stats["not_compared"] = unread
        dated = sorted(d.published for d in analysis.docs if d.published is not None)
        return Report(
            documents=len(analysis.docs), sentences=len(analysis.sentences),
            findings=with_context(sort_findings(findings), analysis.sentences),
            events=analysis.events, skipped=list(corpus.skipped) + analysis.unchecked,
            dates_from_text=dates_read_from_text(analysis.docs), stats=stats,
            sources=sorted({d.source for d in analysis.docs}), date_span=(dated[0], dated[-1]) if dated else None,
            kinds=infos(), below_bar=sort_findings(below_bar),  # for the baseline's matching only: no context
        )
    finally:
        if own_cache and cache is not None:
            cache.close()
