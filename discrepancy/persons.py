"""Who is who across a corpus: link person mentions to one identity per person.

A surname-only mention ("Umerov", "Mr. Romney", "Sen. Grassley") takes the full name
given in the same article. Full names meet across articles when their surnames agree
up to transliteration and their given names are compatible, so "Hillary Clinton" and
"Bill Clinton" stay two people. A surname that stays ambiguous stays unlinked.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .detectors.people import compatible_given, same_surname, split_name, translit_key
from .model import PersonMention


@dataclass(frozen=True)
class Person:
    key: str
    name: str  # the most common full form, for display


class PersonIndex:
    """Maps (document, mention) to a Person."""

    def __init__(self, mentions: Iterable[tuple[str, PersonMention]], doc_texts: Mapping[str, str]) -> None:
        self._doc_full: dict[str, list[tuple[str, str, str]]] = defaultdict(list)  # doc -> (given, surname, name)
        all_mentions = list(mentions)
        for doc, m in all_mentions:
            if m.given and m.surname:
                self._doc_full[doc].append((m.given, m.surname, m.name))
        self._doc_texts = doc_texts
        self._people: dict[str, list[tuple[str, str]]] = {}  # person key -> (given, name)
        self._surname_bucket: dict[str, list[str]] = defaultdict(list)  # translit key -> person keys
        names: Counter[tuple[str, str, str]] = Counter()
        for doc, m in all_mentions:
            full = self._full_in_doc(doc, m)
            if full:
                names[full] += 1
        for (given, surname, name), _count in sorted(names.items(), key=lambda x: (-x[1], x[0])):
            self._add(given, surname, name)

    # ----------------------------------------------------------------- building

    def _add(self, given: str, surname: str, name: str) -> str:
        key = self._find(given, surname)
        if key is None:
            key = f"{surname}|{given.split()[0] if given else ''}"
            while key in self._people:
                key += "'"
            self._people[key] = []
            self._surname_bucket[_bucket(surname)].append(key)
        self._people[key].append((given, name))
        return key

    def _candidates(self, surname: str) -> list[str]:
        out = []
        for bucket_key in {_bucket(surname)}:
            for key in self._surname_bucket.get(bucket_key, []):
                if same_surname(key.split("|")[0], surname):
                    out.append(key)
        return out

    def _find(self, given: str, surname: str) -> str | None:
        matches = [k for k in self._candidates(surname)
                   if given and all(compatible_given(g, given) for g, _ in self._people[k] if g)]
        return matches[0] if len(matches) == 1 else None

    def _full_in_doc(self, doc: str, m: PersonMention) -> tuple[str, str, str] | None:
        """The full name a mention stands for inside its own article, if unambiguous."""
        if m.given and m.surname:
            return m.given, m.surname, m.name
        if not m.surname:
            return None
        options = {(g, s, n) for g, s, n in self._doc_full.get(doc, ()) if same_surname(s, m.surname)}
        if not options:
            options = set(_full_names_in_text(self._doc_texts.get(doc, ""), m.surname))
        givens = {g for g, _s, _n in options}
        if len(givens) == 1 or (givens and all(compatible_given(a, b) for a in givens for b in givens)):
            return max(options, key=lambda o: len(o[0]))
        return None

    # ----------------------------------------------------------------- lookup

    def person(self, doc: str, m: PersonMention) -> Person | None:
        full = self._full_in_doc(doc, m)
        if full is not None:
            key = self._find(full[0], full[1])
        else:
            # surname only, nowhere expanded in its article: link if the corpus knows one such person
            cands = self._candidates(m.surname) if m.surname else []
            key = cands[0] if len(cands) == 1 else None
            if key is None and m.surname and not cands:
                # nobody of that surname is named in full anywhere: the bare surname is the person
                return Person(key=f"{m.surname}|?", name=m.name)
        if key is None:
            return None
        return Person(key=key, name=self.display_name(key))

    def with_surname(self, surname: str) -> list[Person]:
        """Every person of the corpus with this surname (up to transliteration)."""
        return [Person(key=k, name=self.display_name(k)) for k in self._candidates(surname)]

    def display_name(self, key: str) -> str:
        """How the person is written in running text: never a shouted headline form ("JEREMY HUNT") or a
        possessive ("James Heappey's"), whichever forms the corpus happened to meet first."""
        names = Counter(_plain_form(n) for _g, n in self._people.get(key, []))
        if not names:
            return key
        return sorted(names.items(), key=lambda x: (x[0].isupper(), -x[1], -len(x[0]), x[0]))[0][0]


def _plain_form(name: str) -> str:
    name = re.sub(r"['\u2019]s?$", "", name.strip())
    return name.title() if name.isupper() else name


def _bucket(surname: str) -> str:
    return translit_key(surname)[:3]


_GIVEN_THEN_WORD = re.compile(r"(?=\b([A-Z][\w'\u2019-]+)\s+([A-Z][\w'\u2019-]+))")


def _full_names_in_text(text: str, surname: str) -> list[tuple[str, str, str]]:
    """"Rustem Umerov" somewhere in an article whose title sentence only said "Umerov"."""
    from .detectors.title_words import is_title_word
    from .gazetteer import place

    out = []
    if not text or not surname:
        return out
    for m in _GIVEN_THEN_WORD.finditer(text):
        given, sur = m.group(1), m.group(2)
        if is_title_word(given) or place(given) or not same_surname(split_name(sur)[1], surname):
            continue
        name = f"{given} {sur}"
        g, s = split_name(name)
        if g:
            out.append((g, s, name))
    return out
