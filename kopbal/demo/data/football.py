"""The 2025-26 Jupiler Pro League clubs, the competitions they play in, the newsroom."""

COMPETITIONS = [
    # key, name, short name, kind
    ("jupiler-pro-league", "Jupiler Pro League", "JPL", "league"),
    ("challenger-pro-league", "Challenger Pro League", "1B", "league"),
    ("croky-cup", "Croky Cup", "Beker", "cup"),
    ("champions-league", "Champions League", "CL", "european"),
    ("europa-league", "Europa League", "EL", "european"),
    ("conference-league", "Conference League", "ECL", "european"),
    ("rode-duivels", "Rode Duivels", "België", "national"),
]

COMPETITION_DESCRIPTIONS = {
    "jupiler-pro-league": (
        "De hoogste afdeling van het Belgische voetbal: zestien clubs, dertig speeldagen in "
        "de reguliere competitie en daarna play-offs. Vanaf 2026-27 achttien clubs zonder "
        "play-offs."
    ),
    "croky-cup": "De Beker van België, met de finale in het Koning Boudewijnstadion.",
    "rode-duivels": "Het nieuws over de nationale ploeg van de Belgische mannen.",
}

CLUBS = [
    # key, official name, short name, city, nicknames, primary, secondary
    (
        "anderlecht",
        "RSC Anderlecht",
        "Anderlecht",
        "Anderlecht",
        ["Paars-Wit", "RSCA"],
        "#4B2A82",
        "#FFFFFF",
    ),
    (
        "antwerp",
        "Royal Antwerp FC",
        "Antwerp",
        "Antwerpen",
        ["The Great Old", "stamnummer 1", "Rood-Wit", "de rood-witten"],
        "#C8102E",
        "#FFFFFF",
    ),
    (
        "club-brugge",
        "Club Brugge",
        "Club Brugge",
        "Brugge",
        ["Blauw-Zwart", "Club"],
        "#0057A8",
        "#111111",
    ),
    (
        "cercle-brugge",
        "Cercle Brugge",
        "Cercle",
        "Brugge",
        ["Groen-Zwart", "De Vereniging"],
        "#00853F",
        "#111111",
    ),
    (
        "genk",
        "KRC Genk",
        "Genk",
        "Genk",
        ["Racing Genk", "de Limburgers", "Blauw-Wit", "de Smurfen"],
        "#0047AB",
        "#FFFFFF",
    ),
    ("gent", "KAA Gent", "Gent", "Gent", ["de Buffalo's", "AA Gent"], "#005BAC", "#FFFFFF"),
    (
        "mechelen",
        "KV Mechelen",
        "KV Mechelen",
        "Mechelen",
        ["Malinwa", "de Kakkers"],
        "#F6C700",
        "#C8102E",
    ),
    (
        "standard",
        "Standard Luik",
        "Standard",
        "Luik",
        ["de Rouches", "Standard de Liège"],
        "#D2122E",
        "#FFFFFF",
    ),
    (
        "union",
        "Royale Union Saint-Gilloise",
        "Union SG",
        "Sint-Gillis",
        ["de Unionisten", "Geel-Blauw"],
        "#F7D117",
        "#1D3C8F",
    ),
    (
        "stvv",
        "Sint-Truidense VV",
        "STVV",
        "Sint-Truiden",
        ["de Kanaries", "Geel-Blauw"],
        "#FFE100",
        "#1B2F6B",
    ),
    (
        "charleroi",
        "Sporting Charleroi",
        "Charleroi",
        "Charleroi",
        ["de Zebra's", "les Zèbres", "de Carolo's"],
        "#111111",
        "#FFFFFF",
    ),
    ("westerlo", "KVC Westerlo", "Westerlo", "Westerlo", ["de Kemphanen"], "#F4C300", "#0B4EA2"),
    (
        "zulte-waregem",
        "SV Zulte Waregem",
        "Zulte Waregem",
        "Waregem",
        ["Essevee"],
        "#D7141A",
        "#00833E",
    ),
    (
        "la-louviere",
        "RAAL La Louvière",
        "La Louvière",
        "La Louvière",
        ["de Wolven", "les Loups"],
        "#00843D",
        "#FFFFFF",
    ),
    (
        "oh-leuven",
        "Oud-Heverlee Leuven",
        "OH Leuven",
        "Leuven",
        ["OHL", "de Leuvenaren"],
        "#00843D",
        "#E30613",
    ),
    ("dender", "FCV Dender EH", "Dender", "Denderleeuw", [], "#1F3C88", "#FFFFFF"),
]

