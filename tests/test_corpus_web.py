"""Saved web pages, WARC archives and feeds: the article read, the page around it left out, nothing fetched."""
from __future__ import annotations

import gzip
import io
import json
import shutil
import socket
from datetime import date
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from discrepancy.corpus import load_corpus
from discrepancy.model import Corpus, Document, Evidence, InputIssue
from discrepancy.report.common import date_label
from discrepancy.report.json_report import evidence_dict

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT / "fixtures" / "pages"
FEED = ROOT / "fixtures" / "feeds" / "kyiv-courier.xml"
LEDGER = PAGES / "bosphorus-ledger" / "ukraine-russia-resume-talks-istanbul.html"
COURIER = PAGES / "kyiv-courier" / "ukraine-and-turkiye-discuss-security-situation.html"
INDEX = PAGES / "kyiv-courier" / "index.html"

# Text that is in the saved pages but not in their articles.
BOILERPLATE = ("We use cookies", "Accept all cookies", "I agree", "Newsletters", "Subscribe", "All rights reserved",
               "Related stories", "Read also", "Five things to know", "Check your facts", "vasyl_k", "paywallConfig",
               "gtag", "Share on Facebook", "Privacy policy", "Careers")

UNDATED_PAGE = b"""<html><head><title>Grain corridor talks</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Grain corridor talks</h1>
<p>Published: 3 June 2025</p>
<p>Officials from three countries met on Tuesday to discuss the future of the grain corridor across the Black Sea.</p>
<p>They said that 40 ships had left the ports in the past month, and that more would follow if the talks succeed.</p>
</article><footer>Contact us</footer></body></html>
"""


@pytest.fixture(autouse=True)
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to open a connection fails the test: pages and feeds are never fetched."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"network access attempted: {args}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def by_path(c: Corpus) -> dict[str, Document]:
    return {d.path: d for d in c.documents}


def issues(c: Corpus) -> dict[str, InputIssue]:
    return {i.path: i for i in c.skipped}


# ===================================================================== saved pages


def test_folder_of_saved_pages(no_network: None) -> None:
    shutil.copytree(PAGES, "pages")
    c = load_corpus(["pages"])
    docs = by_path(c)
    assert sorted(docs) == ["pages/bosphorus-ledger/delegations-arrive-ciragan-palace.html",
                            "pages/bosphorus-ledger/ukraine-russia-resume-talks-istanbul.html",
                            "pages/kyiv-courier/ukraine-and-turkiye-discuss-security-situation.html"]
    ledger = docs["pages/bosphorus-ledger/ukraine-russia-resume-talks-istanbul.html"]
    assert ledger.id == "bosphorus-ledger/ukraine-russia-resume-talks-istanbul.html"
    assert ledger.source == "The Bosphorus Ledger"  # og:site_name
    assert ledger.title == "Ukraine ready for \u201cnecessary steps for peace\u201d as Istanbul talks resume"
    assert ledger.url == "https://www.bosphorusledger.example/world/ukraine-russia-resume-talks-istanbul"
    # article:published_time, not article:modified_time (2025-06-03)
    assert (ledger.published, ledger.published_origin) == (date(2025, 6, 2), "page")
    assert ledger.text.startswith(ledger.title + "\n")  # the headline first, as in an article file
    assert "Ukraine\u2019s team is headed by Defence Minister Rustem Umerov" in ledger.text
    courier = docs["pages/kyiv-courier/ukraine-and-turkiye-discuss-security-situation.html"]
    assert courier.source == "Kyiv Courier"  # the JSON-LD publisher
    assert (courier.published, courier.published_origin) == (date(2026, 1, 5), "page")  # JSON-LD datePublished
    delegations = docs["pages/bosphorus-ledger/delegations-arrive-ciragan-palace.html"]
    assert (delegations.published, delegations.published_origin) == (date(2025, 6, 2), "page")  # <time>
    for d in c.documents:
        leaked = [b for b in BOILERPLATE if b in d.text]
        assert not leaked, (d.id, leaked)
    index = issues(c)["pages/kyiv-courier/index.html"]
    assert index.action == "skipped" and index.reason.startswith("no article text found in the page")
    assert len(c.skipped) == 1


