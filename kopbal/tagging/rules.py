"""What the names in the database cannot say on their own: the context rules.

The clubs' names, nicknames and adjectives come from the Club rows the newsroom edits; a
name two clubs share ("Brugse", "Geel-Blauw") is ambiguous by itself. These tables add
the press's shared names the rows do not hold, the default reading of an ambiguous name
when nothing else in the text decides, and the names that look like a club but are not
one (second teams, stadiums, foreign clubs and leagues). Keys are club slugs; names are
written as the press writes them and folded by the matcher.
"""

# Names the press uses for more than one club, beyond the rows' own nicknames.
SHARED_NAMES: dict[str, list[str]] = {
    "Rood-Wit": ["antwerp", "standard"],
    "de rood-witten": ["antwerp", "standard"],
    "Boeren": ["club-brugge", "zulte-waregem"],
    "de Boeren": ["club-brugge", "zulte-waregem"],
    "Racing": ["genk"],
    "Union": ["union"],
    "Brugge": ["club-brugge", "cercle-brugge"],
    "de Limburgers": ["genk", "stvv"],
    "Limburgers": ["genk", "stvv"],
}

# An ambiguous name with no other club of its candidates in the text: the usual reading,
# or no tag at all (missing here). "Geel-Blauw" and "Boeren" are too evenly split.
DEFAULTS: dict[str, str] = {
    "Brugge": "club-brugge",
    "Brugse": "club-brugge",
    "de Limburgers": "genk",
    "Limburgers": "genk",
    "Rood-Wit": "antwerp",
    "de rood-witten": "antwerp",
}

# Look like a club's name but are not the first team: matched (so the shorter club name
# inside them is not), then dropped.
NOT_CLUBS = [
    # Second teams, in the Challenger Pro League.
    "Club NXT",
    "Club Brugge NXT",
    "RSCA Futures",
    "Anderlecht Futures",
    "Jong Genk",
    "Jong Gent",
    # Stadiums: a match played there is not about the club that plays there.
    "Jan Breydel",
    "Jan Breydelstadion",
    "Jan Breydel-stadion",
    "Lotto Park",
    "Cegeka Arena",
    "Bosuil",
    "het Bosuil",
    "Sclessin",
    "Stade de Sclessin",
    "Ghelamco Arena",
    "Planet Group Arena",
    "Stayen",
    "Den Dreef",
    "Achter de Kazerne",
    "AFAS-stadion",
    "Het Kuipje",
    "Elindus Arena",
    "Joseph Marienstadion",
    "Stade Joseph Marien",
    "Stade du Pays de Charleroi",
    "Mambourg",
    "Stade du Tivoli",
    "Koning Boudewijnstadion",
    "Olympisch Stadion",
    # Other Racings and Unions.
    "Racing Mechelen",
    "Racing Jette",
    "RWDM",
    "Union Berlin",
    "Union Namen",
]

# Foreign football: a text naming these and no Belgian club by a name only it has gets no
# club or competition tag (a Rode Duivel playing abroad keeps his person tag).
FOREIGN = [
    "Premier League",
    "La Liga",
    "Primera Division",
    "Serie A",
    "Bundesliga",
    "Ligue 1",
    "Eredivisie",
    "Copa del Rey",
    "FA Cup",
    "DFB-Pokal",
    "Real Madrid",
    "Atletico Madrid",
    "Barcelona",
    "FC Barcelona",
    "Barça",
    "Sevilla",
    "Real Betis",
    "Villarreal",
    "Racing Santander",
    "Racing Straatsburg",
    "Racing Strasbourg",
    "Racing Club",
    "RC Lens",
    "Lens",
    "Ajax",
    "PSV",
    "Feyenoord",
    "AZ",
    "FC Twente",
    "FC Utrecht",
    "Manchester City",
    "Manchester United",
    "Man City",
    "Liverpool",
    "Arsenal",
    "Chelsea",
    "Tottenham",
    "Newcastle",
    "Aston Villa",
    "Bayern München",
    "Bayern",
    "Borussia Dortmund",
    "Dortmund",
    "Bayer Leverkusen",
    "RB Leipzig",
    "Juventus",
    "Inter",
    "Internazionale",
    "AC Milan",
    "Napoli",
    "AS Roma",
    "Lazio",
    "Atalanta",
    "PSG",
    "Paris Saint-Germain",
    "Olympique Marseille",
    "Marseille",
    "Lille",
    "Olympique Lyon",
    "Lyon",
    "AS Monaco",
    "Monaco",
    "Benfica",
    "FC Porto",
    "Sporting Lissabon",
    "Celtic",
    "Rangers",
    "Galatasaray",
    "Fenerbahçe",
]
