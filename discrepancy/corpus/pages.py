"""Saved web pages (.html, .htm): the article text without the page around it, and its metadata.

trafilatura finds the article in the markup and drops menus, footers, cookie banners,
related links and comments; htmldate (through trafilatura) reads the publication date
from the page's metadata only (meta tags, JSON-LD, <time> elements, the URL), never
from sentences in the text: those are --dates-from-text's job. Both work on the bytes
given: a page is parsed, never fetched, and no link in it is followed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .common import Raw, Sink, iso_date
from .decode import read_markup
from .text_formats import text_limit

# A page whose extracted text is shorter than this is a section front, a cookie wall or a
# page its scripts would have filled in: no article to check.
MIN_ARTICLE_WORDS = 20
# Chrome and Internet Explorer write the page's address into the copy they save.
_SAVED_FROM = re.compile(rb"<!--\s*saved from url=\(\d+\)\s*(https?://[^\s>]+?)\s*-->", re.IGNORECASE)


@dataclass(frozen=True)
class PageArticle:
    """What a page yields: its article text and the metadata that names and dates it."""

    text: str
    title: str | None
    outlet: str | None  # the site's name, else its host
    url: str | None
    published: date | None


def extract_article(html: bytes, url: str | None = None) -> PageArticle | str:
    """The article in `html`, or why there is none (a reason for the skipped list)."""
    from trafilatura import bare_extraction

    if url is None:
        saved = _SAVED_FROM.search(html[:4096])
        url = saved.group(1).decode("ascii", "replace") if saved else None
    found = bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=True,
        favor_precision=True, deduplicate=False,
        # the date from the page's markup and URL only, the publication date rather than the last update
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    text = (found.text or "").strip() if found is not None else ""
    words = len(text.split())
    if words < MIN_ARTICLE_WORDS:
        what = "no text" if not words else f"only {words} word{'s' if words != 1 else ''}"
        return f"no article text found in the page ({what} outside menus, banners and footers)"
    title = (found.title or "").strip() or None
    if title and not text.startswith(title):  # the headline first, as in an article file
        text = f"{title}\n{text}"
    return PageArticle(
        text=text + "\n",
        title=title,
        outlet=found.sitename or found.hostname or None,
        url=found.url or url,
        published=iso_date(found.date) if found.date else None,
    )


def page_raw(article: PageArticle, shown: str, line: int | None, default_id: str) -> Raw:
    """The article as found, with its metadata as corpus fields and its date from the page."""
    meta = {"title": article.title, "source": article.outlet, "url": article.url}
    return Raw(article.text, shown, line, 1, default_id, meta,
               published=article.published, published_origin="page" if article.published else None)


def read_page_file(path: Path, shown: str, id_base: str, size: int, sink: Sink, *, direct: bool) -> None:
    """One saved page; a page with no article is listed as skipped with the reason."""
    data = read_markup(path, shown, size, text_limit(sink.max_bytes), sink)
    if data is None:
        return
    article = extract_article(data)
    if isinstance(article, str):
        sink.issue(shown, None, article)
        return
    sink.add(page_raw(article, shown, None, id_base))
