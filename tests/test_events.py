"""Event grouping: stories from content alone, never from ids, file names or order."""
import json
import random
from dataclasses import replace
from datetime import date
from pathlib import Path

from discrepancy.corpus import load_corpus
from discrepancy.events import group_documents
from discrepancy.model import Document

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "lookalike-events"


def partition(events):
    return sorted(sorted(e.docs) for e in events)


def test_lookalike_stories_are_four_events():
    docs = load_corpus([FIXTURE / "corpus.jsonl"]).documents
    stories = json.loads((FIXTURE / "stories.json").read_text())
    expected = {}
    for doc, story in stories.items():
        expected.setdefault(story, []).append(doc)
    assert partition(group_documents(docs)) == sorted(sorted(v) for v in expected.values())


def test_grouping_ignores_ids_and_order():
    docs = list(load_corpus([FIXTURE / "corpus.jsonl"]).documents)
    baseline = group_documents(docs)
    renamed = [replace(d, id=f"x{i:03d}") for i, d in enumerate(docs)]
    back = {f"x{i:03d}": d.id for i, d in enumerate(docs)}
    random.Random(3).shuffle(renamed)
    regrouped = [sorted(back[d] for d in e.docs) for e in group_documents(renamed)]
    assert sorted(regrouped) == partition(baseline)


def test_distant_dates_split_look_alike_texts():
    text = "A 6.1-magnitude earthquake struck the province on Tuesday, killing 12 people and injuring 140."
    a = Document(id="a", text=text, source="s1", published=date(2023, 3, 14))
    b = Document(id="b", text=text.replace("12", "14"), source="s2", published=date(2023, 3, 14))
    c = Document(id="c", text=text.replace("12", "21"), source="s3", published=date(2023, 9, 3))
    groups = partition(group_documents([a, b, c]))
    assert groups == [["a", "b"], ["c"]]


def test_event_ids_are_stable():
    docs = load_corpus([FIXTURE / "corpus.jsonl"]).documents
    assert [e.id for e in group_documents(docs)] == [e.id for e in group_documents(list(reversed(docs)))]


def test_each_event_has_a_label_with_its_names_and_date_span():
    text = ("Rescuers in Sulawesi searched the rubble on Tuesday after the earthquake near Palu. "
            "Governor Longki Djanggola said Palu hospitals were full.")
    a = Document(id="a", text=text, source="s1", published=date(2023, 3, 14))
    b = Document(id="b", text=text + " Palu airport reopened.", source="s2", published=date(2023, 3, 15))
    events = group_documents([a, b])
    assert len(events) == 1
    label = events[0].label
    assert "Palu" in label and "(2023-03-14 to 2023-03-15)" in label


def test_a_label_names_who_and_where_not_titles_or_days():
    text = ("Foreign Minister Hakan Fidan met the Minister of Defence in Ankara on Monday. "
            "The Minister said on Monday that the Minister would return to Ankara.")
    a = Document(id="a", text=text, source="s1", published=date(2023, 3, 14))
    b = Document(id="b", text=text + " Fidan thanked the Minister.", source="s2", published=date(2023, 3, 14))
    (event,) = group_documents([a, b])
    names = event.label.split(" (")[0].split(", ")
    assert "Minister" not in names and "Monday" not in names and "Foreign" not in names
    assert "Fidan" in names and "Ankara" in names
