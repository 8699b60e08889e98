"""Countries, their adjectives and common aliases, and US states with AP abbreviations.

Titles name their jurisdiction in many ways ("Turkish Foreign Minister", "Türkiye's
Foreign Minister", "Minister of Foreign Affairs of Türkiye"); this table lets them
compare equal. It is general world knowledge, not tuned to any corpus.
"""
from __future__ import annotations

from .textnorm import fold_lower

# canonical name: aliases (names, adjectives, short forms), lower-case and accent-free
_COUNTRIES: dict[str, tuple[str, ...]] = {
    "afghanistan": ("afghan",), "albania": ("albanian",), "algeria": ("algerian",),
    "andorra": ("andorran",), "angola": ("angolan",), "argentina": ("argentine", "argentinian"),
    "armenia": ("armenian",), "australia": ("australian",), "austria": ("austrian",),
    "azerbaijan": ("azerbaijani", "azeri"), "bahrain": ("bahraini",), "bangladesh": ("bangladeshi",),
    "belarus": ("belarusian", "belarussian", "byelorussian"), "belgium": ("belgian",),
    "bolivia": ("bolivian",), "bosnia": ("bosnian", "bosnia and herzegovina"), "brazil": ("brazilian",),
    "bulgaria": ("bulgarian",), "cambodia": ("cambodian",), "cameroon": ("cameroonian",),
    "canada": ("canadian",), "chile": ("chilean",), "china": ("chinese", "prc", "people's republic of china"),
    "colombia": ("colombian",), "croatia": ("croatian",), "cuba": ("cuban",), "cyprus": ("cypriot",),
    "czech republic": ("czech", "czechia"), "denmark": ("danish",), "ecuador": ("ecuadorian", "ecuadorean"),
    "egypt": ("egyptian",), "estonia": ("estonian",), "ethiopia": ("ethiopian",),
    "finland": ("finnish",), "france": ("french",), "georgia": ("georgian",), "germany": ("german",),
    "ghana": ("ghanaian",), "greece": ("greek",), "hungary": ("hungarian",), "iceland": ("icelandic",),
    "india": ("indian",), "indonesia": ("indonesian",), "iran": ("iranian",), "iraq": ("iraqi",),
    "ireland": ("irish",), "israel": ("israeli",), "italy": ("italian",), "japan": ("japanese",),
    "jordan": ("jordanian",), "kazakhstan": ("kazakh", "kazakhstani"), "kenya": ("kenyan",),
    "kosovo": ("kosovar", "kosovan"), "kuwait": ("kuwaiti",), "kyrgyzstan": ("kyrgyz",),
    "latvia": ("latvian",), "lebanon": ("lebanese",), "libya": ("libyan",), "lithuania": ("lithuanian",),
    "luxembourg": ("luxembourgish",), "malaysia": ("malaysian",), "mali": ("malian",), "malta": ("maltese",),
    "mexico": ("mexican",), "moldova": ("moldovan",), "mongolia": ("mongolian",), "montenegro": ("montenegrin",),
    "morocco": ("moroccan",), "netherlands": ("dutch", "holland"), "new zealand": ("new zealander",),
    "niger": ("nigerien",), "nigeria": ("nigerian",), "north korea": ("north korean", "dprk"),
    "north macedonia": ("macedonian", "macedonia"), "norway": ("norwegian",), "oman": ("omani",),
    "pakistan": ("pakistani",), "palestine": ("palestinian",), "panama": ("panamanian",),
    "peru": ("peruvian",), "philippines": ("philippine", "filipino"), "poland": ("polish",),
    "portugal": ("portuguese",), "qatar": ("qatari",), "romania": ("romanian",),
    "russia": ("russian", "russian federation"), "rwanda": ("rwandan",),
    "saudi arabia": ("saudi", "saudi arabian"), "serbia": ("serbian",), "singapore": ("singaporean",),
    "slovakia": ("slovak", "slovakian"), "slovenia": ("slovenian", "slovene"), "somalia": ("somali",),
    "south africa": ("south african",), "south korea": ("south korean", "republic of korea"),
    "spain": ("spanish",), "sri lanka": ("sri lankan",), "sudan": ("sudanese",), "sweden": ("swedish",),
    "switzerland": ("swiss",), "syria": ("syrian",), "taiwan": ("taiwanese",), "tajikistan": ("tajik",),
    "thailand": ("thai",), "tunisia": ("tunisian",), "turkey": ("turkish", "turkiye", "republic of turkiye"),
    "turkmenistan": ("turkmen",), "uganda": ("ugandan",), "ukraine": ("ukrainian",),
    "united arab emirates": ("emirati", "uae"), "united kingdom": ("british", "uk", "u.k.", "britain", "great britain"),
    "united states": ("american", "us", "u.s.", "usa", "u.s.a.", "america", "united states of america"),
    "uzbekistan": ("uzbek",), "venezuela": ("venezuelan",), "vietnam": ("vietnamese",),
    "yemen": ("yemeni",), "zimbabwe": ("zimbabwean",), "european union": ("eu", "e.u.", "european"),
    "vatican": ("holy see",), "scotland": ("scottish",), "wales": ("welsh",), "england": ("english",),
}