def test_one_page_named_directly_is_read_as_a_page() -> None:
    shutil.copy(LEDGER, "story.html")
    c = load_corpus(["story.html"])
    assert [d.id for d in c.documents] == ["story.html"]
    assert "<p>" not in c.documents[0].text and "cookie" not in c.documents[0].text.lower()
    assert c.skipped == ()


def test_page_without_a_date_in_its_metadata(no_network: None) -> None:
    Path("undated.htm").write_bytes(UNDATED_PAGE)
    d = load_corpus(["undated.htm"]).documents[0]
    assert d.published is None and d.published_origin is None
    assert d.source == "undated.htm"  # no site name, no address: the id, as for a text file
    dated = load_corpus(["undated.htm"], dates_from_text=True).documents[0]
    assert (dated.published, dated.published_origin, dated.published_evidence) == (
        date(2025, 6, 3), "text", "Published: 3 June 2025")


def test_dates_from_text_never_replaces_a_page_date() -> None:
    page = LEDGER.read_bytes().replace(b"<p>Ukraine on Monday", b"<p>Published: 9 June 2025</p><p>Ukraine on Monday")
    Path("p.html").write_bytes(page)
    d = load_corpus(["p.html"], dates_from_text=True).documents[0]
    assert (d.published, d.published_origin) == (date(2025, 6, 2), "page")


def test_saved_from_comment_gives_the_address() -> None:
    page = UNDATED_PAGE.replace(b"<html>", b"<!-- saved from url=(0043)https://news.example.org/world/grain-talks -->\n<html>")
    Path("saved.html").write_bytes(page)
    d = load_corpus(["saved.html"]).documents[0]
    assert d.url == "https://news.example.org/world/grain-talks"
    assert d.source == "news.example.org"


def test_resources_of_a_saved_page_are_one_line() -> None:
    shutil.copy(LEDGER, "Story.html")
    Path("Story_files").mkdir()
    for name in ("logo.png", "app.js", "main.css", "ad-frame.html"):
        Path("Story_files", name).write_text("x")
    Path("Other_files").mkdir()  # no page of that name beside it: an ordinary folder
    Path("Other_files/note.txt").write_text("Officials said 40 bombers were damaged in the strike on Sunday.\n")
    c = load_corpus(["."])
    assert [d.id for d in c.documents] == ["Other_files/note.txt", "Story.html"]
    assert c.skipped == (InputIssue("Story_files", None, "resources of the saved page Story.html (images, scripts, "
                                                         "styles): not articles, not read"),)


