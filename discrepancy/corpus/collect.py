"""Turn articles as found into documents: check them, make their ids unique, keep them in order.

Every format reader ends here, so an empty article, an oversized one, a field of the
wrong type or a duplicate id is handled (and reported) the same way for all formats.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date, timedelta

from ..model import Document, InputIssue
from ..progress import Advance
from .common import Action, Raw, clean, iso_date, printable, type_name, where

# An input reached twice (a file or folder named twice or by a link, an article saved twice): listed,
# read once; --strict lets it be, since nothing went unchecked.
ALREADY_READ = "already read"


def no_progress(_n: int) -> None:
    return None


# Days that stand for "no date": Excel's day zero (1899-12-30, shown as 1899-12-31 or 1900-01-01)
# and Unix time's (1970-01-01).
_NULL_DATES = frozenset({date(1899, 12, 30), date(1899, 12, 31), date(1900, 1, 1), date(1969, 12, 31),
                         date(1970, 1, 1)})  # (1969-12-31: Unix's day zero west of Greenwich)
# No article a news corpus holds was printed before this year.
_EARLIEST_YEAR = 1800


def _implausible(published: date) -> str | None:
    """Why a publication date cannot be the article's, or None."""
    if published in _NULL_DATES:
        # what a spreadsheet, a database or a feed writes for "no date" (its day zero): read as a
        # date, it would set the article's story in that day
        return "a placeholder for no date"
    if published.year < _EARLIEST_YEAR:
        return f"before {_EARLIEST_YEAR}"
    if published > date.today() + timedelta(days=1):
        # a typo ("2035" for "2025") puts an article years from its story: it made a contradiction
        # a change over time, and the run passed
        return "after today"
    return None


# Names other corpora give the fields read here: a corpus written with them would otherwise lose
# every date or outlet without a word.
_OTHER_NAMES = {
    "date": "published", "published_at": "published", "publishedAt": "published", "pubDate": "published",
    "datePublished": "published", "publication_date": "published", "pub_date": "published",
    "outlet": "source", "publisher": "source", "site": "source", "site_name": "source",
    "link": "url", "headline": "title",
}


