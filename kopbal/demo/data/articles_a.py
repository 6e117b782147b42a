"""Demo articles, set A: original Dutch (nl-BE) stories about eight focus clubs."""

ARTICLES = [
    # ------------------------------------------------------------ Anderlecht
    {
        "key": "a-anderlecht-verhaegen-onder-druk",
        "headline": "Verhaegen wankelt na nieuwe domper: Anderlecht zakt uit de top zes",
        "intro": (
            "Anderlecht is opnieuw onderuitgegaan, dit keer in eigen huis, en telt nu drie "
            "nederlagen op rij. Trainer Koen Verhaegen krijgt voorlopig de steun van de "
            "clubleiding, maar in het Lotto Park groeit het ongeduld met de week."
        ),
        "authors": ["Jonas Verbeke"],
        "hours_ago": 1.6,
        "clubs": ["anderlecht"],
        "competitions": ["jupiler-pro-league"],
        "persons": [
            {"name": "Koen Verhaegen", "role": "coach", "club": "anderlecht"},
            {"name": "Olivier Dumonceau", "role": "director", "club": "anderlecht"},
            {"name": "Mathis Delvaux", "role": "player", "club": "anderlecht"},
            {"name": "Youssef Benali", "role": "player", "club": "anderlecht"},
        ],
        "source_medium": "",
        "rumour": False,
        "image": {
            "caption": "Illustratiebeeld: een teleurgestelde bank bij Anderlecht",
            "credit": "Kopbal / illustratie",
        },
        "body": [
            (
                "paragraph",
                "Het fluitconcert na het laatste fluitsignaal zei genoeg. Paars-Wit ging met 0-2 "
                "onderuit tegen Westerlo en ziet de concurrentie in de strijd om Play-Off I "
                "stilaan weglopen. Met nog vijf speeldagen te gaan in de reguliere competitie "
                "staat Anderlecht zevende, twee punten achter KV Mechelen.",
            ),
            (
                "paragraph",
                "Het is al de derde nederlaag op rij in alle competities. Eerder deze week ging "
                "ook de heenmatch in de halve finale van de Croky Cup in Gent verloren. Een club "
                "met de ambities van Anderlecht kan zich zo'n reeks eigenlijk niet veroorloven.",
            ),
            ("subheading", "Steun van de directie, voorlopig"),
            (
                "paragraph",
                "Sportief directeur Olivier Dumonceau kwam na afloop in de mixed zone uitleg "
                "geven. Van een ontslag is volgens hem geen sprake, al klonk zijn boodschap niet "
                "als een blanco cheque.",
            ),
            (
                "quote",
                {
                    "text": "We gaan na één slechte week geen beslissingen nemen in paniek. Koen "
                    "heeft ons vertrouwen, maar we verwachten wel een reactie. Iedereen in "
                    "deze club weet wat er op het spel staat.",
                    "speaker": "Olivier Dumonceau",
                    "source": "",
                },
            ),
            ("lees_ook", "a-anderlecht-delvaux-engeland"),
            ("subheading", "Zorgen achteraan"),
            (
                "paragraph",
                "Vooral defensief loopt het mank. Anderlecht kreeg in de laatste drie wedstrijden "
                "zes doelpunten tegen, en ook <b>Mathis Delvaux</b>, normaal de rots in de "
                "branding, oogt niet op zijn best. De transfergeruchten rond de centrale "
                "verdediger helpen daar wellicht niet bij.",
            ),
            (
                "quote",
                {
                    "text": "Ik ga me niet wegsteken. Dit is mijn verantwoordelijkheid en ik ben "
                    "ervan overtuigd dat deze groep de kentering kan forceren. Maar dan "
                    "moeten we ophouden met naïeve fouten.",
                    "speaker": "Koen Verhaegen",
                    "source": "",
                },
            ),
            (
                "paragraph",
                "Veel tijd om te herstellen is er niet. Volgend weekend wacht een verplaatsing "
                "naar de Bosuil, waar Antwerp zelf nog volop meestrijdt voor een plaats in de top "
                "drie. Mogelijk krijgt de jonge Youssef Benali daar zijn eerste minuten bij de "
                "A-kern.",
            ),
        ],
        "poll": {
            "question": "Moet Anderlecht Koen Verhaegen nog het vertrouwen geven?",
            "options": ["Ja", "Nee"],
        },
        "poll_article": False,
    },
    {
        "key": "a-anderlecht-benali-contract",
        "headline": "Anderlecht beloont toptalent: Benali (17) tekent eerste profcontract",
        "intro": (
            "Youssef Benali heeft bij Anderlecht zijn eerste profcontract ondertekend. De "
            "17-jarige middenvelder uit Neerpede maakte bij RSCA Futures al indruk en mocht "
            "deze week voor het eerst aansluiten bij de A-kern."
        ),
        "authors": ["Nadia El Amrani"],
        "hours_ago": 33,
        "clubs": ["anderlecht"],
        "competitions": ["jupiler-pro-league", "challenger-pro-league"],
        "persons": [
            {"name": "Youssef Benali", "role": "player", "club": "anderlecht"},
            {"name": "Olivier Dumonceau", "role": "director", "club": "anderlecht"},
            {"name": "Koen Verhaegen", "role": "coach", "club": "anderlecht"},
        ],
        "source_medium": "",
        "rumour": False,
        "image": {
            "caption": (
                "Illustratiebeeld: jeugdspelers aan het werk op het oefencomplex van Anderlecht"
            ),
            "credit": "Kopbal / illustratie",
        },
        "body": [
            (
                "paragraph",
                "Anderlecht heeft opnieuw een jeugdproduct aan zich gebonden. Youssef Benali zette"
                " zijn handtekening onder een contract tot medio 2029. De centrale middenvelder "
                "speelt sinds zijn negende in Neerpede en doorliep er alle jeugdreeksen.",
            ),
            (
                "paragraph",
                "Dit seizoen kwam Benali al veertien keer in actie voor RSCA Futures in de "
                "Challenger Pro League. Hij viel op door zijn rust aan de bal en zijn passing over"
                " de lange afstand, opvallend voor een speler van zijn leeftijd. Bij de beloften "
                "droeg hij geregeld de aanvoerdersband, ook tegen spelers die drie of vier jaar "
                "ouder waren.",
            ),
            ("subheading", "Buitenlandse interesse afgeblokt"),
            (
                "paragraph",
                "Dat Anderlecht snel wilde schakelen, is geen toeval. Volgens de club hadden "
                "enkele buitenlandse academies al contact gezocht met de entourage van de speler.",
            ),
            (
                "quote",
                {
                    "text": "Youssef is een speler die perfect past in wat we willen uitbouwen. We "
                    "wilden hem een duidelijk pad naar het eerste elftal tonen, en dat "
                    "hebben we gedaan. Hij moet nu geduld hebben, maar zijn kans zal komen.",
                    "speaker": "Olivier Dumonceau",
                    "source": "",
                },
            ),
            (
                "quote",
                {
                    "text": "Als klein jongetje zat ik al in de tribune bij Paars-Wit. Dit contract"
                    " is een droom, maar ik weet dat het echte werk nu pas begint.",
                    "speaker": "Youssef Benali",
                    "source": "",
                },
            ),
            ("subheading", "Debuut in zicht?"),
            (
                "paragraph",
                "Trainer Koen Verhaegen liet Benali deze week meetrainen met de A-kern. In een "
                "periode waarin de resultaten tegenvallen, kan de jonge middenvelder volgens "
                "ingewijden sneller dan verwacht een rol krijgen. Verhaegen hield zelf de boot af:"
                " hij wil het talent <i>stap voor stap</i> laten groeien. Een eerste kans zou "
                "kunnen komen in de slotfase van de reguliere competitie, wanneer enkele "
                "basisspelers op het randje van een schorsing staan.",
            ),
        ],
        "poll": {
            "question": "Krijgt Benali dit seizoen nog speelminuten in de Jupiler Pro League?",
            "options": ["Ja", "Nee"],
        },
        "poll_article": False,
    },
    {
        "key": "a-anderlecht-delvaux-engeland",
        "headline": "Premier League lonkt: Engelse clubs houden Delvaux in de gaten",
        "intro": (
            "Mathis Delvaux staat volgens Het Laatste Nieuws op het verlanglijstje van minstens"
            " twee Engelse clubs. Anderlecht wil zijn centrale verdediger niet zomaar laten "
            "gaan, maar een bod boven de vijftien miljoen euro zou de discussie openen."
        ),
        "authors": ["Pieter Van Acker"],
        "hours_ago": 78,
        "clubs": ["anderlecht"],
        "competitions": ["jupiler-pro-league"],
        "persons": [
            {"name": "Mathis Delvaux", "role": "player", "club": "anderlecht"},
            {"name": "Luc Vermandel", "role": "agent", "club": None},
            {"name": "Olivier Dumonceau", "role": "director", "club": "anderlecht"},
        ],
        "source_medium": "Het Laatste Nieuws",
        "rumour": True,
        "image": {
            "caption": "Illustratiebeeld: een verdediger van Anderlecht in duel",
            "credit": "Kopbal / illustratie",
        },
        "body": [
            (
                "paragraph",
                "De 23-jarige Delvaux groeide de voorbije twee seizoenen uit tot een vaste waarde "
                "in het hart van de Anderlechtse defensie. Hij is sterk in de lucht, snel in de "
                "omschakeling en bouwt verzorgd op. Dit seizoen speelde hij, op één schorsing na, "
                "elke competitiewedstrijd van begin tot einde. Dat is ook in Engeland niet "
                "onopgemerkt gebleven.",
            ),
            (
                "paragraph",
                "Volgens Het Laatste Nieuws zaten de voorbije weken verschillende keren scouts van"
                " Premier League-clubs in de tribune. Zijn zaakwaarnemer Luc Vermandel bevestigt "
                "de interesse, maar tempert de verwachtingen.",
            ),
            (
                "quote",
                {
                    "text": "Er is belangstelling, dat kan ik niet ontkennen. Maar Mathis is met "
                    "zijn hoofd bij Anderlecht. Pas deze zomer bekijken we wat het beste is"
                    " voor zijn carrière.",
                    "speaker": "Luc Vermandel",
                    "source": "Het Laatste Nieuws",
                },
            ),
            ("subheading", "Geen uitverkoop in Brussel"),
            (
                "paragraph",
                "Bij Anderlecht willen ze van geen haast weten. Delvaux ligt nog drie seizoenen "
                "vast en de club wil in de zomer niet opnieuw een sterkhouder verliezen zonder een"
                " waardige vervanger achter de hand. Zeker met de play-offs in zicht wil de club "
                "de defensie niet verzwakken, ook al is de vorm van Delvaux de laatste weken "
                "wisselvallig.",
            ),
            (
                "quote",
                {
                    "text": "Er ligt geen enkel officieel bod op tafel. Mathis is een belangrijke "
                    "speler voor ons, en dat blijft hij zolang niemand ons van het "
                    "tegendeel overtuigt.",
                    "speaker": "Olivier Dumonceau",
                    "source": "",
                },
            ),
            (
                "paragraph",
                "Intern wordt wel gerekend: een transfer van die omvang zou het budget voor "
                "volgend seizoen aanzienlijk verruimen. De komende weken moet blijken of de "
                "Engelse belangstelling ook in een concreet voorstel wordt omgezet. Voor Delvaux "
                "zelf, die in Brussel opgroeide en al sinds zijn twaalfde voor Paars-Wit speelt, "
                "zou een vertrek bovendien een emotionele stap zijn. Hij liet zich over de "
                "geruchten nog niet uit.",
            ),
        ],
        "poll": {
            "question": "Moet Anderlecht Delvaux verkopen voor vijftien miljoen euro?",
            "options": ["Ja", "Nee", "Alleen voor meer"],
        },
        "poll_article": False,
    },
    # ------------------------------------------------------------ Antwerp
    {
        "key": "a-antwerp-gent-verslag",
        "headline": "Antwerp klopt Gent in spektakelstuk: Van Gorp beslist het duel",
        "intro": (
            "Antwerp heeft de topper tegen KAA Gent met 2-1 gewonnen. Aanvoerder Jelle Van Gorp"
            " trapte de rood-witten in de slotfase naar de zege, terwijl Gent ook nog "
            "middenvelder Samuel Dago-Koffi geblesseerd zag uitvallen."
        ),
        "authors": ["Bram De Smet"],
        "hours_ago": 15.5,
        "clubs": ["antwerp", "gent"],
        "competitions": ["jupiler-pro-league"],
        "persons": [
            {"name": "Jelle Van Gorp", "role": "player", "club": "antwerp"},
            {"name": "Marco Sandrelli", "role": "coach", "club": "antwerp"},
            {"name": "Senne Bogaerts", "role": "player", "club": "antwerp"},
            {"name": "Wannes Leysen", "role": "player", "club": "antwerp"},
            {"name": "Milan Roelandts", "role": "player", "club": "gent"},
            {"name": "Samuel Dago-Koffi", "role": "player", "club": "gent"},
            {"name": "Geert Van Hulle", "role": "coach", "club": "gent"},
        ],
        "source_medium": "",
        "rumour": False,
        "image": {
            "caption": "Supporters van Antwerp vieren een doelpunt op de Bosuil",
            "credit": "Kopbal",
        },
        "body": [
            (
                "paragraph",
                "Wie op de Bosuil een voorzichtige topper verwachtte, kwam bedrogen uit. Beide "
                "ploegen zochten vanaf de aftrap de aanval op, en na een kwartier stond Gent op "
                "voorsprong. Milan Roelandts kopte een hoekschop binnen, onhoudbaar voor Senne "
                "Bogaerts, die in doel stond voor de geblesseerde Wannes Leysen.",
            ),
            (
                "paragraph",
                "Antwerp reageerde fel. Net voor de rust werd een afstandsschot van Van Gorp nog "
                "gekeerd, maar vijf minuten na de pauze was het wel raak: een snelle combinatie "
                "langs rechts leverde de 1-1 op. Het was een verdiende gelijkmaker, want de "
                "thuisploeg drukte Gent steeds verder achteruit.",
            ),
            ("subheading", "Domper voor de Buffalo's"),
            (
                "paragraph",
                "Gent verloor in die fase ook Samuel Dago-Koffi. De Ivoriaanse middenvelder greep "
                "na een sprint naar de achterkant van zijn dij en moest meteen naar de kant. "
                "Zonder zijn werkkracht op het middenveld kreeg Antwerp steeds meer vat op de "
                "wedstrijd.",
            ),
            (
                "paragraph",
                "In de 84ste minuut volgde de ontknoping. Van Gorp dook op aan de rand van de "
                "zestien en plaatste de bal beheerst in de verste hoek. Het stadion ontplofte. "
                "Bogaerts hield de voorsprong daarna met een knappe redding in de blessuretijd "
                "veilig.",
            ),
            (
                "quote",
                {
                    "text": "Zo'n wedstrijd win je met karakter. We stonden achter en hebben nooit "
                    "opgegeven. Jelle is dan de kapitein die opstaat op het juiste moment.",
                    "speaker": "Marco Sandrelli",
                    "source": "",
                },
            ),
            (
                "quote",
                {
                    "text": "We verliezen hier een punt dat we verdienden, en misschien ook een "
                    "belangrijke speler. Dat doet dubbel pijn.",
                    "speaker": "Geert Van Hulle",
                    "source": "",
                },
            ),
            ("lees_ook", "a-antwerp-leysen-blessure"),
            (
                "paragraph",
                "Door de zege nestelt Antwerp zich stevig in de top vier. Gent blijft vijfde, maar"
                " ziet de kloof met de top drie groeien. Volgende week krijgt Antwerp Anderlecht "
                "op bezoek, terwijl Gent zich opmaakt voor een drukke periode met ook nog de "
                "terugmatch in de beker.",
            ),
        ],
        "poll": {
            "question": "Eindigt Antwerp de reguliere competitie in de top drie?",
            "options": ["Ja", "Nee"],
        },
        "poll_article": False,
    },
    {
        "key": "a-antwerp-leysen-blessure",
        "headline": "Zware klap voor Antwerp: doelman Leysen wekenlang out",
        "intro": (
            "Antwerp moet het de komende weken zonder Wannes Leysen stellen. De doelman liep op"
            " training een knieblessure op en mist wellicht de rest van de reguliere "
            "competitie. Senne Bogaerts krijgt zijn kans onder de lat."
        ),
        "authors": ["Lotte Wouters"],
        "hours_ago": 52,
        "clubs": ["antwerp"],
        "competitions": ["jupiler-pro-league"],
        "persons": [
            {"name": "Wannes Leysen", "role": "player", "club": "antwerp"},
            {"name": "Senne Bogaerts", "role": "player", "club": "antwerp"},
            {"name": "Marco Sandrelli", "role": "coach", "club": "antwerp"},
            {"name": "Jelle Van Gorp", "role": "player", "club": "antwerp"},
        ],
        "source_medium": "",
        "rumour": False,
        "image": {
            "caption": "Illustratiebeeld: een doelman duikt naar de bal op training",
            "credit": "Kopbal / illustratie",
        },
        "body": [
            (
                "paragraph",
                "Het gebeurde tijdens een onschuldige oefening op het einde van de training. "
                "Leysen kwam verkeerd neer na een duik en bleef naar zijn knie grijpend liggen. "
                "Hij werd ondersteund naar de kleedkamer gebracht. Trainer Marco Sandrelli liet de"
                " sessie meteen stilleggen.",
            ),
            (
                "paragraph",
                "Een scan in het ziekenhuis bracht dinsdag duidelijkheid: een letsel aan de "
                "binnenband. Een operatie is niet nodig, maar de medische staf rekent op een "
                "revalidatie van zes tot acht weken.",
            ),
            (
                "quote",
                {
                    "text": "Dit is een zware tegenslag, zeker in deze fase van het seizoen. Wannes"
                    " is een leider in de kleedkamer. Maar ik heb vertrouwen in de spelers "
                    "die klaarstaan.",
                    "speaker": "Marco Sandrelli",
                    "source": "",
                },
            ),
            ("subheading", "Bogaerts staat klaar"),
            (
                "paragraph",
                "De 26-jarige Senne Bogaerts keepte dit seizoen alleen in de Croky Cup. Hij kwam "
                "drie jaar geleden over van een club uit de Challenger Pro League en gold altijd "
                "als een betrouwbare tweede doelman. Nu moet hij tonen dat hij ook op het hoogste "
                "niveau wekelijks kan presteren. In de bekermatchen hield hij twee keer de nul.",
            ),
            (
                "paragraph",
                "Antwerp kan niet meer ingrijpen op de transfermarkt, want de winterse "
                "transferperiode is gesloten. Eventueel wordt een vrije doelman aangetrokken als "
                "derde keuze, maar daar is volgens de club nog niets over beslist.",
            ),
            (
                "quote",
                {
                    "text": "Senne traint elke dag alsof hij zaterdag speelt. Wij hebben blind "
                    "vertrouwen in hem, en dat zal hij voelen.",
                    "speaker": "Jelle Van Gorp",
                    "source": "",
                },
            ),
            (
                "paragraph",
                "Voor Leysen zelf is het een ontgoocheling. De doelman was dit seizoen een van de "
                "uitblinkers bij The Great Old en hoopte op een oproeping voor de Rode Duivels. "
                "Hij wil nu zo snel mogelijk terugkeren, al weet hij dat overhaasting geen optie "
                "is.",
            ),
        ],
        "poll": {
            "question": "Is Senne Bogaerts een waardige vervanger voor Wannes Leysen?",
            "options": ["Ja", "Nee"],
        },
        "poll_article": False,
    },
    {
        "key": "a-antwerp-sandrelli-contract",
        "headline": "Antwerp wil Sandrelli langer aan boord houden",
        "intro": (
            "Antwerp is volgens Gazet van Antwerpen in gesprek met trainer Marco Sandrelli over"
            " een nieuw contract. De Italiaan ligt nog tot het einde van het seizoen vast op de"
            " Bosuil, maar de clubleiding is tevreden over zijn aanpak."
        ),
        "authors": ["Bram De Smet", "Lotte Wouters"],
        "hours_ago": 168,
        "clubs": ["antwerp"],
        "competitions": ["jupiler-pro-league"],
        "persons": [
            {"name": "Marco Sandrelli", "role": "coach", "club": "antwerp"},
            {"name": "Jelle Van Gorp", "role": "player", "club": "antwerp"},
        ],
        "source_medium": "Gazet van Antwerpen",
        "rumour": True,
        "image": {
            "caption": "Illustratiebeeld: een trainer geeft aanwijzingen langs de zijlijn",
            "credit": "Kopbal / illustratie",
        },
        "body": [
            (
                "paragraph",
                "Sandrelli kwam vorige zomer naar Deurne met een contract voor één seizoen en een "
                "optie. Dat was een bewuste keuze van beide partijen: de Italiaan wilde eerst zien"
                " of het project bij hem paste, de club wilde hem eerst aan het werk zien. "
                "Intussen is de twijfel verdwenen.",
            ),
            (
                "paragraph",
                "Na een moeizame start in augustus vond Antwerp zijn ritme. De rood-witten spelen "
                "compacter, verdedigen beter en staan in de top vier. Volgens Gazet van Antwerpen "
                "wil het bestuur daarom niet wachten tot het einde van de play-offs. Vooral op de "
                "Bosuil is de ploeg dit seizoen moeilijk te kloppen, en dat is volgens het bestuur"
                " geen toeval.",
            ),
            (
                "quote",
                {
                    "text": "Ik voel me hier thuis. De supporters, de druk, de geschiedenis van "
                    "deze club: dat is waarom ik trainer ben geworden. Als we elkaar "
                    "vinden, blijf ik graag.",
                    "speaker": "Marco Sandrelli",
                    "source": "Gazet van Antwerpen",
                },
            ),
            ("subheading", "Italiaanse discipline"),
            (
                "paragraph",
                "In de kleedkamer wordt vooral de duidelijkheid van de trainer geprezen. Sandrelli"
                " laat veel tactisch trainen en werkt met strakke afspraken, maar geeft zijn "
                "spelers binnen dat kader ook vrijheid. Spelers die weinig aan de bak komen, "
                "krijgen bovendien geregeld een individueel gesprek, iets wat in de groep erg "
                "gewaardeerd wordt.",
            ),
            (
                "quote",
                {
                    "text": "Iedereen weet wat hij moet doen, ook de jongens die minder spelen. Dat"
                    " maakt het verschil met vorig seizoen.",
                    "speaker": "Jelle Van Gorp",
                    "source": "",
                },
            ),
            (
                "paragraph",
                "Een akkoord is er nog niet. Het zou vooral nog gaan over de duur van de "
                "verbintenis en over de inspraak van de trainer in het transferbeleid. De club "
                "zelf wilde de berichtgeving niet bevestigen. Met een verlenging zou Antwerp "
                "alvast rust brengen in aanloop naar de play-offs, waarin de club een Europees "
                "ticket wil veiligstellen.",
            ),
        ],
        "poll": {
            "question": "Moet Antwerp het contract van Marco Sandrelli verlengen?",
            "options": ["Ja", "Nee"],
        },
        "poll_article": False,
    },
    # ------------------------------------------------------------ Club Brugge
    {
        "key": "a-club-brugge-europese-avond",
        "headline": "Declercq voor Europese kraker: Club wil het karwei in eigen huis afmaken",
        "intro": (
            "Club Brugge speelt vanavond de terugwedstrijd in de tussenronde van de Champions "
            "League. Na het gelijkspel in de heenmatch rekent trainer Nicolas Declercq op een "
            "vol Jan Breydelstadion om de achtste finales te halen."
        ),
        "authors": ["Sofie Claes"],
        "hours_ago": 0.8,
        "clubs": ["club-brugge"],
        "competitions": ["champions-league"],
        "persons": [
            {"name": "Nicolas Declercq", "role": "coach", "club": "club-brugge"},
            {"name": "Emil Norrgård", "role": "player", "club": "club-brugge"},
            {"name": "Ayrton Mensah", "role": "player", "club": "club-brugge"},
        ],
        "source_medium": "",
        "rumour": False,
        "image": {
            "caption": "Het Jan Breydelstadion baadt in het licht voor een Europese avond",
            "credit": "Kopbal",
        },
        "body": [
            (
                "paragraph",
                "Een week geleden hield Blauw-Zwart op verplaatsing stand. Het 1-1-gelijkspel "
                "geeft de Bruggelingen een licht voordeel, maar Declercq waarschuwde op zijn "
                "persconferentie uitdrukkelijk voor overmoed. Hij houdt zijn spelers de hele week "
                "al scherp. Club kreeg in de slotfase van die heenmatch nochtans de beste kansen.",
            ),
            (
                "quote",
                {
                    "text": "We hebben niets gewonnen. Het is rust, en we spelen de tweede helft "
                    "thuis. Dat is een voordeel, maar alleen als we met dezelfde honger "
                    "spelen als daarginds.",
                    "speaker": "Nicolas Declercq",
                    "source": "",
                },
            ),
            ("subheading", "Norrgård fit, Mensah terug"),
            (
                "paragraph",
                "Er is goed nieuws op het vlak van de blessures. Spits <b>Emil Norrgård</b>, die "
                "in het weekend met een tik aan de enkel naar de kant ging, heeft de laatste "
                "training zonder problemen afgewerkt. Ook flankaanvaller Ayrton Mensah is na zijn "
                "schorsing opnieuw beschikbaar.",
            ),
            (
                "paragraph",
                "Met Mensah heeft Declercq opnieuw een wapen in de diepte. De snelle vleugelspeler"
                " werd in de heenmatch node gemist toen Club na de rust nauwelijks nog kon "
                "counteren. Declercq liet op de laatste training uitschijnen dat hij met hetzelfde"
                " elftal wil beginnen als in de heenmatch, met Mensah als enige wijziging.",
            ),
            ("lees_ook", "a-club-brugge-cercle-derby"),
            ("subheading", "Uitverkocht huis"),
            (
                "paragraph",
                "Het stadion is al dagen uitverkocht. De supporters plannen voor de aftrap een "
                "grote sfeeractie over de volledige lengte van de tribunes. Volgens Declercq kan "
                "dat net het verschil maken. Voor wie geen ticket heeft, komt er een groot scherm "
                "op een plein in het centrum.",
            ),
            (
                "quote",
                {
                    "text": "Op zulke avonden moet je het stadion horen tot in het centrum van "
                    "Brugge. Mijn spelers zullen het ook voelen.",
                    "speaker": "Nicolas Declercq",
                    "source": "",
                },
            ),
            (
                "paragraph",
                "De aftrap is om 21 uur. Bij een nieuw gelijkspel volgen verlengingen en eventueel"
                " strafschoppen. Kopbal volgt de wedstrijd live, met na afloop de reacties van "
                "spelers en trainer.",
            ),
        ],
        "poll": {
            "question": "Plaatst Club Brugge zich voor de achtste finales?",
            "options": ["Ja", "Nee"],
        },
        "poll_article": False,
    },
    {
        "key": "a-club-brugge-norrgard-bundesliga",
        "headline": "Bundesliga-clubs scouten Norrgård: Club Brugge vraagt fortuin",
        "intro": (
            "Emil Norrgård trekt steeds meer aandacht uit Duitsland. Volgens Sporza volgen "
            "minstens drie Bundesliga-clubs de Zweedse spits van Club Brugge op de voet, maar "
            "Blauw-Zwart legt de lat bijzonder hoog."
        ),
        "authors": ["Pieter Van Acker"],
        "hours_ago": 97,
        "clubs": ["club-brugge"],
        "competitions": ["jupiler-pro-league", "champions-league"],
        "persons": [
            {"name": "Emil Norrgård", "role": "player", "club": "club-brugge"},
            {"name": "Hendrik Callewaert", "role": "director", "club": "club-brugge"},
            {"name": "Nicolas Declercq", "role": "coach", "club": "club-brugge"},
        ],
        "source_medium": "Sporza",
        "rumour": True,
        "image": {
            "caption": "Illustratiebeeld: een spits van Club Brugge viert een doelpunt",
            "credit": "Kopbal / illustratie",
        },
        "body": [
            (
                "paragraph",
                "Norrgård kwam twee jaar geleden voor een bescheiden bedrag uit Scandinavië en "
                "ontpopte zich dit seizoen tot de vaste waarde in de spits. De 24-jarige Zweed "
                "scoorde al 21 keer in alle competities, waarvan enkele belangrijke doelpunten in "
                "de Champions League.",
            ),
            (
                "paragraph",
                "Dat soort cijfers valt op. Volgens Sporza zaten de voorbije weken scouts van "
                "verschillende Duitse clubs in Brugge, en is er al informeel contact geweest met "
                "de entourage van de speler. Zijn laatste doelpunt, een omhaal in de Brugse derby,"
                " ging zelfs de wereld rond op sociale media.",
            ),
            (
                "quote",
                {
                    "text": "We weten dat Emil interesse wekt, dat is normaal als je zo presteert. "
                    "Maar we zijn niet verplicht om te verkopen, en wie hem wil, zal diep "
                    "in de buidel moeten tasten.",
                    "speaker": "Hendrik Callewaert",
                    "source": "Sporza",
                },
            ),
            ("subheading", "Vraagprijs boven dertig miljoen"),
            (
                "paragraph",
                "Over bedragen doet de club geen uitspraken, maar in de wandelgangen circuleert "
                "een vraagprijs van meer dan dertig miljoen euro. Norrgård ligt nog vast tot 2028,"
                " wat Club een comfortabele onderhandelingspositie geeft. Club wil bovendien pas "
                "verkopen als er een geschikte vervanger klaarstaat.",
            ),
            (
                "paragraph",
                "Trainer Nicolas Declercq maakt zich voorlopig weinig zorgen. Hij ziet dat zijn "
                "spits met de geruchten omgaat zoals hij voor doel staat: rustig.",
            ),
            (
                "quote",
                {
                    "text": "Emil is heel nuchter. Hij leest het allemaal wel, maar op het veld "
                    "merk ik er niets van. Hij wil met Club nog iets winnen.",
                    "speaker": "Nicolas Declercq",
                    "source": "",
                },
            ),
            (
                "paragraph",
                "Een beslissing valt ten vroegste na het seizoen. Tot dan wil Club met zijn "
                "topschutter zowel de titel als een mooi Europees parcours nastreven. Norrgård "
                "zelf weigerde na de laatste training elke commentaar over zijn toekomst.",
            ),
        ],
        "poll": {
            "question": "Speelt Norrgård volgend seizoen nog bij Club Brugge?",
            "options": ["Ja", "Nee"],
        },
        "poll_article": False,
    },
    {
        "key": "a-club-brugge-cercle-derby",
        "headline": "Brugse derby eindigt onbeslist: Cercle pakt knap punt tegen Club",
        "intro": (
            "De Brugse derby is op 2-2 geëindigd. Club Brugge leek na een doelpunt van Emil "
            "Norrgård op weg naar de zege, maar Cercle gaf nooit op en sleepte in de "
            "slotminuten nog een verdiend punt uit de brand."
        ),
        "authors": ["Sofie Claes", "Jonas Verbeke"],
        "hours_ago": 128,
        "clubs": ["club-brugge", "cercle-brugge"],
        "competitions": ["jupiler-pro-league"],
        "persons": [
            {"name": "Emil Norrgård", "role": "player", "club": "club-brugge"},
            {"name": "Nicolas Declercq", "role": "coach", "club": "club-brugge"},
            {"name": "Caio Brandão", "role": "player", "club": "cercle-brugge"},
            {"name": "Pieter-Jan Vandamme", "role": "coach", "club": "cercle-brugge"},
            {"name": "Tom Verlinden", "role": "referee", "club": None},
        ],
        "source_medium": "",
        "rumour": False,
        "image": {
            "caption": "Supporters van Club en Cercle in het Jan Breydelstadion",
            "credit": "Kopbal",
        },
        "body": [
            (
                "paragraph",
                "Op papier was Club de grote favoriet, maar in een derby tellen de "
                "krachtsverhoudingen zelden. Cercle begon zonder complexen en kwam na twintig "
                "minuten verrassend op voorsprong via Caio Brandão, die koelbloedig afrondde na "
                "een slordige terugspeelbal. Het stadion was voor de gelegenheid uitverkocht, met "
                "aan beide kanten een indrukwekkende sfeeractie.",
            ),
            (
                "paragraph",
                "Blauw-Zwart had tijd nodig om te reageren en kwam pas na een halfuur echt onder "
                "de druk uit. Vlak voor de rust legde Emil Norrgård de bal voor een open doel de "
                "gelijkmaker binnen, en na de pauze zette hij zijn ploeg met een schitterende "
                "omhaal zelfs op 2-1. Norrgård was zo opnieuw de man van de belangrijke momenten.",
            ),
            ("subheading", "Strafschop in de slotminuten"),
            (
                "paragraph",
                "Toen iedereen al op een Brugse thuiszege rekende, wees scheidsrechter Tom "
                "Verlinden na tussenkomst van de VAR naar de stip. Een hands in de zestien was de "
                "aanleiding: een verdediger van Club stak bij een kopduel zijn arm net iets te ver "
                "uit. Brandão liet zich de kans niet ontglippen: 2-2. De Club-spelers "
                "protesteerden heftig, maar de beelden lieten weinig twijfel.",
            ),
            (
                "quote",
                {
                    "text": "We hebben het onszelf moeilijk gemaakt. Als je 2-1 voorstaat, moet je "
                    "die wedstrijd volwassen uitspelen. Dat hebben we niet gedaan.",
                    "speaker": "Nicolas Declercq",
                    "source": "",
                },
            ),
            (
                "quote",
                {
                    "text": "Ik ben fier op deze groep. Niemand gaf ons hier een kans, maar de "
                    "jongens hebben gevochten voor elke meter. Dit punt geeft vertrouwen.",
                    "speaker": "Pieter-Jan Vandamme",
                    "source": "",
                },
            ),
            ("lees_ook", "a-cercle-vandamme-alarmbel"),
            (
                "paragraph",
                "Voor Club is het puntenverlies een streep door de rekening in de titelstrijd. "
                "Groen-Zwart kan het punt dan weer goed gebruiken in de strijd om de Relegation "
                "Play-Offs te ontlopen. Na afloop bleef het nog lang onrustig rond het stadion, "
                "maar de politie meldde geen noemenswaardige incidenten.",
            ),
        ],
        "poll": {
            "question": "Verdiende Cercle dat punt in de derby?",
            "options": ["Ja", "Nee"],
        },
        "poll_article": False,
    },
    # ------------------------------------------------------------ Cercle Brugge
    {
        "key": "a-cercle-brandao-hattrick",
        "headline": "Brandão schiet Cercle met hattrick voorbij KV Mechelen",
        "intro": (
            "Cercle Brugge heeft een belangrijke thuiszege geboekt tegen KV Mechelen. Caio "
            "Brandão was met drie doelpunten de grote man bij Groen-Zwart, dat zo weer hoop "
            "krijgt in de strijd om de Relegation Play-Offs te ontlopen."
        ),
        "authors": ["Jonas Verbeke"],
        "hours_ago": 27,
        "clubs": ["cercle-brugge", "mechelen"],
        "competitions": ["jupiler-pro-league"],
        "persons": [
            {"name": "Caio Brandão", "role": "player", "club": "cercle-brugge"},
            {"name": "Pieter-Jan Vandamme", "role": "coach", "club": "cercle-brugge"},
            {"name": "Wim Dierickx", "role": "coach", "club": "mechelen"},
            {"name": "Kobe Verstraeten", "role": "player", "club": "mechelen"},
        ],
        "source_medium": "",
        "rumour": False,
        "image": {
            "caption": "Illustratiebeeld: een Cercle-aanvaller juicht na een doelpunt",
            "credit": "Kopbal / illustratie",
        },
        "body": [
            (
                "paragraph",
                "Caio Brandão had er na de wedstrijd zelf moeite mee om zijn avond samen te "
                "vatten. De Braziliaanse spits scoorde twee keer met het hoofd en een keer met een"
                " droge knal in de korte hoek. Cercle won met 3-1. Vooral zijn tweede doelpunt, "
                "een kopbal na een hoekschop, was een schoolvoorbeeld van timing.",
            ),
            (
                "paragraph",
                "KV Mechelen begon nochtans sterk en kwam na een kwartier op voorsprong via "
                "aanvoerder Kobe Verstraeten. Maar daarna zakten de Kakkers weg, en Cercle rook "
                "bloed. Nog voor de rust stond het 2-1. Vandamme had zijn ploeg na de vroege "
                "achterstand vanaf de zijlijn fel aangemoedigd om hoger druk te zetten.",
            ),
            (
                "quote",
                {
                    "text": "Drie goals in één match, dat was me hier nog niet gelukt. Maar het "
                    "belangrijkste zijn de drie punten. Daar hebben we er nog veel van "
                    "nodig.",
                    "speaker": "Caio Brandão",
                    "source": "",
                },
            ),
            ("subheading", "Vandamme ziet ommekeer"),
            (
                "paragraph",
                "Na het gelijkspel in de derby van vorige week is dit de tweede wedstrijd op rij "
                "zonder nederlaag voor Groen-Zwart. Trainer Pieter-Jan Vandamme zag een ploeg die "
                "eindelijk gelooft in zijn eigen kunnen. In de stand schuift Cercle op naar de "
                "dertiende plaats, op twee punten van de twaalfde.",
            ),
            (
                "quote",
                {
                    "text": "De spelers durven weer voetballen. Dat was een tijd geleden. We "
                    "blijven met beide voeten op de grond, maar dit geeft een enorme boost.",
                    "speaker": "Pieter-Jan Vandamme",
                    "source": "",
                },
            ),
            ("lees_ook", "a-mechelen-dierickx-play-off"),
            (
                "paragraph",
                "Bij Mechelen was de ontgoocheling groot. Trainer Wim Dierickx sprak van <i>een "
                "avond om snel te vergeten</i> en zag zijn ploeg een kans laten liggen om de "
                "plaats in de top zes te verstevigen. Met nog vijf speeldagen te gaan moeten de "
                "Kakkers het nu in eigen huis rechtzetten.",
            ),
        ],
        "poll": {
            "question": "Ontsnapt Cercle nog aan de Relegation Play-Offs?",
            "options": ["Ja", "Nee"],
        },
        "poll_article": False,
    },
    {
        "key": "a-cercle-vandamme-alarmbel",
        "headline": 'Vandamme trekt aan de alarmbel: "We moeten stoppen met klagen"',
        "intro": (
            "Cercle Brugge staat na een nieuwe nederlaag op de veertiende plaats. Trainer "
            "Pieter-Jan Vandamme weigert zich achter pech of scheidsrechters te verschuilen en "
            "eist van zijn spelers meer vechtlust in de slotfase van de competitie."
        ),
        "authors": ["Lotte Wouters"],
        "hours_ago": 225,
        "clubs": ["cercle-brugge"],
        "competitions": ["jupiler-pro-league", "croky-cup"],
        "persons": [
            {"name": "Pieter-Jan Vandamme", "role": "coach", "club": "cercle-brugge"},
            {"name": "Caio Brandão", "role": "player", "club": "cercle-brugge"},
            {"name": "Robbe Vanneste", "role": "player", "club": "cercle-brugge"},
        ],
        "source_medium": "",
        "rumour": False,
        "image": {
            "caption": "Illustratiebeeld: training bij Cercle Brugge",
            "credit": "Kopbal / illustratie",
        },
        "body": [
            (
                "paragraph",
                "Het was een opvallend scherpe Vandamme die zich op de persconferentie liet zien. "
                "Na de 0-1-nederlaag van het weekend staat Cercle veertiende, en als de competitie"
                " vandaag zou eindigen, zou De Vereniging in de Relegation Play-Offs belanden. Het"
                " was de derde nederlaag in de laatste vier wedstrijden. In zijn analyse liet de "
                "trainer ook zijn eigen rol niet buiten schot.",
            ),
            (
                "quote",
                {
                    "text": "Ik hoor te veel excuses. Een fluitsignaal hier, een ongelukkige "
                    "afprallende bal daar. We moeten stoppen met klagen en beginnen met "
                    "winnen. Zo simpel is het.",
                    "speaker": "Pieter-Jan Vandamme",
                    "source": "",
                },
            ),
            ("subheading", "Wat staat er op het spel?"),
            (
                "paragraph",
                "De clubs op de plaatsen 13 tot en met 16 spelen na de reguliere competitie de "
                "Relegation Play-Offs. Daar worden de punten niet gehalveerd. Alleen de laatste "
                "loopt echt gevaar: die moet in een barrage tegen een club uit de Challenger Pro "
                "League zijn plaats verdedigen.",
            ),
            (
                "paragraph",
                "Cercle wil het zover niet laten komen. De kloof met de twaalfde plaats, die recht"
                " geeft op de Europe Play-Offs, bedraagt vier punten. Met nog zeven speeldagen te "
                "gaan is die achterstand overbrugbaar. Het programma biedt kansen, want Cercle "
                "speelt nog tegen enkele rechtstreekse concurrenten.",
            ),
            ("subheading", "Lichtpunt in de beker"),
            (
                "paragraph",
                "Het enige echte lichtpunt van de voorbije weken is de Croky Cup, waarin Cercle de"
                " halve finales bereikte. Doelman Robbe Vanneste en spits Caio Brandão waren daar "
                "de uitblinkers. Vandamme wil dat elan nu ook naar de competitie vertalen. In de "
                "halve finale wacht een nieuw duel over twee wedstrijden.",
            ),
            (
                "quote",
                {
                    "text": "In de beker zag ik een ploeg die elkaar niet losliet. Dat is de Cercle"
                    " die ik elke week wil zien.",
                    "speaker": "Pieter-Jan Vandamme",
                    "source": "",
                },
            ),
        ],
        "poll": {
            "question": "Haalt Cercle nog de top twaalf?",
            "options": ["Ja", "Nee"],
        },
        "poll_article": False,
    },
    {
        "key": "a-cercle-croky-cup-westerlo",
        "headline": "Croky Cup: Vanneste held van Cercle in penaltyreeks te Westerlo",
        "intro": (
            "Cercle Brugge staat in de halve finales van de Croky Cup. Na 120 minuten stond het"
            " in Westerlo 1-1, waarna doelman Robbe Vanneste in de strafschoppenreeks twee keer"
            " de held werd voor Groen-Zwart."
        ),
        "authors": ["Nadia El Amrani"],
        "hours_ago": 310,
        "clubs": ["cercle-brugge", "westerlo"],
        "competitions": ["croky-cup"],
        "persons": [
            {"name": "Robbe Vanneste", "role": "player", "club": "cercle-brugge"},
            {"name": "Caio Brandão", "role": "player", "club": "cercle-brugge"},
            {"name": "Pieter-Jan Vandamme", "role": "coach", "club": "cercle-brugge"},
        ],
        "source_medium": "",
        "rumour": False,
        "image": {
            "caption": "Illustratiebeeld: een strafschoppenreeks in de Croky Cup",
            "credit": "Kopbal / illustratie",
        },
        "body": [
            (
                "paragraph",
                "Veel voetbalschoonheid kreeg het publiek in de Kempen niet te zien. Beide ploegen"
                " speelden voorzichtig, met de halve finale als lokkertje. Westerlo bracht een "
                "sterk elftal, terwijl Cercle enkele vermoeide basisspelers rust gunde. De "
                "thuisploeg opende na het uur de score, maar Caio Brandão zorgde tien minuten "
                "later voor de gelijkmaker.",
            ),
            (
                "paragraph",
                "In de verlengingen gebeurde weinig meer. De Kemphanen kregen nog een grote kans "
                "op een kopbal, maar Robbe Vanneste tikte de bal knap over de lat. Het was een "
                "voorbode van wat nog zou volgen. De Brugse verdediging stond in die fase stevig "
                "overeind. Aan de overkant kreeg ook Brandão nog een grote mogelijkheid, maar zijn"
                " schot ging rakelings naast.",
            ),
            ("subheading", "Twee gestopte penalty's"),
            (
                "paragraph",
                "In de strafschoppenreeks las Vanneste de tweede en de vierde Westerlose schutter "
                "perfect. Cercle trapte zelf vier keer raak en won de reeks met 4-3. Caio Brandão "
                "zette de vijfde en beslissende strafschop om. De meegereisde supporters "
                "bestormden na afloop bijna het veld, en Vanneste werd door zijn ploegmaats op de "
                "schouders rond het veld gedragen.",
            ),
            (
                "quote",
                {
                    "text": "Ik had me goed voorbereid met onze keeperstrainer, maar op zo'n moment"
                    " volg je ook gewoon je gevoel. Vanavond zat het juist.",
                    "speaker": "Robbe Vanneste",
                    "source": "",
                },
            ),
            (
                "quote",
                {
                    "text": "In de competitie lopen we achter de feiten aan, maar in deze beker "
                    "tonen we wat we kunnen. Dit moet ons de energie geven voor de komende "
                    "weken.",
                    "speaker": "Pieter-Jan Vandamme",
                    "source": "",
                },
            ),
            (
                "paragraph",
                "De loting voor de halve finales bepaalt binnenkort de tegenstander van Cercle. De"
                " halve finales worden over twee wedstrijden gespeeld. In Brugge droomt men "
                "intussen al luidop van een finale, en voor de clubkas is de bekerrun een "
                "welgekomen meevaller.",
            ),
        ],
        "poll": {
            "question": "Wint Cercle Brugge dit seizoen de Croky Cup?",
            "options": ["Ja", "Nee", "Het haalt wel de finale"],
        },
        "poll_article": False,
    },
    # ------------------------------------------------------------ Genk
    {
        "key": "a-genk-vanhoudt-serie-a",
        "headline": "Italiaanse interesse voor Vanhoudt: Genk houdt been stijf",
        "intro": (
            "Elias Vanhoudt is volgens Het Nieuwsblad in beeld bij twee clubs uit de Serie A. "
            "De spits van KRC Genk maakte dit seizoen al zestien competitiedoelpunten, maar in "
            "Limburg willen ze hem minstens tot de zomer houden."
        ),
        "authors": ["Nadia El Amrani"],
        "hours_ago": 4.5,
        "clubs": ["genk"],
        "competitions": ["jupiler-pro-league"],
        "persons": [
            {"name": "Elias Vanhoudt", "role": "player", "club": "genk"},
            {"name": "Luc Vermandel", "role": "agent", "club": None},
            {"name": "Geert Bosmans", "role": "director", "club": "genk"},
            {"name": "Raf Lemmens", "role": "coach", "club": "genk"},
        ],
        "source_medium": "Het Nieuwsblad",
        "rumour": True,
        "image": {
            "caption": "Supporters van Genk in de Cegeka Arena",
            "credit": "Kopbal",
        },
        "body": [
            (
                "paragraph",
                "Vanhoudt beleeft het beste seizoen uit zijn carrière. De 24-jarige Limburger is "
                "sterk in de zestien, werkt hard zonder bal en kopte de voorbije weken enkele "
                "belangrijke doelpunten binnen. Zijn twee goals tegen Standard zijn nog vers in "
                "het geheugen. Vorig seizoen bleef hij nog steken op negen treffers.",
            ),
            (
                "paragraph",
                "Volgens Het Nieuwsblad hebben scouts van twee Italiaanse clubs hem de voorbije "
                "maand meermaals aan het werk gezien. Het zou gaan om een club uit de subtop en "
                "een club die dit seizoen Europees voetbal speelt. Concrete bedragen worden niet "
                "genoemd. Zijn zaakwaarnemer, Luc Vermandel, houdt de boot voorlopig af.",
            ),
            (
                "quote",
                {
                    "text": "Elias wil met Genk eerst iets neerzetten in de play-offs. Wat er in de"
                    " zomer gebeurt, bespreken we dan wel. Er is nog niets concreets.",
                    "speaker": "Luc Vermandel",
                    "source": "Het Nieuwsblad",
                },
            ),
            ("lees_ook", "a-genk-standard-verslag"),
            ("subheading", "Genk wil geen sterkhouder kwijt"),
            (
                "paragraph",
                "Bij Racing Genk klinkt dezelfde boodschap. Sportief directeur Geert Bosmans maakt"
                " duidelijk dat de club in deze fase van het seizoen niemand laat gaan. Ook een "
                "hoog bod zou daar nu niets aan veranderen.",
            ),
            (
                "quote",
                {
                    "text": "We bouwen aan een ploeg die prijzen wil pakken. Elias is daarin een "
                    "sleutelfiguur. Over een transfer praten we op dit moment met niemand.",
                    "speaker": "Geert Bosmans",
                    "source": "",
                },
            ),
            (
                "paragraph",
                "Vanhoudt ligt nog twee seizoenen vast bij de Limburgers. Trainer Raf Lemmens ziet"
                " zijn spits de druk goed verwerken en rekent op hem in de slotfase van de "
                "reguliere competitie, waarin Genk zijn plaats in de top drie wil consolideren. "
                "Die plaats is cruciaal: de top drie geeft recht op een Europees ticket, terwijl "
                "de vierde nog een extra duel moet spelen tegen de winnaar van de Europe "
                "Play-Offs.",
            ),
        ],
        "poll": {
            "question": "Moet Genk Vanhoudt deze zomer laten vertrekken?",
            "options": ["Ja", "Nee"],
        },
        "poll_article": False,
    },
    {
        "key": "a-genk-standard-verslag",
        "headline": "Vanhoudt loodst Genk met twee goals voorbij Standard",
        "intro": (
            "KRC Genk heeft Standard met 3-1 verslagen in de Cegeka Arena. Spits Elias Vanhoudt"
            " was twee keer trefzeker en bezorgde de Limburgers drie punten die zwaar wegen in "
            "de strijd om de top drie."
        ),
        "authors": ["Bram De Smet"],
        "hours_ago": 44,
        "clubs": ["genk", "standard"],
        "competitions": ["jupiler-pro-league"],
        "persons": [
            {"name": "Elias Vanhoudt", "role": "player", "club": "genk"},
            {"name": "Raf Lemmens", "role": "coach", "club": "genk"},
            {"name": "Landry Mpemba", "role": "player", "club": "standard"},
            {"name": "Julien Lambotte", "role": "coach", "club": "standard"},
        ],
        "source_medium": "",
        "rumour": False,
        "image": {
            "caption": "Illustratiebeeld: spelers van Genk en Standard in duel",
            "credit": "Kopbal / illustratie",
        },
        "body": [
            (
                "paragraph",
                "Genk nam van bij de aftrap het initiatief. De thuisploeg combineerde vlot en na "
                "negen minuten was het al prijs: Vanhoudt werkte een voorzet van de linkerflank "
                "met een glijdende beweging binnen. De Cegeka Arena zat voor de gelegenheid goed "
                "vol. De bezoekers kwamen er voor de rust nauwelijks aan te pas.",
            ),
            (
                "paragraph",
                "Na de rust kwam Standard beter in de wedstrijd en ging het hoger druk zetten. "
                "Landry Mpemba, die pas terug is na een lange blessure, zette de Rouches met een "
                "afgeweken schot op gelijke hoogte. Het was zijn eerste doelpunt sinds zijn "
                "terugkeer.",
            ),
            ("subheading", "Vanhoudt doet het opnieuw"),
            (
                "paragraph",
                "Lang kon Standard niet genieten. Vanhoudt kopte een hoekschop binnen en bracht de"
                " Cegeka Arena opnieuw aan het zingen. In de blessuretijd maakte een invaller er "
                "op de counter nog 3-1 van. Voor Vanhoudt was het zijn zestiende "
                "competitiedoelpunt van het seizoen.",
            ),
            (
                "quote",
                {
                    "text": "Ik moet vooral mijn ploegmaats bedanken. Ik sta op de juiste plek, "
                    "maar de ballen die ik krijg, zijn perfect. Zo is scoren makkelijk.",
                    "speaker": "Elias Vanhoudt",
                    "source": "",
                },
            ),
            (
                "quote",
                {
                    "text": "Na de gelijkmaker zag ik een ploeg die niet in paniek sloeg. Dat is "
                    "misschien nog belangrijker dan de goals.",
                    "speaker": "Raf Lemmens",
                    "source": "",
                },
            ),
            ("subheading", "Lambotte zoekt antwoorden"),
            (
                "paragraph",
                "Bij Standard heerste na afloop vooral frustratie. Trainer Julien Lambotte zag "
                "zijn ploeg opnieuw punten laten liggen en erkende dat de situatie ernstig wordt. "
                "Met deze nederlaag dreigen de Rouches de aansluiting met de top zes te verliezen."
                " De meegereisde supporters lieten hun ongenoegen na afloop luid blijken.",
            ),
            (
                "quote",
                {
                    "text": "We geven te makkelijk doelpunten weg. Zo kun je op dit niveau niet "
                    "overleven. Ik neem dat op mij.",
                    "speaker": "Julien Lambotte",
                    "source": "",
                },
            ),
        ],
        "poll": {
            "question": "Eindigt Genk de reguliere competitie in de top drie?",
            "options": ["Ja", "Nee"],
        },
        "poll_article": False,
    },
    {
        "key": "a-poll-topschutter",
        "headline": "POLL: Wie wordt topschutter van de Jupiler Pro League?",
        "intro": (
            "De race om de topschutterstitel belooft spannend te worden. Elias Vanhoudt van "
            "Genk leidt, maar Emil Norrgård, Caio Brandão en Milan Roelandts zitten hem op de "
            "hielen. Wie heeft volgens jou het laatste woord?"
        ),
        "authors": ["Jonas Verbeke"],
        "hours_ago": 2.4,
        "clubs": ["genk", "club-brugge", "cercle-brugge"],
        "competitions": ["jupiler-pro-league"],
        "persons": [
            {"name": "Elias Vanhoudt", "role": "player", "club": "genk"},
            {"name": "Emil Norrgård", "role": "player", "club": "club-brugge"},
            {"name": "Caio Brandão", "role": "player", "club": "cercle-brugge"},
            {"name": "Milan Roelandts", "role": "player", "club": "gent"},
        ],
        "source_medium": "",
        "rumour": False,
        "image": {
            "caption": "Illustratiebeeld: een bal rolt over de doellijn",
            "credit": "Kopbal / illustratie",
        },
        "body": [
            (
                "paragraph",
                "Met zestien doelpunten staat Elias Vanhoudt bovenaan. Emil Norrgård volgt met "
                "vijftien, Caio Brandão klom met zijn hattrick tegen Mechelen naar dertien en "
                "Milan Roelandts van Gent telt er twaalf.",
            ),
            (
                "paragraph",
                "Let wel: alleen de doelpunten in de reguliere competitie en de play-offs tellen "
                "mee. Wie blijft het langst in vorm? Stem hieronder en laat in de reacties weten "
                "waarom.",
            ),
        ],
        "poll": {
            "question": "Wie wordt topschutter van de Jupiler Pro League?",
            "options": [
                "Elias Vanhoudt (Genk)",
                "Emil Norrgård (Club Brugge)",
                "Caio Brandão (Cercle Brugge)",
                "Milan Roelandts (Gent)",
                "Iemand anders",
            ],
        },
        "poll_article": True,
    },
    # ------------------------------------------------------------ Gent
    {
        "key": "a-gent-dago-koffi-blessure",
        "headline": "Slecht nieuws voor Gent: Dago-Koffi zes weken out",
        "intro": (
            "KAA Gent moet het een hele tijd zonder Samuel Dago-Koffi doen. De middenvelder "
            "liep op de Bosuil een scheurtje in de hamstring op en mist zowat de rest van de "
            "reguliere competitie en de terugmatch in de beker."
        ),
        "authors": ["Lotte Wouters"],
        "hours_ago": 7.2,
        "clubs": ["gent"],
        "competitions": ["jupiler-pro-league", "croky-cup"],
        "persons": [
            {"name": "Samuel Dago-Koffi", "role": "player", "club": "gent"},
            {"name": "Geert Van Hulle", "role": "coach", "club": "gent"},
        ],
        "source_medium": "",
        "rumour": False,
        "image": {
            "caption": "Illustratiebeeld: een geblesseerde speler wordt verzorgd langs de zijlijn",
            "credit": "Kopbal / illustratie",
        },
        "body": [
            (
                "paragraph",
                "De vrees was groot toen Dago-Koffi in het weekend op de Bosuil naar zijn dij "
                "greep, en de medische onderzoeken bevestigen nu het ergste scenario. De Ivoriaan "
                "heeft een scheurtje in de hamstring en is ongeveer zes weken buiten strijd. Dat "
                "bleek na een echografie en een bijkomende scan.",
            ),
            (
                "paragraph",
                "Voor de Buffalo's komt de blessure op een slecht moment. Dago-Koffi was dit "
                "seizoen de motor van het middenveld: hij recupereert veel ballen en schakelt snel"
                " om naar de aanval. Bovendien was hij een van de weinige spelers die dit seizoen "
                "nog geen enkele competitiewedstrijd had gemist.",
            ),
            (
                "quote",
                {
                    "text": "Samuel is voor ons onvervangbaar in zijn profiel. We hebben niemand "
                    "die exact hetzelfde doet. We zullen het dus als collectief moeten "
                    "opvangen.",
                    "speaker": "Geert Van Hulle",
                    "source": "",
                },
            ),
            ("lees_ook", "a-gent-anderlecht-beker"),
            ("subheading", "Puzzelwerk voor Van Hulle"),
            (
                "paragraph",
                "Trainer Geert Van Hulle moet nu op zoek naar een nieuw evenwicht. Een optie is om"
                " een verdediger een linie hoger te laten spelen, maar ook een jonge speler uit de"
                " eigen opleiding maakt kans om zich te tonen. Van Hulle wil pas na de training "
                "van donderdag knopen doorhakken.",
            ),
            (
                "paragraph",
                "De timing is extra pijnlijk omdat Gent in de beker een kleine voorsprong "
                "verdedigt tegen Anderlecht. Zonder Dago-Koffi verliezen de Gentenaars een van hun"
                " belangrijkste pionnen voor die terugwedstrijd in Brussel. Van Hulle hoopt dat de"
                " rest van de kern nu een tandje bijsteekt.",
            ),
            (
                "paragraph",
                "De middenvelder zelf liet via sociale media weten dat hij <i>sterker terug zal "
                "komen</i>. Hij begint deze week al aan zijn revalidatie in het trainingscentrum "
                "van de club. De club hoopt hem terug te hebben voor de start van de play-offs.",
            ),
        ],
        "poll": {
            "question": "Haalt Gent zonder Dago-Koffi nog de top vier?",
            "options": ["Ja", "Nee"],
        },
        "poll_article": False,
    },
    {
        "key": "a-gent-anderlecht-beker",
        "headline": "Croky Cup: Gent neemt kleine voorsprong mee naar Brussel",
        "intro": (
            "KAA Gent heeft de heenmatch van de halve finale in de Croky Cup tegen Anderlecht "
            "met 1-0 gewonnen. Milan Roelandts benutte na rust een strafschop. Over twee weken "
            "volgt de beslissing in het Lotto Park."
        ),
        "authors": ["Pieter Van Acker", "Nadia El Amrani"],
        "hours_ago": 64,
        "clubs": ["gent", "anderlecht"],
        "competitions": ["croky-cup"],
        "persons": [
            {"name": "Milan Roelandts", "role": "player", "club": "gent"},
            {"name": "Geert Van Hulle", "role": "coach", "club": "gent"},
            {"name": "Mathis Delvaux", "role": "player", "club": "anderlecht"},
            {"name": "Koen Verhaegen", "role": "coach", "club": "anderlecht"},
        ],
        "source_medium": "",
        "rumour": False,
        "image": {
            "caption": "Supporters van KAA Gent zwaaien met vlaggen tijdens een bekermatch",
            "credit": "Kopbal",
        },
        "body": [
            (
                "paragraph",
                "Het werd een gesloten halve finale, zoals vaak in een heenwedstrijd. Anderlecht "
                "had het meeste balbezit, maar Gent stond compact en dreigde op de counter. "
                "Doelkansen waren er voor de rust nauwelijks. Het stadion was goed gevuld, met ook"
                " een volle bezoekerssector.",
            ),
            (
                "paragraph",
                "Het kantelpunt kwam kort na de pauze. Mathis Delvaux kwam in de zestien te laat "
                "in de tackle en de scheidsrechter aarzelde niet. Delvaux protesteerde nog even, "
                "maar de herhalingen gaven de scheidsrechter gelijk. Milan Roelandts zette zich "
                "achter de bal en schoot hard en hoog binnen. Het was al zijn derde strafschop van"
                " het seizoen, telkens zonder te missen.",
            ),
            ("subheading", "Anderlecht zonder scherpte"),
            (
                "paragraph",
                "Paars-Wit zocht daarna de gelijkmaker, maar miste de scherpte in de laatste "
                "meters. De beste kans was voor een invaller, die in de slotminuut voorlangs "
                "kopte. Verhaegen gooide in het laatste kwartier nog twee extra aanvallers in de "
                "strijd, maar de Gentse defensie bleef overeind.",
            ),
            (
                "quote",
                {
                    "text": "Een halve finale is nooit gespeeld na de heenmatch. We zijn tevreden "
                    "met de zege, maar in Brussel wordt het een ander verhaal.",
                    "speaker": "Geert Van Hulle",
                    "source": "",
                },
            ),
            (
                "quote",
                {
                    "text": "Eén doelpunt is niets. We hebben twee weken om ons voor te bereiden, "
                    "en thuis moeten we het verschil maken. Ik geloof daar rotsvast in.",
                    "speaker": "Koen Verhaegen",
                    "source": "",
                },
            ),
            (
                "paragraph",
                "De winnaar van dit duel treft in de finale Cercle Brugge of diens tegenstander in"
                " de andere halve finale. Voor beide clubs is de beker dit seizoen een belangrijk "
                "doel, omdat de bekerwinnaar ook een Europees ticket verdient. Voor Anderlecht, "
                "dat in de competitie worstelt, zou de beker een welgekomen redmiddel zijn om het "
                "seizoen nog te kleuren.",
            ),
        ],
        "poll": {
            "question": "Bereikt Gent de finale van de Croky Cup?",
            "options": ["Ja", "Nee"],
        },
        "poll_article": False,
    },
    {
        "key": "a-gent-dethier-transfer",
        "headline": "Gent aast op Dethier: Standard-verdediger twijfelt over nieuw contract",
        "intro": (
            "KAA Gent wil deze zomer Maxime Dethier naar de Arteveldestad halen. Volgens "
            "Sudpresse laat de linksachter van Standard zijn aflopende contract liever niet "
            "verlengen, wat de Buffalo's een interessante kans biedt."
        ),
        "authors": ["Sofie Claes"],
        "hours_ago": 194,
        "clubs": ["gent", "standard"],
        "competitions": ["jupiler-pro-league"],
        "persons": [
            {"name": "Maxime Dethier", "role": "player", "club": "standard"},
            {"name": "Frédéric Hanquet", "role": "director", "club": "standard"},
            {"name": "Geert Van Hulle", "role": "coach", "club": "gent"},
        ],
        "source_medium": "Sudpresse",
        "rumour": True,
        "image": {
            "caption": "Illustratiebeeld: een linksachter van Standard aan de bal",
            "credit": "Kopbal / illustratie",
        },
        "body": [
            (
                "paragraph",
                "Dethier is 27 en speelt al zijn hele carrière bij Standard. De linksachter staat "
                "bekend om zijn loopvermogen en zijn voorzetten. Zijn contract in Luik loopt in "
                "juni af, en een verlenging laat op zich wachten. Dit seizoen was hij al goed voor"
                " vijf assists, het hoogste aantal van alle verdedigers bij de Rouches. Hij "
                "debuteerde als negentienjarige in het eerste elftal.",
            ),
            (
                "paragraph",
                "Volgens Sudpresse heeft Gent al verkennende gesprekken gevoerd met de entourage "
                "van de speler. Dethier zelf reageerde voorzichtig op de geruchten. Ook een club "
                "uit de Ligue 1 zou de situatie volgen, maar Gent is voorlopig het meest concreet.",
            ),
            (
                "quote",
                {
                    "text": "Standard is mijn club, dat weet iedereen. Maar ik ben 27 en ik wil een"
                    " project waarin ik elk jaar voor de prijzen kan spelen. Daar denk ik "
                    "nu rustig over na.",
                    "speaker": "Maxime Dethier",
                    "source": "Sudpresse",
                },
            ),
            ("subheading", "Standard wil nog overtuigen"),
            (
                "paragraph",
                "Bij Standard willen ze hun vaste linksachter niet zomaar transfervrij zien "
                "vertrekken. Sportief directeur Frédéric Hanquet zou een verbeterd voorstel "
                "klaarhebben, maar de sportieve onzekerheid rond de club speelt mee. De kans is "
                "reëel dat Standard volgend seizoen geen Europees voetbal speelt, en dat maakt de "
                "zaak er niet eenvoudiger op.",
            ),
            (
                "paragraph",
                "Gent zoekt al langer een linksachter met ervaring. Trainer Geert Van Hulle wil "
                "volgend seizoen met een aanvallend ingestelde back spelen, en Dethier past in dat"
                " profiel. Een transfervrije speler is bovendien financieel aantrekkelijk. "
                "Daarnaast zou Dethier er meteen kans maken op een basisplaats.",
            ),
            (
                "paragraph",
                "Officieel bevestigt geen van beide clubs de interesse. Het dossier wordt de "
                "komende weken verder opgevolgd. Een beslissing van Dethier wordt pas na het einde"
                " van de competitie verwacht.",
            ),
        ],
        "poll": {
            "question": "Moet Maxime Dethier zijn contract bij Standard verlengen?",
            "options": ["Ja", "Nee"],
        },
        "poll_article": False,
    },
    # ------------------------------------------------------------ KV Mechelen
    {
        "key": "a-mechelen-verstraeten-300",
        "headline": "Malinwa maakt zich op voor feest: 300ste match voor Verstraeten",
        "intro": (
            "Kobe Verstraeten speelt zaterdag zijn 300ste officiële wedstrijd voor KV Mechelen."
            " De supporters plannen een grote sfeeractie voor hun aanvoerder, en het stadion "
            "Achter de Kazerne is al zo goed als uitverkocht."
        ),
        "authors": ["Bram De Smet"],
        "hours_ago": 0.3,
        "clubs": ["mechelen"],
        "competitions": ["jupiler-pro-league"],
        "persons": [
            {"name": "Kobe Verstraeten", "role": "player", "club": "mechelen"},
            {"name": "Wim Dierickx", "role": "coach", "club": "mechelen"},
        ],
        "source_medium": "",
        "rumour": False,
        "image": {
            "caption": "Supporters van KV Mechelen met sjaals in de lucht",
            "credit": "Kopbal",
        },
        "body": [
            (
                "paragraph",
                "Driehonderd wedstrijden in hetzelfde shirt: in het moderne voetbal is het een "
                "zeldzaamheid geworden. Kobe Verstraeten debuteerde als achttienjarige bij de "
                "Kakkers en bleef de club sindsdien trouw, ook toen er aanbiedingen uit het "
                "buitenland kwamen. Hij speelde onder vijf verschillende trainers en draagt al "
                "drie seizoenen de aanvoerdersband.",
            ),
            (
                "paragraph",
                "De supporters willen dat niet ongemerkt voorbij laten gaan. Verschillende "
                "fanclubs werken al weken aan een grote tifo. Details over de actie houden ze "
                "geheim, maar ze beloven <b>een beeld dat niemand snel zal vergeten</b>. De "
                "fanclubs zamelden daarvoor zelf geld in. Ook het clublied zal voor de aftrap "
                "extra luid weerklinken, belooft de supportersfederatie.",
            ),
            (
                "quote",
                {
                    "text": "Ik heb het gehoord, en eerlijk: ik krijg er nu al kippenvel van. Deze "
                    "club en deze supporters betekenen alles voor mij.",
                    "speaker": "Kobe Verstraeten",
                    "source": "",
                },
            ),
            ("subheading", "Belangrijke punten op het spel"),
            (
                "paragraph",
                "Naast het feest staat er ook sportief veel op het spel. Na de nederlaag bij "
                "Cercle staat Mechelen onder druk in de race om Play-Off I. Elk punt telt in de "
                "laatste speeldagen van de reguliere competitie. Malinwa staat nog zesde, maar de "
                "achtervolgers zitten vlak in de nek. Een zege zou de ploeg opnieuw wat ademruimte"
                " geven.",
            ),
            ("lees_ook", "a-mechelen-dierickx-play-off"),
            (
                "quote",
                {
                    "text": "Het mooiste cadeau dat we Kobe kunnen geven, zijn drie punten. Daar "
                    "draait het zaterdag om, al gun ik hem het feest van harte.",
                    "speaker": "Wim Dierickx",
                    "source": "",
                },
            ),
            (
                "paragraph",
                "Wie nog een ticket wil, moet snel zijn: de club meldt dat er nog slechts enkele "
                "honderden plaatsen beschikbaar zijn, vooral op de hoeken van het stadion. "
                "Supporters worden aangeraden tijdig te komen, omdat de sfeeractie al een halfuur "
                "voor de aftrap begint.",
            ),
        ],
        "poll": {
            "question": "Haalt KV Mechelen dit seizoen Play-Off I?",
            "options": ["Ja", "Nee"],
        },
        "poll_article": False,
    },
    {
        "key": "a-mechelen-dierickx-play-off",
        "headline": 'Dierickx gelooft erin: "Play-Off I is voor ons geen droom meer"',
        "intro": (
            "KV Mechelen staat met nog zes speeldagen te gaan in de top zes. Trainer Wim "
            "Dierickx durft de ambitie nu luidop uit te spreken: Malinwa wil bij de beste zes "
            "eindigen, en daar ook iets bereiken."
        ),
        "authors": ["Sofie Claes"],
        "hours_ago": 113,
        "clubs": ["mechelen"],
        "competitions": ["jupiler-pro-league"],
        "persons": [
            {"name": "Wim Dierickx", "role": "coach", "club": "mechelen"},
            {"name": "Kobe Verstraeten", "role": "player", "club": "mechelen"},
            {"name": "Arne Stroobants", "role": "player", "club": "mechelen"},
        ],
        "source_medium": "",
        "rumour": False,
        "image": {
            "caption": "Illustratiebeeld: training bij KV Mechelen",
            "credit": "Kopbal / illustratie",
        },
        "body": [
            (
                "paragraph",
                "Voor het seizoen rekende bijna niemand KV Mechelen tot de kandidaten voor "
                "Play-Off I. Maar na een sterke reeks in de winter staat de club zesde, met twee "
                "punten voorsprong op Anderlecht. De ploeg verloor sinds december maar één keer, "
                "en Dierickx houdt zich niet langer in.",
            ),
            (
                "quote",
                {
                    "text": "In het begin zeiden we dat we week per week keken. Dat doen we nog "
                    "altijd, maar ik zou liegen als ik zei dat we niet naar de top zes "
                    "kijken. Dit is geen droom meer, het is een doel.",
                    "speaker": "Wim Dierickx",
                    "source": "",
                },
            ),
            ("subheading", "Het geheim van Malinwa"),
            (
                "paragraph",
                "Het succes rust op een stevig collectief. Aanvoerder Kobe Verstraeten houdt het "
                "middenveld bij elkaar, terwijl de 18-jarige Arne Stroobants op de flank voor de "
                "verrassing zorgt. De jonge aanvaller werd dit seizoen een vaste waarde. Hij staat"
                " intussen al aan zeven doelpunten. Stroobants kreeg dit seizoen al interesse uit "
                "Nederland, maar bleef rustig zijn werk doen.",
            ),
            (
                "paragraph",
                "Ook de thuisbasis speelt mee. Achter de Kazerne verloor Mechelen dit seizoen maar"
                " twee keer. De sfeer in het stadion is volgens de spelers een extra wapen. Vooral"
                " tegen ploegen uit de linkerkolom haalde Malinwa er knappe resultaten.",
            ),
            (
                "quote",
                {
                    "text": "Als het stadion vol zit en de mensen beginnen te zingen, lopen we een "
                    "stapje harder. Dat is geen cliché, dat voel je echt.",
                    "speaker": "Kobe Verstraeten",
                    "source": "",
                },
            ),
            ("subheading", "Zwaar programma"),
            (
                "paragraph",
                "Makkelijk wordt het niet. Mechelen moet nog op verplaatsing naar Cercle Brugge en"
                " Genk, en krijgt ook nog Club Brugge op bezoek. In de Play-Offs worden de punten "
                "bovendien gehalveerd, waardoor de kaarten daarna opnieuw geschud worden. Dierickx"
                " wil daarom vooral zijn eigen ploeg fit en scherp houden.",
            ),
        ],
        "poll": {
            "question": "Eindigt KV Mechelen in de top zes?",
            "options": ["Ja", "Nee"],
        },
        "poll_article": False,
    },
    {
        "key": "a-mechelen-stroobants-ajax",
        "headline": "Nederlandse topclubs volgen Mechelse tiener Stroobants",
        "intro": (
            "Arne Stroobants, de 18-jarige flankaanvaller van KV Mechelen, staat volgens Het "
            "Laatste Nieuws in de belangstelling van twee Nederlandse topclubs. Mechelen wil "
            "zijn parel nog minstens een seizoen houden."
        ),
        "authors": ["Jonas Verbeke", "Pieter Van Acker"],
        "hours_ago": 400,
        "clubs": ["mechelen"],
        "competitions": ["jupiler-pro-league"],
        "persons": [
            {"name": "Arne Stroobants", "role": "player", "club": "mechelen"},
            {"name": "Wim Dierickx", "role": "coach", "club": "mechelen"},
            {"name": "Luc Vermandel", "role": "agent", "club": None},
        ],
        "source_medium": "Het Laatste Nieuws",
        "rumour": True,
        "image": {
            "caption": "Illustratiebeeld: een jonge aanvaller van KV Mechelen op de flank",
            "credit": "Kopbal / illustratie",
        },
        "body": [
            (
                "paragraph",
                "Stroobants doorliep de jeugdreeksen van Mechelen en mocht zich in de zomer tonen "
                "in de voorbereiding. Hij greep die kans met beide handen en speelt sindsdien "
                "bijna elke wedstrijd. Met vijf doelpunten en zes assists is hij een van de "
                "revelaties van het seizoen. Vooral zijn snelheid en zijn lef in het één-tegen-één"
                " vallen op.",
            ),
            (
                "paragraph",
                "Volgens Het Laatste Nieuws zaten scouts van twee Nederlandse clubs de voorbije "
                "weken in de tribune. Ook zaakwaarnemer Luc Vermandel, die Stroobants sinds kort "
                "vertegenwoordigt, bevestigde de belangstelling. Het zou gaan om clubs die "
                "geregeld jong talent uit België weghalen. De scouts zouden vooral bij "
                "uitwedstrijden opgedoken zijn.",
            ),
            (
                "quote",
                {
                    "text": "Arne heeft aandacht gekregen, dat is logisch bij een jongen die zo "
                    "presteert. Maar we hebben geen haast. Voor een speler van achttien is "
                    "speeltijd het allerbelangrijkste.",
                    "speaker": "Luc Vermandel",
                    "source": "Het Laatste Nieuws",
                },
            ),
            ("subheading", "Mechelen rekent op geduld"),
            (
                "paragraph",
                "Bij KV Mechelen hopen ze dat de speler nog een seizoen blijft. Stroobants ligt "
                "vast tot 2027, en de club ziet hem graag nog een jaar groeien voor een mogelijke "
                "stap naar het buitenland. De club wil hem in de zomer ook een verbeterd contract "
                "voorleggen.",
            ),
            (
                "quote",
                {
                    "text": "Arne moet vooral blijven doen wat hij doet. Ik begrijp dat clubs "
                    "kijken, maar een jongen als hij heeft nog veel te leren. Hier krijgt "
                    "hij die kans.",
                    "speaker": "Wim Dierickx",
                    "source": "",
                },
            ),
            (
                "paragraph",
                "Een concreet bod is er nog niet. Voor Mechelen zou een transfer in de zomer wel "
                "een aardige financiële opsteker zijn, maar sportief kan de club hem nu moeilijk "
                "missen. Ook bij de nationale jeugdploegen wordt zijn opmars met interesse "
                "gevolgd. Dierickx zal hem de komende weken alleszins blijven opstellen.",
            ),
        ],
        "poll": {
            "question": "Moet Stroobants nog minstens een seizoen bij KV Mechelen blijven?",
            "options": ["Ja", "Nee"],
        },
        "poll_article": False,
    },
    # ------------------------------------------------------------ Standard
    {
        "key": "a-standard-lambotte-wankelt",
        "headline": "Standard twijfelt aan Lambotte: directie polst al vervangers",
        "intro": (
            "Na de nederlaag in Genk staat de positie van Julien Lambotte zwaar onder druk. "
            "Volgens La Dernière Heure heeft de directie van Standard al contact opgenomen met "
            "mogelijke opvolgers, al is er nog niets beslist."
        ),
        "authors": ["Nadia El Amrani", "Sofie Claes"],
        "hours_ago": 19,
        "clubs": ["standard"],
        "competitions": ["jupiler-pro-league"],
        "persons": [
            {"name": "Julien Lambotte", "role": "coach", "club": "standard"},
            {"name": "Frédéric Hanquet", "role": "director", "club": "standard"},
        ],
        "source_medium": "La Dernière Heure",
        "rumour": True,
        "image": {
            "caption": "Illustratiebeeld: supporters van Standard op Sclessin",
            "credit": "Kopbal / illustratie",
        },
        "body": [
            (
                "paragraph",
                "De 3-1-nederlaag in de Cegeka Arena was een nieuwe tegenvaller in een seizoen vol"
                " frustraties. Standard staat achtste en ziet de top zes langzaam uit zicht "
                "verdwijnen. Op Sclessin wordt het gemor in de tribunes luider. Na afloop in Genk "
                "floten de meegereisde supporters hun ploeg uit. Vooral de manier waarop de ploeg "
                "na de rust inzakte, stoorde de directie.",
            ),
            ("lees_ook", "a-genk-standard-verslag"),
            (
                "paragraph",
                "Volgens La Dernière Heure is het geduld van de clubleiding bijna op. Sportief "
                "directeur Frédéric Hanquet zou de voorbije dagen met minstens twee trainers "
                "hebben gesproken over een eventuele overname van de technische leiding. Welke "
                "namen het precies betreft, is niet bekend. Het zou gaan om een Belgische trainer "
                "zonder club en een buitenlandse coach met ervaring in de Ligue 1. Ook een interne"
                " oplossing zou op tafel liggen.",
            ),
            (
                "quote",
                {
                    "text": "Niemand is hier boven kritiek verheven, ook ik niet. Maar we nemen "
                    "geen overhaaste beslissingen. We analyseren alles rustig en kijken dan"
                    " wat het beste is voor Standard.",
                    "speaker": "Frédéric Hanquet",
                    "source": "La Dernière Heure",
                },
            ),
            ("subheading", "Lambotte vecht terug"),
            (
                "paragraph",
                "Lambotte zelf is niet van plan de handdoek te gooien. Op de training van maandag "
                "nam hij zijn spelers apart voor een lang gesprek, en daarna toonde hij zich "
                "strijdvaardig tegenover de pers. Volgens spelers in de kleedkamer staat de groep "
                "nog achter de trainer.",
            ),
            (
                "quote",
                {
                    "text": "Ik ben een vechter. Zolang ik hier trainer ben, geef ik alles voor "
                    "deze club. Wat de anderen beslissen, kan ik niet controleren.",
                    "speaker": "Julien Lambotte",
                    "source": "",
                },
            ),
            (
                "paragraph",
                "De komende wedstrijd wordt beslissend. Bij een nieuw puntenverlies lijkt een "
                "trainerswissel bij de Rouches nauwelijks nog te vermijden. Standard moet de "
                "komende weken punten pakken om nog aanspraak te maken op Play-Off I.",
            ),
        ],
        "poll": {
            "question": "Moet Standard Julien Lambotte nu ontslaan?",
            "options": ["Ja", "Nee"],
        },
        "poll_article": False,
    },
    {
        "key": "a-poll-standard-lambotte",
        "headline": "POLL: Wat moet Standard doen met trainer Lambotte?",
        "intro": (
            "De druk op Julien Lambotte neemt na de nederlaag in Genk alleen maar toe. Standard"
            " staat buiten de top zes en de supporters morren. Wat zou jij doen als je in de "
            "schoenen van de directie stond?"
        ),
        "authors": ["Lotte Wouters"],
        "hours_ago": 11,
        "clubs": ["standard"],
        "competitions": ["jupiler-pro-league"],
        "persons": [
            {"name": "Julien Lambotte", "role": "coach", "club": "standard"},
        ],
        "source_medium": "",
        "rumour": False,
        "image": {
            "caption": "Illustratiebeeld: een lege trainersbank bij Standard",
            "credit": "Kopbal / illustratie",
        },
        "body": [
            (
                "paragraph",
                "Lambotte kreeg bij zijn aanstelling een contract tot 2027 en de opdracht om "
                "Standard terug naar de top zes te leiden. Met nog vijf speeldagen in de reguliere"
                " competitie is dat doel in gevaar.",
            ),
            (
                "paragraph",
                "Verdient de trainer nog tijd, of is een schok nodig? Breng hieronder je stem uit.",
            ),
        ],
        "poll": {
            "question": "Wat moet Standard doen met trainer Julien Lambotte?",
            "options": [
                "Meteen ontslaan",
                "Een interimtrainer tot het einde van het seizoen",
                "Hem tot het einde van het seizoen de kans geven",
                "Volledig vertrouwen en zijn contract respecteren",
            ],
        },
        "poll_article": True,
    },
    {
        "key": "a-standard-mpemba-terug",
        "headline": "Opsteker voor de Rouches: Mpemba na drie maanden terug in de groep",
        "intro": (
            "Landry Mpemba is terug. De aanvaller van Standard was sinds november out met een "
            "zware enkelblessure, maar traint opnieuw volledig mee met de groep en kan dit "
            "weekend al in de selectie zitten."
        ),
        "authors": ["Pieter Van Acker"],
        "hours_ago": 146,
        "clubs": ["standard"],
        "competitions": ["jupiler-pro-league"],
        "persons": [
            {"name": "Landry Mpemba", "role": "player", "club": "standard"},
            {"name": "Julien Lambotte", "role": "coach", "club": "standard"},
            {"name": "Maxime Dethier", "role": "player", "club": "standard"},
        ],
        "source_medium": "",
        "rumour": False,
        "image": {
            "caption": "Illustratiebeeld: training bij Standard Luik",
            "credit": "Kopbal / illustratie",
        },
        "body": [
            (
                "paragraph",
                "Het was lang wachten, maar deze week stond Landry Mpemba opnieuw op het "
                "trainingsveld met de volledige groep. De Congolese aanvaller liep in november "
                "enkelbandletsels op en moest een lange revalidatie ondergaan. Op de training "
                "oogde hij al opvallend fris en scherp. Ook een korte terugslag in januari kon hem"
                " niet uit zijn lood slaan.",
            ),
            (
                "paragraph",
                "Voor Standard komt zijn terugkeer als geroepen. Zonder Mpemba miste de ploeg de "
                "voorbije maanden vooral creativiteit en snelheid in de laatste lijn. In de "
                "heenronde was hij goed voor zes doelpunten en vier assists. Zonder hem won "
                "Standard slechts drie van zijn laatste elf competitiewedstrijden. Vooral in de "
                "omschakeling ontbrak zijn versnelling.",
            ),
            (
                "quote",
                {
                    "text": "De laatste weken waren mentaal zwaar. Je ziet je ploeg worstelen en je"
                    " kunt niets doen. Nu wil ik zo snel mogelijk helpen.",
                    "speaker": "Landry Mpemba",
                    "source": "",
                },
            ),
            ("subheading", "Geen risico's"),
            (
                "paragraph",
                "Trainer Julien Lambotte wil zijn aanvaller voorzichtig opbouwen. Een basisplaats "
                "zit er dit weekend wellicht nog niet in, maar een invalbeurt is zeker een optie. "
                "Lambotte wil hem in de eerste wedstrijden hooguit een halfuur laten spelen, en "
                "ook de medische staf volgt zijn belasting nauwgezet op.",
            ),
            (
                "quote",
                {
                    "text": "Landry is een speler die een wedstrijd in zijn eentje kan kantelen. "
                    "Maar als we hem te snel brengen, verliezen we hem misschien opnieuw. "
                    "Dat risico neem ik niet.",
                    "speaker": "Julien Lambotte",
                    "source": "",
                },
            ),
            ("lees_ook", "a-standard-lambotte-wankelt"),
            (
                "paragraph",
                "Ook in de kleedkamer wordt zijn terugkeer toegejuicht. Verdediger Maxime Dethier "
                "sprak van <i>een nieuwe speler in de kern</i> en noemde de aanvaller een van de "
                "sterkste persoonlijkheden in de groep. Standard hoopt met Mpemba weer aansluiting"
                " te vinden bij de top zes. Zijn eerste kans om dat te tonen, komt er mogelijk al "
                "dit weekend.",
            ),
        ],
        "poll": {
            "question": "Wordt Mpemba opnieuw de gevaarlijkste man van Standard?",
            "options": ["Ja", "Nee"],
        },
        "poll_article": False,
    },
]
