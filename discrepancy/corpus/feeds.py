"""RSS and Atom feeds (.xml, .rss, .atom): each entry with text is one article.

An entry's full content is preferred; an entry that carries only a summary is read as
such and listed as read from its summary, since a summary can leave out what the
article says. feedparser is given the file's bytes, so it never fetches anything, and
HTML in an entry is reduced to its text (no link is followed).
"""
from __future__ import annotations

import io
from datetime import date
from pathlib import Path
from typing import Any

from .common import Raw, Sink, iso_date
from .decode import read_markup


def feed_limit(max_bytes: int) -> int:
    """A feed holds many articles: up to 50 of the largest, plus their markup."""
    return 50 * (4 * max_bytes + 1_000_000)


def read_feed(path: Path, shown: str, id_base: str, size: int, sink: Sink, *, direct: bool) -> None:
    """Every entry of the feed at `path` that has text; an entry without is listed with its number."""
    import feedparser

    data = read_markup(path, shown, size, feed_limit(sink.max_bytes), sink)
    if data is None:
        return
    parsed = feedparser.parse(io.BytesIO(data), resolve_relative_uris=False, sanitize_html=True)
    if not parsed.version:
        problem = parsed.get("bozo_exception")
        reason = f" ({str(problem).strip()})" if problem else ""
        sink.issue(shown, None, f"not an RSS or Atom feed{reason}")
        return
    if parsed.bozo and parsed.entries:
        sink.issue(shown, None, f"feed is not well-formed ({parsed.bozo_exception}): "
                                "read as far as it could be parsed", "read")
    outlet = _text(parsed.feed.get("title")) or _host(parsed.feed.get("link"))
    if not parsed.entries:
        sink.issue(shown, None, "feed has no entries")
    for number, entry in enumerate(parsed.entries, start=1):
        sink.record_read()
        where = f"{shown}@entry-{number}"
        body, from_summary = _body(entry)
        if not body.strip():
            sink.issue(where, None, "feed entry has no content or summary")
            continue
        if from_summary:
            sink.issue(where, None, "feed entry has a summary only: the summary was read as the article", "read")
        title = _text(entry.get("title"))
        text = f"{title}\n{body}\n" if title and not body.startswith(title) else f"{body}\n"
        published = _entry_date(entry)
        written = " ".join(str(dict.get(entry, "published") or dict.get(entry, "updated") or "").split())
        if published is None and written:
            sink.issue(where, None, f"entry date {written!r} is not a date: ignored (date unknown)", "read")
        meta = {"title": title, "source": outlet, "url": entry.get("link") or None}
        sink.add(Raw(text, where, None, 1, f"{id_base}@{_entry_key(entry, number)}", meta,
                     published=published, published_origin="feed" if published else None))


def _entry_key(entry: Any, number: int) -> str:
    """What names an entry whatever its place in the feed: its guid (Atom id), else its link, else
    its number. A refreshed feed puts new entries first; ids by place would then name other
    articles, and a baseline would no longer recognise the findings it accepted."""
    for key in ("id", "link"):
        value = " ".join(str(entry.get(key) or "").split())
        if value:
            return value
    return f"entry-{number}"


def _body(entry: Any) -> tuple[str, bool]:
    """(the entry's text, whether it is only the summary)."""
    for content in entry.get("content") or []:
        text = _text(content.get("value"), content.get("type"))
        if text:
            return text, False
    return _text(entry.get("summary"), (entry.get("summary_detail") or {}).get("type")), True


def _text(value: str | None, media_type: str | None = "text/html") -> str:
    """Text of an entry field: HTML reduced to its paragraphs, one per line."""
    if not value:
        return ""
    if media_type and "html" not in media_type:
        return value.strip()
    import lxml.html
    from lxml.etree import ParserError

    try:
        root = lxml.html.fragment_fromstring(value, create_parent="div")
    except (ParserError, ValueError):
        return value.strip()
    for block in root.iter("p", "br", "div", "li", "h1", "h2", "h3", "h4", "blockquote"):
        block.tail = "\n" + (block.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().split("\n"))
    return "\n".join(line for line in lines if line)


def _entry_date(entry: Any) -> date | None:
    """The entry's publication (else update) date as the feed wrote it, in the feed's own time zone."""
    from email.utils import parsedate_to_datetime

    for key in ("published", "updated"):
        raw = dict.get(entry, key)  # as written: feedparser's own get maps one onto the other, with a warning
        if not raw:
            continue
        found = iso_date(raw)  # Atom: RFC 3339
        if found is not None:
            return found
        try:
            return parsedate_to_datetime(raw).date()  # RSS: RFC 822
        except (TypeError, ValueError, IndexError):
            pass
        parsed = dict.get(entry, f"{key}_parsed")  # feedparser's reading of other forms, in UTC
        if parsed:
            try:
                return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
            except ValueError:
                pass
    return None


def _host(link: str | None) -> str | None:
    from urllib.parse import urlsplit

    return urlsplit(link).hostname if link else None
