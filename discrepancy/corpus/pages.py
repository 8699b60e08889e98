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
from .decode import bom_codec, read_markup
from .text_formats import text_limit

# A page whose extracted text is shorter than this is a section front, a cookie wall or a
# page its scripts would have filled in: no article to check (a longer cookie or consent
# notice is told by its words, below).
MIN_ARTICLE_WORDS = 20
# The page's own statement of its publication date, as the common metadata write it: when it is
# there and no date was read from it, the date was not a date (or lies after the day of the
# check, which htmldate refuses), and the page is listed as read with its date unknown.
_DECLARED_DATE = re.compile(
    rb"""(?:(?:property|name|itemprop)\s*=\s*["'](?:article:published_time|og:published_time|datePublished|pubdate|"""
    rb"""publishdate|publish-date|dc\.date|dc\.date\.issued|parsely-pub-date|sailthru\.date)["'][^>]*?"""
    rb"""content\s*=\s*["']([^"']{1,80})["'])|(?:"datePublished"\s*:\s*"([^"]{1,80})")""",
    re.IGNORECASE)
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
    ignored_date: str | None = None  # a date the page declares that could not be used, as written


# The date from the page's markup and URL only, the publication date rather than the last update.
_DATE_CONFIG = {"extensive_search": False, "original_date": True}


# Labels a browser reads as Windows-1252 (the WHATWG Encoding Standard): a page that declares
# ISO-8859-1 but holds curly quotes (0x91-0x94) lost them as control characters.
_WINDOWS_1252_LABELS = (b"iso-8859-1", b"iso8859-1", b"iso88591", b"iso_8859-1", b"latin1", b"l1", b"cp819",
                        b"ibm819", b"us-ascii", b"ascii", b"windows-1252", b"cp1252", b"x-cp1252")
_DECLARED_CHARSET = re.compile(rb"""(<meta[^>]{0,200}?charset\s*=\s*["']?)([\w.:-]+)""", re.IGNORECASE)


def _as_browsers_read(html: bytes) -> bytes:
    """`html` with a Windows-1252 page that declares a Latin-1 (or ASCII) label re-encoded as the
    UTF-8 a browser would show, its declaration said so; any other page as it is."""
    declared = _DECLARED_CHARSET.search(html[:4096])
    if declared is None or declared.group(2).lower() not in _WINDOWS_1252_LABELS:
        return html
    try:
        html.decode("utf-8")
        return html  # a page in UTF-8 despite its label: left to the extractor, which reads it so
    except UnicodeDecodeError:
        pass
    text = html.decode("cp1252", errors="replace")
    return (text[:declared.start(2)] + "utf-8" + text[declared.end(2):]).encode("utf-8")


def extract_article(html: bytes, url: str | None = None) -> PageArticle | str:
    """The article in `html`, or why there is none (a reason for the skipped list)."""
    from trafilatura import bare_extraction

    html = _as_browsers_read(html)

    if url is None:
        saved = _SAVED_FROM.search(html[:4096])
        url = saved.group(1).decode("ascii", "replace") if saved else None
    found = bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=True,
        favor_precision=True, deduplicate=False,
        date_extraction_params=_DATE_CONFIG,
    )
    text = (found.text or "").strip() if found is not None else ""
    words = len(text.split())
    from_json_ld = _json_ld_article(html) if words < MIN_ARTICLE_WORDS else None
    if from_json_ld is not None:
        # a page its scripts fill in often carries the whole article in its JSON-LD for search engines
        text, words = from_json_ld.text, len(from_json_ld.text.split())
        if found is None:
            from trafilatura.metadata import extract_metadata

            found = extract_metadata(html.decode("utf-8", "replace"), default_url=url, date_config=_DATE_CONFIG)
    if words < MIN_ARTICLE_WORDS or found is None:
        what = "no text" if not words else f"only {words} word{'s' if words != 1 else ''}"
        return f"no article text found in the page ({what} outside menus, banners and footers)"
    if _consent_notice(text):
        return "no article text found in the page (only a cookie or consent notice)"
    title = (found.title or "").strip() or None
    outlet = found.sitename or found.hostname or None
    if from_json_ld is not None:  # the shell's <title> is often "Loading"; the JSON-LD says what it is
        title = from_json_ld.headline or title
        outlet = found.sitename or from_json_ld.publisher or found.hostname or None
    if title and not text.startswith(title):  # the headline first, as in an article file
        text = f"{title}\n{text}"
    return PageArticle(
        text=text + "\n",
        title=title,
        outlet=outlet,
        url=found.url or url,
        published=iso_date(found.date) if found.date else None,
        ignored_date=None if found.date else _declared_date(html),
    )


