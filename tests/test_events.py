"""Event grouping: stories from content alone, never from ids, file names or order."""
import json
import math
import random
from collections import Counter
from dataclasses import replace
from datetime import date
from pathlib import Path

import numpy as np
import pytest

from discrepancy.corpus import load_corpus
from discrepancy.events import (
    _average_linkage,
    _copies,
    _rarest_shared_name,
    attach_fragments,
    group_documents,
    join_majorities,
    reaching,
)
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
    assert "Hakan Fidan" in names and "Ankara" in names  # a name of several words, whole


def test_a_label_names_a_place_once_not_also_by_the_word_for_its_people():
    text = ("A drone struck the fleet's headquarters in Sevastopol, Crimea, on Sunday. "
            "Crimean officials said the Crimean governor Mikhail Razvozhayev was unhurt. "
            "Crimean residents and Crimean shops in Sevastopol were shut, Razvozhayev said in Crimea.")
    docs = [Document(id=k, text=text, source=k, published=date(2022, 7, 31)) for k in ("a", "b")]
    (event,) = group_documents(docs)
    names = event.label.split(" (")[0].split(", ")
    assert "Crimea" in names and "Crimean" not in names, names


def test_a_label_leaves_out_a_quotes_i_am():
    """'I'm' is capitalised in every quote; it labelled a war-news story "Grozev, Bellingcat, I'm"."""
    text = ('Christo Grozev of Bellingcat said: "I\'m sure of it. I\'m not guessing, I\'m certain." '
            '"I\u2019ve seen the records," Grozev told reporters in Vienna.')
    docs = [Document(id=k, text=text, source=k, published=date(2022, 8, 22)) for k in ("a", "b")]
    (event,) = group_documents(docs)
    names = event.label.split(" (")[0].split(", ")
    assert "Grozev" in " ".join(names) and not any(n.lower().startswith(("i'", "i\u2019")) for n in names), names


def _two_halves(weak_pairs: int) -> np.ndarray:
    """Eight articles of one story, two halves of four, all links 0.99 except `weak_pairs`
    of the sixteen between the halves, which are 0.01 (a roundup that also covers other news)."""
    p = np.full((8, 8), 0.99)
    between = [(i, j) for i in range(4) for j in range(4, 8)]
    for i, j in between[:weak_pairs]:
        p[i, j] = p[j, i] = 0.01
    np.fill_diagonal(p, 1.0)
    return p


def test_two_halves_of_one_story_join_when_most_links_between_them_pass():
    p = _two_halves(weak_pairs=6)  # 10 of 16 links pass: the average (0.62) does not
    halves = _average_linkage(p, 0.95)
    assert len(set(halves)) == 2
    assert len(set(join_majorities(p, halves, 0.95, share=0.5))) == 1
    assert len(set(join_majorities(p, halves, 0.95, share=0.7))) == 2


def test_groups_with_few_strong_links_between_them_stay_apart():
    p = _two_halves(weak_pairs=12)  # 4 of 16 links pass: two look-alike stories
    labels = join_majorities(p, _average_linkage(p, 0.95), 0.95, share=0.5)
    assert labels[:4] == [labels[0]] * 4 and labels[4:] == [labels[4]] * 4 and labels[0] != labels[4]


def test_joining_never_splits_and_keeps_a_single_document():
    assert join_majorities(np.ones((1, 1)), [7], 0.95, 0.5) == [7]
    p = np.eye(3)
    assert join_majorities(p, [1, 2, 3], 0.95, 0.5) == [1, 2, 3]  # no strong links: nothing joins


def _story_and_follow_up(tie_to_other: float) -> np.ndarray:
    """Articles 0-3 one story, 4-6 a look-alike story, 7 a short follow-up linked strongly to
    article 2 only, and to article 5 at `tie_to_other`."""
    p = np.full((8, 8), 0.01)
    p[:4, :4] = p[4:7, 4:7] = 0.99
    p[7, 2] = p[2, 7] = 0.97
    p[7, 5] = p[5, 7] = tie_to_other
    np.fill_diagonal(p, 1.0)
    return p


