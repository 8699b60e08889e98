"""The corpus reader: every input read right, every bad input reported, none lost."""
from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import traceback
from dataclasses import astuple
from datetime import date
from pathlib import Path

import pytest

from discrepancy import corpus as corpus_module
from discrepancy.corpus import (
    DEFAULT_MAX_ARTICLE_BYTES,
    CorpusError,
    load_corpus,
    read_date_from_text,
)
from discrepancy.model import Corpus, Document, InputIssue

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "corpora" / "seeds"

GOOD = "Officials said 40 bombers were damaged.\nTalks resumed in Istanbul.\n"

needs_symlinks = pytest.mark.skipif(sys.platform == "win32", reason="symlinks need privileges on Windows")


@pytest.fixture(autouse=True)
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run every test from tmp_path, so displayed paths are short and relative."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


def write(path: str | Path, content: str | bytes) -> Path:
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        p.write_bytes(content)
    else:
        p.write_bytes(content.encode("utf-8"))
    return p


def ids(c: Corpus) -> list[str]:
    return [d.id for d in c.documents]


def located(c: Corpus) -> list[str]:
    """Ids, with a JSONL record's given as its file and line (its id is its url or a digest of its text)."""
    return [f"{d.id.rsplit('@', 1)[0]}:{d.line}" if d.line is not None and "@" in d.id else d.id for d in c.documents]


def doc(c: Corpus, doc_id: str) -> Document:
    return next(d for d in c.documents if d.id == doc_id)


def only_issue(c: Corpus, path: str) -> InputIssue:
    found = [i for i in c.skipped if i.path == path]
    assert len(found) == 1, c.skipped
    return found[0]


# ===================================================================== good input


def test_folder_is_read_recursively_in_sorted_order() -> None:
    # written out of order on purpose
    write("c/sub/z.txt", "Z article.")
    write("c/b.txt", "B article.")
    write("c/d.jsonl", '{"text": "D one."}\n{"text": "D two."}\n')
    write("c/a.md", "A article.")
    first = load_corpus(["c"])
    assert located(first) == ["a.md", "b.txt", "d.jsonl:1", "d.jsonl:2", "sub/z.txt"]
    assert first.skipped == ()
    assert load_corpus(["c"]) == first


def test_paths_are_read_in_the_order_given() -> None:
    write("one/x.txt", "One.")
    write("two/y.txt", "Two.")
    assert ids(load_corpus(["two", "one"])) == ["y.txt", "x.txt"]


def test_plain_file_defaults() -> None:
    write("c/sub/b.txt", GOOD)
    d = doc(load_corpus(["c"]), "sub/b.txt")
    assert d.text == GOOD
    assert d.source == "sub/b.txt"
    assert d.path == "c/sub/b.txt"
    assert d.line is None
    assert d.first_line == 1
    assert d.published is None and d.published_origin is None
    assert d.title is None and d.url is None


def test_single_file_given_directly_uses_its_path_as_id(in_tmp: Path) -> None:
    write("c/sub/b.txt", GOOD)
    c = load_corpus([in_tmp / "c" / "sub" / "b.txt"])  # absolute, inside the cwd
    assert ids(c) == ["c/sub/b.txt"]
    assert c.documents[0].path == "c/sub/b.txt"
    assert c.documents[0].source == "c/sub/b.txt"


