"""People: one person across spellings, diacritics and transliterations.

"Zelensky", "Zelenskyy" and "Zelenskiy" are one surname; "Erdoğan" and "Erdogan" too.
"Hillary Clinton" and "Bill Clinton" are two people, so given names must agree when
both are known. A surname-only mention ("Umerov said", "Mr. Romney") is linked to the
full name in the same article, and only when that is unambiguous.
"""
from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz.distance import Indel

from ..model import PersonMention
from ..textnorm import fold_lower

HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "madam", "mx", "prof", "professor"}
# Said before a name as an honorific is ("Emir Sheikh Tamim bin Hamad"), yet some bear it as the name
# they are known by ("Sheikh Hasina"): dropped from a name only when a name of two words is left.
COURTESY = {"sheikh", "sheik", "sheikha", "shaikh"}
COURTESY_OR_HONORIFIC = frozenset(HONORIFICS | COURTESY)  # what may stand between a title and a name
SUFFIXES = {"jr", "sr", "ii", "iii", "iv", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "phd", "md", "esq",
            # letters after a name: silk, member of a parliament, honours ("Dana Whitcombe SC" is Dana Whitcombe)
            "sc", "qc", "kc", "mp", "msp", "mla", "mep", "td", "obe", "mbe", "cbe", "kbe", "dbe", "frs"}
PARTICLES = {"de", "da", "del", "della", "di", "du", "van", "von", "der", "den", "la", "le", "al", "el", "bin", "ibn", "abu", "ben", "st", "mac"}

# Common English short forms of given names (general knowledge, not corpus-specific).
_NICKNAMES = {
    "bill": "william", "will": "william", "billy": "william", "bob": "robert", "rob": "robert",
    "bobby": "robert", "dick": "richard", "rick": "richard", "rich": "richard", "jim": "james",
    "jimmy": "james", "mike": "michael", "joe": "joseph", "chuck": "charles", "charlie": "charles",
    "liz": "elizabeth", "beth": "elizabeth", "betsy": "elizabeth", "kate": "katherine",
    "kathy": "katherine", "tom": "thomas", "tommy": "thomas", "ted": "edward", "ed": "edward",
    "eddie": "edward", "tony": "anthony", "antony": "anthony", "dan": "daniel", "danny": "daniel",
    "dave": "david", "steve": "stephen", "steven": "stephen", "chris": "christopher",
    "matt": "matthew", "pat": "patrick", "sam": "samuel", "jon": "jonathan", "nick": "nicholas",
    "alex": "alexander", "andy": "andrew", "ben": "benjamin", "don": "donald", "greg": "gregory",
    "jeff": "jeffrey", "jerry": "gerald", "larry": "lawrence", "len": "leonard", "mitch": "mitchell",
    "nancy": "ann", "newt": "newton", "pete": "peter", "ron": "ronald", "russ": "russell",
    "sue": "susan", "tim": "timothy", "vince": "vincent", "walt": "walter", "hank": "henry",
    "harry": "henry", "jack": "john", "johnny": "john", "peggy": "margaret", "maggie": "margaret",
    "meg": "margaret", "jenny": "jennifer", "jen": "jennifer", "becky": "rebecca", "cathy": "catherine",
    "debbie": "deborah", "val": "valentina",
}


# The Arabic article before a surname, transliterated either way or left out.
_ARTICLE = re.compile(r"^(?:al|el)[-\s\u2019']+(?=[a-z]{3})")


@lru_cache(maxsize=65536)
def translit_key(name: str) -> str:
    """A spelling-insensitive key: folds accents and common transliteration variants."""
    s = fold_lower(name)
    s = _ARTICLE.sub("", s)  # "el-Sisi" / "al-Sisi", "al-Assad" / "Assad": one surname
    s = re.sub(r"[^a-z]", "", s)
    for a, b in (("kh", "h"), ("ks", "x"), ("yy", "y"), ("iy", "y"), ("ii", "y"), ("yi", "y"),
                 ("ij", "y"), ("j", "y"), ("w", "v"), ("ph", "f"), ("ck", "k"), ("ey", "y"),
                 ("ei", "y"), ("ie", "y"), ("ou", "u"), ("oo", "u"), ("ts", "c"), ("tz", "c"),
                 ("sch", "sh"), ("tch", "ch"), ("dzh", "j"), ("zh", "j")):
        s = s.replace(a, b)
    s = s.replace("i", "y")
    s = re.sub(r"(.)\1+", r"\1", s)  # double letters
    return s


def split_name(name: str) -> tuple[str, str]:
    """(given names, surname) of a name as written, both normalised; given may be ''."""
    raw = re.sub(r"['\u2019]s$", "", name.strip())
    parts = [p for p in re.split(r"[\s]+", raw) if p]
    parts = [p for p in parts if fold_lower(p).strip(".") not in HONORIFICS]
    if len(parts) > 2 and fold_lower(parts[0]) in COURTESY:
        parts = parts[1:]
    while parts and fold_lower(parts[-1]).strip(".,") in SUFFIXES:
        parts.pop()
    if not parts:
        return "", ""
    # surname with its particles: "Alexander De Croo" -> "de croo"
    i = len(parts) - 1
    while i > 1 and fold_lower(parts[i - 1]) in PARTICLES:
        i -= 1
    surname = " ".join(fold_lower(p).strip(".,") for p in parts[i:])
    given = " ".join(fold_lower(p).strip(".,") for p in parts[:i])
    return given, surname


def mention(start: int, end: int, name: str) -> PersonMention:
    given, surname = split_name(name)
    return PersonMention(start=start, end=end, name=name, given=given, surname=surname)


def same_surname(a: str, b: str) -> bool:
    if not a or not b:
        return False
    if a == b:
        return True
    ka, kb = translit_key(a), translit_key(b)
    if ka == kb:
        return True
    if min(len(ka), len(kb)) < 5:
        return False
    return Indel.normalized_similarity(ka, kb) >= 0.85  # "Zelenksy" for "Zelensky"


def similar_names(given_a: str, surname_a: str, given_b: str, surname_b: str) -> bool:
    """Looser than one person: two spellings that are probably one name ("Scholz"/"Scholtz", "Sikela"/"Kisela")."""
    if not compatible_given(given_a, given_b) or not given_a or not given_b:
        return same_surname(surname_a, surname_b)
    ka, kb = translit_key(surname_a), translit_key(surname_b)
    if min(len(ka), len(kb)) >= 6 and (ka.endswith(kb) or kb.endswith(ka)):
        return True  # "Amirabdollahian" / "Abdollahian"
    return Indel.normalized_similarity(ka, kb) >= 0.6


def compatible_given(a: str, b: str) -> bool:
    """Could two given-name strings belong to one person? Empty means unknown."""
    if not a or not b:
        return True
    fa, fb = re.split(r"[\s-]+", a)[0].strip("."), re.split(r"[\s-]+", b)[0].strip(".")
    if len(fa) == 1 or len(fb) == 1:
        return fa[0] == fb[0]
    fa, fb = _NICKNAMES.get(fa, fa), _NICKNAMES.get(fb, fb)
    if fa == fb:
        return True
    ka, kb = translit_key(fa), translit_key(fb)
    if ka == kb:
        return True
    return ka[:1] == kb[:1] and Indel.normalized_similarity(ka, kb) >= 0.75 or (
        # Volodymyr / Vladimir, Oleksii / Alexey: transliterations differ in the first vowel
        min(len(ka), len(kb)) >= 5 and Indel.normalized_similarity(ka, kb) >= 0.8)