def test_a_follow_up_tied_to_one_story_only_joins_it():
    p = _story_and_follow_up(tie_to_other=0.3)
    labels = _average_linkage(p, 0.95)
    assert labels[7] not in labels[:7]  # its average link to the story is far under the cut
    joined = attach_fragments(p, labels, 0.95, 2.0)
    assert joined[7] == joined[0] and joined[4] != joined[0]


def test_a_follow_up_tied_to_two_stories_joins_neither():
    p = _story_and_follow_up(tie_to_other=0.96)
    labels = _average_linkage(p, 0.95)
    assert attach_fragments(p, labels, 0.95, 2.0) == labels


def test_two_stories_of_like_size_tied_by_one_strong_link_stay_apart():
    p = np.full((6, 6), 0.01)
    p[:3, :3] = p[3:, 3:] = 0.99
    p[0, 3] = p[3, 0] = 0.99  # one look-alike pair of articles
    labels = _average_linkage(p, 0.95)
    assert len(set(labels)) == 2 and attach_fragments(p, labels, 0.95, 2.0) == labels
    with pytest.raises(ValueError):  # at a ratio of 1, each would be the other's fragment
        attach_fragments(p, labels, 0.95, 1.0)


def _story_and_roundup(linked_to: int) -> np.ndarray:
    """Articles 0-19 one story, 20-23 another, 24 a roundup of the second story that is also
    linked at the cut to `linked_to` of the first story's 20 articles."""
    p = np.full((25, 25), 0.01)
    p[:20, :20] = p[20:, 20:] = 0.99
    p[24, :linked_to] = p[:linked_to, 24] = 0.99
    np.fill_diagonal(p, 1.0)
    return p


def test_a_roundup_linked_to_nearly_every_article_of_a_story_reaches_it():
    story = list(range(20))
    assert reaching(_story_and_roundup(19), story, 0.95) == [24]  # 19 of 20: 95%
    assert reaching(_story_and_roundup(18), story, 0.95) == []  # 18 of 20: a look-alike's tie
    assert reaching(_story_and_roundup(20), story, 0.95, share=1.0) == [24]


def test_a_story_is_never_reached_by_its_own_articles():
    p = _story_and_roundup(20)
    assert 0 not in reaching(p, list(range(20)), 0.95)
    assert reaching(p, list(range(20, 25)), 0.95, min_articles=1) == []  # the first story links to one of five


def test_a_small_group_is_never_reached():
    """In a group of a few articles "nearly all" is all of them, and a single article is reached by
    any one link: a look-alike's article tied to two of three would reach it by chance."""
    p = _story_and_roundup(20)
    assert reaching(p, [0], 0.95) == [] and reaching(p, list(range(19)), 0.95) == []
    assert reaching(p, [0], 0.95, min_articles=1) == list(range(1, 20)) + [24]  # what the floor prevents


def _label_names(text: str, more: str, day: date) -> list[str]:
    """The names in the label of the one story two articles of `text` make (one adds `more`)."""
    a = Document(id="a", text=text, source="s1", published=day)
    b = Document(id="b", text=text + more, source="s2", published=day)
    (event,) = group_documents([a, b])
    return event.label.split(" (")[0].split(", ")


def test_a_label_leaves_out_who_took_the_pictures():
    """A wire credits one photographer in dozens of stories: "(AP Photo/Efrem Lukatsky)" names none."""
    text = ("Bodies were buried in Bucha on Thursday. (AP Photo/Efrem Lukatsky) Mourners gathered in Bucha. "
            "(AP Photo/Efrem Lukatsky, File) Defence Minister Morten Bodskov spoke in Copenhagen. "
            "(Philip Davali/Ritzau Scanpix via AP) Morten Bodskov pledged aid for Bucha.")
    names = _label_names(text, " Bucha was quiet by evening.", date(2022, 8, 11))
    assert not {"Efrem Lukatsky", "Efrem", "Lukatsky", "Philip Davali", "Ritzau Scanpix"} & set(names), names
    assert "Bucha" in names and "Morten Bodskov" in names