# Words of a cookie banner or consent wall; a short text that speaks of cookies in several of
# them is the notice a page shows before its article (or instead of it, to a crawler).
_CONSENT_WORDS = frozenset({"consent", "accept", "reject", "privacy", "partners", "personalise", "personalize",
                            "personalised", "personalized", "preferences", "advertising", "ads", "tracking",
                            "vendors", "gdpr", "settings", "manage", "agree"})
_CONSENT_MOST_WORDS = 150


def _consent_notice(text: str) -> bool:
    words = [w.strip(".,;:!?()\"'").lower() for w in text.split()]
    return (len(words) < _CONSENT_MOST_WORDS and any(w.startswith("cookie") for w in words)
            and len(_CONSENT_WORDS.intersection(words)) >= 3)


_JSON_LD = re.compile(rb"<script[^>]*type\s*=\s*[\"']application/ld\+json[\"'][^>]*>(.*?)</script>",
                      re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True)
class _JsonLdArticle:
    """What a page's JSON-LD says of its article, for a page its scripts fill in."""

    text: str
    headline: str | None
    publisher: str | None


def _json_ld_article(html: bytes) -> _JsonLdArticle | None:
    """The article of the page's JSON-LD with the longest `articleBody` (a NewsArticle, alone or in
    an @graph): its text, headline and publisher's name (a page built by scripts has no other)."""
    found = _json_ld_body(html)
    if found is None:
        return None
    body, node = found
    publisher = node.get("publisher")
    if isinstance(publisher, list):
        publisher = publisher[0] if publisher else None
    name = publisher.get("name") if isinstance(publisher, dict) else publisher
    return _JsonLdArticle(body, _one_line(node.get("headline")), _one_line(name))


def _one_line(value: object) -> str | None:
    """A JSON-LD string on one line, or None for no string or an empty one."""
    return " ".join(value.split()) or None if isinstance(value, str) else None


def _json_ld_body(html: bytes) -> tuple[str, dict] | None:
    """The longest `articleBody` of the page's JSON-LD (a NewsArticle, alone or in an @graph), as
    text, with the JSON-LD object that holds it; None when there is none."""
    import json

    bodies: list[tuple[str, dict]] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            body = node.get("articleBody")
            if isinstance(body, str):
                bodies.append((body, node))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for block in _JSON_LD.findall(html):
        try:
            walk(json.loads(block.decode("utf-8", "replace")))
        except (ValueError, RecursionError):
            continue
    if not bodies:
        return None
    import lxml.html

    body, node = max(bodies, key=lambda bn: len(bn[0]))
    if "<" in body:  # some sites put the article's markup in it
        body = lxml.html.fromstring(f"<div>{body}</div>").text_content()
    lines = (" ".join(line.split()) for line in body.split("\n"))
    text = "\n".join(line for line in lines if line)
    return (text, node) if text else None


def _declared_date(html: bytes) -> str | None:
    """The publication date the page's metadata states, as written, or None."""
    m = _DECLARED_DATE.search(html)
    if m is None:
        return None
    return " ".join((m.group(1) or m.group(2)).decode("utf-8", "replace").split()) or None


def note_ignored_date(article: PageArticle, shown: str, sink: Sink) -> None:
    """List a page whose stated date could not be used: the reports say "date unknown" for it."""
    if article.ignored_date:
        sink.issue(shown, None, f"the page's date {article.ignored_date!r} is not a valid date, or is after today: "
                                "ignored", "read")


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
        sink.issue(shown, None, _no_markup(data) or article)
        return
    note_ignored_date(article, shown, sink)
    sink.add(page_raw(article, shown, None, id_base))


_TAG = re.compile(rb"<\s*[a-zA-Z!?/]")


def _no_markup(data: bytes) -> str | None:
    """Why a .html file with no article may be no page at all: "no text outside menus" sent the
    user the wrong way for plain text or random bytes saved under a page's name."""
    codec = bom_codec(data)
    wide = codec is not None and codec != "utf-8"  # UTF-16 or UTF-32: NUL bytes in every character
    if b"\x00" in data and not wide:
        return "binary file (contains NUL bytes)"
    head = data.lstrip()[:65536]  # (a template's output can open with thousands of blank lines)
    if codec is not None and wide:  # a UTF-16 page's tags are "<\x00h\x00...": read them as text
        head = head.decode(codec, errors="replace").encode("utf-8")
    if _TAG.search(head) is None:
        return "no HTML markup: plain text saved as a page? (a .txt file is read as an article)"
    return None
