"""Demo articles, set F: match reports linked to matches of 2025-26, and one story with a
"Stand" and a "Wedstrijd" block. Original Dutch text; every player named is invented.

A match is named as (season, home club key, away club key, round number), see
loader._match. MATCH_EVENTS are what the newsroom entered for those matches; they agree
with the scores in the open data.
"""

GENK_MECHELEN = ("2025-26", "genk", "mechelen", 15)
UNION_CERCLE = ("2025-26", "union", "cercle-brugge", 15)
MECHELEN_STANDARD = ("2025-26", "mechelen", "standard", 16)
BRUGGE_ANTWERP = ("2025-26", "club-brugge", "antwerp", 16)

MATCH_EVENTS = {
    # (kind, minute, added time, club key, player, other player)
    GENK_MECHELEN: [
        ("yellow", 23, None, "genk", "Tibo Mertens", ""),
        ("yellow", 41, None, "mechelen", "Jelle Van Rompaey", ""),
        ("substitution", 58, None, "genk", "Amadou Kaboré", "Tibo Mertens"),
        ("goal", 67, None, "mechelen", "Sander Wouters", "Jelle Van Rompaey"),
        ("substitution", 74, None, "mechelen", "Robin Claessens", "Sander Wouters"),
        ("yellow", 90, 2, "genk", "Amadou Kaboré", ""),
    ],
    UNION_CERCLE: [
        ("goal", 12, None, "union", "Noah Delvaux", ""),
        ("yellow", 35, None, "cercle-brugge", "Pieter-Jan Dhondt", ""),
        ("penalty", 45, 1, "union", "Ilias Bensaïd", ""),
        ("substitution", 63, None, "cercle-brugge", "Milan Verhulst", "Pieter-Jan Dhondt"),
        ("red", 81, None, "cercle-brugge", "Milan Verhulst", ""),
    ],
    MECHELEN_STANDARD: [
        ("yellow", 19, None, "standard", "Loïc Dumont", ""),
        ("goal", 54, None, "standard", "Karim Haddouche", "Loïc Dumont"),
        ("substitution", 61, None, "mechelen", "Robin Claessens", "Jelle Van Rompaey"),
        ("second_yellow", 88, None, "standard", "Loïc Dumont", ""),
    ],
}

ARTICLES = [
    {
        "key": "f-genk-mechelen-verslag",
        "headline": "Wouters prikt Malinwa naar zege in Genk, Racing blijft steken",
        "intro": (
            "KV Mechelen heeft in Genk drie punten gepakt met het kleinste verschil. Sander "
            "Wouters besliste het duel na een uur spelen, Genk vond daarna geen antwoord meer "
            "op het compacte blok van de bezoekers."
        ),
        "authors": ["Lotte Wouters"],
        "hours_ago": 5,
        "clubs": ["genk", "mechelen"],
        "competitions": ["jupiler-pro-league"],
        "persons": [
            {"name": "Sander Wouters", "role": "player", "club": "mechelen"},
            {"name": "Amadou Kaboré", "role": "player", "club": "genk"},
        ],
        "source_medium": "",
        "rumour": False,
        "image": {
            "caption": "Illustratiebeeld: duel op het middenveld in Genk",
            "credit": "Kopbal",
        },
        "match": GENK_MECHELEN,
        "body": [
            (
                "paragraph",
                "Genk begon met veel balbezit, maar echt gevaarlijk werd het zelden. Mechelen "
                "sloot de ruimtes tussen de linies en loerde op de counter. Bij de rust stond "
                "er nog geen doelpunt op het bord.",
            ),
            ("subheading", "Eén moment volstaat"),
            (
                "paragraph",
                "Na 67 minuten kwam de ontknoping. Jelle Van Rompaey zette een snelle aanval "
                "op en Sander Wouters schoof de bal beheerst in de verste hoek. Genk bracht "
                "verse krachten, maar de Limburgers raakten niet meer voorbij de laatste lijn.",
            ),
            (
                "quote",
                {
                    "text": "We wisten dat we hier moesten lijden. Dat hebben we samen gedaan, "
                    "en dan krijg je soms één kans.",
                    "speaker": "Sander Wouters",
                    "source": "",
                },
            ),
            ("match", GENK_MECHELEN),
        ],
        "poll": {"question": "Haalt Genk nog Play-Off I?", "options": ["Ja", "Nee"]},
        "poll_article": False,
    },
    {
        "key": "f-union-cercle-verslag",
        "headline": "Union laat Cercle geen kans en blijft in het spoor van de leider",
        "intro": (
            "Union heeft Cercle Brugge zonder veel moeite met 2-0 geklopt. Noah Delvaux en "
            "Ilias Bensaïd scoorden voor de rust, Groen-Zwart eindigde met tien man."
        ),
        "authors": ["Bram De Smet"],
        "hours_ago": 8,
        "clubs": ["union", "cercle-brugge"],
        "competitions": ["jupiler-pro-league"],
        "persons": [
            {"name": "Noah Delvaux", "role": "player", "club": "union"},
            {"name": "Ilias Bensaïd", "role": "player", "club": "union"},
        ],
        "source_medium": "",
        "rumour": False,
        "image": {"caption": "Illustratiebeeld: vreugde bij Union", "credit": "Kopbal"},
        "match": UNION_CERCLE,
        "body": [
            (
                "paragraph",
                "Na twaalf minuten stond Union al op voorsprong: Noah Delvaux krulde een vrije "
                "trap over de muur. Vlak voor de rust zette Ilias Bensaïd een strafschop om.",
            ),
            (
                "paragraph",
                "Cercle probeerde na de pauze nog iets te forceren, maar de rode kaart voor "
                "invaller Milan Verhulst maakte daar tien minuten voor tijd een einde aan.",
            ),
        ],
        "poll": {"question": "Wordt Union opnieuw kampioen?", "options": ["Ja", "Nee"]},
        "poll_article": False,
    },
    {
        "key": "f-mechelen-standard-stand",
        "headline": "Malinwa struikelt over Standard: zo staat de strijd om de top zes",
        "intro": (
            "KV Mechelen verloor thuis met 0-1 van Standard en ziet de concurrentie naderen. "
            "Een blik op de stand na de zestiende speeldag, en op de volgende affiche."
        ),
        "authors": ["Sofie Claes"],
        "hours_ago": 1.2,
        "clubs": ["mechelen", "standard"],
        "competitions": ["jupiler-pro-league"],
        "persons": [{"name": "Karim Haddouche", "role": "player", "club": "standard"}],
        "source_medium": "",
        "rumour": False,
        "image": {"caption": "Illustratiebeeld: het AFAS-stadion bij avond", "credit": "Kopbal"},
        "match": MECHELEN_STANDARD,
        "body": [
            (
                "paragraph",
                "Een doelpunt van Karim Haddouche na 54 minuten volstond voor Standard. "
                "Mechelen drukte in het slot, maar vond de weg naar doel niet meer, ook niet "
                "toen de Rouches na een tweede gele kaart met tien man verder moesten.",
            ),
            ("subheading", "De stand"),
            (
                "table",
                {"competition": "jupiler-pro-league", "phase": "regular", "highlight": "mechelen"},
            ),
            (
                "paragraph",
                "Elders op deze speeldag wacht nog een topaffiche: Club Brugge ontvangt "
                "Antwerp, en beide ploegen kunnen punten tegen de concurrentie goed gebruiken.",
            ),
            ("match", BRUGGE_ANTWERP),
        ],
        "poll": {"question": "Eindigt Mechelen in de top zes?", "options": ["Ja", "Nee"]},
        "poll_article": False,
    },
]