def test_a_label_leaves_out_who_contributed_to_the_report():
    """"Cara Anna contributed to this report" closes dozens of wire stories; it names no story.
    A sentence where something else "contributed" keeps its names."""
    text = ("Shelling hit Kramatorsk on Thursday. Officials in Kramatorsk counted the damage. "
            "Governor Pavlo Kyrylenko visited Kramatorsk. ___ Cara Anna contributed to this report from Kyiv. "
            "___ Associated Press writers Isabel DeBre in Dubai and Suzan Fraser in Ankara contributed. "
            "Follow Eric Tucker on Twitter at etuckerAP. ")
    names = _label_names(text, " Kramatorsk was calm, and Pavlo Kyrylenko said the Donbas front held.",
                         date(2022, 8, 4))
    assert not {"Cara Anna", "Isabel DeBre", "Suzan Fraser", "Eric Tucker", "Dubai", "Ankara"} & set(names), names
    assert "Kramatorsk" in names and "Pavlo Kyrylenko" in names


def test_a_label_shows_a_name_of_several_words_without_the_title_before_it():
    text = ("Russian President Vladimir Putin attended the Navy Day parade in Sevastopol. "
            "The Navy Day parade was cut short in Sevastopol after a drone hit the headquarters, "
            "and Vladimir Putin spoke in St Petersburg.")
    names = _label_names(text, " Sevastopol was calm by evening.", date(2022, 7, 31))
    assert "Navy Day" in names and "Vladimir Putin" in names
    assert not any("President" in n or n == "Day" for n in names)


def test_names_of_several_words_keep_of_and_the_and_end_at_a_possessive():
    from discrepancy.events import _features

    text = ("A ship foiled an attack in the Gulf of Aden. Russia's Defense Ministry said Peter the Great "
            "built the fleet. The Gulf of Aden is busy, and the Gulf is wide.")
    phrases = _features(Document(id="x", text=text, source="s"))[3]
    assert phrases == {"Gulf of Aden": 2, "Defense Ministry": 1, "Peter the Great": 1}


def test_a_label_prefers_who_and_where_to_whose_and_names_a_sea_whole():
    text = ("British officials said the Black Sea Fleet was hit near Sevastopol. British sailors and British "
            "divers said the Sea of Azov was calm, and the Black Sea was quiet. British John Harding of the "
            "navy said Sevastopol was quiet.")
    names = _label_names(text, " Sevastopol reopened its port.", date(2022, 8, 20))
    assert "Sea" not in names and "British" not in names  # a sea by its whole name; not whose, but who
    assert "Sevastopol" in names and "John Harding" in names


def test_a_label_leaves_out_photo_credits_and_keeps_an_organisation_whole():
    text = ("Vladimir Putin opened the Army forum at Patriot Park. (Kremlin Pool Photo via AP) "
            "The European Broadcasting Union said Kremlin Pool Photo agencies covered Patriot Park. "
            "Kremlin Pool Photo images showed Vladimir Putin at Patriot Park with the European Broadcasting Union.")
    names = _label_names(text, " Patriot Park was busy.", date(2022, 8, 15))
    assert not any("Photo" in n or "Pool" in n for n in names)
    assert "Broadcasting Union" not in names  # "European Broadcasting Union" is a name, not a nationality and a name
    assert "European Broadcasting Union" in names and "Patriot Park" in names


@pytest.mark.parametrize("text, more, full, surname", [
    ("The actress Tara Reid checked into a treatment center in Malibu, her publicist said. Reid, 33, had "
     "denied it. Reid was seen in Malibu last week, and Reid said nothing. Friends of Tara Reid were glad.",
     " Reid stayed in Malibu.", "Tara Reid", "Reid"),
    # after an abbreviated title ("Sen."), whose full stop ends no sentence for the name
    ("Missouri Sen. Roy Blunt said on Monday that the vote would pass. Blunt told reporters in "
     "Jefferson City that Sen. Roy Blunt had the votes, and Blunt left Jefferson City.",
     " Blunt was calm.", "Roy Blunt", "Blunt"),
])
def test_a_label_gives_a_person_written_by_surname_their_full_name(text: str, more: str, full: str, surname: str):
    """Stories name a person in full once or twice and by surname after: the label says who."""
    names = _label_names(text, more, date(2008, 12, 9))
    assert full in names and surname not in names