# state: (adjective-ish forms, AP abbreviations, postal codes)
_US_STATES: dict[str, tuple[str, ...]] = {
    "alabama": ("ala", "al"), "alaska": ("ak",), "arizona": ("ariz", "az"), "arkansas": ("ark", "ar"),
    "california": ("calif", "ca"), "colorado": ("colo", "co"), "connecticut": ("conn", "ct"),
    "delaware": ("del", "de"), "florida": ("fla", "fl"), "georgia (us state)": (), "hawaii": ("hi",),
    "idaho": ("id",), "illinois": ("ill", "il"), "indiana": ("ind", "in"), "iowa": ("ia",),
    "kansas": ("kan", "kans", "ks"), "kentucky": ("ky",), "louisiana": ("la",), "maine": ("me",),
    "maryland": ("md",), "massachusetts": ("mass", "ma"), "michigan": ("mich", "mi"),
    "minnesota": ("minn", "mn"), "mississippi": ("miss", "ms"), "missouri": ("mo",),
    "montana": ("mont", "mt"), "nebraska": ("neb", "nebr", "ne"), "nevada": ("nev", "nv"),
    "new hampshire": ("n.h", "nh"), "new jersey": ("n.j", "nj"), "new mexico": ("n.m", "nm"),
    "new york": ("n.y", "ny"), "north carolina": ("n.c", "nc"), "north dakota": ("n.d", "nd"),
    "ohio": ("oh",), "oklahoma": ("okla", "ok"), "oregon": ("ore", "or"), "pennsylvania": ("pa",),
    "rhode island": ("r.i", "ri"), "south carolina": ("s.c", "sc"), "south dakota": ("s.d", "sd"),
    "tennessee": ("tenn", "tn"), "texas": ("tex", "tx"), "utah": ("ut",), "vermont": ("vt",),
    "virginia": ("va",), "washington state": ("wash", "wa"), "west virginia": ("w.va", "wv"),
    "wisconsin": ("wis", "wi"), "wyoming": ("wyo", "wy"),
}

# Capitals and seats of government used as metonyms ("a cautious stance from Washington").
_METONYMS: dict[str, str] = {
    "washington": "united states", "white house": "united states", "kyiv": "ukraine", "kiev": "ukraine",
    "moscow": "russia", "kremlin": "russia", "ankara": "turkey", "beijing": "china", "london": "united kingdom",
    "downing street": "united kingdom", "paris": "france", "elysee": "france", "berlin": "germany",
    "tokyo": "japan", "tehran": "iran", "jerusalem": "israel", "minsk": "belarus", "warsaw": "poland",
    "rome": "italy", "madrid": "spain", "ottawa": "canada", "new delhi": "india", "brussels": "european union",
    "pyongyang": "north korea", "seoul": "south korea", "riyadh": "saudi arabia", "cairo": "egypt",
    "damascus": "syria", "baghdad": "iraq", "kabul": "afghanistan", "islamabad": "pakistan",
    "budapest": "hungary", "bucharest": "romania", "prague": "czech republic", "vienna": "austria",
    "stockholm": "sweden", "helsinki": "finland", "oslo": "norway", "copenhagen": "denmark",
    "tallinn": "estonia", "riga": "latvia", "vilnius": "lithuania", "chisinau": "moldova", "tbilisi": "georgia",
    "baku": "azerbaijan", "yerevan": "armenia", "astana": "kazakhstan", "canberra": "australia",
}

PLACE: dict[str, str] = {}
for _canon, _aliases in _COUNTRIES.items():
    PLACE[_canon] = _canon
    for _a in _aliases:
        PLACE[_a] = _canon
for _state, _abbrevs in _US_STATES.items():
    if "(" in _state:
        continue
    PLACE.setdefault(_state, _state)
    for _a in _abbrevs:
        if len(_a) > 2 or "." in _a:  # two-letter postal codes collide with words ("in", "me", "or")
            PLACE.setdefault(_a, _state)
MAX_PLACE_WORDS = max(len(k.split()) for k in PLACE)
US_STATES = frozenset(k for k in _US_STATES if "(" not in k)
SEATS_OF_GOVERNMENT = _METONYMS


def places_in(text: str) -> set[str]:
    """Countries a sentence names, by name, adjective, capital or seat of government."""
    words = fold_lower(text).replace("\u2019", "'").replace("-", " ").split()
    words = [w.strip(".,;:!?\"()[]") for w in words]
    words = [w[:-2] if w.endswith("'s") else w for w in words]
    found: set[str] = set()
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            key = " ".join(words[i:i + n])
            hit = PLACE.get(key) or _METONYMS.get(key)
            if hit and (n > 1 or len(key) > 2):
                found.add(hit)
    return found


def seats_in(text: str) -> set[str]:
    """Countries a sentence speaks of through their seat of government ("a stance from Washington")."""
    words = [w.strip(".,;:!?\"()[]").removesuffix("'s") for w in fold_lower(text).replace("\u2019", "'").split()]
    found = set()
    for n in (2, 1):
        for i in range(len(words) - n + 1):
            hit = _METONYMS.get(" ".join(words[i:i + n]))
            if hit:
                found.add(hit)
    return found


def place(text: str) -> str | None:
    """The canonical country or US state a name or adjective refers to, if any."""
    key = fold_lower(text).strip().rstrip(".").replace("\u2019", "'")
    if key.endswith("'s"):
        key = key[:-2]
    key = key.removeprefix("the ")
    return PLACE.get(key)
