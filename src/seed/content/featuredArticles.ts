import type { FeaturedArticleSeed } from '../types'

/**
 * The "Uitgelicht" articles. Titles are printed in capitals; they are given here in sentence case.
 * Footnote markers (superscript in print) are written as "(5)" in the body.
 */
export const featuredArticles: FeaturedArticleSeed[] = [
  {
    slug: 'subsidieaanvragen-remediering-en-kandidaat-instromers',
    title: 'Subsidieaanvragen, remediëring en kandidaat-instromers: terugblik op twee jaar ondersteuning',
    chapter: 'ondersteuningsaanbod-verdere-professionalisering',
    author: 'Gie Van den Eeckhaut',
    lead: 'Tijdens jaar drie en vier van de beleidsperiode worden het aanbod en de ondersteuning van Socius sterk gestuurd door wat organisaties te doen staat in relatie tot het decreet. Negatieve visitatieverslagen verplichten een aantal organisaties tot een intensief proces van remediëring. Erkende organisaties gaan elk op hun eigen tempo in beleidsplanningsmodus om een subsidieaanvraag voor te bereiden. Kandidaat-instromers verkennen of het al dan niet zinvol is om een subsidieaanvraag in te dienen.',
    body: `Ons beleidsplan zet in op de ondersteuning van civiele sociaal-culturele actoren in relatie tot relevante subsidiekaders, met het decreet sociaal-cultureel volwassenenwerk als kern. We informeren organisaties grondig en helpen hen zich daarop af te stemmen, een taak die we de afgelopen twee jaar via een breed ondersteuningsaanbod opnamen.

## Organisaties in remediëring

Bij de ontvangst van de visitatierapporten kregen 22 organisaties de opdracht om te remediëren. Ze hadden één jaar de tijd om in een remediëringsrapport aan te tonen welke acties en processen ze hadden opgezet om de kwaliteit van hun werking te verbeteren en welke resultaten ze daarmee bereikten.

We nodigden elke organisatie uit voor een intakegesprek, waarop 20 van de 22 ingingen. In totaal spraken we met 28 mensen. Elk gesprek startte met een peiling naar de – vaak emotioneel beladen – reacties op het visitatieverslag.

Daarna lag de focus op de aanbevelingen. Waar deze binnen de expertise van Socius vielen, boden we begeleiding op maat aan zodat leidinggevenden, bestuur en team concreet aan de slag konden. Het ging dan over de expertisedomeinen: rollen en functies, diversiteitsbeleid en participatie, publieksbereik, vrijwilligersbeleid, doelstellingenkader en opvolging van acties, samenhang inhoudelijk-financieel-zakelijk en goed bestuur.

18 organisaties maakten gebruik van deze coaching op maat, waarmee we in 44 dagdelen 215 deelnemers bereikten. In opvolging van deze coaching deden we vaak ook kleine, niet geregistreerde interventies zoals het geven van extra verduidelijking of feedback op rapportonderdelen. Van 14 organisaties volgden medewerkers of bestuurders ook activiteiten uit ons open aanbod rond de ondersteuning bij het decreet.

## Opmaak van de subsidieaanvraag

Socius zette op heel verschillende manieren in op de ondersteuning van werkers, coördinatoren en bestuurders bij het opmaken van hun beleidsplan.

### Online ondersteuning

De website van Socius bood tal van tools en informatie voor een sterke subsidieaanvraag:

- Om het decreet, de memorie van toelichting en het besluit van de Vlaamse Regering leesbaar en verstaanbaar te maken, kon iedereen terecht op ‘Alles over het decreet SCvW’. Naar schatting 7.500 bezoekers vonden de weg naar dit onderdeel van de site en consulteerden daar in het totaal zo’n 10.000 pagina’s. De tekst van het decreet werd 1.035 keer gedownload, de memorie van toelichting 939 keer en het besluit van de Vlaamse Regering 773 keer. Een overzichtelijk document met alle ontvankelijkheidsvoorwaarden, subsidievoorwaarden, beoordelingscriteria, subsidievereisten en de bijhorende verduidelijkingen, werd 675 keer gedownload (de info voor landelijke organisaties 400 keer, die voor regionale organisaties 275 keer).
- De ‘Toolbox beleidsplanning’, al jaren gewaardeerd ook buiten onze sector, werd in een sterk herwerkte versie door 5.700 bezoekers bezocht. Goed voor zo’n 30.000 geconsulteerde pagina’s. Samen met het Departement Cultuur, Jeugd en Media werden twee nota’s opgemaakt om de beoordelingscriteria ter verduidelijken. De nota ‘Strategische en operationele doelen formuleren in het kader van het beleidsplan’ werd 383 keer gedownload. De nota ‘Werk maken van de afstemming tussen je inhoudelijk, zakelijk en financieel beleid in het kader van het beleidsplan’ 692 keer.
- De kennisomgeving ‘Civiel actorschap in een wereld in verandering’ hielp organisaties bij de opmaak van hun maatschappelijke contextanalyse. De omgeving was goed voor 2.200 bezoekers en 19.000 bezochte pagina’s.
- Rollen en functies spelen een centrale rol in het decreet én dus ook in de beleidsplannen. Om hun eigen verhaal hierover deskundig te vertellen, vonden 13.000 bezoekers hun weg naar ‘Rollen en functies’ waar ze in totaal 16.130 pagina’s raadpleegden.

### Open aanbod

In 2023 en 2024 boden we in totaal 33 activiteiten aan binnen ons open aanbod, goed voor 74 dagdelen ondersteuning rond het beleidsplanningsproces. Daarvan vonden er 23 online plaats en 7 offline. Drie activiteiten waren blended (zowel on- als offline) van opzet.

We kozen er ook voor om dit aanbod sterker te differentiëren naar verschillende doelpublieken. Naast het aanbod dat voor iedereen toegankelijk was, maakten we onderscheid in een aanbod voor grote en kleine organisaties, voor kandidaat-instromers en richtten we ons expliciet naar bestuursvrijwilligers.

Volgende thema’s kwamen aan bod:

- bepalen van de aanpak en het managen van het beleidsplanningsproces
- maatschappelijke contextanalyse
- samenhang inhoudelijk, financieel en zakelijk beleid
- van beleidsuitdaging over beleidskeuze naar SD’s en OD’s
- rollen en functies explicteren in het beleidsplan, extra ‘laborol’
- vrijwilligersbeleid
- formuleren van doelen
- publieksbereik
- beleidsplanningsklinieken
- …

Al deze activiteiten samen waren goed voor 448 deelnemers, waarvan 81 specifiek aan het aanbod voor bestuursvrijwilligers. In totaal bereikten we 94 unieke organisaties, ofwel drie kwart van de erkende organisaties. De tevredenheidsscore bedroeg 85%, de NPS-score +53. Resultaten die de algemene tevredenheid over het open aanbod van Socius licht overstijgen (i.e. 82% en +39).

Opvallend is dat we 329 deelnemers bereikten met ons online aanbod, 32 via een blended leertraject en 87 met een offline aanbod. Voeg daar de bezoekcijfers aan de website aan toe en het wordt duidelijk dat onze online ondersteuning van groot belang is en tegemoetkomt aan de noden en behoeften van organisaties en werkers.

### @home en vraaggestuurd

Met ons @home-aanbod brengen we vormingen op de werkvloer. Zo gingen we in 5 organisaties aan de slag met het team om te onderzoeken welke invulling van de rollen en welke visie op de functiemix het best aansloten bij de missie en visie van hun organisatie. Op deze manier bereikten we 25 beroepskrachten.

Met onze vraaggestuurde werking spelen we in op specifieke behoeften en vragen van organisaties. Vragen die niet altijd beantwoord (kunnen) worden tijdens een vorming, een studiedag of een workshop. Op deze manier hielpen we 9 beroepskrachten in 5 organisaties verder met specifieke vragen rond doelgroepenanalyse- en strategie, de aanpak van het beleidsplanningsproces, het werken met SWO-ART of de maatschappelijke contextanalyse.

Tot slot deden we voor een 30-tal organisaties beperkte interventies. Deze interventies bestonden vaak uit het nalezen van korte stukken tekst of korte online adviesgesprekken.

## Ondersteuning kandidaat-instromers

Met de ondersteuning van kandidaat-instromers bereikten we 50 unieke kandidaat-instromers. Die ondersteuning had twee doelen.

### Is instappen zinvol?

Organisaties moesten kunnen uitmaken of het zinvol was om zich kandidaat te stellen voor subsidies uit het decreet sociaal-cultureel volwassenenwerk. Een speciale sectie in ‘Alles over het decreet SCvW’ bood basisinformatie over procedure, voorwaarden en verwachtingen. Het Departement Cultuur, Jeugd en Media én De Federatie verwezen geïnteresseerden standaard door naar Socius voor een eerste inschatting. Eind 2022 organiseerden Socius en De Federatie een introductiesessie waarin 20 deelnemers uit 17 organisaties een eerste oriëntatie kregen.

Heel wat organisaties toonden interesse. In 2023 en 2024 kregen Socius en De Federatie van 77 organisaties de boodschap dat ze interesse hadden in een kandidatuur. 27 van hen maakten gebruik van een online adviesgesprek met Socius waarin het decreet werd uitgelegd en de verwachtingen werden toegelicht waaraan een organisatie moet voldoen om kans te maken. Dit hielp hen om intern een weloverwogen beslissing te nemen.

### Begeleiding bij de subsidieaanvraag

Kandidaat-instromers konden rekenen op een gerichte ondersteuning om een sterke subsidieaanvraag op te stellen. Aan de vorming ‘Decreet en beleidsplanning voor kandidaat-instromers’ namen 12 mensen uit 10 organisaties deel. Tijdens de vorming ‘Rollen en functies expliciteren in je beleidsplanningsproces’ gingen 6 deelnemers uit 6 organisaties aan de slag om hun gemaakte keuzes verder te expliciteren.`,
    pullQuotes: [
      { quote: 'We kozen ervoor om ons aanbod sterker te differentiëren naar verschillende doelpublieken.' },
      {
        quote:
          'Het wordt duidelijk dat onze online ondersteuning van groot belang is en tegemoetkomt aan de noden en behoeften van organisaties en werkers.',
      },
    ],
  },
  {
    slug: 'mentaal-welbevinden-leidinggevenden',
    title: 'Mentaal welbevinden: waarom leidinggevenden eerst voor zichzelf moeten zorgen',
    chapter: 'ondersteuningsaanbod-verdere-professionalisering',
    author: 'Paco Sanogo',
    lead: 'De laatste jaren is er gelukkig meer aandacht voor het mentale welzijn van werknemers. Maar één groep blijft vaak onderbelicht: leidinggevenden. In gesprekken en teksten gaat het zelden over hun mentaal welzijn. Van hen wordt vooral verwacht dat ze zorgen voor hun team. Maar wie zorgt er eigenlijk voor de leidinggevende?',
    body: `Die vraag wordt bijna nooit gesteld, ook niet door leidinggevenden zelf. Omdat we verwachten dat leidinggevenden sterk zijn en voor het team zorgen, rust er bijna een taboe op hun kwetsbaarheid.

In dit artikel delen we enkele ervaringen en tips voor leidinggevenden. We focussen ons daarbij vooral op startende leidinggevenden.

## Overbelasting en zelfzorg

Leidinggevenden raken vaak overweldigd door de vele en uiteenlopende taken. Ze zijn zo sterk gericht op hun team en lopende opdrachten, dat ze hun eigen welzijn gemakkelijk uit het oog verliezen.

Vooral jonge leidinggevenden negeren soms signalen vanuit een soort verantwoordelijkheidsgevoel of redderssyndroom. Dat brengt twee grote risico’s met zich mee: voor henzelf, omdat die signalen vroeg of laat als een boemerang terugkeren, en voor het team, omdat ze daarmee een slecht voorbeeld stellen. Als je leidinggevende zichtbaar worstelt, voelt het als teamlid niet gemakkelijk om je eigen zorgen aan te kaarten. Ook al klinkt de boodschap “mijn deur staat altijd open”, ze blijft in de praktijk vaak (on)zichtbaar gesloten.

Om op een goede manier voor anderen te kunnen zorgen en echt aanspreekbaar te zijn, moet je zelf in orde zijn. Zelfzorg begint bij zelfkennis: weten wat je belangrijk vindt, wat je energie geeft of juist kost, en waar je grenzen liggen. Tijd voor je eigen welzijn komt niet vanzelf – die moet je actief vrijmaken.

## Afstand en nabijheid

Ben je van collega doorgegroeid naar leidinggevende? Dan valt het je misschien op dat je minder vaak wordt uitgenodigd voor informele gesprekken. Dat hoort erbij. Accepteer het als onderdeel van de zoektocht naar een nieuwe balans tussen afstand en nabijheid.

Oefen stap voor stap om hiermee om te gaan. Zo bespaar je jezelf veel stress en verdriet. Naarmate de rollen duidelijker worden en het vertrouwen groeit, komt er vanzelf meer rust in de relaties.

## Je hoeft niet perfect te zijn

Als startende leidinggevende ben je misschien bang om fouten te maken of niet aan de verwachtingen te voldoen. Je denkt misschien dat je snel afgerekend zal worden op verkeerde keuzes. Maar accepteer dat je niet perfect bent – de ideale leidinggevende bestaat niet.

Fouten maken hoort erbij, en dat is prima. Praat erover. Medewerkers waarderen het als leidinggevenden open zijn over hun twijfels en fouten durven toegeven. Bijvoorbeeld: “Ik dacht dat deze beslissing de beste was, maar dat bleek niet het geval. We zullen dus moeten bijsturen.” Het belangrijkste is wat je uit je fouten leert.

## “Het is eenzaam aan de top” is een cliché

Leidinggevenden zeggen soms dat ze een eenzame positie bekleden. Dat hoeft niet zo te zijn. Het is belangrijk om te investeren in een open teamcultuur, waarbij het team ook ondersteuning biedt.

Bouw een netwerk op met collega-leidinggevenden om ervaringen te delen. Als startende leidinggevende kan het geruststellend zijn om te merken dat ook ervaren collega’s te kampen hebben met vergelijkbare worstelingen.

In de sociaal-culturele sector is het extra belangrijk om te kunnen rekenen op een ondersteunend bestuur. Misschien kan de voorzitter van de raad van bestuur je coachen.

Lukt dat niet? Vraag het bestuur dan om een klankbord of ondersteuner aan te stellen – iemand met de juiste vaardigheden en wie je vertrouwt.

Voelt het veiliger om extern steun te zoeken? Doe dat dan. Het wegvallen van een leidinggevende kost de organisatie veel meer dan de investering in die steun.

## Leidinggeven is een ambacht

Zie leidinggeven als een ambacht. Het is een proces van leren, vallen en opstaan – perfectie bestaat niet. Geef jezelf de tijd om te groeien, zowel als mens als leidinggevende.

Zelfkennis speelt hierbij een cruciale rol. Zorg goed voor jezelf, zowel fysiek als mentaal. Alleen dan kan je ook goed voor je team zorgen.`,
    pullQuotes: [
      {
        quote:
          'Het wegvallen van een leidinggevende kost de organisatie veel meer dan de investering in een goede ondersteuning.',
      },
    ],
  },
  {
    slug: 'trefdag-2024-cultuur-voor-welzijn',
    title: 'Trefdag 2024 ‘Cultuur voor welzijn’',
    chapter: 'evenementen',
    lead: 'Elk jaar organiseert Socius op de derde donderdag van november de Trefdag sociaal-cultureel werk, een inspiratiedag voor sociaal-cultureel werkers en andere stakeholders. Op 21 november 2024 verwelkomden we 178 deelnemers en bijna 40 sprekers in het Hendrik Consciencegebouw in Brussel. ‘Cultuur voor welzijn’ was het centrale thema van de dag.',
    body: `Welke rol speelt cultuur in collectief welzijn? Moeten we ons zorgen maken over ons welzijn? In 2022 stond de Belgische welzijnsindicator op het laagste niveau sinds 2005. We kennen meer welvaart, maar leiden we ook een beter leven? Onze samenleving kampt met toenemende onzekerheid, angst en onbehagen. Sociale ongelijkheid groeit, net als eenzaamheid en psychisch lijden. Wachtlijsten worden langer ... De bezorgdheid over welzijn, welbevinden, veerkracht en gezondheid in de samenleving beroert ook de sociaal-culturele sector.

Naast de vraag wat de bijdrage van sociaal-cultureel werk in relatie tot deze kwesties is, vormt het sociaal-cultureel werk een voedingsbodem voor welzijn. Welzijn vertrekt vanuit de eigen kracht van mensen: sociale contacten, een zinvolle dagbesteding, vrijwilligerswerk, de kans om anderen te ontmoeten, actieve deelname aan de samenleving, kunnen rekenen op hulp en steun als het moeilijk gaat … En laat dat nu net de kracht van sociaal-cultureel werk zijn.

## Ruimte voor reflectie, dialoog en meerstemmigheid

Theatermaker en stand-up filosoof Laura van Dolron opende de dag met een unieke voorstelling waarin ze verschillende elementen uit haar werk combineerde. Aan het eind van de dag verraste ze de aanwezigen met een live geschreven column. Minister van Cultuur Caroline Gennez sloot de Trefdag af.

Zowel in de voor- als in de namiddag kon het publiek een keuze maken uit verschillende parallelle sessies. Daarbij bekeken we het thema uit zoveel mogelijk verschillende invalshoeken. We trokken het open. Zo creëerden we ruimte voor reflectie, dialoog en meerstemmigheid. Naast leren en inspireren, maakt de Trefdag uiteraard ook ontmoeting mogelijk. De deelnemers konden netwerken en ervaringen delen tijdens de lunch en de afsluitende receptie.

Daarnaast publiceerden we op de website cultuurvoorwelzijn.be een twintigtal artikels om deelnemers vooraf en nadien te inspireren.

## De sessies

### Wanneer tijd zichzelf herhaalt

In onze samenleving krijgt kortetermijndenken vaak voorrang op reflectie en vooruitkijken. Kunnen we ons denken over tijd verruimen? Onderzoeken hoe voorouders en nakomelingen naar ons huidige model kijken? Onder begeleiding van toekomst- en transitiestrateeg Lien De Ruyck bespraken de deelnemers in een Time Loop-oefening actuele dilemma’s vanuit verschillende perspectieven in de tijd.

### Mentaal welbevinden in je team

Heel wat organisaties in het sociaal-cultureel werk krijgen te maken met uitdagende contexten: veranderende omgevingsfactoren, werkdruk, beknopte ambities door gebrek aan middelen … Allemaal factoren die een invloed kunnen hebben op het mentale welbevinden van het team. In deze sessie ging Socius-medewerker Paco Sanogo samen met de deelnemers op zoek naar hoe dit thema leeft in organisaties en hoe ermee om te gaan.

### Omgaan met rouw en verlies

In een live podcastopname ging audiomaker Sara Logghe in gesprek met psychiater en rouwexperte Uus Knops. Zij ging dieper in op omgaan met verlies en hoe we dat vormgeven in onze samenleving. Nadien praatte Sara met 4 praktijkwerkers over hoe zij het thema ‘rouw en verlies’ vormgeven: An Vandeborne (Ouders van Verongelukte Kinderen-SAVE), Sus Maerschalk (DE KEI vzw), Hilde Dewitte (ConTempo) en Leen Vermeire (Ferm). De podcast is sinds december 2024 te beluisteren op Spotify.

### Zelfzorg: vlucht of voorwaarde voor engagement?

Zelfzorg lijkt het domein bij uitstek van psychologen, therapeuten en coaches. Maar vergeten we door de eenzijdige psychologische aandacht geen belangrijke maatschappelijke fenomenen? Hebben ook filosofen iets specifieks en waardevols te vertellen over zelfzorg en zorg voor anderen? Over het belang van zelfzorg voor een democratische samenleving? Professor Rob Devos (KU Leuven) besprak de keerzijde van zelfzorg en onderzocht waarom en hoe de academische wijsbegeerte zelfzorg verwaarloosde, maar ook hoe het thema in de marge verder is blijven leven.

### Cultuur op voorschrift

Culturele activiteiten verrijken ons leven. Ze helpen ons om onszelf beter te begrijpen, te groeien en meer zelfvertrouwen op te bouwen. Het gevoel van verbondenheid en betekenis dat voortkomt uit het deelnemen aan culturele activiteiten kan je helpen om je beter en gezonder te voelen. In deze sessie gingen we dieper in op het begrip ‘positieve gezondheid’. Samen met Michaël Van Houtte (Erfgoedcel Denderland), Martin De Loose (Neos vzw), Els Rossignol (CM Vlaams-Brabant & Brussel) en Elke Plovie (UCLL) bogen de deelnemers zich over de heilzame werking van cultuur, erfgoed en kunst. Mieke Dumont leidde het gesprek in goede banen.

### Schrijven voor verbinding en verzet

Schrijven duikt als methodiek de laatste jaren opvallend vaak op in het sociaal-cultureel werk. Het neerpennen van dagelijkse ervaringen, geluksmomenten en zorgen werkt immers helend. De praktijken die in dit panelgesprek aan bod kwamen, gaan een stap verder. Ze geven aandacht aan het helend schrijven van activisten, die al te vaak hun woorden inzetten voor anderen, maar misschien te weinig voor zichzelf. Schrijfster en docente Emke Dierckx (Odisee Hogeschool) ging in gesprek met KifKif (Horia Bali), Ine De Rycke (Bond Zonder Naam) en Mirella Claesen (Samana).

### (Derde) plekken

Hoe kan de publieke ruimte ingezet worden voor welzijn? Wat hebben we daarvoor nodig? En hoe zit het met de derde plekken (third places), een plek weg van thuis (first place) of de werkvloer (second place)? Het sociale karakter van derde plekken versterkt de diversiteit en cohesie in een buurt, wat zowel het collectieve als het individuele welzijn ten goede komt. Stijn Oosterlynck (UAntwerpen) lichtte het belang van ruimte toe en toonde hoe we sociaal-cultureel werk kunnen organiseren in die ruimte. Cultuurjournaliste Virginie Platteau stond in voor de moderatie van het gesprek met de deelnemers.

### Mediawijs omgaan met digitaal welzijn

Is de digitale trein aan het ontsporen? Hoe houden we als sociaal-cultureel werkers oog voor het digitaal welzijn van onszelf en van de mensen, groepen en gemeenschappen waarmee we werken? Het Vlaams Kenniscentrum Digitale en Mediawijsheid vertrekt vanuit cijfers om te onderzoeken of de digitale druk effectief te veel en te snel is. In deze sessie doken Yana Baetens en Emmy Vandenbussche in de cijfers rond mediabezit en -gebruik bij zowel volwassenen als kinderen en jongeren. De workshop maakte ruimte om met tips en tricks je digitale balans in evenwicht te houden en stond stil bij de invloed van sociale media op mentaal welzijn.

### Tijd voor welzijn: een collectief goed

Het bewustzijn dat de tijdsproblematiek een maatschappelijk probleem is, is de afgelopen jaren sterk toegenomen. Anderzijds is het verbazend dat er vandaag nog altijd zo weinig besef is dat hedendaagse tijdsproblemen collectief aangepakt moeten worden. In een lezing en daaropvolgend gesprek met het publiek benadrukte Ignace Glorieux (VUB - onderzoeksgroep TOR) het maatschappelijk belang van tijd, ging hij in op de aard van tijdsproblemen en belichtte hij hoe een collectief tijdsbeleid kan bijdragen aan het welzijn van iedereen.

### Racisme als chronische stressor

Moderator Birsen Taspinar (Odisee Hogeschool) stond met Mary Edna Lamnteh (Sankaa vzw), Herlinde Swinnen (Avansa Oost-Brabant) en Syira Maruf (Ella vzw) stil bij de manier waarop racisme het welzijn en welbevinden schaadt. Zij vertelden hoe ze het mechanisme blootleggen, doen begrijpen en ter verantwoording roepen.

### Economie voor welzijn

De focus op welvaart en groei in de huidige economie zorgt ervoor dat mensen achterblijven en er onherstelbare schade ontstaat aan de natuur. Maar hoe kan het anders? Is een sociaal rechtvaardige samenleving binnen de ecologische grenzen van een gezonde planeet mogelijk? En kan ons economisch systeem daaraan bijdragen? Moderator Piet Ruig zocht het uit met dr. Nicky Pouw (Universiteit van Amsterdam), Inez Louwagie (De Transformisten) en Nick Meynen (program manager klimaattransitie).

### Handicap. Een bevrijding

In 2024 verscheen het boek ‘Handicap. Een bevrijding’. Daarin fileert schrijfster Anaïs Van Ertvelde wat de wereld ons vertelt over handicap en maakt ze duidelijk wat handicap ons over de wereld kan vertellen. Tijdens de sessie gingen deelnemers in gesprek met de auteur over haar boek. De begeleiding van de sessie was in handen van Gert-Jan Vanaken (KULeuven/UAntwerpen).

### Wooncrisis | welzijnscrisis

Een warme thuis met de zekerheid van een veilig dak boven je hoofd, is een basisvoorwaarde voor welzijn. Toch staat net die voorwaarde voor veel mensen onder druk. Zo vormt de wooncrisis een welzijnscrisis. Een crisis waarin sociaal-cultureel werk een rol kan spelen als deel van het antwoord en als kritische stem. Moderator Steven Vanden Bussche ging eerst in gesprek met Sien Winters (HIVA-KULeuven) en Hugo Beersmans (Woonzaak) over de wooncrisis. Daarna gingen we samen met Hilde Maelstaf (AP Hogeschool Antwerpen), Joy Verstichelen (Vlaams huurdersplatform) en Rafke Pijls (Levl) in op specifieke dreigingen van de wooncrisis voor het welzijn van mensen.

### Schrijven naar je-zelf: helend schrijven binnen sociaal-cultureel werk

Helend schrijven geeft houvast in moeilijke momenten. Als sociaal-cultureel werker kan je helend schrijven ook inzetten wanneer je werkt rond persoonlijke ontwikkeling, rouw en veerkracht. Schrijven in groep gaat bovendien verder dan individuele reflectie, je zorgt voor verbinding en erkenning. Onder begeleiding van Emke Dierickx maakten de deelnemers aan deze workshop kennis met helend schrijven. Ze doken in de methodiek door zelf te schrijven en reflecteerden over de waarde van schrijven voor hun doelgroep.`,
    pullQuotes: [
      {
        quote: 'Zoals altijd was het een sterk programma, met veel verschillende workshopvormen. Knap.',
        attribution: 'deelnemer Trefdag',
      },
      {
        quote: 'Geweldig om de cross-overs te zien tussen welzijn en cultuur. Ik heb daar veel inspiratie uit kunnen halen. Top! Dankjewel.',
        attribution: 'deelnemer Trefdag',
      },
      {
        quote:
          'Het is heel inspirerend om zoveel betrokken mensen over zoveel relevante thema’s aan het woord te horen. De opener was heel ontroerend, en zindert nog het hardste na.',
        attribution: 'deelnemer Trefdag',
      },
      {
        quote: 'Inspirerende inhoud. Goede afwisseling tussen direct toepasbare workshops en meer theoretische achtergrondinfo.',
        attribution: 'deelnemer Trefdag',
      },
      {
        quote:
          'Een pluim voor de goede organisatie, zowel vooraf (inschrijving, bevestigingsmail,...) als op de dag zelf (maar dat zijn we gewend van het Sociusteam :-)). Jullie zijn toppers!',
        attribution: 'deelnemer Trefdag',
      },
    ],
    practices: [
      'ouders-van-verongelukte-kinderen-save',
      'de-kei',
      'contempo',
      'ferm',
      'erfgoedcel-denderland',
      'neos',
      'cm-vlaams-brabant-brussel',
      'kifkif',
      'bond-zonder-naam',
      'samana',
      'sankaa',
      'avansa-oost-brabant',
      'ella-vzw',
      'de-transformisten',
      'woonzaak',
      'vlaams-huurdersplatform',
      'levl',
    ],
  },
  {
    slug: 'hoe-burgerinitiatieven-aan-politiek-doen',
    title: 'Hoe burgerinitiatieven aan politiek doen',
    chapter: 'evenementen',
    author: 'Nele Vanderhulst',
    lead: '2024 was een jaar waarin memoranda, leerdebatten, politieke krachtmetingen, partijprogramma’s en regeerakkoorden veel publieke belangstelling genoten. Een jaar waarin het dus extra belangrijk werd om te tonen dat het civiele sociaal-culturele werk een belangrijke plaats heeft in een vitale democratie. Burgerinitiatieven en het sociaal-culturele volwassenenwerk spelen – samen met overheden, het middenveld, burgers en marktspelers – een belangrijke rol in het aanpakken van complexe maatschappelijke uitdagingen.',
    body: `Het voorbije jaar zochten we naar praktijken en inzichten over hoe mensen en organisaties ook buiten het stemhokje bepalen hoe ze willen wonen, werken en met elkaar willen samenleven. Sommigen zijn verbonden aan organisaties binnen het erkende sociaal-cultureel volwassenenwerk, anderen zijn lokaal verankerd en aangejaagd door voornamelijk vrijwillige inzet.

Maar hoe doen burgerinitiatieven aan politiek? Wat verstaan we onder ‘burgerinitiatieven’ en ‘aan politiek doen’? Welke burgerinitiatieven hebben we de voorbije periode ontmoet en wat observeren we bij hen? Wat vertelt dit alles over de waarde en betekenis van burgerinitiatieven?

## Burgerinitiatieven in alle maten en gewichten

Ondanks hun diversiteit delen de burgerinitiatieven in dit artikel enkele gemeenschappelijke kenmerken(5):

- initiatieven komen tot stand binnen de leefwereld van burgers;
- burgers starten hierbij het initiatief (al dan niet samen met andere actoren);
- de initiatieven steunen op de persoonlijke bewogenheid en betrokkenheid van trekkers;
- burgers sturen het initiatief – zij bepalen wat ze doen, op welke manier ze dit doen, voor wie ze dit doen … ;
- die initiatieven overstijgen het private belang.

Als steunpunt voor sociaal-cultureel werk hanteren we een normatief kader bij de beoordeling van initiatieven: initiatieven die bijdragen aan een duurzame, solidaire, inclusieve en rechtvaardige samenleving. Mensenrechten vormen daarbij het morele kompas.

## Aan politiek doen en politisering

Als we spreken over ‘aan politiek doen’, dan berust dat op het onderscheid tussen ‘dè politiek’ en ‘hèt politieke‘.

- ‘De politiek’ slaat op het democratisch besturingssysteem, in onze westerse samenleving een representatieve democratie (denk aan het systeem van politieke partijen, parlement, regering, verkiezingen), al dan niet aangevuld met beleidsinstrumenten die meer participatief zijn. De politiek moet het land ‘goed besturen’.
- ‘Het politieke’ overstijgt de concrete politiek en de gekende instellingen. Het politieke gaat over het publieke debat over de vormgeving van de samenleving. In die zin kan iedereen aan politiek doen.

Eleonor Jupp heeft het over ‘the politics of everyday life’(6). Zij onderzocht in het Verenigd Koninkrijk hoe besparingen vanuit de overheid en de COVID-crisis een voedingsbodem waren voor mensen om initiatief te nemen om het gat dat de overheid liet, in te vullen. Vaak zijn die acties en initiatieven van verzet weinig zichtbaar of worden ze minder als daden van verzet gezien.

Aan politiek doen leunt dan ook nauw aan bij het concept ‘politisering’, waarbij de mate waarin mensen het publieke debat opzoeken over een kwestie cruciaal is(7). Politiserende praktijken zijn praktijken die bijdragen aan het publieke meningsverschil over hoe we onze samenleving vormgeven. Dat meningsverschil hangt samen met onderliggende machtsverhoudingen. In politiserende praktijken worden kwesties en mensen (opnieuw) zichtbaar of hoorbaar en wordt de bestaande orde bevraagd en verstoord.

Wanneer je burgerinitiatieven door die lens bekijkt en vooral luistert naar wat de initiatiefnemers te vertellen hebben, wordt duidelijk dat ze meer zijn dan het vaak geschetste beeld van ‘braaf, leuk, informeel en kleinschalig’(8).

## Een waaier van burgerinitiatieven

Het civiel sociaal-cultureel werk kan je voorstellen als een 15-stromenland. De stromen vertegenwoordigen de maatschappelijke oriëntaties, de inhoudelijke veranderingen die organisaties in de samenleving nastreven.

Initiatieven bewegen zich vaak op één of meer van die stromen. Ze werken allemaal toe naar een duurzame, rechtvaardige samenleving. Na analyse van de beleidsplannen van ruim 130 erkende organisaties van het sociaal-culturele volwassenenwerk kwamen 10 blauwe stromen naar voren(9). De 5 groengele stromen (bouwen aan leefbare buurten, samen vorm geven aan zorg, erfgoed waarderen en beleven, internationale solidariteit ontwikkelen en publieke ruimte vormgeven) zien we vaker terug bij burgerinitiatieven(10).

In het kader van ons onderzoek voor de campagne Allemaal Politiek - en bij uitbreiding het inspiratiemoment Hoe burgerinitiatieven aan politiek doen - mochten we heel wat burgerinitiatieven ontmoeten. Als snel werd duidelijk dat zij elk op hun eigen manier aan politiek doen en dat die manieren dus talrijk zijn. Een aantal zaken vallen daarbij op.

### Niet alleen een probleem, ook een oplossing

Een eerste observatie gaat over hoe mensen hun eigen initiatief presenteren. Opvallend is dat het benoemen van ongelijkheden en pijnpunten – of dat nu gaat over de participatie van mensen met minder stem of eigen ervaringen van discriminatie of onrecht – vaak gepaard gaat met een duidelijke toekomstvisie over hoe het anders kan.

Het gaat niet alleen om het verstoren van de bestaande orde, maar ook om het uitdrukken van een droom en toekomstbeeld waarin andere maatschappelijke spelregels worden voorgesteld. Dus zowel de vaststelling dat er een kwestie is als het uitwerken van een alternatief vind je vaak terug.

### Strategieën van politisering

Strategieën van politisering die we binnen het gevestigde sociaal werk tegenkomen(11), zien we evenzeer bij burgerinitiatieven (vaak gaat het om een combinatie verschillende strategieën).

Sommigen zetten in op bewustmaken en bewustwording: dat zagen we duidelijk in Oostende. We waren te gast bij kleinVerhaal dat samen met de buurtbewoners van de wijk Hazegras een film creëerde op basis van de verhalen van de mensen die er wonen en worstelen met hun kleine en grote problemen. Zij speelden letterlijk en figuurlijk de hoofdrol in die praktijk.

Anderen eisen verandering: ofwel op eigen initiatief ofwel als reactie op plannen van derden. Soms gaat dat over één welbepaalde kwestie zoals de werkgroep Battels Geraas die zich bezighoudt met geluidsoverlast in het Mechelse Battel. Soms betreft het heel uiteenlopende onderwerpen. Burgerplicht bijvoorbeeld buigt zich in thematische werkgroepen zowel over cultuur, onderwijs als werk in relatie tot mensen met een migratieachtergrond.

Tot slot zijn er ook heel wat burgerinitiatieven die gewoon ‘doen’ en zo laten zien dat het anders kan. Herbronnen.ressources tapte in Brussel het water van een verscholen bron af en richtte een tijdelijk vijvertje in. Het binnenbrengen van de waterpartij in de wijk bracht onmiddellijk verwondering en ontmoeting teweeg en deed mensen met andere ogen kijken naar hun leefomgeving en de rol van water in een stedelijke omgeving. De Nederlanders Willem-Jan De Gast en David Wijnperle spreken over ‘praktisch activisme’(12). Veel van dat soort actieve burgers opereren aan de randen van de regels en naast bestaande instituties en organisaties.

Naast deze verschillende strategieën worden ook burgerinitiatieven geconfronteerd met het spanningsveld tussen conflict en consensus. En in heel wat praktijken wisselen momenten van conflict af met momenten van dialoog.

Opvallend is verder dat heel wat trekkers zich in eerste instantie richten op de brede samenleving, ook al hebben ze uiteindelijk als doel om het beleid te beïnvloeden. Een organisatie als City to Ocean startte met zelf afval op te vissen in het kanaal, daarna begonnen zij errond te sensibiliseren en gaandeweg ontwikkelden ze een heel expertisedossier om de problematiek ook bij beleidsmakers aan te kaarten.

### De kracht van emotie en persoonlijke verhalen

Een laatste observatie gaat over de inzet van emotie en persoonlijke verhalen. Initiatiefnemers zetten emotie en persoonlijke verhalen in en trekken daarmee nieuwe registers open om aan politiek te doen.

Zo nodigt Untold Asian Stories mensen uit om hun persoonlijk verhaal te vertellen. Door die persoonlijke verhalen te verzamelen, wordt de privésfeer verbonden met het publieke debat. In hun werking gaat het dan bijvoorbeeld over de eenzijdige voorstelling van mensen met Aziatische roots in de media. Jupp benadrukt in dat verband het belang van online cultuur(13). Het biedt kansen om gemarginaliseerde en verborgen stemmen en ervaringen naar buiten te brengen.

Kijk je naar elk initiatief afzonderlijk, dan zal de mate waarin trekkers zichzelf en hun initiatieven als politiek of politiserend duiden, sterk verschillen. Belangrijker is om als beleidsmakers, ambtenaren of sociaal werkers te kijken naar wat die initiatieven als geheel vertellen over de inrichting van de samenleving. Daar hebben een aantal mensen, niet toevallig veel Nederlandse onderzoekers, zich recent al over gebogen. In Nederland beweegt heel wat rond rond het potentieel van die zogenoemde ‘gemeenschapskracht’(14).

## Niet alleen kanarie in de koolmijn

Welke waarde en betekenis hebben burgerinitiatieven in een vitale democratie en in het debat over hoe we de samenleving vorm geven?

Tine De Moor, die al jaren doorgedreven onderzoek doet naar burgercollectieven – denk bijvoorbeeld aan een energie- of zorgcoöperatie waar het collectief beheren en produceren centraal staat – ziet in burgercollectieven een correctiemechanisme voor het falen van markt en overheid(15). Burgers zien hun behoeften op het gebied van wonen, zorg of energie vaak niet beantwoord door de markt of overheid, en beginnen die diensten en goederen zelf te organiseren en te produceren binnen hun gemeenschap.

Huub Purmer, die onderzoek deed over de rol van leiderschap en zingeving in grassroots innovations, toont aan dat de vernieuwende burgerinitiatieven transformatieve ruimtes creëren: ze zetten laboratoria op voor experiment, voor nieuwe kennis en ideeën over duurzaam samen leven en samen werken(16). Hij stelt vast dat initiatiefnemers cocreatief, narratief en inclusief aan de slag gaan om het ‘gat van verloren verantwoordelijkheden’ in te vullen. Verantwoordelijkheden die overheid of markt niet (meer) opnemen.

Dat gat van verloren verantwoordelijkheden gaat in Vlaanderen en Brussel ook op voor het middenveld. In tegenstelling tot Nederland heeft Vlaanderen en Brussel een sterk middenveld dat al jaren een belangrijke rol opneemt in de driehoek van staat, markt en gemeenschap. De professionalisering en institutionalisering van het middenveld zorgt op haar beurt opnieuw voor het vallen van gaten. Denk maar aan de toegankelijkheid van dienstverlening. Ook de relatie tussen nieuwe initiatieven en gevestigde spelers in het middenveld wordt op die manier bevraagd.

## Omdat grip ertoe doet

We keren nog even terug naar de individuele burger en zijn relatie tot zijn omgeving en de politiek.

In Nederland publiceerde de Wetenschappelijke Raad voor het Regeringsbeleid het rapport GRIP – het maatschappelijk belang van persoonlijke controle(17). In dat rapport wordt beargumenteerd dat minder grip een bron van maatschappelijk onbehagen is en een voedingsbodem kan zijn voor complottheorieën en vertekende overtuigingen.

Het is voor een samenleving essentieel dat mensen controle krijgen over hoe zij hun leven en leefomgeving inrichten. Daarom moeten overheden en publieke instellingen transparant, voorspelbaar en betrouwbaar zijn. Burgerinitiatieven waar mensen grip krijgen op wat zij belangrijk vinden – ook al schuurt het, zijn een belangrijke weg waarlangs overheden en andere actoren de persoonlijke controle van burgers kunnen helpen vergroten. De onderzoekers concluderen dat een sterke overheid gebaat is bij een krachtige burgersamenleving.

Het vat de boodschap van de campagne Allemaal Politiek mooi samen.`,
    pullQuotes: [
      { quote: 'Het gaat niet alleen om het verstoren van de bestaande orde, maar ook om het uitdrukken van een droom en toekomstbeeld.' },
      { quote: 'Burgerinitiatieven zijn meer dan het vaak geschetste beeld van ‘braaf, leuk, informeel en kleinschalig’.' },
      { quote: 'Initiatiefnemers zetten emotie en persoonlijke verhalen in en trekken daarmee nieuwe registers open om aan politiek te doen.' },
    ],
    footnotes: [
      { number: 5, text: 'Jans, M. en Vanderhulst, N., Burgerinitiatieven en de ondersteuning ervan. Een veldverkenning, Socius, Brussel, 2021' },
      { number: 6, text: 'Jupp, E., Care, Crisis and Activism. The Politics of Everyday Life, Bristol University Press, Bristol, 2023' },
      { number: 7, text: 'Jupp, E., Care, Crisis and Activism. The Politics of Everyday Life, Bristol University Press, Bristol, 2023' },
      {
        number: 8,
        text: 'De Waal, S., De welkome opkomst van burgerorganisaties, in: Tijdschrift voor Sociale Vraagstukken, nummer 2, zomer 2023, p. 26-29',
      },
      {
        number: 9,
        text: 'Jans, M. en Van Gucht, J., Stromen in de civiele samenleving. Een analyse van de goedgekeurde subsidieaanvragen sociaal-cultureel volwassenenwerk 2021-2025, Socius, Brussel, 2022',
      },
      { number: 10, text: 'Jans, M., Het civiel sociaal-cultureel werkveld. Een landschapstekening, Socius, Brussel, 2024' },
      {
        number: 11,
        text: 'Van Bouchaute, B. en Vanderhulst, N., Publiek gaan. Handelingskader voor politisering in het sociaal werk, in: Boone, K. e.a. (red.), Publiek Gaan! Politiserend handelen in het sociaal werk, Garant, Antwerpen – Apeldoorn, 2022, p. 94-124',
      },
      {
        number: 12,
        text: 'Gast, W.-J. de en Wijnperle, D. (september 2022). Vrijwillige inzet als daad van verzet. Geraadpleegd op 20 juni 2024 op https://nomadetrainingenadvies.nl/artikelen/2022/10/vrijwillige-inzet-als-daad-van-verzet/',
        url: 'https://nomadetrainingenadvies.nl/artikelen/2022/10/vrijwillige-inzet-als-daad-van-verzet/',
      },
      { number: 13, text: 'Jupp, E., Care, Crisis and Activism. The Politics of Everyday Life, Bristol University Press, Bristol, 2023' },
      { number: 14, text: 'Zie onder andere Ziegler, F. en Gautier, T., Een wereld van gemeenschappen, Lemniscaat, Rotterdam, 2023' },
      {
        number: 15,
        text: 'De Moor, T., Hoe waarde weerbaar wordt. Bouwen aan de gemeenschapseconomie in Rotterdam. Rotterdamlezing – Essay, Erasmus Universiteit, Rotterdam, 2024. Te downloaden: https://www.collectievekracht.eu/collectievenlab/nieuws/2725217.aspx?t=Hoe-waarde-weerbaar-wordt-bouwen-aan-de-gemeenschapseconomie-in-Rotterdam',
        url: 'https://www.collectievekracht.eu/collectievenlab/nieuws/2725217.aspx?t=Hoe-waarde-weerbaar-wordt-bouwen-aan-de-gemeenschapseconomie-in-Rotterdam',
      },
      {
        number: 16,
        text: 'Purmer, H., Hoe sociaal werkers kunnen bijdragen aan vernieuwende burgerinitiatieven. Sociale Vraagstukken. Juli 2024 (https://www.socialevraagstukken.nl/hoe-sociaal-werkers-kunnen-bijdragen-aan-vernieuwende-burgerinitiatieven/ geraadpleegd op 20 augustus 2024)',
        url: 'https://www.socialevraagstukken.nl/hoe-sociaal-werkers-kunnen-bijdragen-aan-vernieuwende-burgerinitiatieven/',
      },
      {
        number: 17,
        text: 'GRIP. Het maatschappelijk belang van persoonlijke controle, Wetenschappelijke Raad voor het Regeringsbeleid, Den Haag, 2023',
      },
    ],
    practices: ['hazegras', 'battels-geraas', 'burgerplicht', 'bronnen-in-brussel', 'city-to-ocean', 'untold-asian-stories'],
  },
  {
    slug: 'de-arbeidsmarkt-van-het-sociaal-cultureel-volwassenenwerk',
    title: 'De arbeidsmarkt van het sociaal-cultureel volwassenenwerk',
    chapter: 'onderzoek',
    lead: 'Samen met talloze vrijwilligers vormen de beroepskrachten de ruggengraat van het sociaal-cultureel werk in Vlaanderen en Brussel. Logisch dus dat ze voor Socius belangrijke stakeholders zijn. Maar wie zijn ze precies?',
    body: `Inzicht in de werknemers en de arbeidsmarkt van het sociaal-cultureel volwassenenwerk helpt organisaties bij hun medewerkersbeleid, brengt de tewerkstelling in de sector in kaart en maakt het mogelijk om beroepskrachten en organisaties nog meer op maat te ondersteunen.

## Vraag om nieuwe inzichten

Sinds Boekstaven 2015 zijn er geen systematische gegevens meer verzameld over werknemers in het sociaal-cultureel volwassenenwerk. En dat terwijl de arbeidsmarkt in deze sector niet stil heeft gestaan.

De grote interesse in het ondersteuningsaanbod van Socius voor nieuwkomers in de sector wijst op een aanzienlijke instroom en verloop van beroepskrachten. Tegelijk merken we dat veel van hen het sociaal-cultureel vakjargon nog niet beheersen. Daarnaast lijkt de invoering van de BAMA-structuur in het hoger onderwijs de link tussen sociaal-culturele opleidingen en de praktijk minder eenduidig te maken. Ondertussen is de functie van maatschappelijk werker, die sterk verwant is aan die van sociaal-cultureel werker, officieel erkend als knelpuntberoep door de VDAB. Sociaal-cultureel volwassenenorganisaties signaleren ook bij De Federatie, belangenbehartiger van de sector, moeilijkheden bij het werven van sociaal-culturele medewerkers.

## Extra onderzoek

Redenen genoeg om de tewerkstelling en beroepskrachten in het sociaal-cultureel volwassenenwerk duidelijk in beeld te brengen – ook al stond dit niet op de onderzoeksagenda sociaal-cultureel werk 2021-2025 van Socius. Daarom besloten we een extra inspanning te leveren en gaven we, na een onderhandelingsprocedure zonder bekendmaking, HIVA (Onderzoeksinstituut voor Arbeid en Samenleving van de KU Leuven) de opdracht om de arbeidsmarkt en beroepskrachten van de sector van het sociaal-cultureel volwassenenwerk te analyseren.

Met de onderzoeksresultaten kunnen we vermoedens staven of weerleggen. Is er werkelijk veel verloop in de sector? Heeft de sector het moeilijk om jonge beroepskrachten aan te trekken? Hebben veel nieuwe beroepskrachten geen specifieke scholing genoten voor deze sector?

Daarnaast maken de resultaten ook wetenschappelijke vergelijkingen mogelijk met andere – al dan niet verwante - sectoren. Denk aan de ruimere socioculturele sector (paritair comité 329), de non-profitsector en de Brusselse en Vlaamse arbeidsmarkt als geheel.

## Onderzoeksopzet

Om een helder beeld te krijgen van de arbeidsmarkt in het sociaal-cultureel volwassenenwerk, maakten de onderzoekers gebruik van Dynam-data, een dataset op basis van internationaal (en wetenschappelijk) gevalideerde concepten en van cijfergegevens uit administratieve databronnen.

Met de ondernemingsnummers van de organsiaties uit het sociaal-cultureel volwassenenwerk bakenden de onderzoekers de tewerkstelling binnen de sector af. Om de vraagzijde van het sociaal-cultureel volwassenenwerk in beeld te brengen, gebruikten ze vacaturedata van de VDAB en de vacaturebank van Socius.

Tot slot bood de Werkbaarheidsmonitor van de Sociaal-Economische Raad Vlaanderen (SERV) inzicht in de werkbaarheid van jobs binnen de ruimere sociaal-culturele sector (pc 329).

## Tewerkstelling

Op 30 juni 2023 telde het sociaal-cultureel volwassenenwerk precies 2.120 betaalde beroepskrachten. Dat is een lichte stijging van 5,8% in vergelijking met zeven jaar geleden.

Ondanks deze lichte groei - de tewerkstelling in Brussel en Vlaanderen steeg meer in dezelfde periode - behoort het overgrote aandeel van erkende sociaal-culturele organisaties tot de zogenaamde micro-ondernemingen (minder dan 5 werknemers) en kleine ondernemingen (minder dan 50 werknemers).

De meerderheid van de beroepskrachten werkt in een landelijke sociaal-culturele organisatie. Slechts 8,7% is tewerkgesteld in een regionale organisatie. Daarnaast werkt ongeveer 64% in een doelgroeporganisatie, goed voor 44% van alle organisaties in de sector.

## Profiel

Een meerderheid van al die betaalde beroepskrachten is vrouw (73,4%). Dit is door de jaren heen nauwelijks veranderd, al lijkt het aandeel vrouwen in de sector langzaam toe te nemen. De genderverhouding in het sociaal-cultureel volwassenenwerk is niet anders dan in de brede socioculturele sector (pc 329) en de non-profit in het algemeen.

De laatste jaren starten er in het sociaal-cultureel volwassenenwerk steeds meer jonge werknemers, terwijl vooral oudere werknemers de sector verlaten. Toch blijft de gemiddelde leeftijd in deze sector hoger dan in verwante sectoren. Er zijn relatief minder werknemers jonger dan 30, terwijl het aandeel 55-plussers juist groter is. Dit trekt de gemiddelde leeftijd van een werknemer in het sociaal-cultureel volwassenenwerk omhoog.

In het erkende sociaal-cultureel volwassenenwerk werken, in vergelijking met de totale beroepsactieve bevolking in Vlaanderen en Brussel, disproportioneel meer mensen met een Belgische nationaliteit (95,7%) en een Belgische herkomst (81,3%). Werknemers van niet-Belgische origine zijn vooral terug te vinden in de jongere leeftijdsgroepen.

De meeste betaalde beroepskrachten in het sociaal-cultureel volwassenenwerk zijn hooggeschoold. Bijna 80% heeft een diploma uit het hoger onderwijs.

Onder de huidige werknemers zien we een brede waaier aan diploma’s. Slechts 30,4% behaalde een diploma dat voorbereidt op een tewerkstelling als sociaal-cultureel werker. Opvallend is dat sociaal-cultureel volwassenenorganisaties dit aandeel zelf nog lager inschatten, namelijk op slechts 17% (SISCA, registratiesysteem beleidsrelevante gegevens).

## Dynamiek

Het arbeidsmarktonderzoek biedt niet alleen een momentopname van de werknemers en hun kenmerken, maar laat ook zien dat de dynamiek in het sociaal-cultureel volwassenenwerk de afgelopen jaren is toegenomen. Er worden meer mensen aangeworven dan vroeger, maar ook meer werknemers verlaten de sector. Vaak komen nieuwe werknemers uit een andere job, terwijl wie vertrekt meestal elders aan de slag gaat, binnen of – vaker nog – buiten de sector.

Die verhoogde mobiliteit is geen exclusief fenomeen binnen het sociaal-cultureel volwassenenwerk. Over de hele arbeidsmarkt heen wisselen mensen vaker van job, een trend die door de coronacrisis nog werd versterkt. Inmiddels lijkt die verhoogde werknemersdynamiek in de sector weer wat af te zwakken.

Opvallend is dat vooral kleinere organisaties met minder dan tien werknemers de grootste personeelsbeweging kennen. Sterker nog, ze zijn zelfs dynamischer dan andere kleine organisaties in de brede socioculturele sector (pc 329) en de non-profit.

## Jobkenmerken

Het profiel van betaalde beroepskrachten sluit grotendeels aan bij wat sociaal-cultureel volwassenenorganisaties vandaag (periode 2000-2023) zoeken. Ze hebben een voorkeur voor hooggeschoolde medewerkers met werkervaring. In 35% van de vacatures wordt geen specifiek studiedomein gevraagd, wat de instroom van mensen met uiteenlopende diploma’s vergemakkelijkt.

Opvallend is dat veel beroepskrachten in het sociaal-cultureel volwassenenwerk deeltijds werken, iets meer dan elders op de arbeidsmarkt. Dit is niet alleen een keuze van werknemers, maar ook van werkgevers, aangezien er veel deeltijdse vacatures zijn.

Volgens de werkbaarheidsmonitor is een job in de bredere socioculturele sector (PC 329) doorgaans een werkbare job. Toch ervaart bijna een kwart van de werknemers in de socioculturele sector (23,6%) zijn werk als emotioneel belastend.

## Besluit

Dankzij het arbeidsmarktonderzoek kunnen we nu enkele vermoedens over tewerkstelling in het sociaal-cultureel volwassenenwerk met feiten staven.

De betaalde beroepskrachten in de sector lijken sterk op de deelnemers van hun activiteiten (cf. deelnemersonderzoek in opdracht van het Departement CJM). Zowel de werknemers als de participanten zijn overwegend vrouwelijk, ouder, hooggeschoold en van Belgische herkomst. Of hier een direct verband is, blijft onduidelijk, maar het lijkt erop dat ‘soort soort zoekt’.

Hoewel er een zekere instroom en uitstroom is, wijkt het verloop van beroepskrachten niet sterk af van het algemene arbeidsmarktbeeld in Vlaanderen en Brussel. Vooral in kleinere organisaties wisselen medewerkers wat vaker van job. Opvallend is dat lang niet alle beroepskrachten het sociaal-cultureel vak op de schoolbanken hebben geleerd. Ook de vacatures tonen aan dat ‘sociaal-cultureel werker’ een open beroep is, met instroom vanuit verschillende achtergronden.

Daarnaast valt op dat veel beroepskrachten deeltijds werken. Ze zijn best wel tevreden over hun job, ook al kan het voor sommigen emotioneel belastend zijn.

*Het onderzoeksrapport ‘De arbeidsmarkt van het sociaal-cultureel volwassenenwerk’ van Karen Huysmans, Tim Goesaert en Lode Vermeersch, kan je downloaden van de Socius-site.*`,
    pullQuotes: [
      {
        quote:
          'De functie van maatschappelijk werker, die sterk verwant is aan die van sociaal-cultureel werker, is officieel erkend als knelpuntberoep door de VDAB',
      },
      { quote: 'Op 30 juni 2023 telde het sociaal-cultureel volwassenenwerk precies 2.120 betaalde beroepskrachten.' },
      { quote: 'De werknemers zijn overwegend vrouwelijk, ouder, hooggeschoold en van Belgische herkomst.' },
      { quote: 'Opvallend is dat vooral kleinere organisaties met minder dan tien werknemers de grootste personeelsbeweging kennen.' },
    ],
  },
  {
    // No "uitgelicht" marker survived the PDF extraction for this one, but it has the form of the
    // other Uitgelicht articles (title in capitals, signed) and chapters 4 and 9 point to it ("pagina 64").
    slug: 'allemaal-politiek',
    title: 'Allemaal Politiek',
    chapter: 'evenementen',
    author: 'Max Frans',
    lead: '2024 was een belangrijk verkiezingsjaar. Maar ook buiten het stemhokje kan iedereen op zijn, haar of hun manier de samenleving mee vormgeven en mee zorgen voor maatschappelijke verandering. Kleinschalig, grootschalig. Individueel of in groep. Uit goesting of verontwaardiging. Iedereen is op zijn, haar of hun manier politiek.',
    body: `Oorspronkelijk planden we in ons beleidsplan een ‘Festival van de Democratie’ voor 2024. Na een grondige afweging besloten we om het festival te vervangen door een jaarlange campagne. Hiermee wilden we inspirerende praktijken, makers en doeners zichtbaar maken via diverse kanalen: videoreportages, podcasts, videodagboeken, blogs en meer.

De campagne ging van start in januari 2024 en werd na de lokale en provinciale verkiezingen in oktober van hetzelfde jaar afgerond. Hieronder schetsen we hoe we al deze straffe initiatieven en praktijken onder de aandacht brachten van actoren uit het sociaal-culturele werkveld, aanverwante sectoren, beleidsmakers, onderzoekers en het hoger onderwijs.

## Samenwerking

Voor de ‘Allemaal Politiek’-campagne sloegen we de handen ineen met enkele sterke partners: Denktank Oikos, het Hannah Arendt Instituut, ella vzw – kenniscentrum voor gender en etniciteit, EPALE – het elektronische platform voor volwasseneneducatie in Europa, en Sociaal.Net. Zij zorgden niet alleen voor een bredere verspreiding van onze campagne, maar brachten ook waardevolle inzichten en inhoud aan.

## Videoreportages

Onder de titel ‘Dwars door Vlaanderen en Brussel’ brachten we een reeks videoreportages die diverse initiatieven en praktijken belichten. We zoomden in op de werking, de impact op deelnemers en omgeving, én de drijvende krachten achter die projecten.

- Escaperoom ArmMOEDIG – Avansa Limburg
- Konekt voluit in een inclusieve wereld – Konekt
- Bronnen in Brussel – vzw Coördinatie Zenne en vzw herbronnen.ressources
- 100in1day – curieus
- Veggie = Halal – VOEM
- Toekomstdromen in Marke – Marke 2010 2030
- Hazegras – kleinVerhaal vzw

Eind 2023 ontwikkelden we al een animatievideo die het verhaal achter de campagne tot leven bracht. Die video vertoonden we voor het eerst op de Trefdag ‘Alles Politiek’ (2023).

## Podcast

In samenwerking met Sara Logghe (allespodcast) werkten we de podcastreeks ‘Allemaal Politiek’ uit. Die reeks bestond uit 7 thematische afleveringen waarvoor we telkens een praktijk bezochten en in gesprek gingen met een deskundige en een praktijkwerker.

### Aflevering 1: Verbeeld!

Voorafbeelding als motor van maatschappelijke verandering. Het ondenkbare is denkbaar en haalbaar. Als je het kan bedenken, kan je het ook realiseren.

In deze aflevering gingen we langs bij Elly Van Eeghem (CAMPUSatelier) en nodigden we Inez Louwagie (De Transformisten) en Dirk Holemans (Denktank Oikos) uit voor een gesprek.

### Aflevering 2: Maak bewust!

Bewustzijn is de sleutel tot verandering. Burgers verwerven via allerlei activiteiten inzichten en komen zo tot bewustwording, de eerste stap naar verandering.

Voor de tweede aflevering gingen we langs bij Canal it up en lieten we Eef Heylighen (çavaria) en Bart Van Bouchaute (Arteveldehogeschool) aan het woord.

### Aflevering 3: Herverdeel de macht!

Kleur buiten de lijnen. Doe het onverwachte. Neem het heft in handen. Zoek en gebruik je eigen macht en kracht. Herverdeel de macht om verandering te realiseren.

Voor de derde aflevering gingen we mee op picknick op de Gentse ring met Jessika Evenepoel van Extinction Rebellion. Verder gingen we in gesprek met Annabelle Cardoen (Woonzaak – Welzijnszorg) en Fatima Arikoglu (ella vzw).

### Aflevering 4: Samen sterk!

Maak coalities. Praat met wie anders kijkt en doet. Zoek verbinding. Dialoog op de brug is gezonder dan polarisatie achter de schermen. Bundel de krachten om verandering mogelijk te maken.

In aflevering 4 gingen we langs bij Chris François van OpgewekTienen en zaten we rond de tafel met Els Van den Broeck (Mobiel 21) en Filip De Rynck (UGent).

### Aflevering 5: Versterk de stem!

Maak alle stemmen zichtbaar en hoorbaar. Wees de megafoon voor wie zacht spreekt. Maak verandering mogelijk, ook voor doelgroepen en gemeenschappen die minder gehoord worden.

In deze aflevering komen Arne De Jaegere, Romain en Lydie van Grijs aan Zet (Avansa MZW), Mary Edna Lamnteh (Sankaa) en Rebecca Thys (Vives Hogeschool) aan het woord.

### Aflevering 6: Ik ben politiek!

Schiet in actie. Voel je verantwoordelijk. Vertrouw je emoties en doe er iets mee. Civiel engagement als motor om de samenleving vorm te geven.

In deze aflevering ging we tijdens het Facts To Act-festival van het Hannah Arendt Instituut, in gesprek met de winnaars van de ‘Knack-Helden van de Democratie’ (De Zuidpoort en Djapo), en met Najila Aloui (Avansa Citizenne) en Thijs van Mierlo (Landelijk Samenwerkingsverband Actieve bewoners Nederland).

### Aflevering 7: Verhalen van verandering

Tijdens het inspiratiemoment ‘Hoe burgerinitiatieven aan politiek doen’ ging Sara Logghe in gesprek met geëngageerde burgers over wat hen drijft om de samenleving te veranderen, over wat het betekent om ‘aan politiek te doen’, ook in een lokale context als Gent. Michiel De Baets (De Koer), Margot Delaet (Klimaatdichters), Jamila Channouf (De Gentse Lente) en Simon Clement (Actiecomité Bernadette Blijft) namen plaats achter de micro.

## Videodagboeken

De videodagboeken boden een unieke en laagdrempelige manier om lopende initiatieven zichtbaar te maken. Door korte, authentieke videoboodschappen, opgenomen met een smartphone, gaven trekkers, vrijwilligers en deelnemers een maandelijkse update over hun project. Op deze manier boden ze een inkijk in hoe zij verandering in de praktijk brengen:

- Doe Deurne Dicht!
- Buurland
- Vief (Stemambassadeurs)
- Rooftoptiger
- Internationaal Comité (Goesting in participatie)
- InclusieAmbassade (Inclusieambassadeurs)
- Gezinsbond (Gezinskabinet)

*De website Allemaal Politiek blijft tot eind 2025 online. Daarna zal de content van de site verder geïntegreerd worden in onze media.*

## Blogs

Op onze website publiceerden we meer dan 30 artikels waarin we inspirerende initiatieven en praktijken uit binnen- en buitenland belichten. Van een wijkparticipatieproject in Sint-Niklaas en de Brusselse Urban Foxes tot een interview met auteur Kim Stanley Robinson en een overzicht van burgerparticipatieprojecten in Barcelona.

Elke maand brachten we deze blogs, samen met onze podcasts en video’s, onder de aandacht van ongeveer 4.500 Socius-abonnees via een aparte nieuwsbrief.

## Galerij

In de ‘Ik ben politiek’-galerij kon iedereen zich uitspreken als ‘politiek’ door voor onze camera plaats te nemen. We installeerden de camera tijdens de Trefdag ‘Alles Politiek’, het Facts To Act-festival van het Hannah Arendt Instituut en de studiedag ‘Sociaal werk op de bres tegen onrecht!?’, georganiseerd door de opleidingen sociaal werk van UGent, Arteveldehogeschool en HOGENT. In totaal traden 118 personen toe tot de galerij en deelden ze op de site waarom ook zij ‘politiek’ zijn.

## Knack-Held van de Democratie

In 2024 sloegen Knack, Socius, De Federatie, De Ambrassade en het Hannah Arendt Instituut de handen ineen om initiatieven te vinden die de democratie versterken. Na vier maanden en 125 inzendingen selecteerde de jury vijf kanshebbers voor de titel ‘Knack-Held van de Democratie’: Coop Centraal, Djapo, Woonzaak, Afromedica en Beste Burger.

De hoofdprijs ging naar ‘Beste Burger’, een initiatief van De Zuidpoort in Gent dat beleidsparticipatie toegankelijk maakt voor alle burgers. Djapo, een educatieve organisatie die kinderen en jongeren helpt de wereld actief mee vorm te geven, won de publieksprijs. Beide winnaars werden op 20 april gehuldigd tijdens het Facts To Act-festival.`,
    practices: [
      'escaperoom-armmoedig',
      'konekt-voluit-in-een-inclusieve-wereld',
      'bronnen-in-brussel',
      '100in1day',
      'veggie-halal',
      'toekomstdromen-in-marke',
      'hazegras',
      'campusatelier',
      'de-transformisten',
      'denktank-oikos',
      'canal-it-up',
      'cavaria',
      'extinction-rebellion',
      'woonzaak',
      'ella-vzw',
      'opgewektienen',
      'mobiel-21',
      'grijs-aan-zet',
      'sankaa',
      'beste-burger',
      'djapo',
      'avansa-citizenne',
      'landelijk-samenwerkingsverband-actieve-bewoners',
      'de-koer',
      'klimaatdichters',
      'de-gentse-lente',
      'actiecomite-bernadette-blijft',
      'doe-deurne-dicht',
      'buurland',
      'stemambassadeurs',
      'rooftoptiger',
      'goesting-in-participatie',
      'inclusieambassadeurs',
      'gezinskabinet',
      'urban-foxes',
      'coop-centraal',
      'afromedica',
    ],
  },
]