def test_a_full_name_that_opens_its_sentences_is_read_whole():
    """"Aleksandr Viktorovich Ionov is accused ..." labelled the story "Viktorovich Ionov": a
    sentence's first word was never part of a name. An opener ("The", "Yesterday") still is not."""
    from discrepancy.events import _features

    text = ("Aleksandr Viktorovich Ionov is accused of running a campaign in Florida. Prosecutors said Ionov "
            "paid activists in Tampa. Aleksandr Viktorovich Ionov denies it. The Justice Department said "
            "Ionov worked for Moscow. Yesterday Ionov was sanctioned. Instead Ionov said nothing in Tampa.")
    phrases = _features(Document(id="x", text=text, source="s"))[3]
    assert phrases["Aleksandr Viktorovich Ionov"] == 2 and "Viktorovich Ionov" not in phrases
    assert "Justice Department" in phrases and not any(p.startswith(("The ", "Yesterday", "Instead")) for p in phrases)
    names = _label_names(text, " Ionov left Tampa.", date(2022, 7, 29))
    assert "Aleksandr Viktorovich Ionov" in names and "Viktorovich Ionov" not in names


def test_a_country_between_a_title_and_a_name_is_the_title_s():
    """"the Defense Ministers of Poland Mariusz Blaszczak" named "Poland Mariusz Blaszczak"."""
    from discrepancy.events import _features

    text = ("Officials met on Friday.\n\nOn the third day he met the Defense Ministers of Poland Mariusz Blaszczak "
            "in the old city hall, and they talked about the weather for a while. Later the actor Chad Michael "
            "Murray came to the hall with his sister, and they stayed there until the evening.")
    phrases = _features(Document(id="x", text=text, source="s", title="Meeting"))[3]
    assert "Mariusz Blaszczak" in phrases and "Poland Mariusz Blaszczak" not in phrases
    assert "Chad Michael Murray" in phrases  # no "of" between a title and it: a name that starts like a country
    text = ("Officials met on Friday.\n\nOn the third day the defense ministers of Slovakia Jaroslav Nad and of "
            "the old republic talked about the weather for a while in the hall.")
    phrases = _features(Document(id="x", text=text, source="s", title="Meeting"))[3]
    assert "Jaroslav Nad" in phrases and "Slovakia Jaroslav Nad" not in phrases


def test_a_word_that_says_whose_fills_a_label_only_when_nothing_else_names_the_story():
    """"Riga, Latvia, Soviet": a nationality or a side says whose, and is shown only alone."""
    text = ("Latvia pulled down a Soviet monument in Riga on Thursday. Soviet veterans protested in Riga, "
            "and Latvia's parliament said the Soviet memorial would go. Soviet symbols are banned in Latvia.")
    names = _label_names(text, " Riga was calm.", date(2022, 8, 25))
    assert "Soviet" not in names and {"Riga", "Latvia"} <= set(names)
    assert _label_names("Veterans sang Soviet songs, and old Soviet flags flew.", " They sang Soviet songs.",
                        date(2022, 8, 25)) == ["Soviet"]
    text = ("Voters backed Emmanuel Macron in Paris, French officials said. The French press and French "
            "voters cheered Emmanuel Macron in Paris.")
    assert "French" not in _label_names(text, " Paris was calm.", date(2022, 4, 25))


def test_an_outlet_a_story_quotes_is_no_label():
    """"told The New York Times", "news outlet Mash reported": who reported, not what happened."""
    text = ("Officials in Murmansk told The New York Times that the tanker sank near Murmansk. The outlet Mash "
            "reported that Elisabeth Ellingsen saw it. According to Mash, the tanker sank, and The New York "
            "Times said Elisabeth Ellingsen was safe in Murmansk.")
    names = _label_names(text, " Murmansk was calm.", date(2022, 7, 30))
    assert not {"New York Times", "Mash"} & set(names) and {"Murmansk", "Elisabeth Ellingsen"} <= set(names)
    text = ("A spokesman in Murmansk declined to comment to Bloomberg News. The site Bellingcat said Bloomberg "
            "News had it wrong, and Bellingcat named Elisabeth Ellingsen in Murmansk.")
    assert not {"Bloomberg News", "Bellingcat"} & set(_label_names(text, " Murmansk was calm.", date(2022, 7, 30)))


