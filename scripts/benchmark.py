#!/usr/bin/env python3
"""Speed and memory of discrepancy on one machine, in one run.

    python scripts/benchmark.py [--corpus PATH.jsonl] [--articles 300] [--large-sentences 100000]
                                [--align-sizes 10000,100000,1000000] [--skip-large] [--skip-align]

Prints:
  * the model's raw encode throughput (sentences/s) on the corpus's own sentences;
  * end-to-end `discrepancy check` throughput (corpus sentences/s), cold (empty cache) and
    warm (the same corpus again after one article changed), and their ratio to raw encoding;
  * peak memory of a check on a corpus of about 100k sentences;
  * alignment time (index build + k-NN search + pair filtering) at 10k, 100k and 1M vectors
    in one index over all vectors, as `check` aligns a corpus, and the recall of the
    approximate index against exact search.
Every check runs as its own `discrepancy` process, as a user would run it.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "ukraine-media-summer-2022" / "corpus.jsonl"
CLI = [sys.executable, "-m", "discrepancy"]


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1))
        mem = f", {kb / 1024 / 1024:.0f} GiB RAM"
    except (OSError, AttributeError):
        pass
    return f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores ({cpu}){mem}, Python {platform.python_version()}"


def read_rows(path: Path, n: int | None) -> list[dict]:
    rows = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                rows.append(json.loads(line))
            if n and len(rows) >= n:
                break
    return rows


def write_rows(rows: list[dict], path: Path) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def run_check(corpus: Path, cache: Path, out: Path) -> tuple[float, float]:
    """(wall seconds, peak RSS in MiB) of one `discrepancy check` process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    proc = subprocess.run(CLI + ["check", str(corpus), "--cache-dir", str(cache), "--quiet", "--format", "json",
                                 "--output", str(out), "--fail-on", "never"],
                          cwd=ROOT, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"check failed ({proc.returncode}): {proc.stderr[-2000:]}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    # ru_maxrss of children is the largest child so far: measure each check in order of growing size
    return wall, max(peak, before) / 1024


def corpus_sentences(path: Path) -> list[str]:
    from discrepancy.corpus import load_corpus
    from discrepancy.sentences import split_corpus

    return [s.text for s in split_corpus(load_corpus([path]).documents) if s.kind != "meta"]


def raw_encode(texts: list[str], work: Path) -> tuple[float, float | None]:
    """Sentences per second of the model alone, loaded before the clock starts:
    with sentence-transformers, and exported to ONNX Runtime (what `check` uses)."""
    from discrepancy.embeddings import ExportedEmbedder, SentenceTransformerEmbedder

    rates = []
    for embedder in (SentenceTransformerEmbedder(), ExportedEmbedder(None, work / "export")):
        embedder.encode(texts[:64])  # load (and export) and warm up
        if getattr(embedder, "backend", "onnxruntime") != "onnxruntime":
            rates.append(None)
            continue
        started = time.perf_counter()
        embedder.encode(texts)
        rates.append(len(texts) / (time.perf_counter() - started))
    return rates[0], rates[1]


def change_one_article(rows: list[dict]) -> list[dict]:
    """The same corpus with one article edited: a new sentence with a figure and a date."""
    changed = [dict(r) for r in rows]
    changed[len(changed) // 2]["text"] += "\n\nOfficials said on Tuesday that 14 people had been evacuated overnight."
    return changed


def large_corpus(rows: list[dict], target: int) -> list[dict]:
    """About `target` sentences: the corpus repeated, each copy with its figures shifted so no sentence repeats."""
    from discrepancy.model import Document
    from discrepancy.sentences import split_document

    per_copy = sum(len(split_document(Document(id="x", text=r["text"], source="x"))) for r in rows)
    copies = max(1, round(target / max(1, per_copy)))
    out = []
    for c in range(copies):
        for r in rows:
            text = r["text"] if c == 0 else re.sub(r"\d+", lambda m: str(int(m.group()) + c), r["text"])  # noqa: B023 (used at once)
            text = text if c == 0 else f"{text}\n\nEdition {c}."
            out.append({**r, "id": f"{r.get('id', '')}-{c}", "text": text})
    return out


def one_line_article(rows: list[dict], size: int) -> dict:
    """An article of `size` bytes with no full stop (a scraped page read as one sentence): the
    corpus's own words and figures, stops and line ends removed."""
    words = " ".join(r.get("text", "") for r in rows[:50]).replace(".", " ").replace("!", " ").replace("?", " ").split()
    out: list[str] = []
    length = 0
    while length < size:
        for w in words:
            out.append(w)
            length += len(w) + 1
            if length >= size:
                break
    return {"id": f"one-line-{size}", "source": "Bench", "text": " ".join(out)}


def align_times(sizes: list[int], dim: int = 384) -> list[tuple[int, float, str]]:
    import numpy as np

    from discrepancy.align import EXACT_LIMIT, align_arrays

    out = []
    rng = np.random.default_rng(0)
    for n in sizes:
        # clustered vectors, like sentence embeddings: 1% of points are centres, the rest near one
        centres = rng.standard_normal((max(1, n // 100), dim)).astype(np.float32)
        v = centres[rng.integers(0, len(centres), n)] + 0.35 * rng.standard_normal((n, dim)).astype(np.float32)
        v /= np.linalg.norm(v, axis=1, keepdims=True)
        docs = [str(i // 30) for i in range(n)]
        started = time.perf_counter()
        pairs = align_arrays(v, docs, threshold=0.5)[0]
        out.append((n, time.perf_counter() - started, "exact" if n <= EXACT_LIMIT else "partitioned",
                    len(pairs)))
        del v
    return out


def approximate_recall(n: int, dim: int = 384, k: int = 11, sample: int = 2000) -> float:
    """Recall@k of the approximate search against exact search, on clustered vectors,
    for `sample` query vectors (k = 11: a vector itself and the 10 neighbours `check` uses)."""
    import faiss
    import numpy as np

    from discrepancy.align import neighbours

    rng = np.random.default_rng(1)
    centres = rng.standard_normal((max(1, n // 100), dim)).astype(np.float32)
    v = centres[rng.integers(0, len(centres), n)] + 0.35 * rng.standard_normal((n, dim)).astype(np.float32)
    v /= np.linalg.norm(v, axis=1, keepdims=True)
    queries = rng.choice(n, min(sample, n), replace=False)
    exact = faiss.IndexFlatIP(dim)
    exact.add(v)
    _, truth = exact.search(v[queries], k)
    del exact
    _, found = neighbours(v, k, exact_limit=0)
    hits = sum(len(set(truth[row]) & set(found[q])) for row, q in enumerate(queries))
    return hits / (len(queries) * k)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="a JSONL corpus to sample articles from")
    ap.add_argument("--articles", type=int, default=300, help="articles in the cold/warm corpus")
    ap.add_argument("--large-sentences", type=int, default=100_000, help="sentences in the memory corpus")
    ap.add_argument("--align-sizes", default="10000,100000,1000000", help="vector counts for the alignment timing")
    ap.add_argument("--skip-large", action="store_true", help="skip the ~100k-sentence memory run")
    ap.add_argument("--skip-align", action="store_true", help="skip the alignment timings")
    ap.add_argument("--skip-long-line", action="store_true",
                    help="skip the articles of 250 kB and 1 MB with no full stop (should grow linearly)")
    args = ap.parse_args(argv)
    if not args.corpus.exists():
        print(f"error: {args.corpus} not found", file=sys.stderr)
        return 2
    print(f"machine: {machine()}")
    work = Path(tempfile.mkdtemp(prefix="discrepancy-bench-"))
    try:
        rows = read_rows(args.corpus, args.articles)
        small = work / "corpus.jsonl"
        write_rows(rows, small)
        texts = corpus_sentences(small)
        print(f"corpus: {len(rows)} articles, {len(texts)} sentences (from {args.corpus})")

        raw_st, raw_ort = raw_encode(texts, work)
        raw = max(raw_st, raw_ort or 0.0)
        print(f"raw encode throughput (all-MiniLM-L6-v2, model already loaded): "
              f"sentence-transformers {raw_st:.0f} sentences/s; "
              f"ONNX Runtime {f'{raw_ort:.0f} sentences/s' if raw_ort else 'unavailable'}")

        cache = work / "cache"
        cold, cold_rss = run_check(small, cache, work / "cold.json")
        changed = work / "changed.jsonl"
        write_rows(change_one_article(rows), changed)
        warm, _ = run_check(changed, cache, work / "warm.json")
        unchanged, _ = run_check(changed, cache, work / "again.json")
        e2e = len(texts) / cold
        print(f"end-to-end cold: {cold:.1f} s = {e2e:.0f} sentences/s = {e2e / raw:.2f} x the faster raw encode "
              f"(only sentences with a figure or a date are embedded; includes the one-off model export); "
              f"peak {cold_rss:.0f} MiB")
        print(f"end-to-end warm, one article changed: {warm:.1f} s = {100 * warm / cold:.0f}% of cold")
        print(f"end-to-end warm, nothing changed: {unchanged:.1f} s = {100 * unchanged / cold:.0f}% of cold")

        if not args.skip_long_line:
            times = []
            for size in (250_000, 1_000_000):
                one = work / f"one-line-{size}.jsonl"
                write_rows([one_line_article(rows, size), rows[0]], one)
                wall, rss = run_check(one, work / f"cache-line-{size}", work / f"line-{size}.json")
                times.append(wall)
                print(f"an article of {size:,} bytes with no full stop, beside one other: cold {wall:.1f} s, "
                      f"peak {rss:.0f} MiB")
            print(f"  x{times[1] / times[0]:.1f} time for x4 bytes (includes loading the model each run)")

        if not args.skip_large:
            big_rows = large_corpus(read_rows(args.corpus, None), args.large_sentences)
            big = work / "large.jsonl"
            write_rows(big_rows, big)
            n_big = len(corpus_sentences(big))
            wall, rss = run_check(big, work / "cache-large", work / "large.json")
            print(f"large corpus: {len(big_rows)} articles, {n_big} sentences: cold {wall:.0f} s, "
                  f"peak memory {rss:.0f} MiB ({rss / 1024:.2f} GiB)")

        if not args.skip_align:
            from discrepancy.align import EXACT_LIMIT

            sizes = [int(x) for x in args.align_sizes.split(",") if x]
            previous = None
            for n, seconds, kind, pairs in align_times(sizes):
                growth = ""
                if previous:
                    pn, ps = previous
                    growth = f"; x{seconds / ps:.1f} time for x{n / pn:.0f} vectors"
                print(f"alignment: {n:>9,} vectors: {seconds:7.2f} s ({kind} index, {pairs} pairs){growth}")
                previous = (n, seconds)
            for n in sizes:
                if n > EXACT_LIMIT:
                    print(f"approximate search recall@11 against exact search at {n:,} vectors: "
                          f"{approximate_recall(n):.3f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