def test_pages_that_are_not_articles_are_listed(no_network: None) -> None:
    Path("c").mkdir()
    Path("c/link.html").write_text("https://example.com/an-article-that-must-not-be-fetched")
    Path("c/empty.html").write_text("")
    Path("c/script.html").write_text("<html><body><div id=app></div><script>render()</script></body></html>")
    Path("c/image.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    shutil.copy(LEDGER, "c/ok.html")
    c = load_corpus(["c"])
    assert [d.id for d in c.documents] == ["ok.html"]
    got = issues(c)
    assert set(got) == {"c/link.html", "c/empty.html", "c/script.html", "c/image.html"}
    assert got["c/script.html"].reason.startswith("no article text found in the page"), got
    assert got["c/link.html"].reason.startswith("no HTML markup"), got  # an address saved as a page
    assert got["c/script.html"].action == got["c/link.html"].action == "skipped"
    assert (got["c/empty.html"].reason, got["c/empty.html"].action) == ("empty file (no text)", "skipped")
    assert got["c/image.html"].reason == "binary file (looks like a PNG image)"


def test_a_page_its_scripts_fill_in_is_read_from_its_json_ld(no_network: None) -> None:
    """Many news sites ship an empty body and the whole article in JSON-LD for search engines."""
    body = ("Officials from three countries met on Tuesday to discuss the grain corridor across the Black Sea. "
            "They said 40 ships had left the ports in the past month, and that more would follow.")
    ld = {"@context": "https://schema.org", "@graph": [{"@type": "WebPage"}, {
        "@type": "NewsArticle", "headline": "Grain corridor talks", "datePublished": "2025-06-03T10:00:00+02:00",
        "publisher": {"@type": "Organization", "name": "Script News"}, "articleBody": body}]}
    page = ("<html><head><title>Grain corridor talks</title><script type='application/ld+json'>"
            + json.dumps(ld) + "</script></head><body><div id=root></div><script src=app.js></script></body></html>")
    Path("app.html").write_text(page)
    (d,) = load_corpus(["app.html"]).documents
    assert d.text == "Grain corridor talks\n" + body + "\n"
    assert (d.source, d.published, d.published_origin) == ("Script News", date(2025, 6, 3), "page")


def test_a_script_built_page_takes_its_outlet_and_headline_from_its_json_ld(no_network: None) -> None:
    """The shell's <title> said "Loading" and the outlet fell back to the file's name, so two such
    pages of one outlet counted as two outlets."""
    body = ("Officials from three countries met on Tuesday to discuss the grain corridor across the Black Sea. "
            "They said 40 ships had left the ports in the past month, and that more would follow.")
    ld = {"@type": "NewsArticle", "headline": "Grain corridor talks", "articleBody": body,
          "publisher": {"@type": "Organization", "name": "LD News"}}
    Path("shell.html").write_text("<html><head><title>Loading</title><script type='application/ld+json'>"
                                  + json.dumps(ld) + "</script></head><body><div id=app></div></body></html>")
    (d,) = load_corpus(["shell.html"]).documents
    assert (d.source, d.title) == ("LD News", "Grain corridor talks")
    assert d.text == "Grain corridor talks\n" + body + "\n"


def test_a_cookie_or_consent_notice_is_no_article(no_network: None) -> None:
    """A consent wall of 35 to 70 words passed the 20-word floor and was read as the article."""
    wall = ("<html><head><title>Consent</title></head><body><div class=consent><h1>Before you continue</h1>"
            "<p>We use cookies and data to deliver our services, measure audience engagement and show "
            "personalised ads. If you accept all, our partners will also use cookies for advertising. "
            "You can reject all or manage your privacy settings and preferences at any time.</p>"
            "<button>Accept all</button><button>Reject all</button></div></body></html>")
    Path("wall.html").write_text(wall)
    shutil.copy(LEDGER, "ok.html")
    c = load_corpus(["wall.html", "ok.html"])
    assert [d.id for d in c.documents] == ["ok.html"]
    assert issues(c)["wall.html"].reason == "no article text found in the page (only a cookie or consent notice)"


@pytest.mark.parametrize("written", ["2025-13-45T99:99:00", "2099-07-04T10:00:00Z"])
def test_a_page_date_that_cannot_be_used_is_listed(no_network: None, written: str) -> None:
    """htmldate drops a date that is no date or lies in the future: the page is listed, not silently undated."""
    meta = f'<meta property="article:published_time" content="{written}"></head>'.encode()
    Path("p.html").write_bytes(UNDATED_PAGE.replace(b"</head>", meta))
    c = load_corpus(["p.html"])
    assert c.documents[0].published is None
    assert issues(c)["p.html"] == InputIssue(
        "p.html", None, f"the page's date {written!r} is not a valid date, or is after today: ignored", "read")


# ===================================================================== WARC archives


def http_response(body: bytes, status: str = "200 OK", content_type: str = "text/html; charset=utf-8") -> StatusAndHeaders:
    return StatusAndHeaders(status, [("Content-Type", content_type), ("Content-Length", str(len(body)))],
                            protocol="HTTP/1.1")


def write_warc(path: str, compress: bool = True) -> dict[str, str]:
    """A small crawl of the fixture pages, with what real crawls also hold. Returns URI -> what it is."""
    pages = {
        "https://www.bosphorusledger.example/world/ukraine-russia-resume-talks-istanbul": LEDGER.read_bytes(),
        "https://kyivcourier.example/en/news/pow-returns": COURIER.read_bytes(),
        "https://kyivcourier.example/en/news/": INDEX.read_bytes(),
        "https://news.example.org/world/grain-talks": UNDATED_PAGE.replace(b"<p>Published: 3 June 2025</p>", b""),
    }
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=compress)
        writer.write_record(writer.create_warcinfo_record(Path(path).name, {"software": "test crawler"}))
        for uri, body in pages.items():
            request = StatusAndHeaders("GET / HTTP/1.1", [("Host", "x")], is_http_request=True)
            writer.write_record(writer.create_warc_record(uri, "request", http_headers=request))
            writer.write_record(writer.create_warc_record(
                uri, "response", payload=io.BytesIO(body), http_headers=http_response(body),
                warc_headers_dict={"WARC-Date": "2025-06-04T08:00:00Z"}))
        logo = b"\x89PNG\r\n\x1a\n" + bytes(300)
        writer.write_record(writer.create_warc_record(
            "https://kyivcourier.example/logo.png", "response", payload=io.BytesIO(logo),
            http_headers=http_response(logo, content_type="image/png")))
        missing = b"<html><body><h1>Not found</h1></body></html>"
        writer.write_record(writer.create_warc_record(
            "https://kyivcourier.example/gone", "response", payload=io.BytesIO(missing),
            http_headers=http_response(missing, status="404 Not Found")))
        again = LEDGER.read_bytes()  # the same page under a tracking address
        writer.write_record(writer.create_warc_record(
            "https://www.bosphorusledger.example/world/ukraine-russia-resume-talks-istanbul?utm_source=x",
            "response", payload=io.BytesIO(again), http_headers=http_response(again)))
        writer.write_record(writer.create_revisit_record(
            "https://kyivcourier.example/en/news/pow-returns", digest="sha1:AAAA",
            refers_to_uri="https://kyivcourier.example/en/news/pow-returns", refers_to_date="2025-06-04T08:00:00Z"))
    return {uri: "page" for uri in pages}