def test_a_title_case_headline_names_nothing_in_a_label():
    """"Obama Reverses Bush Rule": every longer word of a Title Case headline is capitalised."""
    from discrepancy.events import _features

    doc = Document(id="x", source="s", title="Obama Reverses Bush Rule On Species",
                   text="Obama Reverses Bush Rule On Species\n\nPresident Obama restored the rule on Tuesday.")
    _words, _names, forms, phrases, _credited = _features(doc)
    assert "reverses" not in forms and not any("Reverses" in p for p in phrases)
    assert forms.get("obama") == "Obama"  # the body still names him


def test_a_label_leaves_out_hyphenated_adjectives():
    text = ("Russia said it destroyed US-supplied rockets near Odesa, and Odesa's mayor Gennady Trukhanov said "
            "US-supplied Harpoon missiles guard Odesa. US-supplied weapons reached Odesa, Gennady Trukhanov said.")
    names = _label_names(text, " Odesa was calm.", date(2022, 7, 25))
    assert not any("-supplied" in n for n in names) and "Odesa" in names


def test_a_photographer_credited_often_and_named_once_elsewhere_is_no_label():
    """"(AP Photo/Brian Inganga)" under every picture and "Georgia's Brian Kemp" once: the credits
    are not what the story is about, so "Brian" does not stand for it."""
    credit = " (AP Photo/Brian Inganga)"
    text = ("David Beasley visited Mombasa on Friday." + credit + " Villagers met David Beasley in Mombasa." + credit
            + " Women waited in Mombasa." + credit + " Food prices rose, governors such as Georgia's Brian Kemp said.")
    names = _label_names(text, " Mombasa was calm.", date(2022, 8, 20))
    assert "Brian" not in names and "Mombasa" in names and "David Beasley" in names


def test_a_label_leaves_out_the_corpus_outlets():
    """"told the Mail", "The Associated Press reported": who tells the story, when the corpus's
    sources are the Mail and AP; a source that is only a file name names no outlet."""
    text = ("The Mail visited Bucha, where Mayor Anatoliy Fedoruk met Mail readers. The Associated Press said "
            "Bucha was rebuilding, and The Associated Press counted new homes. The Mail said Anatoliy Fedoruk "
            "thanked The Associated Press and the Mail.")
    a = Document(id="a", text=text, source="DailyMail", published=date(2022, 8, 20))
    b = Document(id="b", text=text + " Bucha was calm.", source="AP", published=date(2022, 8, 20))
    (event,) = group_documents([a, b])
    names = event.label.split(" (")[0].split(", ")
    assert not {"Mail", "The Associated Press", "Associated Press"} & set(names), names
    assert "Bucha" in names and "Anatoliy Fedoruk" in names
    from discrepancy.events import _outlet_names

    files = [Document(id="bucha.txt", text=text, source="bucha.txt"), Document(id="x", text=text, source="feed.jsonl:3")]
    assert _outlet_names(files) == frozenset()  # a source that fell back to a file's name is no outlet


def test_a_label_leaves_out_news_agencies_quoted_as_sources():
    """"told Tass", "according to Interfax": who reported, in a corpus that holds none of their articles."""
    text = ("Tass reported that Sergey Marchenko met envoys in Minsk. Sergey Marchenko told Tass the talks in "
            "Minsk were useful, Interfax said, and Tass and Interfax quoted officials in Minsk.")
    names = _label_names(text, " Minsk was calm.", date(2022, 8, 14))
    assert not {"Tass", "Interfax"} & set(names), names
    assert "Minsk" in names and "Sergey Marchenko" in names


def test_names_of_several_words_keep_numerals_and_an_institutions_possessive():
    from discrepancy.events import _features

    text = ("He spoke of World War II in Moscow. Officials of the Donetsk People's Republic said Russia's "
            "Defense Ministry and Vladimir Putin's aides agreed. I Think is a song.")
    phrases = _features(Document(id="x", text=text, source="s"))[3]
    assert phrases == {"World War II": 1, "Donetsk People's Republic": 1, "Defense Ministry": 1,
                       "Vladimir Putin": 1}


def test_names_of_several_words_drop_a_trailing_abbreviation_and_a_leading_of():
    from discrepancy.events import _features

    text = ("A vote on the Defense of Marriage Act came as Missouri Sen. Claire McCaskill spoke to the Centers "
            "for Disease Control.")
    phrases = _features(Document(id="x", text=text, source="s"))[3]
    assert phrases == {"Marriage Act": 1, "Claire McCaskill": 1, "Centers for Disease Control": 1}  # not "Missouri Sen"


