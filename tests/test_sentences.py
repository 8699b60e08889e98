"""Sentence splitting on news layout: offsets, lines, headlines, bylines, abbreviations."""
from discrepancy.model import Document
from discrepancy.sentences import split_document


def split(text: str, **kw):
    return split_document(Document(id="d", text=text, source="s", **kw))


def test_offsets_point_into_the_document_text():
    doc = "First sentence here. Second one follows.\n\nA third, on line 3."
    for s in split(doc):
        assert doc[s.start:s.end] == s.text
    assert [s.line for s in split(doc)] == [1, 1, 3]


def test_abbreviations_do_not_end_sentences():
    texts = [s.text for s in split("Sen. Chuck Grassley met Gov. Jan Brewer on Sept. 11 in the U.S. capital. He left.")]
    assert texts == ["Sen. Chuck Grassley met Gov. Jan Brewer on Sept. 11 in the U.S. capital.", "He left."]


def test_initials_and_decimals_do_not_end_sentences():
    texts = [s.text for s in split("Michael J. Morell said 3.5 percent. Then he left.")]
    assert texts == ["Michael J. Morell said 3.5 percent.", "Then he left."]


def test_us_at_sentence_end_splits_before_an_opener():
    texts = [s.text for s in split("The talks were held in the U.S. The next round is in Turkey.")]
    assert texts == ["The talks were held in the U.S.", "The next round is in Turkey."]


def test_quotes_stay_with_their_sentence():
    texts = [s.text for s in split('"We are ready," he said. "Next week we meet." She agreed.')]
    assert texts == ['"We are ready," he said.', '"Next week we meet."', "She agreed."]


def test_layout_lines_are_meta_and_headlines_are_marked():
    doc = "ua en ru\n\nRussia delays prisoner exchanges\n\nUpdated at 06:08 p.m.\n\nBy Aghakazim Guliyev\n\n11:07\n\nThe talks began."
    kinds = [(s.text, s.kind) for s in split(doc)]
    assert kinds == [
        ("ua en ru", "meta"),
        ("Russia delays prisoner exchanges", "headline"),
        ("Updated at 06:08 p.m.", "meta"),
        ("By Aghakazim Guliyev", "meta"),
        ("11:07", "meta"),
        ("The talks began.", "body"),
    ]


def test_photo_caption_is_its_own_sentence():
    doc = "Ukraine and Turkey discuss returns Photo: Minister Hakan Fidan (t.me/x)"
    sents = split(doc)
    assert [s.kind for s in sents] == ["headline", "caption"]
    assert sents[1].text.startswith("Photo:")


def test_a_wire_file_photo_caption_is_a_caption():
    doc = ("Russia wants the regions. (AP Photo/Efrem Lukatsky) FILE - Russian soldiers patrol Mariupol "
           "on June 13, 2022. FILE - Paul Whelan stands in a cage in Moscow. The file shows it. Files - none.")
    kinds = [(s.text[:24], s.kind) for s in split(doc)]
    assert kinds == [
        ("Russia wants the regions", "body"),
        ("(AP Photo/Efrem Lukatsky", "caption"),
        ("FILE - Paul Whelan stand", "caption"),
        ("The file shows it.", "body"),
        ("Files - none.", "body"),
    ]


def test_hard_wrapped_lines_are_joined():
    doc = "The delegation arrived in Istanbul on\nMonday for talks. It left."
    texts = [s.text for s in split(doc)]
    assert texts[0] == "The delegation arrived in Istanbul on\nMonday for talks."


def test_line_numbers_follow_front_matter_offset_and_jsonl_line():
    sents = split("One.\nTwo.", first_line=5)
    assert [s.line for s in sents] == [5, 6]
    assert [s.line for s in split("One.\nTwo.", line=12)] == [12, 12]


def test_markdown_heading_marker_is_not_part_of_the_sentence():
    sents = split("# A headline\n\nBody text.")
    assert sents[0].text == "A headline"


def test_flattened_bullets_and_rules_split_sentences():
    text = ("Guterres visited the capital. - Samantha Power said the U.S. is giving $68 million. "
            "- Russian shelling killed at least two civilians, officials said. ___ Associated Press writer "
            "Edith M. Lederer contributed to this report.")
    got = [s.text for s in split_document(Document(id="x", text=text, source="x"))]
    assert got == ["Guterres visited the capital.", "Samantha Power said the U.S. is giving $68 million.",
                   "Russian shelling killed at least two civilians, officials said.",
                   "Associated Press writer Edith M. Lederer contributed to this report."]


def test_a_hyphen_inside_a_sentence_does_not_split_it():
    text = "The 6-3 ruling - a surprise to many - was issued on Monday."
    assert [s.text for s in split_document(Document(id="x", text=text, source="x"))] == [text]


def test_a_line_of_only_when_and_where_is_a_stamp():
    from discrepancy.sentences import only_when_and_where

    for line in ("WASHINGTON - April 27 -", "WASHINGTON, DC, April 28, 2009", "November 30, 2009 at 02:22 pm",
                 "12 January 2010 @ 09:29 pm", "May 3rd, 2013 2:00pm EDT", "KYIV, Ukraine, April 28"):
        assert only_when_and_where(line), line
    for line in ("The talks were held on April 27.", "Lindsay Lohan, April 28", "On May 16 the talks began in Istanbul.",
                 "Officials said 40 people died on April 27, 2009 in the flood."):
        assert not only_when_and_where(line), line


def test_a_run_with_no_full_stop_is_cut_at_spaces_into_sentence_sized_pieces():
    """A scraped page read as one line must not make one sentence of a megabyte: each piece is
    parsed and searched for figures as a sentence is (a sentence over a million characters
    stopped the language model, and figures were found in time growing with its square)."""
    from discrepancy.sentences import MAX_SENTENCE_CHARS

    run = " ".join(f"officials said {i} people were hurt" for i in range(40_000))  # 1.3 million characters
    text = run + ". The talks resumed in Istanbul."
    sentences = split_document(Document(id="d", text=text, source="S", published=None))
    assert all(len(s.text) <= MAX_SENTENCE_CHARS for s in sentences)
    assert all(text[s.start:s.end] == s.text for s in sentences)
    assert " ".join(s.text for s in sentences[:-1]) == run + "."  # cut only at spaces, nothing lost
    assert sentences[-1].text == "The talks resumed in Istanbul."