def test_warc_every_html_response_is_an_article(no_network: None) -> None:
    Path("c").mkdir()
    write_warc("c/crawl.warc.gz")
    c = load_corpus(["c"])
    docs = {d.url: d for d in c.documents}
    assert sorted(docs) == ["https://kyivcourier.example/en/news/ukraine-and-turkiye-discuss-security-situation-and-pow-returns",
                            "https://news.example.org/world/grain-talks",
                            "https://www.bosphorusledger.example/world/ukraine-russia-resume-talks-istanbul"]
    ledger = docs["https://www.bosphorusledger.example/world/ukraine-russia-resume-talks-istanbul"]
    assert (ledger.published, ledger.published_origin, ledger.source) == (date(2025, 6, 2), "page", "The Bosphorus Ledger")
    grain = docs["https://news.example.org/world/grain-talks"]  # WARC-Target-URI: the page names no address itself
    assert (grain.published, grain.published_origin) == (date(2025, 6, 4), "warc")  # the record's date, as a fallback
    assert grain.source == "news.example.org"
    for d in c.documents:
        offset = int(d.path.rsplit("@", 1)[1])
        assert d.path == f"c/crawl.warc.gz@{offset}" and d.id == f"crawl.warc.gz@{offset}"
        assert _uri_at("c/crawl.warc.gz", offset).startswith(d.url.split("?")[0][:30])
    got = [i for i in c.skipped if i.action == "skipped"]
    assert len(got) == 1 and got[0].reason.startswith("no article text found in the page")
    assert got[0].reason.endswith("(https://kyivcourier.example/en/news/)")
    assert _uri_at("c/crawl.warc.gz", int(got[0].path.rsplit("@", 1)[1])) == "https://kyivcourier.example/en/news/"
    counted = issues(c)["c/crawl.warc.gz"]
    assert counted.action == "read"
    assert counted.reason == ("13 records, 3 pages read as articles; not articles (counted, not listed): "
                              "4 request records, 1 duplicate pages (same payload), 1 duplicates (revisit records), "
                              "1 image/png responses, 1 responses with HTTP status 4xx, 1 warcinfo records")