def test_a_label_leaves_out_a_hyphenated_adjective_after_a_name():
    text = ("The Sierra Leone-flagged ship Razoni left Odesa. The Sierra Leone-flagged Razoni reached Istanbul, "
            "and the Sierra Leone-flagged vessel Razoni was inspected. Razoni carried corn from Odesa.")
    names = _label_names(text, " Razoni sailed on.", date(2022, 8, 2))
    assert not any("flagged" in n for n in names) and "Razoni" in names


def test_a_shared_rare_name_is_specific_evidence_and_a_name_in_most_articles_is_none():
    """The rarest name two articles share: log(n / df) / log(n), 0 for none shared."""
    counts = [Counter({"ukraine": 1}) for _ in range(30)]
    counts[0]["dugina"] = counts[1]["dugina"] = 1  # in 2 of 30 articles
    for k in range(2, 12):  # in 10 of 30: shared, but less telling
        counts[k]["kharkiv"] = 1
    counts[29] = Counter({"ukraine": 1})
    for c in counts[:16]:  # "ukraine" in every article: too common to count at all
        c["russia"] = 1  # in 16 of 30, over half: none either
    m = _rarest_shared_name(counts)
    assert m[0, 1] == pytest.approx(math.log(15) / math.log(30), abs=1e-6)
    assert m[2, 3] == pytest.approx(math.log(3) / math.log(30), abs=1e-6)
    assert m[0, 2] == 0.0 and m[20, 29] == 0.0  # only generic names shared
    assert m[0, 1] > m[2, 3] > 0
    assert (m == m.T).all() and (m.diagonal() == 1).all()


def test_in_a_small_corpus_every_shared_name_counts_as_specific():
    """Under 20 articles nothing tells a generic name from a specific one."""
    m = _rarest_shared_name([Counter({"carrow": 1, "fire": 1}), Counter({"carrow": 1}), Counter({"dunmore": 1})])
    assert m[0, 1] == 1.0 and m[0, 2] == 0.0 and m[1, 2] == 0.0


def test_copies_of_one_story_in_most_of_a_corpus_stay_one_event():
    """Twenty syndicated copies are one report: counted as twenty, the story's own names passed for
    words most of the corpus carries, counted for nothing, and every copy was an event of its own."""
    docs = load_corpus([FIXTURE / "corpus.jsonl"]).documents
    story = docs[0]
    copies = [replace(story, id=f"copy{i:02d}", source=f"outlet {i}") for i in range(20)]
    others = [d for d in docs if d.text != story.text][:5]
    (group,) = [g for g in partition(group_documents(copies + others)) if "copy00" in g]
    assert {d.id for d in copies} <= set(group)


def test_document_frequencies_count_copies_once():
    words = [Counter({"ciragan": 1, "talks": 1}), Counter({"ciragan": 1, "talks": 1}), Counter({"talks": 1, "kyiv": 1})]
    assert _copies(words) == [[0, 1], [2]]
    # in a corpus of 20 reports or more, a story syndicated 20 times keeps its own names specific
    names = [Counter({"ciragan": 1, "umerov": 1, "ukraine": 1}) for _ in range(20)]
    names += [Counter({f"place{i}": 1, "ukraine": 1}) for i in range(21)]
    once = _rarest_shared_name(names, _copies(names))
    every = _rarest_shared_name(names)  # each copy a report: "ciragan" in 20 of 41
    assert once[0, 1] == pytest.approx(1.0) and every[0, 1] < 0.3


def test_copies_are_counted_the_same_whichever_comes_first():
    """Frequencies were read from the first copy: copies that differ in their names (a line break
    before a capitalised word) gave 1.0 in one order and 0.776 in the other."""
    words = [Counter({"zelmar": 1, "talks": 1}), Counter({"zelmar": 1, "talks": 1})]
    names = [Counter(), Counter({"zelmar": 1})]
    words += [Counter({"zelmar": 1, "port": 1})] + [Counter({f"w{i}": 1}) for i in range(20)]
    names += [Counter({"zelmar": 1})] + [Counter({f"n{i}": 1}) for i in range(20)]
    forward = _rarest_shared_name(names, _copies(words))
    order = [1, 0] + list(range(2, len(words)))
    backward = _rarest_shared_name([names[i] for i in order], _copies([words[i] for i in order]))
    assert forward[1, 2] == pytest.approx(backward[0, 2])


