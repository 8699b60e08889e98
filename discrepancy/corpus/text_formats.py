"""Plain article files (.txt), Markdown with YAML front matter (.md) and JSONL (one article a line)."""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

import yaml

from ..fileio import json_problem
from .common import Raw, Sink, printable, type_name
from .decode import decode, normalise_line_ends, read_whole


def text_limit(max_bytes: int) -> int:
    """An article's text is at most 4 bytes a character on disk (UTF-32), plus slack for front matter."""
    return 4 * max_bytes + 1_000_000


def read_article_file(path: Path, shown: str, id_base: str, size: int, sink: Sink, *, direct: bool) -> None:
    """One .txt or .md article; a file of another type named directly is read as plain text."""
    data = read_whole(path, shown, size, text_limit(sink.max_bytes), sink)
    if data is None:
        return
    text = _text(data, shown, sink)
    if text is None:
        return
    suffix = path.suffix.lower()
    if direct and suffix not in (".txt", ".md"):
        sink.issue(shown, None, f"unknown file type ({suffix or 'no extension'}): read as plain text", "read")
    first_line, meta = 1, {}
    if suffix == ".md":
        text, first_line, meta = _front_matter(text, shown, sink)
    sink.add(Raw(text, shown, None, first_line, id_base, meta))


def read_jsonl(path: Path, shown: str, id_base: str, size: int, sink: Sink, *, direct: bool) -> None:
    """One article per line; a bad line is skipped with its line number."""
    data = read_whole(path, shown, size, size, sink)
    if data is None:
        return
    text = _text(data, shown, sink)
    if text is None:
        return
    records = 0
    repaired_line_ends = False
    for number, raw in enumerate(text.split("\n"), start=1):
        if not raw.strip():
            continue  # blank lines separate nothing and lose nothing
        records += 1
        twice: dict[int, list[str]] = {}
        try:
            record = json.loads(raw, object_pairs_hook=partial(_last_of_each, twice=twice))
        except json.JSONDecodeError as exc:
            sink.issue(shown, number, f"not valid JSON ({json_problem(exc)} at column {exc.colno})")
            continue
        except RecursionError:
            sink.issue(shown, number, "not valid JSON (nested too deeply)")
            continue
        except ValueError as exc:  # a number of over 4,300 digits (Python's conversion limit)
            sink.issue(shown, number, f"not valid JSON ({printable(str(exc).split(';')[0], 120)})")
            continue
        if not isinstance(record, dict):
            sink.issue(shown, number, f"not a JSON object (got {type_name(record)})")
            continue
        if "text" not in record:
            sink.issue(shown, number, 'record has no "text" field')
            continue
        if twice.get(id(record)):  # the record's own fields, not keys of objects inside it
            sink.issue(shown, number, _given_twice(twice[id(record)]), "read")
        body = record["text"]
        if not isinstance(body, str):
            sink.issue(shown, number, f'"text" is not a string (got {type_name(body)})')
            continue
        if "\r" in body:
            body = body.replace("\r\n", "\n").replace("\r", "\n")
            repaired_line_ends = True
        meta = {k: v for k, v in record.items() if k != "text"}
        sink.add(Raw(body, shown, number, number, f"{id_base}@{_record_key(record, body)}", meta,
                     default_source=None if record.get("id") not in (None, "") else f"{id_base}:{number}"))
    if repaired_line_ends:
        sink.issue(shown, None, "line ends in record text normalised: CR/CRLF converted to LF", "read")
    if records == 0:
        sink.issue(shown, None, "empty JSONL file: no records")


def _last_of_each(pairs: list[tuple[str, Any]], twice: dict[int, list[str]]) -> dict[str, Any]:
    """A JSON object as json.loads makes it (the last value of a key wins), noting in `twice`, by
    the object's id, its keys given more than once: two "published" dates change a verdict unseen."""
    out: dict[str, Any] = {}
    repeated: list[str] = []
    for key, value in pairs:
        if key in out and key not in repeated:
            repeated.append(key)
        out[key] = value
    if repeated:
        twice[id(out)] = repeated
    return out


def _record_key(record: dict[str, Any], body: str) -> str:
    """What names a record without an `id` whatever its line: its url, else a digest of its outlet and text.
    Exports often put the newest article first; ids by line would then name other articles, and
    a baseline would no longer recognise the findings it accepted."""
    url = record.get("url")
    if isinstance(url, str) and url.strip():
        return " ".join(url.split())
    # the outlet too: syndicated wire copy is one text from several outlets, each an article
    source = record.get("source")
    named = f"{source}\n" if isinstance(source, str) and source.strip() else ""
    return hashlib.sha256((named + body).encode("utf-8", "surrogatepass")).hexdigest()[:12]


def _text(data: bytes, shown: str, sink: Sink) -> str | None:
    text = decode(data, shown, sink)
    return None if text is None else normalise_line_ends(text, shown, sink)