@dataclass
class Collector:
    """The documents and issues of one load, in reading order; the `Sink` every reader writes to."""

    max_bytes: int
    documents: list[Document] = field(default_factory=list)
    issues: list[InputIssue] = field(default_factory=list)
    # id -> (text, where it was read), for duplicate ids
    ids: dict[str, tuple[str, str]] = field(default_factory=dict)
    # (text and every detail given) -> where it was read: one article saved twice under two names
    articles: dict[tuple, str] = field(default_factory=dict)
    # advances the progress bar of the archive or feed being read, one record at a time
    advance_record: Advance = no_progress

    def issue(self, path: str, line: int | None, reason: str, action: Action = "skipped") -> None:
        # a reason can quote the input (a parser's message, an archive's first line): never raw bytes
        self.issues.append(InputIssue(path=path, line=line, reason=printable(reason, 300), action=action))

    def _not_read(self, raw: Raw) -> None:
        """Forget the repairs of a file that held only this article, now skipped: a file listed as
        both read after a repair and skipped says two things of one input."""
        if raw.line is None:
            self.issues = [i for i in self.issues if not (i.path == raw.path and i.line is None and i.action == "read")]

    def record_read(self) -> None:
        self.advance_record(1)

    def add(self, raw: Raw) -> None:
        """Check one article, give it a unique id and keep it; or record why not."""
        where_ = (raw.path, raw.line)
        text, replaced = clean(raw.text)
        if not text.strip():
            self._not_read(raw)
            self.issue(*where_, "empty article (no text)" if not text else "empty article (whitespace only)")
            return
        size = len(text.encode("utf-8"))
        if size > self.max_bytes:
            self._not_read(raw)
            self.issue(*where_, f"article is {size:,} bytes, over the limit of {self.max_bytes:,} bytes")
            return

        fields: dict[str, str | None] = {}
        for name in ("id", "source", "title", "url"):
            value = raw.meta.get(name)
            if value is None or value == "":
                fields[name] = None
            elif isinstance(value, bool) or not isinstance(value, (str, int, float)):
                self.issue(*where_, f'field "{name}" is {type_name(value)}, not text: ignored', "read")
                fields[name] = None
            else:
                cleaned, bad = clean(str(value).strip())
                replaced = replaced or bad
                fields[name] = cleaned or None
        if replaced:
            self.issue(*where_, "invalid characters (lone surrogates) replaced with U+FFFD", "read")
        for name, meant in _OTHER_NAMES.items():
            other, read = raw.meta.get(name), raw.meta.get(meant)
            if other in (None, ""):
                continue
            if read in (None, ""):
                self.issue(*where_, f'field "{name}" is not read (its name here is "{meant}"): ignored', "read")
            elif str(other).strip() != str(read).strip():  # the same value twice loses nothing
                self.issue(*where_, f'field "{name}" ({printable(str(other))[:60]!r}) is not read: '
                                    f'"{meant}" is read instead', "read")

        published, origin = self._published(raw)
        # a file whose text and details another file of its folder has is one article saved twice
        # under two names; the same text from two outlets (their own folders, or a source given),
        # or on two days, is two articles (a wire story). Records of a JSONL file, an archive or a
        # feed are told apart by their ids, as before.
        whole_file = raw.line is None and "@" not in raw.path
        details = ((os.path.dirname(raw.path), text, fields["source"], fields["title"], fields["url"], published)
                   if whole_file else None)
        doc_id = fields["id"] or raw.default_id
        if details is not None and details in self.articles:
            self._not_read(raw)
            self.issue(*where_, f"same article (text and details) as {self.articles[details]}, {ALREADY_READ}")
            return
        doc_id = self._unique_id(doc_id, text, raw)
        if doc_id is None:
            return
        if details is not None:
            self.articles[details] = where(raw.path, raw.line)
        self.documents.append(Document(
            id=doc_id,
            text=text,
            source=fields["source"] or raw.default_source or doc_id,
            published=published,
            published_origin=origin,
            title=fields["title"],
            url=fields["url"],
            path=raw.path,
            line=raw.line,
            first_line=raw.first_line,
        ))

    def _published(self, raw: Raw) -> tuple[date | None, str | None]:
        """The corpus field wins; else the date the format read itself (page, WARC record, feed)."""
        value = raw.meta.get("published")
        if value is not None and value != "":
            published = iso_date(value)
            problem = "not an ISO date or datetime" if published is None else _implausible(published)
            if problem is None:
                return published, "metadata"
            self.issue(raw.path, raw.line, f"published date {str(value)!r} is {problem}: read without a date", "read")
        if raw.published is not None:
            problem = _implausible(raw.published)
            if problem is None:
                return raw.published, raw.published_origin
            self.issue(raw.path, raw.line, f"published date {raw.published.isoformat()!r} (from the "
                                           f"{raw.published_origin or 'file'}) is {problem}: read without a date", "read")
        return None, None

    def _unique_id(self, doc_id: str, text: str, raw: Raw) -> str | None:
        """`doc_id`, renamed if another text has it; None (reported) if the same text had it."""
        if doc_id in self.ids:
            earlier_text, earlier_at = self.ids[doc_id]
            if earlier_text == text:
                self.issue(raw.path, raw.line, f"duplicate of {doc_id!r} ({earlier_at}): same id and same text")
                return None
            n = 2
            while f"{doc_id}#{n}" in self.ids:
                n += 1
            new_id = f"{doc_id}#{n}"
            self.issue(raw.path, raw.line, f"id {doc_id!r} already used by {earlier_at} for a different text: "
                                           f"kept as {new_id!r}", "read")
            doc_id = new_id
        self.ids[doc_id] = (text, where(raw.path, raw.line))
        return doc_id
