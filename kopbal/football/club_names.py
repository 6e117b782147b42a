"""How the open data files spell clubs, mapped to the slugs of our Club snippets.

The rule the importer follows: a name in this table maps to the club with that slug; a name
that is not here maps to the club whose name or short name is exactly that name (ignoring
case); any other name is refused, and the importer lists every such name at once.
"""

OPENFOOTBALL_CLUB_SLUGS = {
    "Club Brugge KV": "club-brugge",
    "Cercle Brugge": "cercle-brugge",
    "RSC Anderlecht": "anderlecht",
    "Royal Antwerp FC": "antwerp",
    "KRC Genk": "genk",
    "KAA Gent": "gent",
    "KV Mechelen": "mechelen",
    "Standard Liège": "standard",
    "Union Saint-Gilloise": "union",
    "Sint-Truidense VV": "stvv",
    "Sporting Charleroi": "charleroi",
    "KVC Westerlo": "westerlo",
    "SV Zulte Waregem": "zulte-waregem",
    # The files spell La Louvière with an acute accent.
    "RAAL La Louviére": "la-louviere",
    "RAAL La Louvière": "la-louviere",
    "Oud-Heverlee Leuven": "oh-leuven",
    "FCV Dender EH": "dender",
    # Relegated after 2024-25: they play in the Challenger Pro League now.
    "K Beerschot VA": "beerschot",
    "KV Kortrijk": "kortrijk",
}
