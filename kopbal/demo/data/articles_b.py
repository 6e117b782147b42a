"""Demo articles, set B: Union, STVV, Charleroi, Westerlo, Zulte Waregem, La Louvière, OHL, Dender and the Rode Duivels."""

ARTICLES = [
    {
        "key": "b-union-delvaux-bundesliga",
        "headline": "Bundesligaclub wil Noah Delvaux weghalen bij Union",
        "intro": "Noah Delvaux staat op het verlanglijstje van een Duitse eersteklasser. Volgens <i>Het Laatste Nieuws</i> ligt er een eerste bod van zo'n twaalf miljoen euro op tafel in het Dudenpark. Union wil zijn flankaanvaller minstens tot de zomer houden.",
        "authors": ["Jonas Verbeke"],
        "hours_ago": 2.4,
        "clubs": ["union"],
        "competitions": ["jupiler-pro-league"],
        "persons": [
            {"name": "Noah Delvaux", "role": "player", "club": "union"},
            {"name": "Dimitri Kastelein", "role": "agent", "club": None},
            {"name": "Thibault Renard", "role": "director", "club": "union"},
            {"name": "Mathieu Verlinden", "role": "coach", "club": "union"},
            {"name": "Ilias Bensaïd", "role": "player", "club": "union"},
        ],
        "source_medium": "Het Laatste Nieuws",
        "rumour": True,
        "image": {
            "caption": "Illustratiebeeld: een flankaanvaller van Union zet een sprint in langs de zijlijn",
            "credit": "Kopbal / illustratie",
        },
        "body": [
            (
                "paragraph",
                "De 23-jarige Delvaux beleeft een uitstekend seizoen bij Geel-Blauw. De linksbuiten is goed voor negen doelpunten en zeven assists in de competitie en werd onlangs voor het eerst opgeroepen voor de Rode Duivels. Die cijfers zijn ook over de landsgrenzen niet onopgemerkt gebleven.",
            ),
            ("subheading", "Scouts op de tribune"),
            (
                "paragraph",
                "Volgens HLN zat de voorbije weken telkens een scout van de Duitse club in de tribune. Het eerste bod zou rond de twaalf miljoen euro schommelen, bonussen niet inbegrepen. Bij Union vinden ze dat te weinig voor een speler die nog tot 2028 vastligt. Zaakwaarnemer Dimitri Kastelein bevestigt de interesse, maar houdt de boot voorlopig af.",
            ),
            (
                "quote",
                {
                    "text": "We hebben niets gevraagd en niets beloofd. Noah wil eerst met Union iets moois afmaken, daarna zien we wel wat de markt zegt.",
                    "speaker": "Dimitri Kastelein",
                    "source": "Het Laatste Nieuws",
                },
            ),
            (
                "paragraph",
                "Sportief directeur Thibault Renard wilde niet ingaan op concrete bedragen, maar liet wel verstaan dat de club niet onder druk verkoopt. 'Onze beste spelers vertrekken pas als het voor iedereen klopt', klonk het kort.",
            ),
            ("lees_ook", "b-rode-duivels-selectie"),
            ("subheading", "Zomer of winter?"),
            (
                "paragraph",
                "Een vertrek tijdens het lopende seizoen is hoe dan ook uitgesloten, want de transferperiode is gesloten. Trainer Mathieu Verlinden rekent op Delvaux in de strijd om de titel en kan zich geen aderlating permitteren nu ook Ilias Bensaïd enkele weken out is. Deze zomer gaat het dossier ongetwijfeld opnieuw open, en dan mogelijk met meer kandidaten aan tafel.",
            ),
        ],
        "poll": {"question": "Moet Union Delvaux deze zomer verkopen?", "options": ["Ja", "Nee"]},
        "poll_article": False,
    },
    {
        "key": "b-union-wint-van-charleroi",
        "headline": "Union laat Charleroi geen kans: 3-1",
        "intro": "Union heeft zijn plaats in de top drie verstevigd. Geel-Blauw klopte een bleek Charleroi met 3-1, al kostte de zege wel Ilias Bensaïd, die met een hamstringblessure naar de kant moest. Bij de Zebra's neemt de onrust na een nieuwe nederlaag alleen maar toe.",
        "authors": ["Bram De Smet"],
        "hours_ago": 18,
        "clubs": ["union", "charleroi"],
        "competitions": ["jupiler-pro-league"],
        "persons": [
            {"name": "Noah Delvaux", "role": "player", "club": "union"},
            {"name": "Ilias Bensaïd", "role": "player", "club": "union"},
            {"name": "Mathieu Verlinden", "role": "coach", "club": "union"},
            {"name": "Yannick Bolamba", "role": "player", "club": "charleroi"},
            {"name": "Fabrice Delcourt", "role": "coach", "club": "charleroi"},
        ],
        "source_medium": "",
        "rumour": False,
        "image": {
            "caption": "Illustratiebeeld: spelers van Union vieren een doelpunt voor hun eigen supporters",
            "credit": "Kopbal",
        },
        "body": [
            (
                "paragraph",
                "Het duurde amper een kwartier voor Union op voorsprong kwam. Noah Delvaux ging voorbij twee verdedigers en legde de bal panklaar voor Ilias Bensaïd, die niet twijfelde. Charleroi kwam daarna nauwelijks in het stuk voor en mocht van geluk spreken dat het bij de rust maar 1-0 stond.",
            ),
            ("subheading", "Bensaïd valt uit"),
            (
                "paragraph",
                "Na de pauze sloeg het noodlot toe voor de doelpuntenmaker. Bensaïd greep na een sprint naar de achterkant van zijn dij en werd vervangen. De ploeg van Mathieu Verlinden liet zich niet van de wijs brengen: een kopbal na een hoekschop en een rake vrije trap van Delvaux maakten de zaak snel uit. De tegentreffer van Yannick Bolamba, tien minuten voor tijd, was niet meer dan een voetnoot.",
            ),
            (
                "quote",
                {
                    "text": "We hebben het vanaf de eerste minuut serieus aangepakt. Alleen de blessure van Ilias trekt een schaduw over de avond.",
                    "speaker": "Mathieu Verlinden",
                    "source": "",
                },
            ),
            ("subheading", "Vierde nederlaag op rij"),
            (
                "paragraph",
                "Voor Charleroi is het al de vierde nederlaag op rij. Trainer Fabrice Delcourt oogde na afloop aangeslagen en gaf toe dat zijn ploeg in de duels tekortschoot. De meegereisde supporters lieten al voor het laatste fluitsignaal van zich horen, met gefluit en een spandoek richting de bestuurskamer.",
            ),
            (
                "quote",
                {
                    "text": "Ik ga niet weglopen. Ik ben hier om dit op te lossen, maar dan moet iedereen mee in het bad springen.",
                    "speaker": "Fabrice Delcourt",
                    "source": "",
                },
            ),
            ("lees_ook", "b-charleroi-delcourt-onder-druk"),
        ],
        "poll": {"question": "Wordt Union dit seizoen kampioen?", "options": ["Ja", "Nee"]},
        "poll_article": False,
    },
    {
        "key": "b-union-bensaid-blessure",
        "headline": "Tegenvaller voor Union: Bensaïd zes weken out",
        "intro": "Union moet het een hele tijd zonder Ilias Bensaïd stellen. Uit medische onderzoeken blijkt dat de middenvelder een scheurtje in de hamstring heeft opgelopen in de wedstrijd tegen Charleroi. De club rekent op een afwezigheid van zes weken.",
        "authors": ["Sofie Claes"],
        "hours_ago": 9,
        "clubs": ["union"],
        "competitions": ["jupiler-pro-league"],
        "persons": [
            {"name": "Ilias Bensaïd", "role": "player", "club": "union"},
            {"name": "Mathieu Verlinden", "role": "coach", "club": "union"},
        ],
        "source_medium": "",
        "rumour": False,
        "image": {
            "caption": "Illustratiebeeld: een geblesseerde speler verlaat het veld met een ijszak op de dij",
            "credit": "Kopbal / illustratie",
        },
        "body": [
            (
                "paragraph",
                "Bensaïd voelde het meteen, vertelde hij na de match in de catacomben. De 26-jarige middenvelder verliet het veld met een ijszak op de dij en liet zich maandag onderzoeken. De diagnose valt zwaar uit: een scheur in de hamstring, waardoor hij het slot van de reguliere competitie zeker mist.",
            ),
            ("subheading", "Puzzelwerk voor Verlinden"),
            (
                "paragraph",
                "Voor trainer Mathieu Verlinden is het een flinke streep door de rekening. Bensaïd is de motor van het middenveld en speelde tot nu toe elke competitiewedstrijd. Zijn vervanger moet uit de eigen kern komen, want de transfermarkt is dicht en vrije spelers van zijn niveau zijn er niet.",
            ),
            (
                "quote",
                {
                    "text": "Ilias is moeilijk te vervangen, maar dit is ook het moment waarop anderen kunnen opstaan. Ik heb alle vertrouwen in de groep.",
                    "speaker": "Mathieu Verlinden",
                    "source": "",
                },
            ),
            (
                "paragraph",
                "Intern wordt gekeken naar een verschuiving in het elftal. Een jonge middenvelder uit de eigen opleiding zou zijn kans kunnen krijgen, al is ook een systeemwissel niet uitgesloten. Verlinden wil zich daar pas na de eerstvolgende training over uitspreken.",
            ),
            ("subheading", "Terug voor de play-offs"),
            (
                "paragraph",
                "De medische staf hoopt Bensaïd fit te krijgen voor de start van de Champions' Play-Offs. Een overhaaste terugkeer wil de club hoe dan ook vermijden, want de middenvelder sukkelde vorig seizoen al met dezelfde spier. Bensaïd zelf laat weten dat hij er alles aan doet om zo snel mogelijk terug te zijn.",
            ),
            (
                "quote",
                {
                    "text": "Het is zuur, maar ik ga er sterker uitkomen. Ik wil er zijn wanneer het echt telt.",
                    "speaker": "Ilias Bensaïd",
                    "source": "",
                },
            ),
        ],
        "poll": {"question": "Kan Union het zonder Bensaïd redden?", "options": ["Ja", "Nee"]},
        "poll_article": False,
    },
    {
        "key": "b-stvv-hanada-premier-league",
        "headline": "Premier League klopt aan voor STVV-middenvelder Hanada",
        "intro": "Shunsuke Hanada zou de Kanaries deze zomer weleens kunnen verlaten. Volgens <i>Het Nieuwsblad</i> volgen twee Engelse clubs de Japanse spelmaker al maanden op de voet. STVV droomt van een recordtransfer.",
        "authors": ["Lotte Wouters"],
        "hours_ago": 6.5,
        "clubs": ["stvv"],
        "competitions": ["jupiler-pro-league"],
        "persons": [
            {"name": "Shunsuke Hanada", "role": "player", "club": "stvv"},
            {"name": "Bart Houben", "role": "director", "club": "stvv"},
            {"name": "Jeroen Lambrechts", "role": "coach", "club": "stvv"},
        ],
        "source_medium": "Het Nieuwsblad",
        "rumour": True,
        "image": {
            "caption": "Illustratiebeeld: supporters van STVV op Stayen",
            "credit": "Kopbal / illustratie",
        },
        "body": [
            (
                "paragraph",
                "Hanada kwam twee jaar geleden voor een bescheiden bedrag over uit de Japanse J-League en groeide in Sint-Truiden uit tot een vaste waarde. Met zijn traptechniek en zijn loopvermogen is hij de spil in het elftal van trainer Jeroen Lambrechts.",
            ),
            ("subheading", "Twee Engelse clubs"),
            (
                "paragraph",
                "Het Nieuwsblad meldt dat twee clubs uit de Premier League al meerdere keren scouts naar Stayen stuurden. Concrete gesprekken zijn er nog niet, maar de belangstelling zou ernstig zijn. Sportief directeur Bart Houben zou mikken op een transfersom die ruim boven het huidige clubrecord van de Limburgers ligt.",
            ),
            (
                "quote",
                {
                    "text": "Shunsuke heeft de kwaliteiten om in een grotere competitie te spelen. Als er een goed voorstel komt, zullen we ernaar luisteren.",
                    "speaker": "Bart Houben",
                    "source": "Het Nieuwsblad",
                },
            ),
            ("subheading", "Lambrechts blijft kalm"),
            (
                "paragraph",
                "Trainer Jeroen Lambrechts reageerde laconiek op de geruchten. Hij wees erop dat Hanada vooral met de volgende wedstrijd bezig is en dat de spelersgroep zich niet laat afleiden door wat er in de kranten verschijnt.",
            ),
            (
                "quote",
                {
                    "text": "Dat er over hem gepraat wordt, is een compliment voor hem en voor de club. Maar zolang hij hier is, telt alleen het veld.",
                    "speaker": "Jeroen Lambrechts",
                    "source": "",
                },
            ),
            (
                "paragraph",
                "Voor STVV zou een grote verkoop passen in het bekende model: talent laten openbloeien en met winst doorverkopen. De opbrengst kan deels opnieuw geïnvesteerd worden in jonge spelers uit Japan en in de eigen jeugdopleiding, die de club de komende jaren nadrukkelijker wil uitspelen. Voor een habbekrats zal Hanada Stayen in elk geval niet verlaten.",
            ),
        ],
        "poll": {
            "question": "Moet STVV Hanada laten gaan als er een recordbod komt?",
            "options": ["Ja", "Nee"],
        },
        "poll_article": False,
    },
    {
        "key": "b-stvv-vanhees-contract",
        "headline": "STVV legt toptalent Rune Vanhees vast tot 2029",
        "intro": "Sint-Truiden heeft een van zijn grootste jeugdtalenten aan zich gebonden. De zeventienjarige Rune Vanhees tekende zijn eerste profcontract, dat loopt tot de zomer van 2029. Ook enkele buitenlandse clubs hadden interesse in de verdediger.",
        "authors": ["Pieter Van Acker"],
        "hours_ago": 190,
        "clubs": ["stvv"],
        "competitions": ["jupiler-pro-league"],
        "persons": [
            {"name": "Rune Vanhees", "role": "player", "club": "stvv"},
            {"name": "Jeroen Lambrechts", "role": "coach", "club": "stvv"},
            {"name": "Wout Claessens", "role": "player", "club": "stvv"},
            {"name": "Bart Houben", "role": "director", "club": "stvv"},
        ],
        "source_medium": "",
        "rumour": False,
        "image": {
            "caption": "Illustratiebeeld: jeugdspelers van STVV op een oefenveld",
            "credit": "Kopbal / illustratie",
        },
        "body": [
            (
                "paragraph",
                "Vanhees doorliep alle jeugdreeksen van de Kanaries en trainde dit seizoen al geregeld mee met de A-kern. De centrale verdediger valt op door zijn rust aan de bal en zijn lengte: met zijn 1,91 meter is hij nu al een van de grootste spelers van de club.",
            ),
            ("subheading", "Buitenlandse belangstelling"),
            (
                "paragraph",
                "Het contract kwam er niet zonder slag of stoot. Volgens de club toonden ploegen uit Nederland en Duitsland interesse. De jonge Limburger koos toch voor een toekomst op Stayen, mee omdat trainer Jeroen Lambrechts hem een duidelijk traject voorlegde.",
            ),
            (
                "quote",
                {
                    "text": "Ik wil hier doorbreken, voor dit publiek. De trainer heeft me gezegd wat ik moet verbeteren en dat ik mijn kans krijg als ik er klaar voor ben.",
                    "speaker": "Rune Vanhees",
                    "source": "",
                },
            ),
            ("subheading", "Leren van de kapitein"),
            (
                "paragraph",
                "Op training staat Vanhees vaak naast aanvoerder Wout Claessens, die hem naar eigen zeggen elke dag iets bijleert. Claessens is lovend over de tiener en ziet hem op termijn zijn plaats in het centrum van de verdediging overnemen.",
            ),
            (
                "quote",
                {
                    "text": "Hij stelt de juiste vragen en hij is nergens bang voor. Dat zie je niet bij elke jongen van zeventien.",
                    "speaker": "Wout Claessens",
                    "source": "",
                },
            ),
            ("lees_ook", "b-stvv-hanada-premier-league"),
            (
                "paragraph",
                "Sportief directeur Bart Houben noemt de handtekening een signaal naar de eigen opleiding. De club wil de komende jaren meer jeugdspelers laten doorstromen naar het eerste elftal, naast de talenten die het in Japan blijft scouten. Vanhees zelf wil intussen eerst zijn middelbare school afmaken.",
            ),
        ],
        "poll": {
            "question": "Debuteert Vanhees nog dit seizoen in de Jupiler Pro League?",
            "options": ["Ja", "Nee"],
        },
        "poll_article": False,
    },
    {
        "key": "b-stvv-dender-var",
        "headline": "VAR in de hoofdrol bij STVV-Dender: 2-2",
        "intro": "STVV en Dender hielden elkaar in evenwicht in een wedstrijd waarin vooral scheidsrechter Nicolas Verhoeven en de VAR het gesprek van de dag werden. Twee afgekeurde doelpunten en een late strafschop zorgden voor kokende gemoederen op Stayen.",
        "authors": ["Nadia El Amrani"],
        "hours_ago": 165,
        "clubs": ["stvv", "dender"],
        "competitions": ["jupiler-pro-league"],
        "persons": [
            {"name": "Ibrahima Tandia", "role": "player", "club": "dender"},
            {"name": "Jelle Van Impe", "role": "player", "club": "dender"},
            {"name": "Shunsuke Hanada", "role": "player", "club": "stvv"},
            {"name": "Wout Claessens", "role": "player", "club": "stvv"},
            {"name": "Kristof Van den Eede", "role": "coach", "club": "dender"},
            {"name": "Nicolas Verhoeven", "role": "referee", "club": None},
        ],
        "source_medium": "",
        "rumour": False,
        "image": {
            "caption": "Illustratiebeeld: een scheidsrechter bekijkt beelden op het VAR-scherm langs de zijlijn",
            "credit": "Kopbal / illustratie",
        },
        "body": [
            (
                "paragraph",
                "Het begon nochtans rustig. Dender kwam na twintig minuten op voorsprong via Ibrahima Tandia, die een voorzet van Jelle Van Impe binnenkopte. STVV reageerde snel: Shunsuke Hanada zette zijn ploeg voor de rust nog op 2-1 met twee verzorgde afwerkingen.",
            ),
            ("subheading", "Twee keer naar het scherm"),
            (
                "paragraph",
                "Na de pauze trok Verhoeven twee keer naar het scherm langs de zijlijn. Eerst werd een treffer van Wout Claessens afgekeurd voor een duwfout in de aanloop, daarna ging ook een doelpunt van Dender van tafel wegens buitenspel. In de slotminuut kreeg Dender alsnog een strafschop na een handsbal, die Tandia koelbloedig omzette.",
            ),
            (
                "quote",
                {
                    "text": "Ik heb de beelden bekeken en ik zie geen fout. Als je dat affluit, kan je geen enkele hoekschop meer verdedigen.",
                    "speaker": "Wout Claessens",
                    "source": "",
                },
            ),
            (
                "quote",
                {
                    "text": "Voor ons voelt dit als een overwinning. Deze ploeg geeft nooit op, dat is onze grootste kracht.",
                    "speaker": "Kristof Van den Eede",
                    "source": "",
                },
            ),
            ("subheading", "Scheidsrechter legt uit"),
            (
                "paragraph",
                "Verhoeven lichtte zijn beslissingen na afloop toe aan de pers, iets wat sinds dit seizoen vaker gebeurt. Hij benadrukte dat de handsbal in de slotfase volgens de regels terecht bestraft werd, omdat de arm van de verdediger het lichaam onnatuurlijk groter maakte.",
            ),
            (
                "quote",
                {
                    "text": "Ik begrijp de frustratie, maar de beelden waren duidelijk. We proberen zo transparant mogelijk te zijn.",
                    "speaker": "Nicolas Verhoeven",
                    "source": "",
                },
            ),
            (
                "paragraph",
                "Door het gelijkspel blijven beide ploegen ter plaatse trappelen in het klassement. Voor het Dender van trainer Kristof Van den Eede is het punt welgekomen in de strijd om uit de gevarenzone te blijven.",
            ),
        ],
        "poll": {"question": "Was de strafschop voor Dender terecht?", "options": ["Ja", "Nee"]},
        "poll_article": False,
    },
    {
        "key": "b-charleroi-delcourt-onder-druk",
        "headline": "Sudpresse: Delcourt krijgt nog één match bij Charleroi",
        "intro": "De positie van Fabrice Delcourt bij Charleroi wankelt. Volgens <i>Sudpresse</i> kreeg de trainer na de vierde nederlaag op rij een ultimatum van de clubleiding: zonder resultaat in de volgende wedstrijd staat hij op straat.",
        "authors": ["Nadia El Amrani", "Jonas Verbeke"],
        "hours_ago": 13,
        "clubs": ["charleroi"],
        "competitions": ["jupiler-pro-league"],
        "persons": [
            {"name": "Fabrice Delcourt", "role": "coach", "club": "charleroi"},
            {"name": "Olivier Lambotte", "role": "director", "club": "charleroi"},
            {"name": "Yannick Bolamba", "role": "player", "club": "charleroi"},
        ],
        "source_medium": "Sudpresse",
        "rumour": True,
        "image": {
            "caption": "Illustratiebeeld: een trainer kijkt bedenkelijk toe vanuit zijn coachingzone",
            "credit": "Kopbal / illustratie",
        },
        "body": [
            (
                "paragraph",
                "De nederlaag op het veld van Union was er een te veel. Charleroi verloor zijn laatste vier competitiewedstrijden en dreigt de Champions' Play-Offs definitief uit het oog te verliezen. Ook de manier waarop de Zebra's ten onder gaan, baart de directie zorgen.",
            ),
            ("subheading", "Crisisberaad"),
            (
                "paragraph",
                "Volgens Sudpresse zaten sportief directeur Olivier Lambotte en de voorzitter zondagavond urenlang samen. Daarbij werd niet alleen het spel geëvalueerd, maar ook de sfeer in de kleedkamer. Enkele spelers zouden twijfels hebben over de tactische keuzes van Delcourt.",
            ),
            (
                "quote",
                {
                    "text": "Iedereen weet dat de resultaten niet goed zijn. We zullen dit intern bespreken en niet via de pers.",
                    "speaker": "Olivier Lambotte",
                    "source": "Sudpresse",
                },
            ),
            ("subheading", "Groep achter de trainer?"),
            (
                "paragraph",
                "Spits Yannick Bolamba, die tegen Union nog de eerredder scoorde, stak zijn trainer wel een hart onder de riem. Hij benadrukte dat de spelers zelf verantwoordelijk zijn voor de mindere reeks en dat de groep nog altijd achter Delcourt staat.",
            ),
            (
                "quote",
                {
                    "text": "Wij staan op het veld, niet de trainer. Als er iemand met de vinger moet wijzen, dan naar ons.",
                    "speaker": "Yannick Bolamba",
                    "source": "Sudpresse",
                },
            ),
            (
                "paragraph",
                "Wie Delcourt eventueel zou opvolgen, is nog niet duidelijk. In Charleroi circuleren al enkele namen, maar de club wil eerst de volgende wedstrijd afwachten voor er knopen worden doorgehakt. Die wedstrijd wordt meteen een zware opdracht: de Zebra's moeten op bezoek bij een ploeg die thuis al maanden niet meer verloor. Delcourt zelf weigert om over zijn toekomst te speculeren.",
            ),
        ],
        "poll": {
            "question": "Is Delcourt na het weekend nog trainer van Charleroi?",
            "options": ["Ja", "Nee"],
        },
        "poll_article": False,
    },
    {
        "key": "b-charleroi-bolamba-verlengt",
        "headline": "Le Soir: Bolamba tekent bij tot 2029 in Charleroi",
        "intro": "Charleroi staat op het punt zijn topschutter langer aan zich te binden. Volgens <i>Le Soir</i> zijn de Zebra's en Yannick Bolamba het eens over een nieuw contract tot de zomer van 2029, met een stevige loonsverhoging voor de spits.",
        "authors": ["Bram De Smet"],
        "hours_ago": 75,
        "clubs": ["charleroi"],
        "competitions": ["jupiler-pro-league"],
        "persons": [
            {"name": "Yannick Bolamba", "role": "player", "club": "charleroi"},
            {"name": "Olivier Lambotte", "role": "director", "club": "charleroi"},
            {"name": "Fabrice Delcourt", "role": "coach", "club": "charleroi"},
        ],
        "source_medium": "Le Soir",
        "rumour": True,
        "image": {
            "caption": "Illustratiebeeld: een spits van Charleroi juicht na een doelpunt",
            "credit": "Kopbal / illustratie",
        },
        "body": [
            (
                "paragraph",
                "De 25-jarige Bolamba is met twaalf doelpunten uitgegroeid tot de sterkhouder van de aanval. Zijn huidige contract liep nog tot 2027, maar de club wilde absoluut vermijden dat hij volgende zomer voor een prikje kon vertrekken.",
            ),
            ("subheading", "Vertrekclausule"),
            (
                "paragraph",
                "Le Soir schrijft dat in het nieuwe contract een vertrekclausule is opgenomen, die pas vanaf een bepaald bedrag geldt. Over de hoogte daarvan doet de club geen uitspraken. Sportief directeur Olivier Lambotte bevestigde wel dat de onderhandelingen in een afrondende fase zitten.",
            ),
            (
                "quote",
                {
                    "text": "Yannick voelt zich goed in Charleroi. Hij weet wat hij aan ons heeft en wij weten wat we aan hem hebben.",
                    "speaker": "Olivier Lambotte",
                    "source": "Le Soir",
                },
            ),
            ("subheading", "Signaal in moeilijke periode"),
            (
                "paragraph",
                "De verlenging komt op een moment dat het sportief minder gaat. Charleroi verloor de voorbije weken enkele belangrijke wedstrijden en trainer Fabrice Delcourt ligt onder vuur. Een handtekening van de spits moet wat rust brengen in de kleedkamer.",
            ),
            (
                "quote",
                {
                    "text": "Ik ben hier gegroeid als speler. Ik wil eerst iets teruggeven aan de club en aan de supporters.",
                    "speaker": "Yannick Bolamba",
                    "source": "Le Soir",
                },
            ),
            (
                "paragraph",
                "Volgens de Franstalige krant wordt het contract deze week officieel voorgesteld. Ook enkele buitenlandse clubs toonden interesse in Bolamba, maar de spits gaf zelf aan dat hij voorlopig geen haast heeft om te vertrekken. Voor de supporters is dat goed nieuws: Bolamba is uitgegroeid tot een publiekslieveling, mee omdat hij uit de streek komt en als kind zelf in de tribunes van het stadion zat.",
            ),
        ],
        "poll": {
            "question": "Is Bolamba te goed voor Charleroi?",
            "options": ["Ja", "Nee", "Nog niet"],
        },
        "poll_article": False,
    },
    {
        "key": "b-poll-charleroi-delcourt",
        "headline": "POLL: Wat moet Charleroi met trainer Delcourt?",
        "intro": "Het ultimatum voor Fabrice Delcourt houdt de gemoederen in Charleroi bezig. Na vier nederlagen op rij lijkt de trainer op zijn laatste krediet te spelen. Moet de clubleiding nu ingrijpen, of verdient Delcourt meer tijd?",
        "authors": ["Jonas Verbeke"],
        "hours_ago": 1.2,
        "clubs": ["charleroi"],
        "competitions": ["jupiler-pro-league"],
        "persons": [
            {"name": "Fabrice Delcourt", "role": "coach", "club": "charleroi"},
            {"name": "Olivier Lambotte", "role": "director", "club": "charleroi"},
        ],
        "source_medium": "",
        "rumour": False,
        "image": {
            "caption": "Illustratiebeeld: een lege trainersbank in het stadion van Charleroi",
            "credit": "Kopbal / illustratie",
        },
        "body": [
            (
                "paragraph",
                "Delcourt begon behoorlijk aan het seizoen, maar de Zebra's zakten de voorbije weken weg in het klassement. Sportief directeur Olivier Lambotte houdt de kaarten tegen de borst, terwijl de spelersgroep publiekelijk achter de trainer gaat staan.",
            ),
            ("lees_ook", "b-charleroi-delcourt-onder-druk"),
            (
                "paragraph",
                "Wij zijn benieuwd naar uw mening. Stem hieronder en laat in de reacties weten wie volgens u de aangewezen man is om de Carolo's weer op het goede spoor te zetten.",
            ),
        ],
        "poll": {
            "question": "Wat moet Charleroi met Fabrice Delcourt doen?",
            "options": [
                "Meteen ontslaan",
                "Nog één wedstrijd geven",
                "Vertrouwen geven tot het einde van het seizoen",
                "Hij blijft, de spelers moeten het oplossen",
                "Geen mening",
            ],
        },
        "poll_article": True,
    },
    {
        "key": "b-westerlo-ozkul-hattrick",
        "headline": "Özkul schiet Westerlo met hattrick voorbij OH Leuven",
        "intro": "Westerlo heeft een spectaculaire thuiswedstrijd tegen OH Leuven met 4-2 gewonnen. Baran Özkul was de grote man met drie doelpunten, invaller Arne Schuermans leverde een knappe assist. De Kemphanen houden zo uitzicht op de top zes.",
        "authors": ["Pieter Van Acker"],
        "hours_ago": 33,
        "clubs": ["westerlo", "oh-leuven"],
        "competitions": ["jupiler-pro-league"],
        "persons": [
            {"name": "Baran Özkul", "role": "player", "club": "westerlo"},
            {"name": "Arne Schuermans", "role": "player", "club": "westerlo"},
            {"name": "Dries Van Loocke", "role": "coach", "club": "westerlo"},
            {"name": "Oskar Lindqvist", "role": "player", "club": "oh-leuven"},
            {"name": "Siebe Vandenbroucke", "role": "player", "club": "oh-leuven"},
            {"name": "Tom Verhaegen", "role": "coach", "club": "oh-leuven"},
            {"name": "Serkan Aydemir", "role": "director", "club": "westerlo"},
        ],
        "source_medium": "",
        "rumour": False,
        "image": {
            "caption": "Illustratiebeeld: een spits van Westerlo viert een doelpunt in Het Kuipje",
            "credit": "Kopbal",
        },
        "body": [
            (
                "paragraph",
                "De toeschouwers in Het Kuipje kregen waar voor hun geld. Westerlo begon furieus en stond na een half uur al 2-0 voor dankzij Özkul, die eerst een voorzet van dichtbij binnentikte en daarna een strafschop feilloos omzette.",
            ),
            ("subheading", "Leuven komt terug"),
            (
                "paragraph",
                "OH Leuven gaf zich niet gewonnen. Oskar Lindqvist bracht de bezoekers voor de rust terug in de match, en kort na de pauze stond het plots 2-2 na een afstandsschot van Siebe Vandenbroucke. Westerlo wankelde even, maar trainer Dries Van Loocke greep in met een dubbele wissel.",
            ),
            (
                "paragraph",
                "Een van die invallers, de negentienjarige Arne Schuermans, leverde tien minuten later de assist voor de 3-2 van Özkul. In de blessuretijd maakte een centrale verdediger van Westerlo er na een hoekschop nog 4-2 van. In de tribune zag algemeen directeur Serkan Aydemir hoe zijn topschutter en een jeugdproduct samen het verschil maakten. Na afloop kwam hij beiden persoonlijk feliciteren in de kleedkamer.",
            ),
            (
                "quote",
                {
                    "text": "Drie goals voor dit publiek, dat vergeet ik nooit. Maar die pass van Arne was minstens zo mooi.",
                    "speaker": "Baran Özkul",
                    "source": "",
                },
            ),
            (
                "quote",
                {
                    "text": "We hebben karakter getoond na de gelijkmaker. Dat had deze ploeg vorig seizoen misschien niet gekund.",
                    "speaker": "Dries Van Loocke",
                    "source": "",
                },
            ),
            ("subheading", "Teleurstelling bij OHL"),
            (
                "paragraph",
                "Bij OH Leuven overheerste de frustratie. Trainer Tom Verhaegen vond dat zijn ploeg na de gelijkmaker te veel ruimte weggaf op de flanken. Voor de Leuvenaren is het een gemiste kans om afstand te nemen van hun achtervolgers.",
            ),
            ("lees_ook", "b-ohl-lindqvist-eredivisie"),
        ],
        "poll": {"question": "Haalt Westerlo de Champions' Play-Offs?", "options": ["Ja", "Nee"]},
        "poll_article": False,
    },
    {
        "key": "b-westerlo-ozkul-turkije",
        "headline": "GvA: Turkse clubs azen op Westerlo-spits Özkul",
        "intro": "Na zijn hattrick tegen OH Leuven staat Baran Özkul volop in de belangstelling. <i>Gazet van Antwerpen</i> meldt dat twee clubs uit de Turkse Süper Lig informeerden naar de spits van Westerlo. De Kemphanen willen hem niet zomaar laten gaan.",
        "authors": ["Sofie Claes"],
        "hours_ago": 0.5,
        "clubs": ["westerlo"],
        "competitions": ["jupiler-pro-league"],
        "persons": [
            {"name": "Baran Özkul", "role": "player", "club": "westerlo"},
            {"name": "Serkan Aydemir", "role": "director", "club": "westerlo"},
            {"name": "Dries Van Loocke", "role": "coach", "club": "westerlo"},
            {"name": "Arne Schuermans", "role": "player", "club": "westerlo"},
        ],
        "source_medium": "Gazet van Antwerpen",
        "rumour": True,
        "image": {
            "caption": "Illustratiebeeld: supporters van Westerlo met sjaals in de lucht",
            "credit": "Kopbal / illustratie",
        },
        "body": [
            (
                "paragraph",
                "Özkul, geboren in Genk maar met Turkse roots, staat dit seizoen al aan veertien competitiedoelpunten. Daarmee is hij een van de productiefste spitsen van de Jupiler Pro League, en dat is ook in Istanbul niet ongemerkt gebleven.",
            ),
            ("subheading", "Band met Turkije"),
            (
                "paragraph",
                "Volgens GvA hebben twee Turkse clubs bij de entourage van de speler geïnformeerd naar zijn situatie. Westerlo, dat zelf in Turkse handen is, heeft goede contacten in het land, wat een eventuele transfer kan vergemakkelijken. Toch wil algemeen directeur Serkan Aydemir pas na het seizoen praten.",
            ),
            (
                "quote",
                {
                    "text": "Baran is belangrijk voor ons project. Wie hem wil, zal diep in de buidel moeten tasten.",
                    "speaker": "Serkan Aydemir",
                    "source": "Gazet van Antwerpen",
                },
            ),
            (
                "quote",
                {
                    "text": "Ik heb er met Baran over gesproken. Hij is slim genoeg om te weten dat hij hier nog elke week kan groeien.",
                    "speaker": "Dries Van Loocke",
                    "source": "Gazet van Antwerpen",
                },
            ),
            ("subheading", "Schuermans staat klaar"),
            (
                "paragraph",
                "Mocht Özkul toch vertrekken, dan heeft trainer Dries Van Loocke mogelijk al een opvolger in huis. De negentienjarige Arne Schuermans maakte tegen OHL opnieuw indruk als invaller en lijkt klaar voor meer speelminuten. Het jeugdproduct tekende vorige zomer een contract tot 2028.",
            ),
            (
                "paragraph",
                "Özkul zelf houdt de boot af. Na de wedstrijd tegen Leuven zei hij nog dat hij <i>gelukkig is in de Kempen</i> en zich volledig focust op de laatste speeldagen van de reguliere competitie. Westerlo speelt de komende weken nog enkele cruciale wedstrijden in de strijd om de top zes, en daarin rekent de club volop op zijn topschutter.",
            ),
        ],
        "poll": {
            "question": "Speelt Özkul volgend seizoen nog bij Westerlo?",
            "options": ["Ja", "Nee"],
        },
        "poll_article": False,
    },
    {
        "key": "b-zw-decock-interview",
        "headline": "Lowie Decock: 'Ik droom stiekem van de Rode Duivels'",
        "intro": "Lowie Decock is de ontdekking van het seizoen bij Zulte Waregem. De spits van de promovendus scoorde al elf keer in zijn eerste seizoen op het hoogste niveau. Kopbal zocht hem op in Waregem, waar hij openhartig praat over zijn ambities.",
        "authors": ["Lotte Wouters"],
        "hours_ago": 380,
        "clubs": ["zulte-waregem"],
        "competitions": ["jupiler-pro-league"],
        "persons": [
            {"name": "Lowie Decock", "role": "player", "club": "zulte-waregem"},
            {"name": "Frederik Vanneste", "role": "coach", "club": "zulte-waregem"},
        ],
        "source_medium": "",
        "rumour": False,
        "image": {
            "caption": "Illustratiebeeld: een spits van Zulte Waregem op het trainingsveld",
            "credit": "Kopbal",
        },
        "body": [
            (
                "paragraph",
                "Twee jaar geleden speelde Decock nog in de Challenger Pro League, vandaag is hij de schrik van menige verdediging in de Jupiler Pro League. De 24-jarige spits is een product van de West-Vlaamse voetbalvelden en voelt zich bij Essevee als een vis in het water.",
            ),
            (
                "quote",
                {
                    "text": "Iedereen zei dat eerste klasse te hoog gegrepen zou zijn voor mij. Dat heeft me alleen maar extra gemotiveerd.",
                    "speaker": "Lowie Decock",
                    "source": "",
                },
            ),
            ("subheading", "Vanneste als mentor"),
            (
                "paragraph",
                "Decock dankt veel aan trainer Frederik Vanneste, die hem na de promotie centraal in de aanval zette. Eerder werd hij vaak op de flank gebruikt. Vanneste zag in hem een klassieke nummer negen die de diepte kan zoeken en tegelijk de bal kan vasthouden.",
            ),
            (
                "quote",
                {
                    "text": "Lowie werkt harder dan wie ook. Hij blijft na de training nog een halfuur afwerken, elke dag opnieuw.",
                    "speaker": "Frederik Vanneste",
                    "source": "",
                },
            ),
            ("subheading", "Nationale ploeg"),
            (
                "paragraph",
                "Over de Rode Duivels is Decock eerlijk. Hij volgt de selecties op de voet en weet dat de concurrentie in de spits groot is, maar hij sluit niets uit. 'Als je blijft scoren, kunnen ze op den duur niet meer om je heen', zegt hij met een glimlach.",
            ),
            (
                "paragraph",
                "Eerst wil hij met Zulte Waregem het behoud veiligstellen. Als promovendus blijft dat volgens de spits het hoofddoel, ook al doet de ploeg het voorlopig beter dan de meeste kenners vooraf voorspelden.",
            ),
        ],
        "poll": {
            "question": "Verdient Decock een selectie voor de Rode Duivels?",
            "options": ["Ja", "Nee"],
        },
        "poll_article": False,
    },
    {
        "key": "b-zw-croky-cup-finale",
        "headline": "Essevee na strafschoppen naar finale van de Croky Cup",
        "intro": "Zulte Waregem staat in de finale van de Croky Cup. Na 0-0 in de heenwedstrijd en 1-1 in de terugmatch moesten strafschoppen de beslissing brengen tegen La Louvière. Doelman Julien Dumoulin werd de tragische held bij de Wolven.",
        "authors": ["Bram De Smet", "Lotte Wouters"],
        "hours_ago": 120,
        "clubs": ["zulte-waregem", "la-louviere"],
        "competitions": ["croky-cup"],
        "persons": [
            {"name": "Lowie Decock", "role": "player", "club": "zulte-waregem"},
            {"name": "Samuel Adjei-Mensah", "role": "player", "club": "zulte-waregem"},
            {"name": "Frederik Vanneste", "role": "coach", "club": "zulte-waregem"},
            {"name": "Mehdi Ouazzani", "role": "player", "club": "la-louviere"},
            {"name": "Julien Dumoulin", "role": "player", "club": "la-louviere"},
            {"name": "Grégory Lhoest", "role": "coach", "club": "la-louviere"},
        ],
        "source_medium": "",
        "rumour": False,
        "image": {
            "caption": "Illustratiebeeld: een doelman duikt naar een strafschop in een bekermatch",
            "credit": "Kopbal / illustratie",
        },
        "body": [
            (
                "paragraph",
                "Na de brilscore in de heenwedstrijd lag alles open in Waregem. Lowie Decock zette de thuisploeg net voor de rust op voorsprong met een kopbal, maar La Louvière sloeg in de slotfase terug via Mehdi Ouazzani. Ook in de verlengingen viel er geen beslissing.",
            ),
            ("subheading", "Dumoulin stopt er twee"),
            (
                "paragraph",
                "In de strafschoppenreeks leek La Louvière lang het laken naar zich toe te trekken. Doelman Julien Dumoulin keerde de eerste twee pogingen van Essevee, maar zijn ploegmaats misten er daarna drie. Verdediger Samuel Adjei-Mensah zette de beslissende penalty om, tot grote vreugde van trainer Frederik Vanneste.",
            ),
            (
                "quote",
                {
                    "text": "Ik had nog nooit een strafschop genomen in een officiële wedstrijd. Ik heb gewoon mijn ogen opengehouden en hard getrapt.",
                    "speaker": "Samuel Adjei-Mensah",
                    "source": "",
                },
            ),
            (
                "quote",
                {
                    "text": "Dit is voor de supporters die ons ook in de Challenger Pro League bleven volgen. Zij verdienen deze finale.",
                    "speaker": "Frederik Vanneste",
                    "source": "",
                },
            ),
            ("subheading", "Trots bij de Wolven"),
            (
                "paragraph",
                "Bij La Louvière overheerste ondanks de uitschakeling vooral trots. Trainer Grégory Lhoest prees zijn doelman en benadrukte dat zijn ploeg nu alle energie kan steken in de strijd om het behoud in de competitie. Wie Zulte Waregem in de finale treft, is nog niet bekend. De club wil zijn supporters in elk geval zo veel mogelijk tickets bezorgen en denkt al aan extra bussen richting het Koning Boudewijnstadion.",
            ),
            (
                "quote",
                {
                    "text": "Julien heeft ons vanavond bijna naar de finale getrokken. Niemand in deze kleedkamer moet het hoofd laten hangen.",
                    "speaker": "Grégory Lhoest",
                    "source": "",
                },
            ),
        ],
        "poll": {"question": "Wint Zulte Waregem de Croky Cup?", "options": ["Ja", "Nee"]},
        "poll_article": False,
    },
    {
        "key": "b-poll-zulte-waregem-eindklassering",
        "headline": "POLL: Waar eindigt promovendus Zulte Waregem?",
        "intro": "Zulte Waregem doet het als promovendus beter dan verwacht en staat bovendien in de bekerfinale. Maar waar strandt Essevee na dertig speeldagen? Wij leggen de vraag voor aan onze lezers.",
        "authors": ["Pieter Van Acker"],
        "hours_ago": 62,
        "clubs": ["zulte-waregem"],
        "competitions": ["jupiler-pro-league"],
        "persons": [
            {"name": "Lowie Decock", "role": "player", "club": "zulte-waregem"},
            {"name": "Frederik Vanneste", "role": "coach", "club": "zulte-waregem"},
        ],
        "source_medium": "",
        "rumour": False,
        "image": {
            "caption": "Illustratiebeeld: supporters van Zulte Waregem met rood-groene vlaggen",
            "credit": "Kopbal / illustratie",
        },
        "body": [
            (
                "paragraph",
                "Met spits Lowie Decock in vorm en trainer Frederik Vanneste die de juiste snaar lijkt te raken, kijkt men in Waregem met vertrouwen naar de slotfase van de reguliere competitie. Toch is de kloof met de ploegen onderaan nog niet groot genoeg om zorgeloos te zijn.",
            ),
            (
                "paragraph",
                "Wordt het een plaats in de Europe Play-Offs, of moet Essevee toch nog nagelbijten in de Relegation Play-Offs? Stem hieronder en geef uw voorspelling.",
            ),
        ],
        "poll": {
            "question": "Waar eindigt Zulte Waregem na de reguliere competitie?",
            "options": [
                "In de Champions' Play-Offs (1-6)",
                "In de Europe Play-Offs (7-12)",
                "In de Relegation Play-Offs (13-15)",
                "Op de laatste plaats",
            ],
        },
        "poll_article": True,
    },
    {
        "key": "b-la-louviere-degradatiestrijd",
        "headline": "Rode lantaarn La Louvière: 'Nog niets verloren'",
        "intro": "La Louvière sluit de rangschikking af en dreigt de barrage te moeten spelen. Trainer Grégory Lhoest weigert echter de handdoek in de ring te gooien. Met nog enkele speeldagen in de reguliere competitie liggen de ploegen onderaan dicht bij elkaar.",
        "authors": ["Nadia El Amrani"],
        "hours_ago": 4,
        "clubs": ["la-louviere"],
        "competitions": ["jupiler-pro-league"],
        "persons": [
            {"name": "Grégory Lhoest", "role": "coach", "club": "la-louviere"},
            {"name": "Julien Dumoulin", "role": "player", "club": "la-louviere"},
            {"name": "Mehdi Ouazzani", "role": "player", "club": "la-louviere"},
        ],
        "source_medium": "",
        "rumour": False,
        "image": {
            "caption": "Illustratiebeeld: supporters van La Louvière moedigen hun ploeg aan",
            "credit": "Kopbal / illustratie",
        },
        "body": [
            (
                "paragraph",
                "Het was een zware week voor de promovendus. Na de uitschakeling in de Croky Cup volgde de nederlaag bij Dender in een rechtstreeks duel onderaan. Daardoor zakte La Louvière naar de zestiende en laatste plaats, met drie punten achterstand op de voorlaatste. De stunt tegen Union van vorige week lijkt alweer lang vervlogen.",
            ),
            ("subheading", "Punten blijven staan"),
            (
                "paragraph",
                "Het competitieformat werkt niet in het voordeel van de Wolven. In de Relegation Play-Offs worden de punten niet gehalveerd, waardoor een achterstand moeilijk weg te werken is. Alleen de laatste moet in een barrage tegen een club uit de Challenger Pro League het behoud afdwingen.",
            ),
            (
                "quote",
                {
                    "text": "We weten dat het moeilijk wordt, maar ik zie elke dag op training dat deze groep in zijn kansen gelooft. Niemand hier heeft zich neergelegd bij de laatste plaats.",
                    "speaker": "Grégory Lhoest",
                    "source": "",
                },
            ),
            ("subheading", "Steun van de tribune"),
            (
                "paragraph",
                "De supporters blijven alvast massaal achter hun ploeg staan. Bij de laatste thuiswedstrijd was het stadion opnieuw uitverkocht en werd de spelersbus na afloop met applaus uitgewuifd. Doelman Julien Dumoulin noemt die steun goud waard.",
            ),
            (
                "quote",
                {
                    "text": "Als je zo'n publiek achter je hebt, kan je niet anders dan vechten tot de laatste seconde.",
                    "speaker": "Julien Dumoulin",
                    "source": "",
                },
            ),
            ("lees_ook", "b-la-louviere-ouazzani-standard"),
            (
                "paragraph",
                "De komende weken moet ook blijken of sterkhouder Mehdi Ouazzani aan boord blijft. Zijn toekomst is onzeker, maar Lhoest rekent tot de laatste speeldag volop op zijn middenvelder. Ouazzani zelf liet weten dat zijn hoofd voorlopig alleen bij het behoud zit.",
            ),
        ],
        "poll": {"question": "Ontsnapt La Louvière aan de barrage?", "options": ["Ja", "Nee"]},
        "poll_article": False,
    },
    {
        "key": "b-la-louviere-ouazzani-standard",
        "headline": "DH: Standard wil Ouazzani wegplukken bij La Louvière",
        "intro": "Mehdi Ouazzani speelt zich in de kijker bij Standard. Volgens <i>La Dernière Heure</i> wil de Luikse club de middenvelder van La Louvière deze zomer overnemen. De Wolven hopen hem minstens tot het einde van de degradatiestrijd te houden.",
        "authors": ["Jonas Verbeke"],
        "hours_ago": 22,
        "clubs": ["la-louviere", "standard"],
        "competitions": ["jupiler-pro-league"],
        "persons": [
            {"name": "Mehdi Ouazzani", "role": "player", "club": "la-louviere"},
            {"name": "Grégory Lhoest", "role": "coach", "club": "la-louviere"},
        ],
        "source_medium": "La Dernière Heure",
        "rumour": True,
        "image": {
            "caption": "Illustratiebeeld: een middenvelder van La Louvière aan de bal",
            "credit": "Kopbal / illustratie",
        },
        "body": [
            (
                "paragraph",
                "De 27-jarige Ouazzani is de smaakmaker van de promovendus. Hij is goed voor zes doelpunten en heeft de meeste balrecuperaties van de hele ploeg. Ook in de bekercampagne, met de halve finale tegen Zulte Waregem, was hij een van de uitblinkers.",
            ),
            ("subheading", "Vrij of niet?"),
            (
                "paragraph",
                "DH schrijft dat Ouazzani een clausule in zijn contract heeft die hem toelaat voor een vooraf vastgelegd bedrag te vertrekken als La Louvière degradeert. Bij behoud ligt de situatie moeilijker, want dan loopt zijn contract nog een seizoen door.",
            ),
            (
                "quote",
                {
                    "text": "Mehdi is niet zomaar een speler. Hij is het hart van deze ploeg, en een hart verkoop je niet zomaar.",
                    "speaker": "Grégory Lhoest",
                    "source": "La Dernière Heure",
                },
            ),
            (
                "quote",
                {
                    "text": "Ik ben hier gelukkig. Eerst wil ik La Louvière in eerste klasse houden, daarna zien we wel.",
                    "speaker": "Mehdi Ouazzani",
                    "source": "La Dernière Heure",
                },
            ),
            ("subheading", "Gevoelig dossier"),
            (
                "paragraph",
                "In La Louvière is men niet opgezet met het nieuws. Trainer Grégory Lhoest en een deel van de supporters vrezen dat de geruchten de spelersgroep in een cruciale fase afleiden. De club zelf wil voorlopig niet reageren op het verhaal.",
            ),
            (
                "paragraph",
                "Bij Standard zou Ouazzani de opvolger moeten worden van een middenvelder die deze zomer vertrekt. Over bedragen is volgens de Brusselse krant nog niet gesproken. Ook andere clubs zouden de situatie van Ouazzani volgen, maar Standard lijkt het verst te staan. De Rouches zouden al informeel contact hebben gehad met de entourage van de speler.",
            ),
        ],
        "poll": {
            "question": "Moet Ouazzani naar Standard trekken?",
            "options": ["Ja", "Nee", "Pas na het behoud"],
        },
        "poll_article": False,
    },
    {
        "key": "b-la-louviere-stunt-tegen-union",
        "headline": "Wolven stunten tegen Union: 1-0",
        "intro": "La Louvière heeft Union een zeldzame nederlaag aangesmeerd. De promovendus won met 1-0 dankzij een vroeg doelpunt van Mehdi Ouazzani en een ijzersterke Julien Dumoulin in doel. Voor de Wolven is het een broodnodige opsteker.",
        "authors": ["Sofie Claes"],
        "hours_ago": 170,
        "clubs": ["la-louviere", "union"],
        "competitions": ["jupiler-pro-league"],
        "persons": [
            {"name": "Mehdi Ouazzani", "role": "player", "club": "la-louviere"},
            {"name": "Julien Dumoulin", "role": "player", "club": "la-louviere"},
            {"name": "Grégory Lhoest", "role": "coach", "club": "la-louviere"},
            {"name": "Noah Delvaux", "role": "player", "club": "union"},
            {"name": "Ilias Bensaïd", "role": "player", "club": "union"},
            {"name": "Mathieu Verlinden", "role": "coach", "club": "union"},
            {"name": "Thibault Renard", "role": "director", "club": "union"},
        ],
        "source_medium": "",
        "rumour": False,
        "image": {
            "caption": "Illustratiebeeld: spelers en supporters van La Louvière vieren samen voor de tribune",
            "credit": "Kopbal",
        },
        "body": [
            (
                "paragraph",
                "Niemand had er vooraf veel geld op ingezet, maar La Louvière toonde van bij de aftrap dat het niet zomaar zou plooien. Na acht minuten profiteerde Ouazzani van slordig balverlies op het middenveld en schoof hij de bal beheerst in de verste hoek.",
            ),
            ("subheading", "Muur onder de lat"),
            (
                "paragraph",
                "Daarna begon het wachten op de gelijkmaker van Union, maar die kwam er nooit. Julien Dumoulin pakte uit met een reeks knappe reddingen, onder meer op een vrije trap van Noah Delvaux en op een kopbal van Ilias Bensaïd in de slotminuten.",
            ),
            (
                "quote",
                {
                    "text": "Ik weet niet hoeveel ballen ik heb tegengehouden. Ik weet alleen dat we gewonnen hebben, en dat voelt fantastisch.",
                    "speaker": "Julien Dumoulin",
                    "source": "",
                },
            ),
            ("subheading", "Verlinden zoekt geen excuses"),
            (
                "paragraph",
                "Bij Union kon trainer Mathieu Verlinden weinig anders dan de tegenstander feliciteren. Zijn ploeg had meer dan zeventig procent balbezit, maar miste de scherpte in de zestien. Ook sportief directeur Thibault Renard, die de wedstrijd vanuit de tribune volgde, wilde van geen paniek weten: een nederlaag hoort erbij in een lang seizoen, klonk het.",
            ),
            (
                "quote",
                {
                    "text": "We hebben niet slecht gespeeld, maar je moet scoren om te winnen. Zo simpel is het. Hun zege is volledig verdiend.",
                    "speaker": "Mathieu Verlinden",
                    "source": "",
                },
            ),
            (
                "paragraph",
                "Na het laatste fluitsignaal brak in La Louvière een groot feest los. Spelers en supporters vierden de zege samen voor de tribune, met trainer Grégory Lhoest in hun midden. Het was pas de tweede thuisoverwinning van het seizoen voor de Wolven.",
            ),
        ],
        "poll": {
            "question": "Is dit de grootste verrassing van het seizoen?",
            "options": ["Ja", "Nee"],
        },
        "poll_article": False,
    },
    {
        "key": "b-ohl-lindqvist-eredivisie",
        "headline": "Sporza: Eredivisie lonkt voor OHL-spits Lindqvist",
        "intro": "Oskar Lindqvist kan OH Leuven deze zomer verlaten. Volgens <i>Sporza</i> toont een Nederlandse subtopper concrete belangstelling voor de Zweedse spits. OHL heeft nog geen bod ontvangen, maar sluit een vertrek niet uit.",
        "authors": ["Lotte Wouters"],
        "hours_ago": 27,
        "clubs": ["oh-leuven"],
        "competitions": ["jupiler-pro-league"],
        "persons": [
            {"name": "Oskar Lindqvist", "role": "player", "club": "oh-leuven"},
            {"name": "Tom Verhaegen", "role": "coach", "club": "oh-leuven"},
        ],
        "source_medium": "Sporza",
        "rumour": True,
        "image": {
            "caption": "Illustratiebeeld: een spits van OH Leuven in een kopduel",
            "credit": "Kopbal / illustratie",
        },
        "body": [
            (
                "paragraph",
                "Lindqvist kwam twee seizoenen geleden over uit Zweden en had wat tijd nodig om zich aan te passen. Dit seizoen ontbolsterde de 1,93 meter lange aanvaller volledig: hij scoorde al tien keer, onder meer in de nederlaag bij Westerlo.",
            ),
            ("subheading", "Contract tot 2027"),
            (
                "paragraph",
                "Volgens Sporza volgt de Nederlandse club Lindqvist al sinds de winter. Zijn contract in Leuven loopt nog tot 2027, waardoor OHL in een comfortabele onderhandelingspositie zit. Trainer Tom Verhaegen is op de hoogte van de belangstelling. De club zou mikken op een bedrag van rond de vijf miljoen euro.",
            ),
            (
                "quote",
                {
                    "text": "Oskar is een speler die elke ploeg beter maakt. Het zou me niet verbazen dat er interesse is, maar er ligt nog niets op tafel.",
                    "speaker": "Tom Verhaegen",
                    "source": "Sporza",
                },
            ),
            ("subheading", "Eerst de Europe Play-Offs"),
            (
                "paragraph",
                "Lindqvist zelf wil zich voorlopig niet laten afleiden. Hij wil met de Leuvenaren een goede rol spelen in de Europe Play-Offs, waar de winnaar nog een Europees ticket kan veroveren in een duel met de nummer vier van de Champions' Play-Offs.",
            ),
            (
                "quote",
                {
                    "text": "Natuurlijk lees ik wat er geschreven wordt. Maar ik heb hier nog een doel en dat wil ik eerst halen.",
                    "speaker": "Oskar Lindqvist",
                    "source": "Sporza",
                },
            ),
            ("lees_ook", "b-ohl-europe-play-offs"),
            (
                "paragraph",
                "Mocht Lindqvist vertrekken, dan moet OHL op zoek naar een nieuwe spits. De club volgt naar verluidt al enkele profielen in Scandinavië, een markt die de Leuvenaren goed kennen. Een vervanger uit eigen rangen is er voorlopig niet: de jonge spitsen van de beloften worden nog een jaar te licht bevonden.",
            ),
        ],
        "poll": {"question": "Moet OHL Lindqvist deze zomer verkopen?", "options": ["Ja", "Nee"]},
        "poll_article": False,
    },
    {
        "key": "b-ohl-europe-play-offs",
        "headline": "OH Leuven zet grote stap richting Europe Play-Offs",
        "intro": "OH Leuven heeft een belangrijke zege geboekt in de strijd om een plaats in de Europe Play-Offs. De Leuvenaren wonnen met 0-2 op het veld van Cercle Brugge en hebben nu een comfortabele kloof met de dertiende plaats.",
        "authors": ["Bram De Smet"],
        "hours_ago": 400,
        "clubs": ["oh-leuven", "cercle-brugge"],
        "competitions": ["jupiler-pro-league"],
        "persons": [
            {"name": "Siebe Vandenbroucke", "role": "player", "club": "oh-leuven"},
            {"name": "Oskar Lindqvist", "role": "player", "club": "oh-leuven"},
            {"name": "Tom Verhaegen", "role": "coach", "club": "oh-leuven"},
        ],
        "source_medium": "",
        "rumour": False,
        "image": {
            "caption": "Illustratiebeeld: spelers van OH Leuven groeten de meegereisde fans",
            "credit": "Kopbal",
        },
        "body": [
            (
                "paragraph",
                "In Brugge was OHL van bij het begin de betere ploeg. Siebe Vandenbroucke opende na twintig minuten de score met een afgemeten schot van buiten de zestien. Oskar Lindqvist verdubbelde de voorsprong na het uur met een kopbal uit een hoekschop.",
            ),
            ("subheading", "Zes punten kloof"),
            (
                "paragraph",
                "Door de zege heeft Leuven nu zes punten voorsprong op de dertiende plaats, met nog een handvol speeldagen te gaan. De Europe Play-Offs, voor de plaatsen zeven tot twaalf, komen daarmee binnen handbereik. Daar worden de punten gehalveerd, wat alle ploegen opnieuw dicht bij elkaar brengt.",
            ),
            (
                "quote",
                {
                    "text": "In de Europe Play-Offs kan alles. Wie die wint, speelt nog een match om Europees voetbal. Waarom zouden wij dat niet kunnen?",
                    "speaker": "Tom Verhaegen",
                    "source": "",
                },
            ),
            ("subheading", "Vandenbroucke op zijn best"),
            (
                "paragraph",
                "De uitblinker van de avond was opnieuw Vandenbroucke. De 21-jarige middenvelder uit de eigen jeugd is al het hele seizoen een vaste waarde en wordt steeds vaker genoemd als kandidaat voor de Rode Duivels. Bij de bond zouden ze zijn prestaties alvast met interesse volgen.",
            ),
            (
                "quote",
                {
                    "text": "Ik probeer vooral elke week constant te zijn. Als er ooit een telefoontje komt, zal ik klaar zijn.",
                    "speaker": "Siebe Vandenbroucke",
                    "source": "",
                },
            ),
            (
                "paragraph",
                "Volgende week wacht een thuiswedstrijd in Den Dreef, waar OHL het karwei definitief kan afmaken. Verhaegen waarschuwde wel voor te veel euforie: 'Er is nog niets binnen, ook al ziet het er goed uit.'",
            ),
        ],
        "poll": {"question": "Wint OH Leuven de Europe Play-Offs?", "options": ["Ja", "Nee"]},
        "poll_article": False,
    },
    {
        "key": "b-dender-wint-kelderkraker",
        "headline": "Dender wint kelderkraker tegen La Louvière",
        "intro": "Dender heeft een belangrijke stap gezet richting behoud. In een nerveuze kelderkraker won de ploeg van Kristof Van den Eede met 2-1 van La Louvière, dat daardoor naar de laatste plaats zakt. Ibrahima Tandia was opnieuw beslissend.",
        "authors": ["Pieter Van Acker"],
        "hours_ago": 41,
        "clubs": ["dender", "la-louviere"],
        "competitions": ["jupiler-pro-league"],
        "persons": [
            {"name": "Kristof Van den Eede", "role": "coach", "club": "dender"},
            {"name": "Ibrahima Tandia", "role": "player", "club": "dender"},
            {"name": "Jelle Van Impe", "role": "player", "club": "dender"},
            {"name": "Mehdi Ouazzani", "role": "player", "club": "la-louviere"},
            {"name": "Grégory Lhoest", "role": "coach", "club": "la-louviere"},
            {"name": "Jorne Verstraeten", "role": "player", "club": "dender"},
            {"name": "Nicolas Verhoeven", "role": "referee", "club": None},
        ],
        "source_medium": "",
        "rumour": False,
        "image": {
            "caption": "Illustratiebeeld: een hard duel op het middenveld in Denderleeuw",
            "credit": "Kopbal / illustratie",
        },
        "body": [
            (
                "paragraph",
                "Van voetballend vuurwerk was weinig sprake in Denderleeuw. Beide ploegen wisten wat er op het spel stond en dat was te merken aan de vele slordige passes en harde duels. Pas na een half uur kwam er wat leven in de brouwerij. Dender moest het opnieuw stellen zonder zijn geblesseerde doelman Jorne Verstraeten, maar diens vervanger hield zich kranig staande.",
            ),
            ("subheading", "Tandia blijft scoren"),
            (
                "paragraph",
                "Ibrahima Tandia opende de score met een droge knal in de korte hoek. La Louvière kwam na de rust langszij via Mehdi Ouazzani, maar een kwartier voor tijd kopte aanvoerder Jelle Van Impe de winnende treffer binnen uit een vrije trap.",
            ),
            (
                "quote",
                {
                    "text": "Dit zijn de wedstrijden waarin je moet staan. Vandaag stonden we er, en daar ben ik het meest trots op.",
                    "speaker": "Kristof Van den Eede",
                    "source": "",
                },
            ),
            (
                "quote",
                {
                    "text": "Mijn eerste doelpunt van het seizoen, en dan nog in zo'n belangrijke match. Beter kan het niet.",
                    "speaker": "Jelle Van Impe",
                    "source": "",
                },
            ),
            ("subheading", "Ontgoocheling bij de Wolven"),
            (
                "paragraph",
                "Bij La Louvière droop men ontgoocheld af. Trainer Grégory Lhoest vond dat zijn ploeg na de gelijkmaker het initiatief had moeten nemen. Door de nederlaag zakken de Wolven naar de zestiende plaats, de enige die in de Relegation Play-Offs echt gevaarlijk is.",
            ),
            ("lees_ook", "b-la-louviere-degradatiestrijd"),
            (
                "paragraph",
                "Dender kan met deze zege even ademhalen. Omdat de punten in de Relegation Play-Offs niet gehalveerd worden, is elke overwinning in deze fase goud waard. Scheidsrechter Nicolas Verhoeven beleefde een rustige avond: de VAR moest geen enkele keer ingrijpen.",
            ),
        ],
        "poll": {"question": "Blijft Dender in eerste klasse?", "options": ["Ja", "Nee"]},
        "poll_article": False,
    },
    {
        "key": "b-dender-verstraeten-kruisbanden",
        "headline": "Zware klap voor Dender: seizoen voorbij voor doelman Verstraeten",
        "intro": "Dender moet de rest van het seizoen zonder zijn eerste doelman. Jorne Verstraeten scheurde op training de kruisbanden van zijn rechterknie. Een streep door de rekening van trainer Kristof Van den Eede in de strijd om het behoud.",
        "authors": ["Nadia El Amrani"],
        "hours_ago": 215,
        "clubs": ["dender"],
        "competitions": ["jupiler-pro-league"],
        "persons": [
            {"name": "Jorne Verstraeten", "role": "player", "club": "dender"},
            {"name": "Kristof Van den Eede", "role": "coach", "club": "dender"},
            {"name": "Jelle Van Impe", "role": "player", "club": "dender"},
        ],
        "source_medium": "",
        "rumour": False,
        "image": {
            "caption": "Illustratiebeeld: een doelman van Dender op training",
            "credit": "Kopbal / illustratie",
        },
        "body": [
            (
                "paragraph",
                "Het ongeluk gebeurde tijdens een onschuldige oefening op het einde van de training. Verstraeten kwam verkeerd neer na een duik en bleef meteen liggen. Onderzoek in het ziekenhuis bevestigde de ergste vrees: een gescheurde voorste kruisband. Zijn ploegmaats reageerden geschrokken en de training werd kort daarna stilgelegd.",
            ),
            ("subheading", "Maanden revalidatie"),
            (
                "paragraph",
                "De 29-jarige doelman wordt later deze week geopereerd en moet rekening houden met een revalidatie van minstens zes maanden. Daarmee mist hij niet alleen het slot van dit seizoen, maar ook de start van het volgende.",
            ),
            (
                "quote",
                {
                    "text": "Jorne is een van de leiders van deze groep. Dat hij er niet meer bij is, doet pijn, sportief én menselijk.",
                    "speaker": "Kristof Van den Eede",
                    "source": "",
                },
            ),
            ("subheading", "Vertrouwen in de vervanger"),
            (
                "paragraph",
                "De reservedoelman, die dit seizoen nog maar in twee bekermatchen in actie kwam, krijgt nu zijn kans. Van den Eede ziet geen reden om op de markt te gaan: vrije doelmannen van niveau zijn er nauwelijks en de club heeft vertrouwen in de eigen keepers. De keeperstrainer werkt de komende weken extra individuele sessies af met de nieuwe nummer één.",
            ),
            (
                "paragraph",
                "Aanvoerder Jelle Van Impe zocht zijn ploegmaat meteen na het onderzoek op en belooft dat de groep er alles aan zal doen om het behoud voor hem te verzekeren.",
            ),
            (
                "quote",
                {
                    "text": "We hebben hem beloofd dat we in eerste klasse blijven. Dan staat hij volgend seizoen weer tussen de palen, waar hij thuishoort.",
                    "speaker": "Jelle Van Impe",
                    "source": "",
                },
            ),
        ],
        "poll": {"question": "Redt Dender zich zonder Verstraeten?", "options": ["Ja", "Nee"]},
        "poll_article": False,
    },
    {
        "key": "b-rode-duivels-selectie",
        "headline": "Drie nieuwe gezichten in selectie van de Rode Duivels",
        "intro": "Bondscoach Laurent Gosselin heeft zijn selectie voor de komende interlands bekendgemaakt. Opvallend: met Noah Delvaux, Siebe Vandenbroucke en Lowie Decock krijgen drie spelers uit de Jupiler Pro League hun eerste oproeping.",
        "authors": ["Sofie Claes", "Jonas Verbeke"],
        "hours_ago": 340,
        "clubs": ["union", "oh-leuven", "zulte-waregem"],
        "competitions": ["rode-duivels"],
        "persons": [
            {"name": "Laurent Gosselin", "role": "coach", "club": None},
            {"name": "Noah Delvaux", "role": "player", "club": "union"},
            {"name": "Siebe Vandenbroucke", "role": "player", "club": "oh-leuven"},
            {"name": "Lowie Decock", "role": "player", "club": "zulte-waregem"},
            {"name": "Dimitri Kastelein", "role": "agent", "club": None},
        ],
        "source_medium": "",
        "rumour": False,
        "image": {
            "caption": "Illustratiebeeld: een bondscoach tijdens een persconferentie",
            "credit": "Kopbal / illustratie",
        },
        "body": [
            (
                "paragraph",
                "Gosselin had al laten uitschijnen dat hij de Belgische competitie van nabij volgt, en dat bewijst hij nu ook. Delvaux van Union, Vandenbroucke van OH Leuven en Decock van Zulte Waregem worden beloond voor een sterk seizoen.",
            ),
            ("subheading", "Beloning voor vorm"),
            (
                "paragraph",
                "Vooral de selectie van Decock is opmerkelijk. De spits speelt pas zijn eerste seizoen in de hoogste klasse, met de promovendus uit Waregem. Gosselin benadrukte op zijn persconferentie dat het niveau van de competitie voor hem geen hinderpaal is.",
            ),
            (
                "quote",
                {
                    "text": "Ik kijk naar wat een speler brengt, niet naar het logo op zijn shirt. Wie elke week presteert, verdient een kans om zich te tonen.",
                    "speaker": "Laurent Gosselin",
                    "source": "",
                },
            ),
            ("subheading", "Vandenbroucke is de jongste"),
            (
                "paragraph",
                "Met zijn 21 jaar is Vandenbroucke de jongste speler van de selectie. De middenvelder van OHL wordt gezien als een mogelijke sterkhouder op langere termijn. Delvaux moet dan weer voor extra creativiteit op de flanken zorgen.",
            ),
            (
                "quote",
                {
                    "text": "Ik kreeg het nieuws van de trainer en moest even gaan zitten. Mijn ouders waren nog emotioneler dan ik.",
                    "speaker": "Siebe Vandenbroucke",
                    "source": "",
                },
            ),
            (
                "paragraph",
                "De spelers verzamelen volgende week in het oefencentrum in Tubize. Gosselin liet verstaan dat niet alle debutanten speelminuten krijgen, maar dat de trainingsweek minstens even belangrijk is om hen beter te leren kennen. Voor Delvaux komt de oproeping op een mooi moment. Zijn zaakwaarnemer Dimitri Kastelein noemde ze 'de kroon op een jaar hard werken'. De volledige selectie telt zesentwintig namen.",
            ),
        ],
        "poll": {
            "question": "Krijgt Decock speelminuten tijdens deze interlandperiode?",
            "options": ["Ja", "Nee"],
        },
        "poll_article": False,
    },
    {
        "key": "b-rode-duivels-eerste-training",
        "headline": "Debutanten op eerste training: 'Nog altijd onwerkelijk'",
        "intro": "De Rode Duivels zijn in Tubize aan hun interlandstage begonnen. Voor Siebe Vandenbroucke, Noah Delvaux en laatkomer Wout Claessens was het de eerste kennismaking met de nationale ploeg. Kopbal was erbij.",
        "authors": ["Lotte Wouters"],
        "hours_ago": 250,
        "clubs": ["oh-leuven", "union", "stvv"],
        "competitions": ["rode-duivels"],
        "persons": [
            {"name": "Siebe Vandenbroucke", "role": "player", "club": "oh-leuven"},
            {"name": "Noah Delvaux", "role": "player", "club": "union"},
            {"name": "Wout Claessens", "role": "player", "club": "stvv"},
            {"name": "Laurent Gosselin", "role": "coach", "club": None},
            {"name": "Lowie Decock", "role": "player", "club": "zulte-waregem"},
            {"name": "Rune Vanhees", "role": "player", "club": "stvv"},
        ],
        "source_medium": "",
        "rumour": False,
        "image": {
            "caption": "Illustratiebeeld: de Rode Duivels werken een training af in Tubize",
            "credit": "Kopbal / illustratie",
        },
        "body": [
            (
                "paragraph",
                "Onder een waterig zonnetje werkten de Rode Duivels hun eerste training af. Bondscoach Laurent Gosselin liet de groep vooral werken rond balbezit en positiespel. De debutanten kregen geen speciale behandeling en werden meteen in de oefeningen gegooid. Een handvol fans volgde de sessie vanachter de omheining.",
            ),
            ("subheading", "Zenuwen en grappen"),
            (
                "paragraph",
                "Vandenbroucke gaf toe dat hij de nacht voor de stage slecht had geslapen. Van nervositeit was op het veld echter weinig te merken: de middenvelder van OHL combineerde vlot met de routiniers en kreeg na een geslaagde steekpass zelfs applaus van de bondscoach.",
            ),
            (
                "quote",
                {
                    "text": "Je ziet spelers die je jarenlang op tv hebt gevolgd en plots sta je naast hen in een rondo. Dat is nog altijd onwerkelijk.",
                    "speaker": "Siebe Vandenbroucke",
                    "source": "",
                },
            ),
            ("subheading", "Claessens op het laatste moment"),
            (
                "paragraph",
                "Wout Claessens werd pas enkele dagen geleden opgeroepen als vervanger van de geblesseerde Lowie Decock. De aanvoerder van STVV reed rechtstreeks van Sint-Truiden naar Tubize en moest naar eigen zeggen even wennen aan alle aandacht. In Sint-Truiden volgden ze het nieuws met trots: jeugdspeler Rune Vanhees, die op training vaak naast Claessens staat, stuurde hem meteen een felicitatie.",
            ),
            (
                "quote",
                {
                    "text": "Mijn tas was nog niet eens gepakt toen de bondscoach belde. Ik heb alles in tien minuten bij elkaar gegooid.",
                    "speaker": "Wout Claessens",
                    "source": "",
                },
            ),
            (
                "paragraph",
                "Ook Noah Delvaux genoot zichtbaar van zijn eerste dag. Gosselin zag vooral een groep met honger. 'De nieuwe jongens brengen frisheid, dat voel je meteen', zei hij na afloop.",
            ),
            ("lees_ook", "b-rode-duivels-selectie"),
        ],
        "poll": {
            "question": "Moet Gosselin minstens één debutant laten starten?",
            "options": ["Ja", "Nee"],
        },
        "poll_article": False,
    },
    {
        "key": "b-rode-duivels-decock-haakt-af",
        "headline": "Pech voor Decock: spits van Essevee haakt af bij Rode Duivels",
        "intro": "Lowie Decock zal zijn debuut bij de Rode Duivels nog even moeten uitstellen. De spits van Zulte Waregem liep op training bij zijn club een enkelblessure op. Bondscoach Laurent Gosselin roept STVV-aanvoerder Wout Claessens op als vervanger.",
        "authors": ["Bram De Smet"],
        "hours_ago": 280,
        "clubs": ["zulte-waregem", "stvv"],
        "competitions": ["rode-duivels"],
        "persons": [
            {"name": "Lowie Decock", "role": "player", "club": "zulte-waregem"},
            {"name": "Laurent Gosselin", "role": "coach", "club": None},
            {"name": "Wout Claessens", "role": "player", "club": "stvv"},
            {"name": "Frederik Vanneste", "role": "coach", "club": "zulte-waregem"},
            {"name": "Samuel Adjei-Mensah", "role": "player", "club": "zulte-waregem"},
        ],
        "source_medium": "",
        "rumour": False,
        "image": {
            "caption": "Illustratiebeeld: een speler laat zijn enkel verzorgen langs het trainingsveld",
            "credit": "Kopbal / illustratie",
        },
        "body": [
            (
                "paragraph",
                "Het nieuws kwam aan als een koude douche in Waregem. Decock verstapte zich tijdens een afwerkingsoefening en moest de training vroegtijdig staken. Een echografie wees uit dat de blessure niet ernstig is, maar te veel tijd vraagt om aan de interlandperiode deel te nemen.",
            ),
            ("subheading", "Kort herstel"),
            (
                "paragraph",
                "Volgens de medische staf van Zulte Waregem gaat het om een lichte verstuiking. Decock zou na de interlandbreak gewoon weer beschikbaar zijn voor zijn club. De spits zelf reageerde teleurgesteld, maar wilde vooral vooruitkijken.",
            ),
            (
                "quote",
                {
                    "text": "Het doet pijn, dat ga ik niet ontkennen. Maar als ik blijf doen wat ik doe, komt er wel een nieuwe kans.",
                    "speaker": "Lowie Decock",
                    "source": "",
                },
            ),
            (
                "quote",
                {
                    "text": "We hebben in overleg met de bondsdokter beslist om geen enkel risico te nemen. Lowie blijft in ons vizier.",
                    "speaker": "Laurent Gosselin",
                    "source": "",
                },
            ),
            ("subheading", "Ander profiel"),
            (
                "paragraph",
                "Opvallend is dat Gosselin geen nieuwe spits oproept. Met Claessens kiest hij voor een centrale verdediger die ook op het middenveld uit de voeten kan. De aanvoerder van STVV is al jaren een van de constantste verdedigers van de competitie. Gosselin wil naar eigen zeggen vooral meer opties achterin, nu enkele vaste verdedigers met kleine kwaaltjes sukkelen.",
            ),
            (
                "paragraph",
                "Bij Zulte Waregem hoopt trainer Frederik Vanneste dat de teleurstelling geen invloed heeft op zijn spits. 'Lowie is mentaal sterk genoeg om dit snel door te slikken', liet hij weten. Verdediger Samuel Adjei-Mensah beloofde dan weer om zijn ploegmaat de komende dagen met de nodige grappen op te vrolijken.",
            ),
            ("lees_ook", "b-zw-decock-interview"),
        ],
        "poll": {
            "question": "Verdient Decock bij de volgende selectie opnieuw een kans?",
            "options": ["Ja", "Nee"],
        },
        "poll_article": False,
    },
]