def _uri_at(path: str, offset: int) -> str:
    """The target of the record at `offset`, as `warcio extract` finds it."""
    with open(path, "rb") as stream:
        stream.seek(offset)
        return next(iter(ArchiveIterator(stream))).rec_headers.get_header("WARC-Target-URI")


def test_uncompressed_warc_named_directly() -> None:
    write_warc("crawl.warc", compress=False)
    c = load_corpus(["crawl.warc"])
    assert len(c.documents) == 3
    assert all(d.path.startswith("crawl.warc@") for d in c.documents)


def test_broken_warcs_keep_every_good_record() -> None:
    write_warc("crawl.warc.gz")
    whole = Path("crawl.warc.gz").read_bytes()
    Path("junk.warc.gz").write_bytes(whole + gzip.compress(b"WARC/1.0\r\nnonsense\r\n\r\n"))
    Path("cut.warc.gz").write_bytes(whole[:-500])  # ends inside the last records
    Path("notwarc.warc").write_text("just some text\n")
    Path("empty.warc.gz").write_bytes(b"")
    c = load_corpus(["junk.warc.gz", "cut.warc.gz", "notwarc.warc", "empty.warc.gz"])
    assert len(c.documents) == 6  # the three pages of each damaged archive
    reasons = {i.path: i.reason for i in c.skipped}
    assert reasons[f"junk.warc.gz@{len(whole)}"] == "not a valid WARC record (no WARC-Type header)"
    cut = [p for p, r in reasons.items() if p.startswith("cut.warc.gz@") and r.startswith("record is cut short")]
    assert len(cut) == 1 and int(cut[0].split("@")[1]) < len(whole) - 500
    assert reasons["notwarc.warc@0"].startswith("archive cannot be read from here on")
    assert reasons["notwarc.warc@0"].endswith("0 records before it were read")
    assert reasons["empty.warc.gz"] == "empty WARC archive: no records"
    assert "notwarc.warc" not in reasons  # one message for it, not "empty" as well


def test_a_response_without_its_address_is_listed_and_the_records_after_it_read() -> None:
    """warcio raised AttributeError on a response record with no WARC-Target-URI: a traceback, no report."""
    body = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>Hello</p></body></html>"
    record = (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1>\r\nWARC-Date: 2025-06-02T10:00:00Z\r\n"
              b"Content-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n"
              % (len(body), body))
    write_warc("crawl.warc", compress=False)
    intact = load_corpus(["crawl.warc"])
    whole = Path("crawl.warc").read_bytes()
    Path("crawl.warc").write_bytes(record + whole)
    c = load_corpus(["crawl.warc"])
    assert [d.text for d in c.documents] == [d.text for d in intact.documents]  # every page after it
    assert [(i.path, i.reason) for i in c.skipped if i.path == "crawl.warc@0"] == [
        ("crawl.warc@0", "response record has no WARC-Target-URI (the page's address): not read")]
    assert len(c.skipped) == len(intact.skipped) + 1