def test_copies_with_a_byline_of_their_own_are_still_copies():
    """Syndicated copies add a byline or a footer: counted only when their words were the same,
    20 copies with a byline each still lost their story's event."""
    story = Counter({"ciragan": 2, "talks": 3, "umerov": 2, "bombers": 1, "palace": 1, "delegation": 2,
                     "ankara": 1, "prisoners": 2, "ceasefire": 1, "memorandum": 1, "reporting": 1})
    copies = [story + Counter({f"desk{i}": 1}) for i in range(20)]
    other = [Counter({f"w{i}": 3, f"v{i}": 2, "talks": 1}) for i in range(5)]
    assert _copies(copies + other)[0] == list(range(20))
    # a text of mostly its own words is no copy of anything, however few words it shares
    assert _copies([Counter({"talks": 1, "a1": 5}), Counter({"talks": 1, "b1": 5})]) == [[0], [1]]


def test_articles_are_compared_in_the_group_they_share_or_the_one_a_roundup_reaches():
    from discrepancy.analysis import Analysis
    from discrepancy.model import Event

    def analysis(events):
        return Analysis([], [], [], [], [], np.zeros((0, 2)), [], None, events)  # type: ignore[arg-type]

    events = [Event("E1", ("a", "b"), also=("r",)), Event("E2", ("c", "r")), Event("E3", ("d",))]
    compared_in = analysis(events).compared_in()
    assert compared_in("a", "b") == (True, "E1") and compared_in("c", "r") == (True, "E2")
    assert compared_in("r", "a") == (True, "E1") and compared_in("a", "r") == (True, "E1")  # either way round
    assert compared_in("c", "a") == (False, None) and compared_in("d", "a") == (False, None)
    assert compared_in("x", "y") == (True, None)  # two articles in no event, as before events had ids
    # each reaches the other's group: the larger group, whichever way round
    mutual = analysis([Event("E1", ("a", "b", "c"), also=("r",)), Event("E2", ("r", "s"), also=("a",))]).compared_in()
    assert mutual("a", "r") == mutual("r", "a") == (True, "E1")
    tied = analysis([Event("E2", ("a", "b"), also=("r",)), Event("E1", ("r", "s"), also=("a",))]).compared_in()
    assert tied("a", "r") == tied("r", "a") == (True, "E1")  # a tie in size: the smaller id


def test_articles_are_compared_only_when_their_own_link_reaches_the_gate_too():
    """One gate for the comparison, the evaluation and the funnel: a shared group is not enough."""
    from types import SimpleNamespace

    from discrepancy.analysis import Analysis
    from discrepancy.model import Event

    ids = ["a", "b", "c", "r"]
    p = np.array([[1.0, 0.97, 0.2, 0.99], [0.97, 1.0, 0.5, 0.4], [0.2, 0.5, 1.0, 0.96], [0.99, 0.4, 0.96, 1.0]])
    links = SimpleNamespace(index=lambda: {d: i for i, d in enumerate(ids)}, probability=p)
    events = [Event("E1", ("a", "b", "c"), also=("r",)), Event("E2", ("r",))]
    compared_at = Analysis([], [], [], [], [], np.zeros((0, 2)), [], links, events).compared_at(0.95)  # type: ignore[arg-type]
    assert compared_at("a", "b") == (True, "E1")
    assert compared_at("a", "c") == (False, None)  # one group, but too weakly linked themselves
    assert compared_at("r", "a") == (True, "E1") and compared_at("c", "r") == (True, "E1")  # the roundup's reach
    assert compared_at("b", "r") == (False, None)  # reached, but this pair's link is weak


def test_json_events_list_what_reaches_them_only_when_something_does():
    from discrepancy.model import Event, Report
    from discrepancy.report import json_report

    report = Report(3, 3, [], events=[Event("E1", ("a", "b"), also=("r",)), Event("E2", ("r",))])
    events = json.loads(json_report.render(report))["events"]
    assert events[0]["also"] == ["r"] and "also" not in events[1]


