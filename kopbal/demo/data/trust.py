"""The trust pages of the demo site: house rules, privacy, cookies and contact.

Each page: slug, role (kopbal.pages.models.Role), title, intro, body as a list of
("h", sub-heading) and ("p", paragraph; <b>, <i> and <a href> allowed).
The facts follow the code: kopbal.core.net.ip_hash, kopbal.analytics.readers,
kopbal.polls.voters, kopbal.accounts.services.account_delete.
"""

PAGES = [
    {
        "slug": "huisregels",
        "role": "house_rules",
        "title": "Huisregels",
        "intro": (
            "Onder elk artikel kun je meepraten. Dat blijft alleen leuk als iedereen zich aan "
            "een paar eenvoudige afspraken houdt."
        ),
        "body": [
            ("h", "Speel de bal, niet de man"),
            (
                "p",
                "Kritiek op spelers, trainers, scheidsrechters en clubs mag, ook scherpe. "
                "Beledigingen, scheldwoorden en persoonlijke aanvallen op andere lezers horen "
                "hier niet thuis.",
            ),
            ("h", "Geen haat, geen bedreigingen"),
            (
                "p",
                "Racisme, seksisme, homofobie, bedreigingen en oproepen tot geweld verwijderen "
                "we meteen. Dat geldt ook voor spreekkoren die je in een stadion hoort.",
            ),
            ("h", "Blijf bij het onderwerp"),
            (
                "p",
                "Reageer op het artikel of op andere lezers. Reclame, spam, kettingberichten en "
                "links naar illegale streams verdwijnen.",
            ),
            ("h", "Respecteer privacy"),
            (
                "p",
                "Zet geen adressen, telefoonnummers of andere persoonlijke gegevens van jezelf "
                "of van anderen in een reactie.",
            ),
            ("h", "Hoe we modereren"),
            (
                "p",
                "De eerste reacties van een nieuw account lezen we na voor ze verschijnen. "
                "Lezers kunnen een reactie melden; een moderator beslist dan. Wie de regels "
                "overtreedt, krijgt een gele kaart (een tijdelijke schorsing) of bij zware of "
                "herhaalde inbreuken een rode kaart (je kunt niet meer reageren).",
            ),
            (
                "p",
                "Denk je dat we je reactie ten onrechte verwijderd hebben? "
                '<a href="/contact/">Neem contact met ons op</a>.',
            ),
        ],
    },
    {
        "slug": "privacy",
        "role": "privacy",
        "title": "Privacyverklaring",
        "intro": (
            "Kopbal bewaart zo weinig mogelijk over je. Hier lees je wat we wel bewaren, "
            "waarom en hoelang."
        ),
        "body": [
            ("h", "Je account"),
            (
                "p",
                "Als je een account maakt, bewaren we je e-mailadres, je schermnaam en je "
                "wachtwoord (alleen versleuteld, wij kunnen het niet lezen). We gebruiken je "
                "e-mailadres om je account te bevestigen, om je wachtwoord opnieuw in te stellen "
                "en voor de berichten die je zelf aanzet. We verkopen of delen het nooit.",
            ),
            (
                "p",
                "Je account blijft bestaan tot je het zelf verwijdert in <b>Mijn account</b>. "
                "Daar kun je ook al je gegevens downloaden.",
            ),
            ("h", "Je reacties"),
            (
                "p",
                "Bij elke reactie bewaren we de tekst, het tijdstip en een versleutelde "
                "vingerafdruk (hash) van je IP-adres. Je IP-adres zelf bewaren we niet. Met de "
                "vingerafdruk kunnen moderators misbruik herkennen, zoals iemand die na een "
                "schorsing met een nieuw account terugkomt.",
            ),
            (
                "p",
                "Verwijder je je account, dan verdwijnen de tekst en je naam uit al je reacties. "
                "Antwoorden van andere lezers blijven staan.",
            ),
            ("h", "Peilingen"),
            (
                "p",
                "Als je stemt, bewaren we je keuze met dezelfde vingerafdruk van je IP-adres, "
                "zodat niemand een peiling vol kan stemmen.",
            ),
            ("h", "Bezoekersstatistieken zonder cookies"),
            (
                "p",
                "We tellen hoeveel mensen een artikel lezen, zonder cookies en zonder externe "
                "diensten. Daarvoor maken we een hash van je IP-adres, je browser en het "
                "artikel, met een willekeurige sleutel die elke dag verandert. Na die dag wissen "
                "we de sleutel, zodat niemand de hash nog aan jou kan koppelen. Je IP-adres "
                "bewaren we nooit. Wat overblijft, zijn alleen aantallen: per uur 35 dagen lang, "
                "per dag voorgoed.",
            ),
            ("h", "Cookies"),
            (
                "p",
                'Welke cookies we gebruiken en waarom, lees je op de pagina <a href="/cookies/">'
                "Cookies</a>. Cookies van adverteerders of sociale netwerken zijn er niet.",
            ),
            ("h", "Je rechten"),
            (
                "p",
                "Je mag je gegevens inkijken, laten verbeteren of laten wissen. Het meeste kun "
                "je zelf in <b>Mijn account</b>. Voor de rest, of als je een klacht hebt, "
                '<a href="/contact/">neem je contact met ons op</a>. Je kunt ook terecht bij de '
                "Gegevensbeschermingsautoriteit.",
            ),
        ],
    },
    {
        "slug": "cookies",
        "role": "cookies",
        "title": "Cookies",
        "intro": (
            "Kopbal zet alleen de cookies die nodig zijn om de site te laten werken. Geen "
            "cookies van adverteerders, geen tracking."
        ),
        "body": [
            ("h", "Welke cookies"),
            (
                "p",
                "<b>sessionid</b>: houdt je ingelogd. Je krijgt dit cookie pas als je inlogt; "
                "het vervalt na twee weken of als je uitlogt.",
            ),
            (
                "p",
                "<b>csrftoken</b>: beschermt formulieren (inloggen, reageren, stemmen) tegen "
                "misbruik door andere websites. Het bevat niets over jou en vervalt na een jaar.",
            ),
            (
                "p",
                "<b>kopbal_voter</b>: een willekeurig nummer dat onthoudt dat je in een peiling "
                "gestemd hebt, zodat je je eigen stem terugziet. Je krijgt het pas als je stemt; "
                "het vervalt na twee jaar.",
            ),
            ("h", "Geen toestemming nodig"),
            (
                "p",
                "Deze cookies zijn strikt noodzakelijk voor wat je zelf vraagt (inloggen, "
                "reageren, stemmen). Daarom vragen we er geen toestemming voor en zie je geen "
                "cookiemelding. De bezoekersstatistieken werken zonder cookies.",
            ),
            ("h", "Cookies wissen"),
            (
                "p",
                "Je kunt cookies altijd wissen in je browser. Je wordt dan uitgelogd en de site "
                "vergeet hoe je gestemd hebt.",
            ),
        ],
    },
    {
        "slug": "contact",
        "role": "contact",
        "title": "Contact",
        "intro": "Een tip, een fout in een artikel of een vraag over je account? Laat het ons weten.",
        "body": [
            ("h", "Redactie"),
            (
                "p",
                "Tips, verbeteringen en persberichten stuur je naar "
                '<a href="mailto:redactie@kopbal.invalid">redactie@kopbal.invalid</a>. '
                "Vermeld bij een fout de titel van het artikel.",
            ),
            ("h", "Je account en reacties"),
            (
                "p",
                "Lukt inloggen niet, krijg je de bevestigingsmail niet of heb je een vraag over "
                "een verwijderde reactie? Mail naar "
                '<a href="mailto:lezers@kopbal.invalid">lezers@kopbal.invalid</a>, vanaf het '
                "e-mailadres van je account.",
            ),
            ("h", "Privacy"),
            (
                "p",
                "Voor vragen over je gegevens: "
                '<a href="mailto:privacy@kopbal.invalid">privacy@kopbal.invalid</a>.',
            ),
            (
                "p",
                "We antwoorden op werkdagen, meestal binnen twee dagen.",
            ),
        ],
    },
]
