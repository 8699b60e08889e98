"""One person across spellings and transliterations; two people who share a surname stay apart."""
import pytest

from discrepancy.detectors.people import compatible_given, same_surname, split_name
from discrepancy.detectors.titles import extract_people_and_titles
from discrepancy.persons import PersonIndex


@pytest.mark.parametrize("a,b", [("zelensky", "zelenskyy"), ("zelenskiy", "zelensky"), ("erdogan", "erdoğan"),
                                 ("kalın", "kalin")])
def test_same_surname_across_spellings(a, b):
    assert same_surname(split_name(a)[1], split_name(b)[1])


@pytest.mark.parametrize("a,b", [("putin", "patin"), ("peskov", "petrov"), ("umerov", "umarov")])
def test_different_surnames(a, b):
    assert not same_surname(a, b)


def test_given_names():
    assert compatible_given("volodymyr", "vladimir")
    assert compatible_given("chuck", "charles")
    assert compatible_given("j", "john")
    assert not compatible_given("hillary", "bill")


def index_for(docs: dict[str, str]) -> tuple[PersonIndex, dict]:
    mentions, by_doc = [], {}
    for doc, text in docs.items():
        people, _titles = extract_people_and_titles(text, [])
        by_doc[doc] = people
        mentions += [(doc, m) for m in people]
    return PersonIndex(mentions, docs), by_doc


def test_surname_mention_links_to_full_name_in_same_article():
    docs = {"a": "President Volodymyr Zelensky spoke. Later, President Zelenskyy left.",
            "b": "Ukrainian President Volodymyr Zelenskyy arrived."}
    index, by_doc = index_for(docs)
    keys = {index.person(d, m).key for d, ms in by_doc.items() for m in ms}
    assert len(keys) == 1


def test_people_sharing_a_surname_stay_apart():
    docs = {"a": "Secretary of State Hillary Clinton spoke.", "b": "Former President Bill Clinton spoke."}
    index, by_doc = index_for(docs)
    keys = {index.person(d, m).key for d, ms in by_doc.items() for m in ms}
    assert len(keys) == 2
    # a bare surname in a third article cannot be told apart: not linked to either
    index2, by_doc2 = index_for({**docs, "c": "Secretary Clinton left."})
    (m,) = by_doc2["c"]
    assert index2.person("c", m) is None


def test_a_bare_surname_with_an_office_goes_to_the_one_person_given_that_office_by_name(fake_embedder):
    """"Vice President Obama" in an article that names only Malia Obama in full is not Malia's
    title, and in one that names no Obama in full it is not dropped: the corpus gives one Obama a
    president's office beside his full name."""
    from datetime import date

    from discrepancy.model import Corpus, Document
    from discrepancy.pipeline import Options, check_corpus

    texts = {"a": "President Barack Obama spoke about the budget at the White House on Monday.",
             "b": "Vice President Obama spoke about the budget on Monday. His daughter Malia Obama watched.",
             "c": "First lady Michelle Obama visited a school in Chicago on Monday."}
    docs = tuple(Document(id=k, text=t, source=k.upper(), published=date(2013, 5, 6), path=f"{k}.txt")
                 for k, t in texts.items())
    report = check_corpus(Corpus(docs), Options(), embedder=fake_embedder, cache=None)
    titles = [f for f in report.findings if f.kind == "title"]
    assert [f.subject for f in titles] == ["Barack Obama"]
    assert {c.doc for c in titles[0].claims} == {"a", "b"}


def test_letters_after_a_name_are_no_surname():
    """qa191 p11: "Solicitor-General Dana Whitcombe SC" against "Attorney-General Dana Whitcombe" was
    read as two people, one surnamed "SC", and never compared."""
    assert split_name("Dana Whitcombe SC") == split_name("Dana Whitcombe") == ("dana", "whitcombe")
    assert split_name("Jane Doe KC") == ("jane", "doe")
    assert split_name("John Smith MP") == ("john", "smith")