def test_file_outside_cwd_keeps_the_path_as_given(in_tmp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = write(in_tmp / "elsewhere" / "a.txt", GOOD)
    (in_tmp / "work").mkdir()
    monkeypatch.chdir(in_tmp / "work")
    assert ids(load_corpus([target])) == [target.as_posix()]
    assert ids(load_corpus(["../elsewhere/a.txt"])) == ["../elsewhere/a.txt"]


def test_front_matter_fields() -> None:
    write("c/a.md", "---\n"
                    "id: kyiv-1\n"
                    "source: Kyiv Independent\n"
                    "published: 2025-06-02T10:15:00+03:00\n"
                    "title: Talks resume\n"
                    "url: https://example.org/a\n"
                    "---\n"
                    "Body line one.\nBody line two.\n")
    c = load_corpus(["c"])
    assert c.skipped == ()
    d = c.documents[0]
    assert (d.id, d.source, d.title, d.url) == ("kyiv-1", "Kyiv Independent", "Talks resume", "https://example.org/a")
    assert d.published == date(2025, 6, 2)
    assert d.published_origin == "metadata"
    assert d.text == "Body line one.\nBody line two.\n"
    assert d.first_line == 8
    assert d.path == "c/a.md"


def test_md_without_front_matter_is_all_text() -> None:
    write("c/a.md", "# Title\n\nBody.\n")
    d = load_corpus(["c"]).documents[0]
    assert (d.text, d.first_line, d.id) == ("# Title\n\nBody.\n", 1, "a.md")


def test_txt_starting_with_dashes_is_not_front_matter() -> None:
    write("c/a.txt", "---\nid: x\n---\nBody.\n")
    d = load_corpus(["c"]).documents[0]
    assert d.id == "a.txt" and d.text.startswith("---\nid: x")


def test_jsonl_fields_and_lines() -> None:
    write("c/feed.jsonl",
          '{"id": "r1", "source": "AP", "published": "2025-06-02T10:15:00Z", "title": "T", '
          '"url": "https://x/1", "text": "First."}\n'
          '\n'
          '{"id": 7, "published": "2025-06-03", "text": "Second."}\n'
          '{"text": "Third."}\n')
    c = load_corpus(["c"])
    assert c.skipped == ()
    assert located(c) == ["r1", "7", "feed.jsonl:4"]
    r1 = doc(c, "r1")
    assert (r1.source, r1.title, r1.url, r1.text) == ("AP", "T", "https://x/1", "First.")
    assert (r1.published, r1.published_origin) == (date(2025, 6, 2), "metadata")
    assert (r1.path, r1.line, r1.first_line) == ("c/feed.jsonl", 1, 1)
    assert (doc(c, "7").line, doc(c, "7").published) == (3, date(2025, 6, 3))
    (third,) = [d for d in c.documents if d.line == 4]
    assert (third.source, third.line) == ("feed.jsonl:4", 4)  # no source given: where it was read


def test_jsonl_given_directly_ids_use_the_path_as_given() -> None:
    write("data/x.jsonl", '{"text": "One."}\n')
    assert located(load_corpus(["data/x.jsonl"])) == ["data/x.jsonl:1"]


# ===================================================================== normalisation


def test_crlf_is_normalised_with_one_issue_per_file() -> None:
    write("c/a.txt", b"Line one.\r\nLine two.\r\nLine three.\r\n")
    write("c/b.txt", GOOD)
    c = load_corpus(["c"])
    assert doc(c, "a.txt").text == "Line one.\nLine two.\nLine three.\n"
    issue = only_issue(c, "c/a.txt")
    assert issue.action == "read" and "line ends normalised" in issue.reason and "CRLF" in issue.reason
    assert doc(c, "b.txt").text == GOOD


def test_cr_only_line_ends_each_end_a_line() -> None:
    write("c/a.md", b"---\rtitle: Old Mac\r---\rFirst.\rSecond.\r")
    c = load_corpus(["c"])
    d = doc(c, "a.md")
    assert d.text == "First.\nSecond.\n"
    assert d.first_line == 4  # line 4 of the file when each CR ends a line
    assert d.title == "Old Mac"
    issue = only_issue(c, "c/a.md")
    assert issue.action == "read" and "CR converted to LF" in issue.reason


def test_crlf_front_matter_keeps_first_line() -> None:
    write("c/a.md", b"---\r\nsource: X\r\n---\r\n\r\nBody.\r\n")
    d = load_corpus(["c"]).documents[0]
    assert (d.text, d.first_line, d.source) == ("\nBody.\n", 4, "X")


def test_utf8_bom_is_removed() -> None:
    write("c/a.txt", b"\xef\xbb\xbfHello.\nWorld.\n")
    write("c/b.txt", GOOD)
    c = load_corpus(["c"])
    assert doc(c, "a.txt").text == "Hello.\nWorld.\n"
    issue = only_issue(c, "c/a.txt")
    assert issue.action == "read" and "byte-order mark removed" in issue.reason
    assert "b.txt" in ids(c)


def test_utf16_with_bom_and_crlf() -> None:
    write("c/a.txt", "\ufeffKyiv café.\r\nSecond line.\r\n".encode("utf-16-le"))
    c = load_corpus(["c"])
    assert doc(c, "a.txt").text == "Kyiv café.\nSecond line.\n"
    reasons = [i.reason for i in c.skipped]
    assert any("UTF-16 little-endian byte-order mark removed" in r for r in reasons)
    assert any("line ends normalised" in r for r in reasons)
    assert all(i.action == "read" for i in c.skipped)


def test_utf8_bom_before_front_matter() -> None:
    write("c/a.md", b"\xef\xbb\xbf---\nid: bom\n---\nBody.\n")
    d = load_corpus(["c"]).documents[0]
    assert (d.id, d.text, d.first_line) == ("bom", "Body.\n", 4)


# ===================================================================== bad input


def test_binary_files_are_skipped() -> None:
    write("c/nul.txt", b"abc\x00\x01\x02def")
    write("c/pdf.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj")
    write("c/ctl.txt", bytes(range(1, 9)) * 20)
    write("c/good.txt", GOOD)
    c = load_corpus(["c"])
    assert ids(c) == ["good.txt"]
    for name in ("nul.txt", "pdf.txt", "ctl.txt"):
        issue = only_issue(c, f"c/{name}")
        assert issue.action == "skipped" and issue.reason.startswith("binary file"), issue
    assert "PDF" in only_issue(c, "c/pdf.txt").reason


def test_not_utf8_is_read_with_the_detected_encoding() -> None:
    text = ("The minister\u2019s caf\u00e9 in Z\u00fcrich said \u201cno\u201d to the plan \u2014 again. " * 6).strip()
    write("c/legacy.txt", text.encode("cp1252"))
    write("c/good.txt", GOOD)
    c = load_corpus(["c"])
    d = doc(c, "legacy.txt")
    assert "caf\u00e9 in Z\u00fcrich said \u201cno\u201d" in d.text
    issue = only_issue(c, "c/legacy.txt")
    assert issue.action == "read"
    assert issue.reason.startswith("not UTF-8") and "read as cp1252 (detected)" in issue.reason
    assert "good.txt" in ids(c)


def test_utf8_with_a_few_stray_bytes_keeps_its_utf8_and_reads_them_as_windows_1252() -> None:
    """One cp1252 line in a UTF-8 file had the whole file read as a detected legacy page, every
    curly quote and accent of the UTF-8 garbled ("Europe\u201a\u00c4\u00f4s")."""
    utf8 = "Europe\u2019s deadliest conflict, said T\u00fcrkiye\u2019s foreign minister in Istanbul."
    write("c/mixed.txt", (utf8 + "\n").encode("utf-8") + "Posted by the caf\u00e9 desk.\n".encode("cp1252"))
    write("c/mixed.jsonl", json.dumps({"id": "u", "text": utf8}, ensure_ascii=False).encode("utf-8") + b"\n"
          + json.dumps({"id": "w", "text": "Le caf\u00e9 \u201cquote\u201d: 300 freed."}, ensure_ascii=False).encode("cp1252"))
    c = load_corpus(["c"])
    assert doc(c, "mixed.txt").text == utf8 + "\nPosted by the caf\u00e9 desk.\n"
    assert doc(c, "u").text.strip() == utf8 and doc(c, "w").text.strip() == "Le caf\u00e9 \u201cquote\u201d: 300 freed."
    assert only_issue(c, "c/mixed.txt").reason == (
        f"not UTF-8 (a stray byte 0xE9 at offset {len(utf8.encode()) + 1 + 17}, on line 2): read as UTF-8, "
        "the stray byte as Windows-1252")
    # which records came from the other source: their lines
    assert only_issue(c, "c/mixed.jsonl").reason.startswith("not UTF-8 (3 stray bytes, the first byte 0xE9 at offset")
    assert "on line 2): read as UTF-8" in only_issue(c, "c/mixed.jsonl").reason


def test_a_corpus_scale_jsonl_from_two_sources_keeps_both_readable() -> None:
    """A cap of 200 stray bytes sent a 3,000-record JSONL (a third of it cp1252) back to a detected
    legacy page, every UTF-8 record garbled; a legacy file with an accidental UTF-8 pair is still one."""
    lines = [json.dumps({"id": f"w{i}", "text": f"Le caf\u00e9 {i} said."}, ensure_ascii=False).encode("cp1252")
             if i % 3 == 0 else
             json.dumps({"id": f"u{i}", "text": f"Europe\u2019s talks {i} in T\u00fcrkiye."}, ensure_ascii=False).encode()
             for i in range(3000)]
    write("c/mixed.jsonl", b"\n".join(lines) + b"\n")
    legacy = ("Le caf\u00e9 \u00e0 Gen\u00e8ve, d\u00e9j\u00e0 vu. " * 200).encode("cp1252") + "\u00c9\u2019".encode("cp1252")
    write("c/legacy.txt", legacy)  # "\u00c9\u2019" is C9 92: a valid UTF-8 pair by accident
    c = load_corpus(["c"])
    assert doc(c, "w3").text == "Le caf\u00e9 3 said." and doc(c, "u1").text == "Europe\u2019s talks 1 in T\u00fcrkiye."
    assert only_issue(c, "c/mixed.jsonl").reason.startswith("not UTF-8 (1,000 stray bytes, the first byte 0xE9")
    assert "on lines 1, 4, 7, 10, 13 and more)" in only_issue(c, "c/mixed.jsonl").reason
    legacy_read = only_issue(c, "c/legacy.txt").reason  # detected as a legacy page, not taken for UTF-8
    assert legacy_read.endswith("(detected)") and "read as UTF-8" not in legacy_read


@pytest.mark.parametrize("codec, text", [
    ("gbk", "俄罗斯和乌克兰在伊斯坦布尔举行会谈。"),
    ("shift_jis", "ロシアとウクライナがイスタンブール"
                  "で協議。"),
])
def test_a_short_two_byte_legacy_file_is_not_read_as_utf8_with_strays(codec: str, text: str) -> None:
    """A line of GBK or Shift-JIS holds a few byte pairs that are valid UTF-8 by chance; read as
    UTF-8 "with stray bytes" it was garbled. Its strays come in runs, not one between letters."""
    write("c/cjk.txt", text.encode(codec))
    c = load_corpus(["c"])
    reason = only_issue(c, "c/cjk.txt").reason
    assert "read as UTF-8" not in reason and reason.endswith("(detected)"), reason
    assert text in doc(c, "cjk.txt").text


@pytest.mark.parametrize("codec, text, page", [
    ("latin-1", "Jean-Fran\u00e7ois Lef\u00e8vre said in Gen\u00e8ve that Se\u00f1or Mu\u00f1oz, na\u00efve, agreed.", "cp1252"),
    ("cp1252", "Jean-Fran\u00e7ois Lef\u00e8vre a d\u00e9clar\u00e9 \u00e0 Gen\u00e8ve que le projet co\u00fbtera 40 millions.",
     "cp1252"),
    # a pound sign on a short line: Central European scored a hundredth higher and read "\u0141400,000"
    ("latin-1", "Caf\u00e9 owners in Istanbul said 12 people were hurt on Monday when the roof fell, officials "
     "said. The mayor said repairs would cost \u00a3400,000.", "cp1252"),
    ("cp1250", "Lech Wa\u0142\u0119sa spoke in \u0141\u00f3d\u017a and Krak\u00f3w on Tuesday. Za\u017c\u00f3\u0142\u0107 "
     "g\u0119\u015bl\u0105 ja\u017a\u0144, said the mayor of Gda\u0144sk, adding that 40 people were hurt.", "cp1250"),
])
def test_western_and_central_european_pages_are_told_apart(codec: str, text: str, page: str) -> None:
    """Where the detector finds several code pages equally likely, a French or Spanish name is read
    as Western European ("Lef\u00e8vre", not "Lef\u010dvre"); Polish letters still make it Central European."""
    write("c/legacy.txt", text.encode(codec))
    c = load_corpus(["c"])
    assert doc(c, "legacy.txt").text.strip() == text
    assert f"read as {page} (detected)" in only_issue(c, "c/legacy.txt").reason


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_read_and_said_so(codec: str) -> None:
    write("c/windows.txt", GOOD.encode(codec))
    write("c/random.bin.txt", bytes(range(256)) * 8)  # NUL bytes on both sides: still binary
    c = load_corpus(["c"])
    assert doc(c, "windows.txt").text.strip() == GOOD.strip()
    assert only_issue(c, "c/windows.txt") == InputIssue(
        "c/windows.txt", None, "UTF-16 without a byte-order mark: read as UTF-16 (detected)", "read")
    assert only_issue(c, "c/random.bin.txt").reason == "binary file (contains NUL bytes)"


def test_a_skipped_file_is_not_also_listed_as_read_after_a_repair() -> None:
    write("c/blank.txt", b"  \r\n\r\n  \r\n")
    write("c/good.txt", GOOD)
    c = load_corpus(["c"])
    assert [(i.path, i.reason, i.action) for i in c.skipped] == [("c/blank.txt", "empty article (whitespace only)", "skipped")]


def test_undetectable_encoding_is_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    class NoGuess:
        def best(self) -> None:
            return None

    monkeypatch.setattr("charset_normalizer.from_bytes", lambda data: NoGuess())
    write("c/mystery.txt", b"caf\xe9 " + bytes(range(0xA0, 0xC8)) + b" text")  # too many for the ASCII rule
    write("c/good.txt", GOOD)
    c = load_corpus(["c"])
    assert ids(c) == ["good.txt"]
    issue = only_issue(c, "c/mystery.txt")
    assert issue.action == "skipped" and "could not be detected" in issue.reason
    assert "0xE9" in issue.reason


def test_english_with_a_few_bytes_beyond_ascii_is_read_as_windows_1252() -> None:
    """Five stray bytes in an ASCII file gave a detector too little to go on: it read them as
    Cyrillic. English news was written in Western European; the bytes it leaves undefined are
    replaced, and the file is read and said to be."""
    write("c/stray.txt", b"The mayor said \xff\xfe\x81\x8d that 300 people \x90 attended the rally on Monday.\n")
    write("c/good.txt", GOOD)
    c = load_corpus(["c"])
    doc = next(d for d in c.documents if d.id == "stray.txt")
    assert doc.text.startswith("The mayor said \u00ff\u00fe\ufffd\ufffd that 300 people \ufffd attended")
    issue = only_issue(c, "c/stray.txt")
    assert issue.action == "read" and issue.reason.endswith("5 bytes beyond ASCII): read as Windows-1252")


def test_bytes_with_no_space_or_line_break_are_binary() -> None:
    """2,000 bytes of 0xA2 decode as "Chinese" in Big5; text has spaces or line breaks, or reads
    as a language. (Random bytes are undetectable, and skipped as such.)"""
    write("c/garbage.txt", b"\xa2" * 2000)
    write("c/good.txt", GOOD)
    c = load_corpus(["c"])
    assert ids(c) == ["good.txt"]
    assert only_issue(c, "c/garbage.txt").reason == ("binary file (2,000 bytes, none of them a space or a line "
                                                     "break, in no language)")
    # a GBK article on one line has neither either, but reads as a language
    write("c/garbage.txt", ("\u4fc4\u7f57\u65af\u548c\u4e4c\u514b\u5170\u5728\u4f0a\u65af\u5766\u5e03\u5c14\u4e3e\u884c\u4f1a\u8c08\u3002" * 20).encode("gbk"))
    assert "garbage.txt" in ids(load_corpus(["c"]))


def test_empty_and_whitespace_files_are_skipped() -> None:
    write("c/empty.txt", "")
    write("c/blank.md", "  \n\t\n")
    write("c/fm_only.md", "---\ntitle: x\n---\n")
    write("c/good.txt", GOOD)
    c = load_corpus(["c"])
    assert ids(c) == ["good.txt"]
    assert only_issue(c, "c/empty.txt").reason == "empty article (no text)"
    assert only_issue(c, "c/blank.md").reason == "empty article (whitespace only)"
    assert only_issue(c, "c/fm_only.md").action == "skipped"


def test_empty_jsonl_records_are_skipped_with_their_line() -> None:
    write("c/f.jsonl", '{"text": "Good."}\n{"text": "   "}\n{"text": ""}\n')
    c = load_corpus(["c"])
    assert located(c) == ["f.jsonl:1"]
    assert [(i.path, i.line, i.action) for i in c.skipped] == [("c/f.jsonl", 2, "skipped"), ("c/f.jsonl", 3, "skipped")]
    assert all("empty article" in i.reason for i in c.skipped)


def test_fields_under_another_corpus_names_are_listed_not_dropped_silently() -> None:
    write("c/f.jsonl", '{"text": "Officials said 40 bombers were damaged.", "date": "2024-05-01", "outlet": "AP"}\n'
                       '{"text": "Talks resumed.", "date": "2024-05-02", "published": "2024-05-02"}\n')
    c = load_corpus(["c"])
    assert [d.published for d in c.documents] == [None, date(2024, 5, 2)]
    assert [(i.line, i.reason, i.action) for i in c.skipped] == [
        (1, 'field "date" is not read (its name here is "published"): ignored', "read"),
        (1, 'field "outlet" is not read (its name here is "source"): ignored', "read")]


def test_broken_jsonl_lines_are_skipped_and_blank_lines_ignored() -> None:
    write("c/f.jsonl", '{"text": "One."}\n'
                       '{"text": "Two.",\n'
                       '\n'
                       '   \n'
                       '["a", "list"]\n'
                       '{"text": "Six."}\n'
                       '{"text": "Seven\n')
    c = load_corpus(["c"])
    assert located(c) == ["f.jsonl:1", "f.jsonl:6"]
    assert [(i.path, i.line, i.action) for i in c.skipped] == [
        ("c/f.jsonl", 2, "skipped"), ("c/f.jsonl", 5, "skipped"), ("c/f.jsonl", 7, "skipped")]
    assert c.skipped[0].reason == "not valid JSON (Expecting property name enclosed in double quotes at column 17)"
    assert c.skipped[1].reason == "not a JSON object (got a list)"
    assert c.skipped[2].reason == "not valid JSON (Unterminated string starting at column 10)"  # one "at", not two


def test_a_jsonl_line_with_a_number_too_long_to_convert_is_skipped_alone() -> None:
    """Python refuses to read an integer of over 4,300 digits (ValueError): it abandoned the whole
    file, the good records after the line unread and unnamed."""
    write("c.jsonl", '{"id": "a", "text": "First."}\n'
                     '{"id": "b", "published": ' + "9" * 5000 + ', "text": "Second."}\n'
                     '{"id": "c", "text": "Third."}\n')
    c = load_corpus(["c.jsonl"])
    assert [d.id for d in c.documents] == ["a", "c"]
    ((path, line, reason),) = [(i.path, i.line, i.reason) for i in c.skipped]
    assert (path, line) == ("c.jsonl", 2) and reason.startswith("not valid JSON (Exceeds the limit")


def test_a_field_given_twice_is_listed_with_the_value_read() -> None:
    """The last value won without a word: two "published" dates change a verdict unseen."""
    write("c/a.jsonl", '{"id": "a", "text": "First.", "text": "Second.", "published": "2025-06-02"}\n'
                       '{"id": "b", "text": "Fine.", "meta": {"x": 1, "x": 2}, "authors": [{"n": "A", "n": "B"}]}\n')
    write("c/b.md", "---\npublished: 2025-06-02\nsource: Wire\npublished: 2026-01-01\nauthor: {n: A, n: B}\n---\nBody.\n")
    c = load_corpus(["c"])
    assert (doc(c, "a").text, doc(c, "b.md").published) == ("Second.", date(2026, 1, 1))
    assert [(i.path, i.line, i.reason, i.action) for i in c.skipped] == [
        ("c/a.jsonl", 1, "field 'text' given twice: the last value read", "read"),
        ("c/b.md", None, "field 'published' given twice: the last value read", "read")]


def test_a_placeholder_or_impossible_early_date_is_listed_and_read_undated() -> None:
    """Spreadsheets and databases write day zero for "no date": read as one, it set the article's
    story in 1899. Dates later than that but old are real (an archive)."""
    write("c/a.jsonl", "".join(f'{{"id": "{k}", "text": "Body {k}.", "published": "{d}"}}\n' for k, d in
                               (("a", "1899-12-30"), ("b", "1970-01-01"), ("c", "0001-01-01"), ("d", "1912-04-15"))))
    c = load_corpus(["c"])
    assert [doc(c, k).published for k in "abcd"] == [None, None, None, date(1912, 4, 15)]
    assert [i.reason for i in c.skipped] == [
        "published date '1899-12-30' is a placeholder for no date: read without a date",
        "published date '1970-01-01' is a placeholder for no date: read without a date",
        "published date '0001-01-01' is before 1800: read without a date"]


def test_jsonl_record_without_text_is_skipped() -> None:
    write("c/f.jsonl", '{"id": "a", "title": "no text"}\n{"id": "b", "text": 42}\n{"id": "c", "text": "Yes."}\n')
    c = load_corpus(["c"])
    assert ids(c) == ["c"]
    assert [(i.line, i.action) for i in c.skipped] == [(1, "skipped"), (2, "skipped")]
    assert c.skipped[0].reason == 'record has no "text" field'
    assert c.skipped[1].reason == '"text" is not a string (got a number)'


def test_empty_jsonl_file_is_reported() -> None:
    write("c/f.jsonl", "\n\n")
    write("c/good.txt", GOOD)
    c = load_corpus(["c"])
    assert ids(c) == ["good.txt"]
    assert only_issue(c, "c/f.jsonl").reason == "empty JSONL file: no records"


def test_jsonl_crlf_and_record_text_line_ends() -> None:
    write("c/f.jsonl", b'{"text": "a\\r\\nb"}\r\n{"text": "c"}\r\n')
    c = load_corpus(["c"])
    assert [(d.text, d.line) for d in c.documents] == [("a\nb", 1), ("c", 2)]
    assert located(c) == ["f.jsonl:1", "f.jsonl:2"]
    assert [i.action for i in c.skipped] == ["read", "read"]


def test_a_jsonl_record_without_an_id_keeps_its_id_whatever_its_line() -> None:
    """Exports put the newest article first: ids by line would name other articles after an insert,
    and a baseline would lose the findings it accepted. Its url names it, else its text."""
    records = ['{"url": "https://x.example/a", "text": "Article A."}', '{"source": "Wire", "text": "Article B."}']
    write("c/news.jsonl", "\n".join(records) + "\n")
    before = {d.text: d.id for d in load_corpus(["c"]).documents}
    write("c/news.jsonl", "\n".join(['{"text": "Newest article."}', *reversed(records)]) + "\n")
    after = load_corpus(["c"])
    assert {d.text: d.id for d in after.documents if d.text in before} == before
    assert before["Article A."] == "news.jsonl@https://x.example/a"
    assert [(d.text, d.line) for d in after.documents] == [("Newest article.", 1), ("Article B.", 2), ("Article A.", 3)]
    # one wire text from two outlets is two articles, not a duplicate
    write("c/wire.jsonl", '{"source": "AFP", "text": "Wire copy."}\n{"source": "Yahoo News (AFP)", "text": "Wire copy."}\n')
    wire = load_corpus(["c/wire.jsonl"])
    assert [d.source for d in wire.documents] == ["AFP", "Yahoo News (AFP)"] and wire.skipped == ()


def test_duplicate_id_with_same_text_is_skipped() -> None:
    write("c/a.jsonl", '{"id": "x", "text": "Same."}\n{"id": "x", "text": "Same."}\n')
    c = load_corpus(["c"])
    assert ids(c) == ["x"]
    issue = only_issue(c, "c/a.jsonl")
    assert (issue.line, issue.action) == (2, "skipped")
    assert issue.reason.startswith("duplicate of 'x'") and "c/a.jsonl:1" in issue.reason


def test_duplicate_id_with_other_text_is_renamed() -> None:
    write("c/a.jsonl", '{"id": "x", "text": "One."}\n{"id": "x", "text": "Two."}\n{"id": "x", "text": "Three."}\n')
    write("c/b.md", "---\nid: x\n---\nFour.\n")
    c = load_corpus(["c"])
    assert ids(c) == ["x", "x#2", "x#3", "x#4"]
    assert doc(c, "x#2").text == "Two." and doc(c, "x#4").text == "Four.\n"
    assert doc(c, "x#3").source == "x#3"
    assert [(i.path, i.line, i.action) for i in c.skipped] == [
        ("c/a.jsonl", 2, "read"), ("c/a.jsonl", 3, "read"), ("c/b.md", None, "read")]
    assert "kept as 'x#2'" in c.skipped[0].reason


def test_same_file_names_in_two_folders_get_unique_ids() -> None:
    write("one/a.txt", "One.")
    write("two/a.txt", "Two.")
    c = load_corpus(["one", "two"])
    assert [(d.id, d.path) for d in c.documents] == [("a.txt", "one/a.txt"), ("a.txt#2", "two/a.txt")]


def test_invalid_yaml_front_matter_reads_the_body() -> None:
    write("c/a.md", "---\ntitle: [unclosed\n---\nBody.\n")
    write("c/good.txt", GOOD)
    c = load_corpus(["c"])
    d = doc(c, "a.md")
    assert (d.text, d.first_line, d.title) == ("Body.\n", 4, "[unclosed")  # taken as written, line by line
    issue = only_issue(c, "c/a.md")
    assert issue.action == "read" and issue.reason.startswith("front matter is not valid YAML")
    assert "good.txt" in ids(c)


def test_a_headline_with_a_colon_keeps_the_front_matters_other_fields() -> None:
    """'title: Storm Edda: five dead' is invalid YAML, and common in real headlines: the source and
    the date were lost with it, and title contradictions became "unclear time"."""
    write("c/a.md", "---\nsource: Prairie Broadcaster\npublished: 2025-09-21\ntitle: Storm Edda: five dead\n"
                    "url: 'https://example.org/a'\n---\nBody.\n")
    c = load_corpus(["c"])
    d = doc(c, "a.md")
    assert (d.source, d.published, d.title, d.url, d.text) == (
        "Prairie Broadcaster", date(2025, 9, 21), "Storm Edda: five dead", "https://example.org/a", "Body.\n")
    issue = only_issue(c, "c/a.md")
    assert issue.action == "read" and issue.reason.startswith("front matter is not valid YAML (mapping values")
    assert issue.reason.endswith("read line by line as 'field: value' (source, published, title, url)")


def test_front_matter_lines_that_are_no_field_are_left_out_and_the_rest_read() -> None:
    """A Hugo `tags:` list, an "[Updated]" or "*Exclusive*" headline, a field given twice: one line
    the fallback could not read dropped every field, the source and the date with them."""
    write("c/a.md", "---\nsource: Wire\ntitle: [Updated] Storm: five dead\ntags:\n  - storm\n  - weather\n"
                    "published: 2025-06-01\npublished: 2025-06-02\nauthor: ~\n---\nBody.\n")
    c = load_corpus(["c"])
    d = doc(c, "a.md")
    assert (d.source, d.title, d.published) == ("Wire", "[Updated] Storm: five dead", date(2025, 6, 2))
    assert [i.reason for i in c.skipped if i.path == "c/a.md"][1:] == ["field 'published' given twice: the last value read"]
    assert [i.reason for i in c.skipped if i.path == "c/a.md"][0].endswith(
        "read line by line as 'field: value' (source, title, published); 2 lines not read")


def test_an_impossible_date_in_front_matter_is_listed_and_the_article_read() -> None:
    """YAML parses "2025-13-45" as a timestamp and raises: the article used to be skipped whole."""
    write("c/a.md", "---\nsource: Wire\npublished: 2025-13-45\n---\nBody.\n")
    write("c/b.md", "---\npublished: 2025-06-02\n---\nBody two.\n")
    c = load_corpus(["c"])
    a, b = doc(c, "a.md"), doc(c, "b.md")
    assert (a.text, a.source, a.published) == ("Body.\n", "Wire", None)
    assert b.published == date(2025, 6, 2) and b.published_origin == "metadata"
    issue = only_issue(c, "c/a.md")
    assert issue.action == "read" and issue.reason.startswith("published date '2025-13-45' is not an ISO date")


def test_a_publication_date_after_today_is_listed_and_the_article_read_undated() -> None:
    from datetime import timedelta

    later = (date.today() + timedelta(days=3650)).isoformat()
    write("c/a.md", f"---\npublished: {later}\n---\nBody.\n")
    write("c/b.md", f"---\npublished: {date.today().isoformat()}\n---\nBody two.\n")
    c = load_corpus(["c"])
    assert (doc(c, "a.md").published, doc(c, "b.md").published) == (None, date.today())
    assert only_issue(c, "c/a.md").reason == f"published date '{later}' is after today: read without a date"


def test_a_field_under_another_corpus_s_name_that_differs_from_the_one_read_is_listed() -> None:
    write("c/a.md", "---\npublished: notadate\ndate: '2025-06-02'\nsource: Wire\noutlet: Wire\n---\nBody.\n")
    c = load_corpus(["c"])
    reasons = sorted(i.reason for i in c.skipped)
    assert reasons == ['field "date" (\'2025-06-02\') is not read: "published" is read instead',
                       "published date 'notadate' is not an ISO date or datetime: read without a date"]


def test_front_matter_that_is_not_a_mapping_reads_the_body() -> None:
    write("c/a.md", "---\n- just\n- a list\n---\nBody.\n")
    c = load_corpus(["c"])
    assert doc(c, "a.md").text == "Body.\n"
    issue = only_issue(c, "c/a.md")
    assert issue.action == "read" and "not a mapping" in issue.reason


def test_unterminated_front_matter_reads_the_whole_file() -> None:
    write("c/a.md", "---\ntitle: x\nBody without an end.\n")
    c = load_corpus(["c"])
    d = doc(c, "a.md")
    assert (d.text, d.first_line, d.title) == ("---\ntitle: x\nBody without an end.\n", 1, None)
    issue = only_issue(c, "c/a.md")
    assert issue.action == "read" and "not terminated" in issue.reason


def test_unparseable_published_keeps_the_article() -> None:
    write("c/a.md", "---\npublished: last Tuesday\n---\nBody.\n")
    write("c/f.jsonl", '{"published": "2025-13-45", "text": "Rec."}\n')
    c = load_corpus(["c"])
    assert located(c) == ["a.md", "f.jsonl:1"]
    assert all(d.published is None and d.published_origin is None for d in c.documents)
    md, js = only_issue(c, "c/a.md"), only_issue(c, "c/f.jsonl")
    assert md.action == "read" and "'last Tuesday'" in md.reason
    assert (js.line, js.action) == (1, "read") and "'2025-13-45'" in js.reason


def test_article_over_the_size_limit_is_skipped() -> None:
    write("c/big.txt", "x" * 150)
    write("c/f.jsonl", '{"text": "%s"}\n{"text": "small"}\n' % ("\u00e9" * 60))  # 120 bytes in UTF-8
    write("c/small.txt", "small")
    c = load_corpus(["c"], max_article_bytes=100)
    assert located(c) == ["f.jsonl:2", "small.txt"]
    big = only_issue(c, "c/big.txt")
    assert big.action == "skipped" and "150 bytes" in big.reason and "limit of 100 bytes" in big.reason
    rec = only_issue(c, "c/f.jsonl")
    assert (rec.line, rec.action) == (1, "skipped") and "120 bytes" in rec.reason
    assert DEFAULT_MAX_ARTICLE_BYTES == 2_000_000


def test_file_far_over_the_limit_is_not_loaded(monkeypatch: pytest.MonkeyPatch) -> None:
    # At most 4 bytes a character on disk (UTF-32), plus 1 MB of slack for front matter:
    # a file bigger than that cannot hold an article within the limit, so it is not loaded.
    write("c/huge.txt", b"y" * (4 * 1000 + 1_000_001))
    write("c/small.txt", "small")
    monkeypatch.setattr(Path, "read_bytes", _refuse("huge.txt", AssertionError("huge file was read")))
    c = load_corpus(["c"], max_article_bytes=1000)
    assert ids(c) == ["small.txt"]
    issue = only_issue(c, "c/huge.txt")
    assert issue.action == "skipped" and "far over the article limit of 1,000 bytes" in issue.reason


def test_empty_folder_is_one_issue(in_tmp: Path) -> None:
    (in_tmp / "empty").mkdir()
    write("other/a.png", b"\x89PNG\r\n\x1a\n")
    write("good/a.txt", GOOD)
    c = load_corpus(["empty", "other", "good"])
    assert ids(c) == ["a.txt"]
    listed = ".txt, .md, .jsonl, .html, .htm, .warc, .warc.gz, .xml, .rss, .atom"
    assert only_issue(c, "empty") == InputIssue("empty", None, f"no articles ({listed}) found", "skipped")
    assert only_issue(c, "other").reason == f"no articles ({listed}) found"
    assert only_issue(c, "other/a.png").reason.startswith("unsupported file type")


def test_zero_documents_is_not_an_error(in_tmp: Path) -> None:
    (in_tmp / "empty").mkdir()
    c = load_corpus(["empty"])
    assert c.documents == () and len(c.skipped) == 1


@needs_symlinks
def test_symlink_loop_is_skipped(in_tmp: Path) -> None:
    write("c/sub/a.txt", GOOD)
    os.symlink(in_tmp / "c", in_tmp / "c" / "sub" / "loop")
    c = load_corpus(["c"])
    assert ids(c) == ["sub/a.txt"]
    issue = only_issue(c, "c/sub/loop")
    assert issue.action == "skipped" and issue.reason.startswith("symbolic link loop")


@needs_symlinks
def test_symlinked_folder_seen_twice_is_read_once(in_tmp: Path) -> None:
    write("c/real/a.txt", GOOD)
    os.symlink(in_tmp / "c" / "real", in_tmp / "c" / "z_link")
    c = load_corpus(["c"])
    assert ids(c) == ["real/a.txt"]
    issue = only_issue(c, "c/z_link")
    assert issue.action == "skipped" and "same folder as c/real" in issue.reason


@needs_symlinks
def test_broken_symlink_is_reported(in_tmp: Path) -> None:
    write("c/a.txt", GOOD)
    os.symlink(in_tmp / "nowhere.txt", in_tmp / "c" / "b.txt")
    c = load_corpus(["c"])
    assert ids(c) == ["a.txt"]
    assert only_issue(c, "c/b.txt") == InputIssue("c/b.txt", None, "broken symbolic link", "skipped")


def test_same_file_named_twice_is_read_once() -> None:
    write("c/a.txt", GOOD)
    c = load_corpus(["c/a.txt", "c"])
    assert ids(c) == ["c/a.txt"]
    assert c.skipped == (InputIssue("c/a.txt", None, "file named more than once: already read", "skipped"),)


def test_unsupported_hidden_and_documentation_files() -> None:
    write("c/a.txt", GOOD)
    write("c/page.pdf", "<p>hi</p>")
    write("c/archive.gz", b"\x1f\x8b")
    write("c/noext", "text")
    write("c/.hidden.txt", "hidden")
    write("c/.git/HEAD.txt", "ref")
    write("c/README.md", "# About")
    write("c/notes.txt", "my notes")
    write("c/LICENSE", "MIT")
    write("c/CHANGELOG.jsonl", '{"text": "v1"}\n')
    c = load_corpus(["c"])
    assert ids(c) == ["a.txt"]
    got = {i.path: (i.reason, i.action) for i in c.skipped}
    assert set(got) == {"c/page.pdf", "c/archive.gz", "c/noext", "c/README.md", "c/notes.txt", "c/LICENSE",
                        "c/CHANGELOG.jsonl"}
    assert got["c/page.pdf"][0] == ("unsupported file type (.pdf): only .txt, .md, .jsonl, .html, .htm, .warc, "
                                    ".warc.gz, .xml, .rss and .atom are read")
    assert got["c/archive.gz"][0].startswith("unsupported file type (.gz)")
    assert got["c/noext"][0].startswith("unsupported file type")
    for name in ("README.md", "notes.txt", "LICENSE", "CHANGELOG.jsonl"):
        assert got[f"c/{name}"] == ("looks like documentation, not an article", "skipped")


def test_file_given_directly_is_always_read() -> None:
    write("c/README.md", "# About\nSome text.\n")
    write("c/page.htmx", "<p>hi</p>")
    c = load_corpus(["c/README.md", "c/page.htmx"])
    assert ids(c) == ["c/README.md", "c/page.htmx"]
    issue = only_issue(c, "c/page.htmx")
    assert issue.action == "read" and "read as plain text" in issue.reason


def _refuse(name: str, exc: BaseException):
    real = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == name:
            raise exc
        return real(self)

    return read_bytes


def test_unreadable_file_is_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    write("c/a.txt", GOOD)
    write("c/locked.txt", GOOD + "x")
    monkeypatch.setattr(Path, "read_bytes", _refuse("locked.txt", PermissionError(13, "Permission denied")))
    c = load_corpus(["c"])
    assert ids(c) == ["a.txt"]
    assert only_issue(c, "c/locked.txt") == InputIssue("c/locked.txt", None, "cannot read: permission denied", "skipped")


def test_unlistable_folder_is_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    write("c/a.txt", GOOD)
    write("c/locked/b.txt", GOOD + "x")
    real = os.scandir

    def scandir(path):  # type: ignore[no-untyped-def]
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied")
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    c = load_corpus(["c"])
    assert ids(c) == ["a.txt"]
    assert only_issue(c, "c/locked") == InputIssue("c/locked", None, "cannot list folder: permission denied", "skipped")


def _load_without_privileges(folder: Path) -> tuple[list[str], list[InputIssue]]:
    """`load_corpus(["c"])` inside `folder`, as an unprivileged user when this runs as root (CI
    does, and root can read anything): the documents' ids and the skipped inputs."""
    if os.geteuid() != 0:
        here = os.getcwd()
        os.chdir(folder)
        try:
            c = load_corpus(["c"])
        finally:
            os.chdir(here)
        return ids(c), list(c.skipped)
    read, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child drops to "nobody", reads, and sends back what it found
        code = 1
        try:
            os.close(read)
            os.setgid(65534)
            os.setuid(65534)
            os.chdir(folder)
            c = load_corpus(["c"])
            os.write(write_end, json.dumps([ids(c), [astuple(i) for i in c.skipped]]).encode())
            code = 0
        except BaseException:
            os.write(write_end, traceback.format_exc().encode())
        finally:
            os._exit(code)
    os.close(write_end)
    with os.fdopen(read, "rb") as pipe:
        sent = pipe.read()
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0, sent
    found, skipped = json.loads(sent)
    return found, [InputIssue(*i) for i in skipped]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_unreadable_file_for_real() -> None:
    folder = Path(tempfile.mkdtemp(prefix="unreadable-", dir="/tmp"))  # a folder "nobody" may enter
    try:
        (folder / "c").mkdir()
        (folder / "c" / "a.txt").write_text(GOOD)
        locked = folder / "c" / "locked.txt"
        locked.write_text(GOOD + "x")
        for path in (folder, folder / "c"):
            path.chmod(0o755)
        (folder / "c" / "a.txt").chmod(0o644)
        locked.chmod(0)
        found, skipped = _load_without_privileges(folder)
    finally:
        shutil.rmtree(folder)
    assert found == ["a.txt"]
    assert skipped == [InputIssue("c/locked.txt", None, "cannot read: permission denied", "skipped")]


def test_missing_path_raises_corpus_error() -> None:
    write("c/a.txt", GOOD)
    with pytest.raises(CorpusError, match="no/such/folder"):
        load_corpus(["c", "no/such/folder"])


def test_no_paths_raises_corpus_error() -> None:
    with pytest.raises(CorpusError):
        load_corpus([])


def test_surrogates_from_json_escapes_are_replaced() -> None:
    write("c/f.jsonl", '{"text": "bad \\ud800 char"}\n')
    c = load_corpus(["c"])
    assert c.documents[0].text == "bad \ufffd char"
    assert only_issue(c, "c/f.jsonl").action == "read"


# ===================================================================== dates in the text


@pytest.mark.parametrize(("layout", "expected", "evidence"), [
    ("Headline\nFirst Published: 12 June 2024\n\nBody.", date(2024, 6, 12), "First Published: 12 June 2024"),
    ("Headline\nPublished: Monday, 2 June 2025 10:15 GMT\nBody.", date(2025, 6, 2), "Published: Monday, 2 June 2025 10:15 GMT"),
    ("Headline\nUpdated at 06:08 p.m. June 3, 2025\nBody.", date(2025, 6, 3), "Updated at 06:08 p.m. June 3, 2025"),
    ("Headline\nPosted on May 2, 2025 by Jane Roe\nBody.", date(2025, 5, 2), "Posted on May 2, 2025 by Jane Roe"),
    ("KYIV, June 2, 2025 (AP) \u2014 Ukraine said on Monday it was ready.",
     date(2025, 6, 2), "KYIV, June 2, 2025 (AP) \u2014 Ukraine said on Monday it was ready."),
    ("Headline\n\nJune 3, 2025\n\nBody.", date(2025, 6, 3), "June 3, 2025"),
    ("Headline\n2025-06-02T10:15:00Z\nBody.", date(2025, 6, 2), "2025-06-02T10:15:00Z"),
    ("Headline\n" + "Body sentence.\n" * 30 + "Published 4 July 2024\n", date(2024, 7, 4), "Published 4 July 2024"),
    # a publication stamp beats an update stamp, wherever they stand
    ("Headline\nUpdated: 5 June 2025\nFirst published: 3 June 2025\nBody.", date(2025, 6, 3), "First published: 3 June 2025"),
])
def test_read_date_from_text_layouts(layout: str, expected: date, evidence: str) -> None:
    assert read_date_from_text(layout) == (expected, evidence)


@pytest.mark.parametrize("layout", [
    "Headline\nUpdated at 06:08 p.m.\nBody.",                       # a time, no date
    "Headline\nOn June 2, 2025, Russia attacked the city.\nMore.",  # a sentence mentioning a date
    "Headline\nPublished reports on June 2, 2025 said so.\nMore.",  # 'published' used as a word
    "Headline\nPublished: June 2025\nBody.",                        # no day
    "Headline\nKYIV, June 2 (Reuters) - Talks.\nBody.",             # no year
    "Headline\n05/06/2025\nBody.",                                  # May or June?
    "Headline\nPublished: 31 February 2025\nBody.",                 # no such day
    "Headline\n" + "Body.\n" * 20 + "June 3, 2025\n" + "Body.\n" * 10,  # in the middle
])
def test_read_date_from_text_refuses(layout: str) -> None:
    assert read_date_from_text(layout) is None


def test_dates_from_text_only_fills_missing_dates() -> None:
    write("c/a.txt", "Headline\nPublished: 12 June 2024\nBody.\n")
    write("c/b.md", "---\npublished: 2025-01-01\n---\nHeadline\nPublished: 12 June 2024\n")
    write("c/c.txt", "Headline\nOn 12 June 2024 the talks began.\n")
    without = load_corpus(["c"])
    assert [d.published for d in without.documents] == [None, date(2025, 1, 1), None]
    c = load_corpus(["c"], dates_from_text=True)
    assert [(d.published, d.published_origin) for d in c.documents] == [
        (date(2024, 6, 12), "text"), (date(2025, 1, 1), "metadata"), (None, None)]


def test_dates_from_text_after_a_bad_metadata_date() -> None:
    write("c/a.md", "---\npublished: soon\n---\nJune 3, 2025\nBody.\n")
    c = load_corpus(["c"], dates_from_text=True)
    assert (c.documents[0].published, c.documents[0].published_origin) == (date(2025, 6, 3), "text")
    assert only_issue(c, "c/a.md").action == "read"


# ===================================================================== the real seeds


@pytest.mark.skipif(not SEEDS.is_dir(), reason="shared seed corpus not present")
def test_seed_corpus(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    c = load_corpus(["../shared/corpora/seeds"], dates_from_text=True)
    names = sorted(p.name for p in SEEDS.glob("*.txt"))
    assert len(names) == 5
    assert ids(c) == names
    assert all(d.path == f"../shared/corpora/seeds/{d.id}" for d in c.documents)
    assert all(d.text == (SEEDS / d.id).read_text(encoding="utf-8") for d in c.documents)
    # no seed states its own date ("Updated at 06:08 p.m." has no day)
    assert all(d.published is None for d in c.documents)
    assert c.skipped == (InputIssue("../shared/corpora/seeds/NOTES.md", None,
                                    "looks like documentation, not an article", "skipped"),)


def test_module_exports() -> None:
    assert set(corpus_module.__all__) == {"DEFAULT_MAX_ARTICLE_BYTES", "CorpusError", "load_corpus",
                                          "read_date_from_text"}


@pytest.mark.skipif(sys.platform in ("darwin", "win32"), reason="these file systems refuse names that are not UTF-8")
def test_a_file_name_that_is_not_utf8_is_read_and_shown_with_its_byte_escaped(in_tmp: Path) -> None:
    """An old Latin-1 archive unpacked on Linux: the name's undecodable byte crashed every format
    (a surrogate in the id); a newline in a name was shown as a space, a path that does not exist."""
    from discrepancy.events import group_documents

    os.mkdir("corpus")
    Path(os.fsdecode(b"corpus/caf\xe9.txt")).write_text("Rustem Umerov said 40 bombers were hit on Sunday.\n")
    Path("corpus/new\nline.txt").write_text("Rustem Umerov said 41 bombers were hit on Sunday.\n")
    c = load_corpus(["corpus"])
    assert sorted(d.path for d in c.documents) == ["corpus/caf\\xe9.txt", "corpus/new\\x0aline.txt"]
    # a valid name keeps its id whatever its characters (a no-break space, a joiner): baselines match
    Path("corpus/Le\u00a0Monde\u200d.txt").write_text("Rustem Umerov said 42 bombers were hit on Sunday.\n")
    assert "corpus/Le\u00a0Monde\u200d.txt" in {d.path for d in load_corpus(["corpus"]).documents}
    assert not c.skipped
    json.dumps([d.id for d in c.documents]).encode("utf-8")  # every format writes the ids
    assert len(group_documents(c.documents)) >= 1


def test_one_article_saved_under_two_names_is_read_once() -> None:
    """A copied file was a second side of every finding it was in; a wire story two outlets ran,
    or one outlet ran on two days, is two articles."""
    write("c/a.txt", "Officials said 40 bombers were hit.\n")
    write("c/b.txt", "Officials said 40 bombers were hit.\n")
    write("c/wire1.md", "---\nsource: AP\n---\nThe strike hit 14 bombers.\n")
    write("c/wire2.md", "---\nsource: HuffPost\n---\nThe strike hit 14 bombers.\n")
    write("c/wire3.md", "---\nsource: AP\npublished: 2025-06-03\n---\nThe strike hit 14 bombers.\n")
    # an outlet's own folder is its source when no source is given: a wire story in two folders
    write("c/ap/story.txt", "The strike hit 14 bombers, officials said.\n")
    write("c/hpo/story.txt", "The strike hit 14 bombers, officials said.\n")
    c = load_corpus(["c"])
    assert located(c) == ["a.txt", "ap/story.txt", "hpo/story.txt", "wire1.md", "wire2.md", "wire3.md"]
    copy = only_issue(c, "c/b.txt")
    assert copy.action == "skipped" and copy.reason == "same article (text and details) as c/a.txt, already read"


@pytest.mark.parametrize("codec, text, page", [
    # one curly apostrophe inside a word: the detector guessed "Zelenskyy\u013as" (code page 852)
    ("cp1252", "Zelenskyy\u2019s office said 22 people were killed at the station on Wednesday.", "Windows-1252"),
    # a short Polish line: Windows-1252 read "Ze\u00b3enski" within the noise of Windows-1250
    ("cp1250", "Prezydent Ze\u0142enski powiedzia\u0142, \u017ce w ataku zgin\u0119\u0142y 22 osoby.", "cp1250"),
    # a short French line: a DOS page won by chance ("arm\u0137e")
    ("latin-1", "L'arm\u00e9e a frapp\u00e9 une gare \u00e0 Tchaplyne : 22 morts.", "cp1252"),
    # English with one accent: cp852 read "Z\u0158rich"; with Polish names: Windows-1252 read "Rados\u00b3aw"
    ("cp1252", "Officials in Z\u00fcrich said on Monday that 40 people were killed in the attack on the "
     "station, and the mayor said the station would reopen next week.", "cp1252"),
    ("cp1250", "Polish Foreign Minister Rados\u0142aw Sikorski said in \u0141\u00f3d\u017a that the minister "
     "met officials on Monday and that 40 people were killed in the attack on the station.", "cp1250"),
])
def test_a_short_legacy_line_is_read_in_its_page(codec: str, text: str, page: str) -> None:
    write("c/short.txt", text.encode(codec))
    c = load_corpus(["c"])
    assert doc(c, "short.txt").text.strip() == text
    assert f"read as {page}" in only_issue(c, "c/short.txt").reason