# Played the 2024-25 Jupiler Pro League and went down: the demo loads that season's matches.
FORMER_CLUBS = [
    # key, official name, short name, city, nicknames, primary, secondary
    ("beerschot", "K. Beerschot VA", "Beerschot", "Antwerpen", ["de Ratten"], "#5B2C83", "#FFFFFF"),
    ("kortrijk", "KV Kortrijk", "Kortrijk", "Kortrijk", ["de Kerels"], "#E30613", "#FFFFFF"),
]

# The three- or four-letter code on each demo crest, as scoreboards abbreviate the clubs:
# initials of the short names would give Genk and Gent both "GEN".
CLUB_CODES = {
    "anderlecht": "RSCA",
    "antwerp": "RAFC",
    "club-brugge": "CLUB",
    "cercle-brugge": "CER",
    "genk": "GNK",
    "gent": "GNT",
    "mechelen": "KVM",
    "standard": "SCL",
    "union": "USG",
    "stvv": "STVV",
    "charleroi": "CHA",
    "westerlo": "KVCW",
    "zulte-waregem": "ZWA",
    "la-louviere": "RAAL",
    "oh-leuven": "OHL",
    "dender": "DEN",
    "beerschot": "BEE",
    "kortrijk": "KVK",
}

# The openfootball files the demo imports into the Jupiler Pro League.
LEAGUE_FILES = ["2024-25/be1.txt", "2025-26/be1.txt"]

AUTHORS = [
    # name, job title, bio
    (
        "Sofie Claes",
        "Chef sport",
        "Volgt de Jupiler Pro League al vijftien jaar van op de perstribune. Houdt van "
        "tactiekborden, haat lange persconferenties.",
    ),
    (
        "Jonas Verbeke",
        "Transferredacteur",
        "Belt elke zomer meer makelaars dan vrienden. Schrijft over transfers, contracten en "
        "alles wat daartussen misloopt.",
    ),
    (
        "Lotte Wouters",
        "Redacteur Limburg",
        "Volgt Genk, STVV en het Limburgse voetbal. Woont op tien minuten van de Cegeka Arena.",
    ),
    (
        "Bram De Smet",
        "Redacteur West-Vlaanderen",
        "Kent de weg in Brugge, Waregem en Roeselare. Volgt ook de Challenger Pro League.",
    ),
    (
        "Nadia El Amrani",
        "Redacteur Brussel en Wallonië",
        "Schrijft over Anderlecht, Union, Standard en Charleroi, in twee landstalen.",
    ),
    (
        "Pieter Van Acker",
        "Redacteur Rode Duivels",
        "Reist de nationale ploeg achterna en volgt de Belgen in het buitenland.",
    ),
]

# Adjectives the press writes that are not simply the name plus -se ("Genkse", "Gentse" find
# their club through the Dutch stemmer already): search expands them into the club.
CLUB_ADJECTIVES = {
    "anderlecht": ["Anderlechtse", "Brusselse"],
    "antwerp": ["Antwerpse"],
    "club-brugge": ["Brugse"],
    "cercle-brugge": ["Brugse"],
    "genk": ["Genkse", "Limburgse"],
    "gent": ["Gentse"],
    "mechelen": ["Mechelse"],
    "standard": ["Luikse", "Liégeois"],
    "union": ["Brusselse"],
    "stvv": ["Truiense", "Sint-Truidense", "Limburgse"],
    "charleroi": ["Carolo", "Carolorege"],
    "westerlo": ["Westerlose"],
    "zulte-waregem": ["Waregemse"],
    "la-louviere": ["Louviérois"],
    "oh-leuven": ["Leuvense"],
    "dender": ["Denderleeuwse"],
}