class _TextDates(yaml.SafeLoader):
    """YAML without its timestamp type: "published: 2025-13-45" would raise from inside the
    parser and lose the article; as text it is checked like a JSONL date, and reported. A key
    given twice is noted in `twice` (the last value wins, as in YAML loaders): two "published"
    dates would change a verdict unseen."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.twice: list[str] = []
        self._root = None

    def construct_document(self, node):  # type: ignore[no-untyped-def]
        self._root = node  # the front matter's own fields, not keys of mappings inside them
        return super().construct_document(node)

    def construct_mapping(self, node, deep=False):  # type: ignore[no-untyped-def]
        if node is not self._root:
            return super().construct_mapping(node, deep)
        seen: set = set()
        for key_node, _value in node.value:
            key = self.construct_object(key_node, deep=True)
            if isinstance(key, str) and key in seen and key not in self.twice:
                self.twice.append(key)
            if isinstance(key, str):
                seen.add(key)
        return super().construct_mapping(node, deep)


_TextDates.yaml_implicit_resolvers = {
    first: [(tag, pattern) for tag, pattern in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


_PLAIN_FIELD = re.compile(r"([A-Za-z_][\w-]*):(?:\s+(.*))?")


@dataclass
class _PlainFields:
    """Front matter read line by line: the fields, the lines that are no `field: value` (a list's
    items, an indented line), and the fields given twice."""

    fields: dict[str, Any]
    not_read: int
    twice: list[str]


def _plain_fields(lines: list[str]) -> _PlainFields:
    """Front matter read as one 'field: value' per line: a headline with a colon ("title: Storm
    Edda: five dead") is invalid YAML, and common; losing the source and the date with it turned
    title contradictions into "unclear time". A line that is no such field (a `tags:` list, an
    indented line) is left out, and counted; a value YAML cannot read ("[Updated] Storm: five
    dead") is taken as written; the last of a field given twice is read, as YAML would."""
    out = _PlainFields({}, 0, [])
    for line in lines:
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        m = None if line[:1].isspace() else _PLAIN_FIELD.fullmatch(line.rstrip())
        if m is None:
            out.not_read += 1
            continue
        raw = (m.group(2) or "").strip()
        try:
            value = yaml.load(raw, Loader=_TextDates) if raw else None  # noqa: S506 - a SafeLoader; a quoted value unquoted
        except (yaml.YAMLError, RecursionError, ValueError):
            value = raw
        if value is None:  # "tags:" before its list, "source: null": no value
            continue
        if m.group(1) in out.fields and m.group(1) not in out.twice:
            out.twice.append(m.group(1))
        out.fields[m.group(1)] = value if isinstance(value, (str, int, float)) else raw
    return out


def _front_matter(text: str, shown: str, sink: Sink) -> tuple[str, int, dict[str, Any]]:
    """Split optional YAML front matter off a .md file: (body, body's first line, fields)."""
    lines = text.split("\n")
    if lines[0].rstrip() != "---":
        return text, 1, {}
    close = next((i for i in range(1, len(lines)) if lines[i].rstrip() in ("---", "...")), None)
    if close is None:
        sink.issue(shown, None, "front matter not terminated (no closing '---' line): "
                                "the whole file was read as text", "read")
        return text, 1, {}
    body = "\n".join(lines[close + 1:])
    first_line = close + 2
    try:
        loader = _TextDates("\n".join(lines[1:close]))
        try:
            meta = loader.get_single_data()
        finally:
            loader.dispose()
    except (yaml.YAMLError, RecursionError, ValueError) as exc:
        problem = str(exc).split("\n")[0]
        plain = _plain_fields(lines[1:close])
        if plain.fields:
            rest = f"; {plain.not_read} line{'s' if plain.not_read != 1 else ''} not read" if plain.not_read else ""
            sink.issue(shown, None, f"front matter is not valid YAML ({problem}): read line by line as "
                                    f"'field: value' ({', '.join(plain.fields)}){rest}", "read")
            if plain.twice:
                sink.issue(shown, None, _given_twice(plain.twice), "read")
            return body, first_line, plain.fields
        sink.issue(shown, None, f"front matter is not valid YAML ({problem}): "
                                "text read without metadata", "read")
        return body, first_line, {}
    if meta is None:
        return body, first_line, {}
    if not isinstance(meta, dict):
        sink.issue(shown, None, f"front matter is not a mapping of fields (got {type_name(meta)}): "
                                "text read without metadata", "read")
        return body, first_line, {}
    if loader.twice:
        sink.issue(shown, None, _given_twice(loader.twice), "read")
    return body, first_line, meta


def _given_twice(keys: list[str]) -> str:
    return f"field{'s' if len(keys) > 1 else ''} {', '.join(repr(k) for k in keys)} given twice: the last value read"