def test_warcios_header_errors_end_the_archive_but_ours_are_not_mistaken_for_them(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """warcio raises AttributeError or TypeError on some malformed headers: the archive is listed
    as unreadable from there on. The same errors raised while a record is read are a defect of
    ours and must surface, not pass as a broken file that silently loses the rest of the archive."""
    from discrepancy.corpus import warc

    class Headers:  # warcio's own failure, mid-iteration, after one good record
        def __iter__(self):
            yield "first"
            raise TypeError("bad header")

    records = warc._records(Headers())
    assert next(records) == "first"
    with pytest.raises(ValueError, match="bad header"):
        next(records)

    write_warc("crawl.warc", compress=False)

    def broken(*args: object, **kwargs: object) -> None:
        raise AttributeError("a defect in reading a page")

    monkeypatch.setattr(warc, "extract_article", broken)
    with pytest.raises(AttributeError, match="a defect in reading a page"):
        load_corpus(["crawl.warc"])


def test_text_named_warc_is_no_archive_and_warcio_prints_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    """warcio reads lines of text as broken ARC records and writes a warning per record to stderr."""
    Path("notes.warc.gz").write_text("hello this is not a warc at all\n" * 10)
    c = load_corpus(["notes.warc.gz"])
    assert [(i.path, i.reason) for i in c.skipped] == [
        ("notes.warc.gz", "not a WARC archive (its first record has no WARC header)")]
    assert capsys.readouterr().err == ""


def test_an_archives_broken_line_is_quoted_without_its_control_characters() -> None:
    write_warc("crawl.warc", compress=False)
    whole = Path("crawl.warc").read_bytes()
    Path("crawl.warc").write_bytes(whole + b"\x1b]0;retitled\x07\x1b[2J <b>RED</b>\r\n\r\n")
    c = load_corpus(["crawl.warc"])
    (reason,) = [i.reason for i in c.skipped if i.path == f"crawl.warc@{len(whole)}"]
    assert "\\x1b]0;retitled\\x07\\x1b[2J <b>RED</b>" in reason and "\x1b" not in reason and "\x07" not in reason
    assert reason.endswith("3 records before it were read")


def test_warc_progress_counts_records() -> None:
    write_warc("crawl.warc.gz")

    class Recorder:
        def __init__(self) -> None:
            self.log: list[tuple[str, object]] = []

        def stage(self, name: str, total: int | None):  # type: ignore[no-untyped-def]
            self.log.append(("stage", name, total))
            return lambda n: self.log.append(("advance", name, n))

        def done(self, name: str) -> None:
            self.log.append(("done", name))

    recorder = Recorder()
    load_corpus(["crawl.warc.gz"], progress=recorder)
    assert recorder.log[0] == ("stage", "reading crawl.warc.gz", None)
    assert recorder.log[1:-1] == [("advance", "reading crawl.warc.gz", 1)] * 13
    assert recorder.log[-1] == ("done", "reading crawl.warc.gz")


# ===================================================================== feeds


def test_a_refreshed_feed_keeps_its_entries_ids(no_network: None) -> None:
    """A feed update puts a new entry first: ids by place would name other articles, and a
    baseline would no longer know the findings it accepted."""
    shutil.copy(FEED, "news.rss")
    before = {d.id: d.text for d in load_corpus(["news.rss"]).documents}
    text = FEED.read_text(encoding="utf-8")
    first_item = text.index("<item>")
    fresh = ("<item><title>Grain ships leave Odesa</title><guid isPermaLink=\"false\">kc-118300</guid>"
             "<description>Three grain ships left Odesa on Tuesday, port officials said.</description></item>\n  ")
    Path("news.rss").write_text(text[:first_item] + fresh + text[first_item:], encoding="utf-8")
    after = {d.id: d.text for d in load_corpus(["news.rss"]).documents}
    assert set(after) == set(before) | {"news.rss@kc-118300"}
    assert all(after[i] == before[i] for i in before)


def test_a_feed_entry_date_that_is_no_date_is_listed(no_network: None) -> None:
    text = FEED.read_text(encoding="utf-8")
    first_date = text.index("<pubDate>")
    end = text.index("</pubDate>", first_date)
    Path("news.rss").write_text(text[:first_date] + "<pubDate>not a date at all" + text[end:], encoding="utf-8")
    c = load_corpus(["news.rss"])
    assert c.documents[0].published is None
    assert InputIssue("news.rss@entry-1", None, "entry date 'not a date at all' is not a date: ignored (date unknown)",
                      "read") in c.skipped


def test_rss_feed_entries(no_network: None) -> None:
    shutil.copy(FEED, "news.rss")
    c = load_corpus(["news.rss"])
    first, second = c.documents
    assert (first.id, first.path) == ("news.rss@kc-118204", "news.rss@entry-1")  # named by its guid, found by its place
    assert first.source == "Kyiv Courier" and first.title == "Ukraine and T\u00fcrkiye discuss security situation and POW returns"
    assert (first.published, first.published_origin) == (date(2026, 1, 5), "feed")
    assert "NSDC Secretary Rustem Umerov had reached an agreement" in first.text
    assert "<p>" not in first.text and "Umerov met Turkish Foreign Minister" not in first.text  # content, not summary
    # 01:30 +02:00 is still 5 January where it was written (4 January in UTC)
    assert (second.published, second.text) == (
        date(2026, 1, 5), "Winter energy outlook for Kyiv\nGrid operators expect four hours of scheduled outages "
                          "a day in Kyiv through January.\n")
    assert c.skipped == (
        InputIssue("news.rss@entry-2", None, "feed entry has a summary only: the summary was read as the article", "read"),
        InputIssue("news.rss@entry-3", None, "feed entry has no content or summary", "skipped"),
    )


def test_atom_feed_and_xml_that_is_no_feed() -> None:
    Path("c").mkdir()
    Path("c/updates.atom").write_text("""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Ledger updates</title><link href="https://ledger.example/"/>
<id>urn:x</id><updated>2025-06-02T10:00:00Z</updated>
<entry><title>Talks resume</title><id>urn:1</id><updated>2025-06-02T10:00:00+03:00</updated>
<content type="html">&lt;p&gt;The delegations met in Istanbul on Monday.&lt;/p&gt;</content></entry>
</feed>""")
    Path("c/sitemap.xml").write_text('<?xml version="1.0"?><urlset><url><loc>https://a.example/</loc></url></urlset>')
    c = load_corpus(["c"])
    (d,) = c.documents
    assert (d.source, d.published, d.published_origin) == ("Ledger updates", date(2025, 6, 2), "feed")
    assert d.text == "Talks resume\nThe delegations met in Istanbul on Monday.\n"
    assert issues(c)["c/sitemap.xml"].reason.startswith("not an RSS or Atom feed")


def test_a_page_declared_latin1_keeps_its_windows_1252_quotes() -> None:
    """Browsers read an ISO-8859-1 label as Windows-1252 (WHATWG): its curly quotes were dropped as
    control characters, "Europes deadliest" with no word said."""
    Path("c").mkdir()
    seed = Path(__file__).resolve().parent.parent / "fixtures" / "seeds" / "003_491a6a4e5d08eddb.txt"
    paragraphs = "".join(f"<p>{p}</p>" for p in seed.read_text(encoding="utf-8").split("\n") if p.strip())
    page = f'<html><head><meta charset="iso-8859-1"><title>News</title></head><body><article>{paragraphs}</article></body></html>'
    Path("c/latin1.html").write_bytes(page.encode("cp1252", errors="replace"))
    (d,) = load_corpus(["c"]).documents
    assert "\u201cnecessary steps for peace\u201d" in d.text and "Europe\u2019s deadliest" in d.text


def test_text_or_bytes_saved_as_a_page_say_what_they_are() -> None:
    """Both said "no text outside menus, banners and footers", which sends the user the wrong way."""
    Path("c").mkdir()
    Path("c/plain.html").write_text("Officials said 40 bombers were hit on Sunday. " * 30)
    Path("c/noise.html").write_bytes(bytes(range(256)) * 12)
    # a UTF-16 page of menus is a page, with no article: its tags are "<\x00n\x00a\x00v\x00"
    Path("c/menu.html").write_bytes("<html><body><nav>Home | News | Sport</nav></body></html>".encode("utf-16"))
    reasons = {i.path: i.reason for i in load_corpus(["c"]).skipped}
    assert reasons["c/menu.html"].startswith("no article text found in the page")
    del reasons["c/menu.html"]
    assert reasons == {"c/plain.html": "no HTML markup: plain text saved as a page? (a .txt file is read as an article)",
                       "c/noise.html": "binary file (contains NUL bytes)"}


def test_a_feed_entry_dated_at_day_zero_is_read_undated() -> None:
    """A feed's most common "no date", 1 Jan 1970, set the entry's story in 1970."""
    Path("c").mkdir()
    Path("c/news.rss").write_text("""<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>Talks</title><guid>1</guid><pubDate>Thu, 01 Jan 1970 00:00:00 +0000</pubDate>
<description>The delegations met in Istanbul on Monday and said 40 prisoners would be freed.</description></item>
</channel></rss>""")
    c = load_corpus(["c"])
    (d,) = c.documents
    assert d.published is None
    assert [i.reason for i in c.skipped if "1970" in i.reason] == [
        "published date '1970-01-01' (from the feed) is a placeholder for no date: read without a date"]


def test_an_empty_feed_or_page_is_listed_not_a_crash() -> None:
    """A zero-byte feed made feedparser return no version attribute at all: a traceback."""
    Path("c").mkdir()
    for name in ("empty.atom", "empty.rss", "empty.xml", "empty.html"):
        Path("c", name).write_bytes(b"")
    Path("c/blank.rss").write_text("  \n")
    c = load_corpus(["c"])
    assert {i.path: i.reason for i in c.skipped} == {
        **{f"c/empty.{ext}": "empty file (no text)" for ext in ("atom", "rss", "xml", "html")},
        "c/blank.rss": "empty file (whitespace only)"}


# ===================================================================== everything at once


def test_mixed_folder_is_read_in_one_run(no_network: None) -> None:
    Path("c").mkdir()
    shutil.copy(LEDGER, "c/a-page.html")
    shutil.copy(INDEX, "c/b-index.html")
    write_warc("c/c-crawl.warc.gz")
    shutil.copy(FEED, "c/d-feed.xml")
    Path("c/e-notes.jsonl").write_text(
        '{"id": "n1", "source": "Wire", "published": "2025-06-02", "text": "Talks resumed in Istanbul."}\n{broken\n')
    c = load_corpus(["c"])
    kinds = [d.path.split("/")[1].split("@")[0] for d in c.documents]
    assert kinds == ["a-page.html"] + ["c-crawl.warc.gz"] * 3 + ["d-feed.xml"] * 2 + ["e-notes.jsonl"]
    skipped = {(i.path.split("@")[0], i.line): i.reason for i in c.skipped if i.action == "skipped"}
    assert set(skipped) == {("c/b-index.html", None), ("c/c-crawl.warc.gz", None), ("c/d-feed.xml", None),
                            ("c/e-notes.jsonl", 2)}
    where = {i.path for i in c.skipped if i.action == "skipped"}
    assert any(p.startswith("c/c-crawl.warc.gz@") for p in where) and "c/d-feed.xml@entry-3" in where
    origins = {d.published_origin for d in c.documents}
    assert origins == {"page", "warc", "feed", "metadata"}


# ===================================================================== reports


def test_reports_say_where_a_date_was_read() -> None:
    when = date(2025, 6, 2)
    assert date_label(when, "metadata") == "2025-06-02"
    assert date_label(when, "page") == "2025-06-02 (from page metadata)"
    assert date_label(when, "warc") == "2025-06-02 (from WARC record)"
    assert date_label(when, "feed") == "2025-06-02 (from feed)"
    assert date_label(when, "text") == "2025-06-02 (from text)"
    evidence = Evidence(doc="a", source="A", published=when, sentence="s", value="s", start=0, end=1, line=1,
                        path="a.html", published_origin="page")
    assert evidence_dict(evidence)["published_from"] == "page"
    plain = Evidence(doc="a", source="A", published=when, sentence="s", value="s", start=0, end=1, line=1,
                     path="a.md", published_origin="metadata")
    assert "published_from" not in evidence_dict(plain)


def test_terminal_progress_bar_counts_records_without_a_total() -> None:
    from rich.console import Console

    from discrepancy.cli import RichProgress

    write_warc("crawl.warc.gz")
    out = io.StringIO()
    with RichProgress(Console(file=out, force_terminal=True, width=100)) as progress:
        load_corpus(["crawl.warc.gz"], progress=progress)
    assert "reading crawl.warc.gz" in out.getvalue() and "13/13" in out.getvalue()