def test_comparison_names_the_event_a_roundup_reaches_and_skips_articles_kept_apart():
    """`compare_aligned` compares a roundup with the story it reaches, and names that story's
    event; without the reach the two articles are kept apart and nothing is reported."""
    from discrepancy.analysis import Analysis
    from discrepancy.claims import extract_sentence
    from discrepancy.compare.aligned import compare_aligned
    from discrepancy.compare.context import Governors
    from discrepancy.events import DocumentLinks
    from discrepancy.model import Event, Sentence
    from discrepancy.options import Options

    day = date(2024, 3, 11)
    texts = {"a": "The blast at the Morrow plant killed 12 workers on Monday, fire officials said.",
             "r": "The blast at the Morrow plant killed 21 workers on Monday, fire officials said."}
    docs = [Document(id=k, text=t, source=k.upper(), published=day) for k, t in texts.items()]
    sentences = [Sentence(k, 0, t, 0, len(t), 1) for k, t in texts.items()]
    claims = [extract_sentence(t) for t in texts.values()]
    links = DocumentLinks(docs, {}, np.zeros((2, 2), dtype=bool), [{}, {}], [Counter(), Counter()], [Counter(), Counter()],
                          probability=np.ones((2, 2)))

    def findings(also: tuple[str, ...]):
        events = [Event("E1", ("a",), also=also), Event("E2", ("r",))]
        analysis = Analysis(docs, [], sentences, claims, [0, 1], np.eye(2), [(0, 1, 0.99)], links, events)
        return compare_aligned(analysis, Governors(None), Options())

    (found,) = [f for f in findings(("r",)) if f.kind == "number"]
    assert found.event == "E1" and sorted(c.doc for c in found.claims) == ["a", "r"]
    assert findings(()) == []


# ----------------------------------------------------------------- each article's words and names, cached


def test_document_features_are_read_back_from_the_cache_as_they_were_made(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """A run in which nothing changed reads every article's words and names from the cache (a third
    of such a run went into reading them again), and gets exactly what reading them gives, in the
    same order; an article whose text changed is read again."""
    from discrepancy import events
    from discrepancy.cache import Cache

    docs = load_corpus([FIXTURE]).documents
    read = [events._features(d) for d in docs]
    cache = Cache(tmp_path / "cache")
    try:
        assert events.document_features(docs, cache) == read
        calls: list[str] = []
        original = events._features
        monkeypatch.setattr(events, "_features", lambda d: calls.append(d.id) or original(d))
        again = events.document_features(docs, cache)
        assert again == read and calls == []
        assert [list(f[0]) for f in again] == [list(f[0]) for f in read]  # insertion order too: labels read it
        edited = [replace(docs[0], text=docs[0].text + " Kharkiv governor Oleh Synehubov."), *docs[1:]]
        changed = events.document_features(edited, cache)
        assert calls == [docs[0].id] and changed[0][1]["synehubov"] == 1
    finally:
        cache.close()


def test_a_document_features_record_of_another_shape_is_read_again(tmp_path: Path) -> None:
    """The cache is never trusted: a record that is not what `document_features` writes (a
    damaged file, another version) makes the article be read again, not a crash."""
    from discrepancy import events
    from discrepancy.cache import Cache, text_key

    docs = load_corpus([FIXTURE]).documents[:3]
    cache = Cache(tmp_path / "cache")
    try:
        keys = [text_key((d.title or "") + "\n" + d.text) for d in docs]
        cache.put_records(events._features_identity(), {keys[0]: ["not", "a", "record"], keys[1]: {"words": []},
                                                        keys[2]: {"words": {}, "names": {}, "forms": {}}})
        assert events.document_features(docs, cache) == [events._features(d) for d in docs]
    finally:
        cache.close()


def test_a_label_leaves_out_two_peoples_adjective():
    text = ("Turkish-Ukrainian talks opened in Istanbul. Turkish-Ukrainian officials met Hakan Fidan in Istanbul, "
            "and Turkish-Ukrainian aides said Hakan Fidan would host them.")
    names = _label_names(text, " Istanbul was calm.", date(2025, 6, 2))
    assert "Turkish-Ukrainian" not in names and "Istanbul" in names
