#!/usr/bin/env python3
"""Peak memory of reading WARC archives of 100 MB and 1 GB: the archive must stream, not sit in memory.

    python scripts/bench_warc.py [--dir /tmp] [--sizes 100,1000] [--keep]

Writes one .warc.gz per size (MB of records) into --dir, like a news crawl: HTML article
pages (a different article in each, inside the usual menus, scripts and footers), their
request records, images, and in archives of 500 MB or more one 200 MB video record. Each
is then read by `load_corpus` in a fresh process (reading only, not the embedding
pipeline), which prints its peak resident memory (RSS) before and after reading, the
records and articles read, the article text kept, and the time. Memory that is flat in
the archive's size grows only with the article text kept, never with the archive.
The archives are deleted afterwards unless --keep is given.
"""
from __future__ import annotations

import argparse
import io
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

MB = 1_000_000
IMAGE_BYTES = 400_000
VIDEO_BYTES = 200 * MB
WORDS = ("talks delegation minister ceasefire prisoners exchange ministry officials said agreed "
         "corridor grain ships port Istanbul Kyiv Ankara meeting statement security council "
         "sanctions troops region border reported according spokesman government parliament").split()


def article_html(rng: random.Random, n: int) -> bytes:
    """A saved news page: one article of ~400 words inside ~25 KB of page furniture."""
    paragraphs = []
    for _ in range(12):
        sentences = []
        for _ in range(3):
            words = rng.choices(WORDS, k=rng.randint(8, 14))
            words.insert(rng.randrange(len(words)), f"{rng.randint(2, 9999):,}")
            sentences.append(" ".join(words).capitalize() + ".")
        paragraphs.append("<p>" + " ".join(sentences) + "</p>")
    nav = "".join(f'<li><a href="/section/{i}">Section {i}</a></li>' for i in range(60))
    related = "".join(f'<li><a href="/story/{n}-{i}">Related story {i} about the talks</a></li>' for i in range(40))
    script = "var config = " + json.dumps({f"k{i}": "x" * 40 for i in range(300)}) + ";"
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Story {n} | Bench Post</title>
<meta property="og:site_name" content="Bench Post"><meta property="article:published_time" content="2025-06-{1 + n % 28:02d}T10:00:00Z">
<script>{script}</script></head><body><div class="cookie-banner">We use cookies. <button>Accept</button></div>
<header><nav><ul>{nav}</ul></nav></header><main><article><h1>Story {n}: talks continue</h1>{''.join(paragraphs)}</article>
<aside><h2>Related</h2><ul>{related}</ul></aside></main><footer>(c) Bench Post. All rights reserved.</footer></body></html>
""".encode()


def write_archive(path: Path, target_bytes: int) -> dict[str, int]:
    """A crawl of about `target_bytes` of record content; returns what it holds."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    rng = random.Random(0)
    written = pages = images = 0
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True)

        def response(uri: str, body: bytes, content_type: str) -> None:
            http = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=http))

        if target_bytes >= 500 * MB:  # one record far bigger than any page: it must stream past, never be held
            response("https://bench.example/video.mp4", os.urandom(VIDEO_BYTES), "video/mp4")
            written += VIDEO_BYTES
        while written < target_bytes:
            uri = f"https://bench.example/story/{pages}"
            request = StatusAndHeaders("GET / HTTP/1.1", [("Host", "bench.example")], is_http_request=True)
            writer.write_record(writer.create_warc_record(uri, "request", http_headers=request))
            page = article_html(rng, pages)
            response(uri, page, "text/html; charset=utf-8")
            image = os.urandom(IMAGE_BYTES)  # photos do not compress
            response(f"{uri}/photo.jpg", image, "image/jpeg")
            written += len(page) + len(image)
            pages += 1
            images += 1
    return {"pages": pages, "images": images, "content_bytes": written}


def peak_rss() -> int:
    """This process's peak resident memory in bytes.

    /proc's VmHWM where there is one: getrusage's ru_maxrss also counts the parent's peak
    before the exec that started this process (Linux carries it over), so it would show
    the generator's 200 MB video buffer.
    """
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def read_archive(path: str) -> None:
    """In a fresh process: read the archive and print the figures as one JSON line."""
    import trafilatura  # noqa: F401  # loaded before the baseline, as any first page would
    import warcio  # noqa: F401

    from discrepancy.corpus import load_corpus

    before = peak_rss()
    t0 = time.perf_counter()
    corpus = load_corpus([path])
    seconds = time.perf_counter() - t0
    peak = peak_rss()
    text = sum(len(d.text.encode("utf-8")) for d in corpus.documents)
    print(json.dumps({"rss_before": before, "rss_peak": peak, "articles": len(corpus.documents),
                      "text_kept": text, "seconds": round(seconds, 1),
                      "summary": [f"{i.path}: {i.reason}" for i in corpus.skipped]}))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dir", type=Path, default=Path("/tmp"), help="where the archives are written (made if missing)")
    parser.add_argument("--sizes", default="100,1000", help="archive sizes in MB of records, comma-separated")
    parser.add_argument("--keep", action="store_true", help="keep the archives")
    parser.add_argument("--read", help=argparse.SUPPRESS)  # the child process
    args = parser.parse_args()
    if args.read:
        read_archive(args.read)
        return 0
    sizes = [int(s) for s in args.sizes.split(",")]
    args.dir.mkdir(parents=True, exist_ok=True)
    free = shutil.disk_usage(args.dir).free
    if free < 1.2 * max(sizes) * MB:
        print(f"not enough space in {args.dir}: {free / MB:,.0f} MB free", file=sys.stderr)
        return 2
    print(f"{'archive':>10} {'on disk':>9} {'records':>9} {'articles':>9} {'text kept':>10} "
          f"{'RSS before':>11} {'peak RSS':>9} {'growth':>8} {'seconds':>8}")
    for size in sizes:
        path = args.dir / f"discrepancy-bench-{size}mb.warc.gz"
        try:
            held = write_archive(path, size * MB)
            out = subprocess.run([sys.executable, __file__, "--read", str(path)], check=True,
                                 capture_output=True, text=True, cwd=args.dir).stdout
            got = json.loads(out.strip().splitlines()[-1])
            records = 2 * held["pages"] + held["images"] + (1 if size * MB >= 500 * MB else 0)
            print(f"{size:>7} MB {path.stat().st_size / MB:>6,.0f} MB {records:>9,} {got['articles']:>9,} "
                  f"{got['text_kept'] / MB:>7,.1f} MB {got['rss_before'] / MB:>8,.0f} MB "
                  f"{got['rss_peak'] / MB:>6,.0f} MB {(got['rss_peak'] - got['rss_before']) / MB:>5,.0f} MB "
                  f"{got['seconds']:>8}")
            for line in got["summary"]:
                print(f"{'':>11}{line}")
        finally:
            if not args.keep:
                path.unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
