import type { ChapterSeed } from '../types'

/**
 * Every chapter of the Jaarverslag 2024, in printed order. Bodies hold the complete prose, cleaned of
 * PDF artefacts (hyphenation, page furniture, broken bullets); numeric tables are left to the datasets
 * (only the sentences around them stay). Footnote markers are kept as "(1)" and the footnote text
 * closes the body as a paragraph starting with its number.
 */

// ---------------------------------------------------------------------------------------------
// Inleiding
// ---------------------------------------------------------------------------------------------

const inleiding: ChapterSeed[] = [
  {
    slug: 'onze-missie',
    section: 'inleiding',
    number: '1',
    title: 'Onze missie',
    summary:
      'De missie van Socius bundelt de belangrijkste doelgroepen, de kerntaken van het steunpunt en de manier waarop het die realiseert: sociaal-culturele organisaties en initiatieven versterken in hun civiel actorschap.',
    body: `In de missie van Socius zijn, naast onze belangrijkste doelgroepen, ook de kerntaken van het steunpunt opgenomen en de wijze waarop we die realiseren. Daarmee vormt de Socius-missie het kloppend hart achter de werking van het steunpunt

> We ijveren voor een democratische, inclusieve, solidaire en duurzame samenleving. Sociaal-culturele praktijken dragen daar wezenlijk toe bij. Daarom versterken we sociaal-culturele organisaties en initiatieven in hun civiel actorschap.

> We werken aan praktijkondersteuning en -ontwikkeling, en het delen van ervaringen, kennis en expertise. We zetten in op verbinding binnen en buiten het werkveld en brengen sociaal-culturele actoren en hun bijdrage aan de samenleving in beeld.

> We oriënteren onze werking op de vragen en behoeften van onze stakeholders en nemen tegelijkertijd de rol op van inspirator en vernieuwer.

> Onze doelen realiseren we klantgericht, met zin voor kwaliteit en respect voor diversiteit. Samenwerken en netwerken staan daarbij voorop.

> Als erkend, autonoom en pluralistisch steunpunt voor sociaal-cultureel werk zijn we partner van het werkveld en van de Vlaamse overheid.`,
  },
  {
    slug: 'ons-10-puntenprogramma',
    section: 'inleiding',
    number: '2',
    title: 'Ons 10-puntenprogramma voor 2021-2025',
    summary:
      'Het beleidsplan 2021-2025 van Socius, samengevat in tien punten: van civiel actorschap en een gevarieerd ondersteuningsaanbod over drie ontwikkeltrajecten en onderzoek tot sectorevenementen en kennisdeling.',
    body: `Als steunpunt voor sociaal-cultureel werk concretiseren we onze werking in een beleidsplan dat vijf jaren bestrijkt. Ons huidig beleidsplan loopt van 2021 tot en met 2025(1). We hebben dat plan samengevat in 10 punten waarop we tijdens deze beleidsperiode met veel enthousiasme inzetten.

1. We ondersteunen civiel actorschap in het sociaal-cultureel werk. Dat zit in ons DNA.
2. We zorgen voor een gevarieerd aanbod aan ondersteuningsinitiatieven. We doen dat op maat, off- en online. We hebben daarbij deskundigheidsbevordering, kennis- en ervaringsdeling, ontmoeting en netwerking als resultaat voor ogen.
3. We zetten in op vraaggestuurde werking. We doen dat door gerichte interventies uit te voeren of we verwijzen door naar andere geschikte begeleiders.
4. We ontwikkelen onze expertisegebieden voortdurend: sociaal-cultureel handelen, werken met vrijwilligers, aansluiting vinden op een cultureel diverse en digitale samenleving, organisatieontwikkeling, communicatie en marketing.
5. We kiezen voor drie meerjarige ontwikkeltrajecten:
   - we werken een ondersteuningspakket uit rond de sociaal-culturele rollen en functies,
   - we nemen het voortouw in een traject rond de politiserende rol en verspreiden en implementeren dat samen met andere actoren uit het bredere sociaal werk uit,
   - we bouwen met anderen aan een ondersteuningsnetwerk voor burgerinitiatieven.
6. We trekken de kaart van onderzoek:
   - we stellen een onderzoeksagenda op vanuit twee perspectieven: praktijk en beleid,
   - we maken sectorbrede analyses op basis van subsidieaanvragen en voortgangsrapporten,
   - we voeren onderzoek naar de waarde en betekenis van civiel sociaal-cultureel actorschap voor de samenleving.
7. We dragen het collectieve verhaal en de betekenis van het werkveld uit. We brengen de diversiteit van de praktijken en de output van het werkveld in beeld.
8. We brengen de praktijkgemeenschap en haar stakeholders tijdens sectorevenementen bij elkaar.
9. We maken een landschapstekening en een maatschappelijke contextanalyse ter ondersteuning van het werkveld.
10. We stellen kennis en expertise ter beschikking en vormen zo een schakel naar andere sectoren, de opleidings- en onderzoekswereld en het beleid. We verbinden het werkveld met buitenlandse expertise en praktijk.

1 Je vindt ons beleidsplan terug op www.socius.be/beleidsplan.`,
  },
  {
    slug: 'onze-doelgroepen',
    section: 'inleiding',
    number: '3',
    title: 'Onze doelgroepen',
    summary:
      'De primaire stakeholders van Socius zijn de professionals en organisaties van het erkend en niet-erkend civiel sociaal-cultureel werk; daarnaast richt het steunpunt zich op overheden, belendende sectoren, de bovenbouw en de opleidings- en onderzoekswereld.',
    body: `## Primaire stakeholders

Onze primaire stakeholders beperken we tot de private initiatieven in het sociaal-culturele werkveld. Die private sociaal-culturele actoren maken deel uit van de burgermaatschappij, ook wel de civil society of het middenveld genoemd. Daar zijn zij actief, naast tal van andere actoren zoals vakbonden, milieubewegingen, werkgeversverenigingen …

Sociaal-culturele actoren hebben een sociaal of maatschappelijke oogmerk, streven naar maatschappelijke verandering en zijn ontstaan vanuit de samenleving en dus niet opgericht door de overheid. Daarom verkiezen we de term ‘civiel sociaal-cultureel werk’ boven ‘privaat sociaal-cultureel werk’.

Concreet onderscheiden we twee groepen binnen onze primaire stakeholders:

- professionals en organisaties binnen het erkend civiel sociaal-cultureel werk
- professionals en organisaties binnen het niet-erkend civiel sociaal-cultureel werk

Binnen die afbakening richten we ons op een aantal specifieke doelgroepen:

- actoren uit het civiel sociaal-cultureel werkveld: individuen, initiatieven of organisaties
- bestuurders en medewerkers die de organisatie schragen: personen die een rechtspersoon besturen en deel uitmaken van het bestuur en beroepskrachten die een coördinerende, communicatieve of zakelijke functie opnemen in een organisatie
- agogische medewerkers die de praktijk schragen: beroepskrachten en freelancers die de sociaal-culturele praktijk vormgeven

## Secundaire stakeholders

Daarnaast richten we onze werking ook op actoren uit de overheid, belendende sectoren, de bovenbouw en de opleidings- en onderzoekswereld:

- Vlaamse Gemeenschap: Vlaamse Regering, commissie Cultuur, Departement CJM …
- lokale overheden: ambtenaren of mandatarissen relevant voor het civiel sociaal-cultureel werk …
- belangenbehartigers
- opleidingsverstrekkers relevant voor het sociaal-cultureel werk
- kennisinstituten en onderzoekscentra relevant voor het sociaal-cultureel werk
- actoren uit de bovenbouw binnen de beleidsdomeinen cultuur, jeugd en welzijn
- nationale agentschappen in uitvoering van Europese subsidieprogramma’s
- …`,
  },
  {
    slug: 'schema',
    section: 'inleiding',
    number: '4',
    title: 'Schema',
    summary:
      'Socius beantwoordt vier decretale kernopdrachten: praktijkondersteuning, praktijkontwikkeling, beeldvorming en promotie, en platform. Het jaarverslag overloopt elk domein van de werking volgens dat schema.',
    body: `Socius heeft een brede werking waarmee we een antwoord bieden op de vier decretale kernopdrachten die ons zijn toevertrouwd:

- praktijkondersteuning
- praktijkontwikkeling
- beeldvorming en promotie
- platform

In dit jaarverslag nemen we stapsgewijs elk domein van onze werking onder de loep aan de hand van volgend schema.`,
  },
]

// ---------------------------------------------------------------------------------------------
// 2024 in cijfers (number cards: the numbers are bound as key figures by the datasets)
// ---------------------------------------------------------------------------------------------

const inCijfers: ChapterSeed[] = [
  {
    slug: 'cijfers-ondersteuningsaanbod',
    section: '2024-in-cijfers',
    number: '1',
    title: 'Ondersteuningsaanbod nieuwkomers en verdere professionalisering',
    summary:
      'Kerncijfers van het ondersteuningsaanbod in 2024: het aantal activiteiten en hun duurtijd per soort, de (unieke) deelnemers, de bereikte organisaties en de tevredenheid van de deelnemers.',
    body: `## 1.1. Activiteiten ondersteuningsaanbod

Aantal activiteiten en totale duurtijd per soort:

- Offline
- Online
- Blended
- Totaal

## 1.2. Deelnemers ondersteuningsaanbod

- Totaal aantal deelnemers
- Totaal aantal unieke deelnemers

## 1.3. Bereikte organisaties ondersteuningsaanbod

- Totaal bereikte organisaties
- Organisaties primaire doelgroep(2)
- Organisaties secundaire doelgroep

## 1.4. Tevredenheid deelnemers ondersteuningsaanbod

- Gemiddeld tevredenheidscijfer
- Net promotor score(3)

2 Onze primaire doelgroep omvat de professionals en organisaties uit het erkend en het niet-erkend civiel sociaal-cultureel werk.

3 De NPS ofwel de Net Promotor Score meet in welke mate een bedrijf of organisatie door haar klanten wordt aanbevolen. De score kan lopen van -100 tot +100.`,
  },
  {
    slug: 'cijfers-vraaggestuurde-werking',
    section: '2024-in-cijfers',
    number: '2',
    title: 'Vraaggestuurde werking',
    summary: 'Kerncijfers van de vraaggestuurde werking in 2024: ontvangen vragen, gerealiseerde dienstverleningen, deelnemers en bereikte unieke organisaties.',
    body: `## 2.1. Aanvragen vraaggestuurde werking

- Ontvangen vragen
- Gerealiseerde dienstverleningen

## 2.2. Deelnemers vraaggestuurde werking

- Totaal aantal deelnemers

## 2.3. Bereikte organisaties vraaggestuurde werking

- Totaal bereikte unieke organisaties
- Unieke organisaties primaire doelgroep
- Unieke organisaties secundaire doelgroep`,
  },
  {
    slug: 'cijfers-trajecten-en-onderzoek',
    section: '2024-in-cijfers',
    number: '3',
    title: 'Trajecten en onderzoek',
    summary:
      'Hoeveel erkende organisaties voor sociaal-cultureel volwassenenwerk Socius bereikte, en de trajecten en onderzoeken die in 2024 liepen.',
    body: `## Bereikte organisaties erkend sociaal-cultureel volwassenenwerk

- Bereikt via ondersteuningsaanbod
- Bereikt via vraaggestuurde werking
- Totaal uniek bereikte organisaties

## Trajecten

- Doe- en leertraject burgerinitiatieven
- Ontwikkeltraject kruispuntdenken
- Ontwikkeltraject cultuurfunctie

## Onderzoeken

- Het civiel sociaal-cultureel werkveld – een landschapstekening
- De arbeidsmarkt van het sociaal-cultureel volwassenenwerk`,
  },
  {
    slug: 'cijfers-beeldvorming-en-promotie',
    section: '2024-in-cijfers',
    number: '4',
    title: 'Beeldvorming en promotie',
    summary: 'De publicaties van 2024, de praktijken die Socius via zijn media en vormingsaanbod ontsloot, en het bezoek aan socius.be en allemaalpolitiek.be.',
    body: `## 4.1. Publicaties

- Jaarverslag 2023
- Memorandum aan de Vlaamse Regering 2024-2029
- Hoe ontwikkel je een beleid rond grensoverschrijdend gedrag in jouw organisatie?
- De arbeidsmarkt van het sociaal-cultureel volwassenenwerk
- Het civiel sociaal-cultureel werkveld – een landschapstekening

## 4.2. Praktijken

Via onze media en vormingsaanbod ontsloten we 85 praktijken en initiatieven (42 erkende, 43 niet-erkende).

## 4.3. Websites

- socius.be: bezoeken, bezoekers, bezochte pagina’s
- allemaalpolitiek.be: bezoeken, bezoekers, bezochte pagina’s`,
  },
  {
    slug: 'cijfers-kennisknooppunt',
    section: '2024-in-cijfers',
    number: '5',
    title: 'Kennisknooppunt',
    summary: 'Het overleg van Socius met andere actoren in 2024, vooral met beleidsactoren en partners in de bovenbouw.',
    body: `We participeerden aan 171 overlegmomenten met 70 verschillende actoren. Twee derde van deze overlegmomenten vond plaats met beleidsactoren en partners in de bovenbouw.`,
  },
]

// ---------------------------------------------------------------------------------------------
// Onze werking
// ---------------------------------------------------------------------------------------------

const onzeWerking: ChapterSeed[] = [
  {
    slug: 'ondersteuningsaanbod-nieuwkomers',
    section: 'onze-werking',
    number: '1',
    title: 'Ondersteuningsaanbod nieuwkomers',
    summary:
      'Elk jaar starten tientallen nieuwe professionals in de sector. Met een introductiedag, een leertraject en basisvormingen helpt Socius hen zich de ziel en de stiel van het sociaal-culturele vak eigen te maken.',
    body: `Sociaal-cultureel werk is een stiel die je moet leren en waarin je kan groeien. Elk jaar starten er tientallen nieuwe professionals in de sector.

Zowel pas afgestudeerden als medewerkers met een andere of meer generalistische vooropleiding dan sociaal-cultureel werk, moeten de kans krijgen om zich de ziel en de stiel van het sociaal-culturele vak eigen te maken. Om hen te verwelkomen in de sector, bieden we een gepast vormingsaanbod aan.

### Onze activiteiten in 2024

- Introductiedag ‘Nieuw in de sociaal-culturele sector’ (tweemaal)
- Leertraject ‘Nieuw als sociaal-cultureel werker’
- Basisvorming ‘Projectmatig werken’
- Basisvorming ‘Werken met groepen’
- Basisvorming ‘Online cursus groepsdynamica’
- Basisvorming ‘Lokale vrijwilligersgroepen missiegedreven ondersteunen’
- Basisvorming ‘Verschillende types van vrijwilligers ondersteunen’
- Basisvorming ‘Handelingskader politiserend werken’`,
    activities: [
      { title: 'Introductiedag ‘Nieuw in de sociaal-culturele sector’', kind: 'andere', repetition: 'tweemaal' },
      { title: 'Leertraject ‘Nieuw als sociaal-cultureel werker’', kind: 'vorming' },
      { title: 'Basisvorming ‘Projectmatig werken’', kind: 'vorming' },
      { title: 'Basisvorming ‘Werken met groepen’', kind: 'vorming' },
      { title: 'Basisvorming ‘Online cursus groepsdynamica’', kind: 'vorming', format: 'online' },
      { title: 'Basisvorming ‘Lokale vrijwilligersgroepen missiegedreven ondersteunen’', kind: 'vorming' },
      { title: 'Basisvorming ‘Verschillende types van vrijwilligers ondersteunen’', kind: 'vorming' },
      { title: 'Basisvorming ‘Handelingskader politiserend werken’', kind: 'vorming' },
    ],
  },
  {
    slug: 'ondersteuningsaanbod-verdere-professionalisering',
    section: 'onze-werking',
    number: '2',
    title: 'Ondersteuningsaanbod verdere professionalisering',
    summary:
      'Het aanbod waarmee Socius sociaal-cultureel werkers en organisaties verder professionaliseert, in zeven domeinen: van groepswerk, rollen en functies en burgerinitiatieven tot digitalisering, diversiteit, zakelijk beleid, communicatie en de subsidiekaders. 2024 stond sterk in het teken van de subsidieaanvragen voor 2026-2030.',
    body: `## 2.1 Sociaal-culturele praktijk, rollen en functies vormgeven

De kracht van sociaal-culturele organisaties ligt in de kwaliteit van hun medewerkers. Die kwaliteit komt er niet zomaar. Sociaal-cultureel werkers groeien door bijscholing, door zich te laten inspireren door bruikbare inzichten en praktijken, en door actief bij te dragen aan de ontwikkeling van nieuwe kennis. Hun expertise verdiepen ze via intervisie en cocreatie, waarbij samenwerken en leren van elkaar centraal staan.

Sociaal-cultureel werkers moeten verstaan wat er in groepen gebeurt en daarop kunnen inspelen. Het is hun rol en verantwoordelijkheid om door allerlei interventies de groep in goede banen te leiden. Dit vraagt om ervaring, maar ook om reflectie: door bewust deel te nemen aan groepen en kritisch naar hun eigen rol als begeleider te kijken. Groeien als begeleider kan door inzichten te verwerven en door eigen ervaringen te spiegelen aan die van anderen.

Ook rollen en functies spelen een belangrijke rol bij het organiseren en het vormgeven van sociaal-culturele praktijken. Ze bieden een kapstok om een logische verbinding te maken tussen de missie van organisaties – waarin ze uitdrukken wat ze willen betekenen in de samenleving – en hun praktijken.

### Onze activiteiten in 2024

- Training ‘Werken met groepen’
- Vorming ‘Kiezen voor de juiste methodiek in groepswerk’
- Training ‘Rollen en functies voor communicatiemedewerkers’

## 2.2. Burgers versterken en begeleiden in hun civiel actorschap

Het sociaal-culturele veld is volop in beweging. Nieuwe burgerinitiatieven ontstaan voortdurend, maar zijn vaak zoekend. Ze hebben ondersteuning nodig bij uiteenlopende uitdagingen zoals het organiseren van vrijwilligerswerk, het opzetten van een geschikt organisatiemodel of het samenwerken met lokale overheden. Anderzijds is er het sociaal-cultureel werk met enige traditie en expertise dat zoekt hoe het zich complementair en betekenisvol tegenover die nieuwe initiatieven kan verhouden.

De sector ziet ook nieuwe vormen van engagement ontstaan. Vrijwilligers kiezen steeds vaker voor andere manieren om hun rol binnen organisaties in te vullen, zowel in de dagelijkse werking als in bestuursfuncties. Voor sociaal-cultureel werkers en hun organisaties ligt hier een uitdaging: hoe betrek en motiveer je vrijwilligers met een rijk en divers palet aan engagementen en verwachtingen? Dat vraagt om een organisatie die kan meegroeien met de veranderende context en behoeften.

### Onze activiteiten in 2024

- Vorming ‘Burgerinitiatief versterken vanuit partnerschap’
- Workshop ‘Inclusief vrijwilligerswerk’

### Socius @home

Met het @home-aanbod brengt Socius sinds 2024 vormingen op de werkvloer. Zo is heel het team in een keer mee en kunnen organisaties rekenen op een vorming op maat. Het afgelopen jaar had het steunpunt vijf @home-vormingen in petto, zeven verschillende organisaties maakten in 2024 gebruik van het aanbod.

- Rollen en functies
- Verenigingsdemocratie
- Je organisatie kantelen vanuit kruispuntdenken
- Je oriënteren en verhouden op burgerinitiatieven
- Politiserend werken

## 2.3. Digitale mogelijkheden benutten

We leven in een tijd waarin digitale transformaties elkaar razendsnel opvolgen. Voor sommigen kan dat overweldigend zijn, maar het biedt ook veel nieuwe kansen. De uitdaging voor sociaal-culturele organisaties en professionals is om deze digitale en technologische tools op een zinvolle manier in te zetten, zowel in hun dagelijkse praktijk als in de organisatie van hun werking.

Omdat digitale ondersteuningsbehoeften vaak organisatiegebonden zijn en moeilijker ondervangen worden in het ‘klassiek vormingsaanbod’, kunnen civiele sociaal-culturele organisaties sinds 2024 gebruikmaken van het ‘Online spreekuur SCW-digitaal’ en rechtstreeks in gesprek gaan met Socius voor digitaal advies. Zo kunnen ze van gedachten wisselen met de betrokken stafmedewerker van het steunpunt, hun vraag dieper uitwerken of hun digitale ambities voorleggen en verdere stappen zetten.

### Onze activiteiten in 2024

- ‘Online spreekuur SCW-digitaal’

## 2.4. Aansluiten op de superdiverse samenleving

Socius ontwikkelt zijn aanbod rond diversiteit langs twee sporen. Enerzijds ondersteunen we sociaal-culturele professionals in hun dagelijkse praktijk binnen een superdiverse samenleving. We helpen bij thema’s zoals het herdenken en aanpassen van het aanbod voor diverse doelgroepen, het bereiken van een breder publiek, en het omgaan met polarisatie.

Anderzijds zetten we in op de ondersteuning van organisaties bij het ontwikkelen van een diversiteitsbeleid, het intersectioneel invullen van personeels- en bestuursploegen en het opnemen van hun rol in het publieke debat rond interculturaliteit en diversiteit.

### Onze activiteiten in 2024

- Collegagroep ‘Werken aan kruispuntpraktijken’
- Infomoment leerreis ‘Kruispuntpraktijken in Berlijn’
- Leerreis ‘Kruispuntpraktijken in Berlijn’

## 2.5. Inzetten op zakelijk beleid en leiderschap

Sociaal-culturele organisaties moeten aan hoge kwaliteitseisen voldoen. In ruil voor de publieke middelen die ze ontvangen, wordt verwacht dat ze missiegedreven, efficiënt en effectief werken. Dit betekent dat ze voortdurend aandacht moeten besteden aan hun kwaliteit en professionaliteit. Thema’s zoals interne democratie, goed bestuur en leer- en kwaliteitszorg komen daarbij in het vizier.

Grensoverschrijdend gedrag is een realiteit in diverse sectoren, ook in de cultuur- en mediasector. Daarom lanceerden de ministers van Cultuur en Media, samen met de betrokken sectoren, eind april twee actieplannen om grensoverschrijdend gedrag aan te pakken. Voor het sociaal-cultureel volwassenenwerk ontwikkelde Socius de publicatie ‘Hoe ontwikkel je een beleid rond grensoverschrijdend gedrag in jouw organisatie?’. Daarnaast organiseerden we twee online infosessies: één voor leidinggevenden en één voor bestuurders.

### Onze activiteiten in 2024

- Vorming ‘Begeleidingsgesprekken voeren met medewerkers’
- Vorming ‘Mentaal welbevinden van je team’
- Infosessie ‘Hoe ontwikkel je een beleid rond grensoverschrijdend gedrag’ (leidinggevenden)
- Infosessie ‘Hoe ontwikkel je een beleid rond grensoverschrijdend gedrag’ (bestuurders)

## 2.6. Communicatie- en marketingbeleid voeren

Onze samenleving is voortdurend in beweging. Voor sociaal-culturele organisaties is een sterke communicatiestrategie essentieel om impact te maken en hun relevantie zichtbaar te maken. Daarbij worden marketingprincipes en -technieken steeds belangrijker, vooral om de juiste doelgroepen te bereiken.

De uitdaging voor organisaties ligt in het integreren van communicatie en marketing in de kern van hun werking, zodat die naadloos aansluiten bij hun sociaal-culturele praktijken en organisatieprocessen.

### Onze activiteiten in 2024

- Basisvorming ‘Marketing voor social profit organisaties’ (ism. FARO, De Ambrassade & BAM)
- Basisvorming ‘Communicatie voor social profit organisaties’ (ism. FARO, De Ambrassade & Kortom)
- Communicatieatelier ‘Zo schrijf je heldere, wervende en doelgerichte teksten’
- Communicatieatelier ‘Storytelling met het Story Design Canvas’
- Communicatieatelier ‘Hoe pak ik mijn communicatiebeleid aan?’
- Communicatieatelier ‘Goede foto’s maken met je smartphone’
- Communicatieatelier ‘Goede prompts schrijven voor ChatGPT’
- Communicatieatelier ‘De impact meten van je communicatie’
- Communicatieatelier ‘Adverteren op social media en Google’

We hebben een aantal activiteiten moeten annuleren omwille van verschillende redenen zoals een gebrek aan inschrijvingen, organisatorische problemen, het uitvallen van medewerkers …

- Workshop ‘Reageren op racisme in groepen’
- Vorming ‘Omgaan met polarisatie in mijn groep’
- Workshop ‘Van concreet idee naar burgerwetenschapsproject’
- Collegagroep ‘Werken met vrijwilligers’
- Basisvorming ‘Het opzetten van campagnes’
- Basisvorming ‘Leercontexten opzetten’
- Inspiratiesessie ‘Erasmus+’
- Schrijfsessie ‘Erasmus+’

## 2.7. Verhouden op subsidiekaders

2024 was een uitdagend jaar voor sociaal-culturele volwassenenorganisaties. Op 15 december moesten zij hun nieuwe subsidieaanvraag indienen voor de beleidsperiode 2026-2030. Net als in het voorgaande jaar bood Socius ook in 2024 een uitgebreid ondersteuningsaanbod om hen hierbij te helpen. Meer informatie hierover vind je op pagina 26.

Naast het decreet op het sociaal-cultureel volwassenenwerk spelen nog andere (decretale) subsidiekaders een belangrijke rol in de sector. Denk bijvoorbeeld aan het decreet over bovenlokale cultuurwerking en de regeling voor innovatieve partnerprojecten. Tot slot zijn er ook op Europees niveau verschillende programma’s die kansen bieden aan sociaal-culturele organisaties. Ook hier probeert Socius een gepaste ondersteuning te voorzien.

### Onze activiteiten in 2024

- ‘Eerste hulp bij remediëring’
- Webinar ‘Stakeholders bevragen en betrekken’
- Vorming ‘Decreet en beleidsplanning’
- Webinar ‘Van beleidsuitdaging over beleidskeuzes, naar SD’s en OD’s’
- Webinar ‘Decreet, rollen en functies voor bestuursvrijwilligers’
- Vorming ‘Je laborol in het kader van beleidsplanning’
- Vorming ‘Vijwilligersbeleid in mijn beleidsplanningsproces’ (tweemaal)
- Online uitwisseling ‘Hoe doelen formuleren?’ (achtmaal)
- Webinar ‘Rollen en functies expliciteren in je beleidsplan’
- Vorming ‘Rollen en functies expliciteren in je beleidsplan’ (kandidaat-instromers)
- Vorming ‘Het financieel & zakelijk deel van je beleidsplan en de afstemming met het inhoudelijk luik’ (driemaal)
- Beleidsplanningskliniek (tweemaal)
- Webinar ‘Jouw publiek in het beleidsplan’
- Vorming ‘Een internationaal beleid uitbouwen in je organisatie’
- Webinar ‘Leerecosystemen’
- Infosessie ‘Creative Europe’
- Infosessie ‘Decretale projectenregeling’

## Ondersteuningsaanbod in cijfers

### Activiteiten ondersteuningsaanbod

Aantal activiteiten, totale duurtijd en gemiddelde duurtijd per soort: offline, online, blended en in totaal.

### Deelnemers ondersteuningsaanbod

- Totaal aantal deelnemers
- Totaal aantal deelnemers primaire doelgroep(4)
- Totaal aantal deelnemers secundaire doelgroep

### Unieke deelnemers ondersteuningsaanbod

- Totaal aantal unieke deelnemers
- Totaal aantal unieke deelnemers primaire doelgroep
- Totaal aantal unieke deelnemers secundaire doelgroep

### Bereikte organisaties ondersteuningsaanbod

Met ons ondersteuningsaanbod bereikten we 115 van de 129 erkende organisaties voor sociaal-cultureel volwassenenwerk, ofwel 89%.

### Tevredenheid ondersteuningsaanbod

Deelnemers aan ons vormingsaanbod kenden een gemiddeld tevredenheidscijfer van 82% toe aan onze activiteiten.

De net promotor score (NPS) over al onze activiteiten heen bedroeg +39.

4 Onze primaire doelgroep omvat de professionals en organisaties uit het erkend en het niet-erkend civiel sociaal-cultureel werk.`,
    activities: [
      // 2.1
      { title: 'Training ‘Werken met groepen’', kind: 'training' },
      { title: 'Vorming ‘Kiezen voor de juiste methodiek in groepswerk’', kind: 'vorming' },
      { title: 'Training ‘Rollen en functies voor communicatiemedewerkers’', kind: 'training' },
      // 2.2
      { title: 'Vorming ‘Burgerinitiatief versterken vanuit partnerschap’', kind: 'vorming' },
      { title: 'Workshop ‘Inclusief vrijwilligerswerk’', kind: 'workshop', partners: 'Refu-Interim' },
      // Socius @home (vijf @home-vormingen)
      { title: 'Socius @home: Rollen en functies', kind: 'vorming' },
      { title: 'Socius @home: Verenigingsdemocratie', kind: 'vorming' },
      { title: 'Socius @home: Je organisatie kantelen vanuit kruispuntdenken', kind: 'vorming' },
      { title: 'Socius @home: Je oriënteren en verhouden op burgerinitiatieven', kind: 'vorming' },
      { title: 'Socius @home: Politiserend werken', kind: 'vorming' },
      // 2.3
      { title: '‘Online spreekuur SCW-digitaal’', kind: 'andere', format: 'online' },
      // 2.4
      { title: 'Collegagroep ‘Werken aan kruispuntpraktijken’', kind: 'collegagroep' },
      { title: 'Infomoment leerreis ‘Kruispuntpraktijken in Berlijn’', kind: 'infosessie' },
      { title: 'Leerreis ‘Kruispuntpraktijken in Berlijn’', kind: 'leerreis' },
      // 2.5
      { title: 'Vorming ‘Begeleidingsgesprekken voeren met medewerkers’', kind: 'vorming' },
      { title: 'Vorming ‘Mentaal welbevinden van je team’', kind: 'vorming' },
      { title: 'Infosessie ‘Hoe ontwikkel je een beleid rond grensoverschrijdend gedrag’ (leidinggevenden)', kind: 'infosessie', format: 'online' },
      { title: 'Infosessie ‘Hoe ontwikkel je een beleid rond grensoverschrijdend gedrag’ (bestuurders)', kind: 'infosessie', format: 'online' },
      // 2.6
      { title: 'Basisvorming ‘Marketing voor social profit organisaties’', kind: 'vorming', partners: 'FARO, De Ambrassade & BAM' },
      { title: 'Basisvorming ‘Communicatie voor social profit organisaties’', kind: 'vorming', partners: 'FARO, De Ambrassade & Kortom' },
      { title: 'Communicatieatelier ‘Zo schrijf je heldere, wervende en doelgerichte teksten’', kind: 'workshop' },
      { title: 'Communicatieatelier ‘Storytelling met het Story Design Canvas’', kind: 'workshop' },
      { title: 'Communicatieatelier ‘Hoe pak ik mijn communicatiebeleid aan?’', kind: 'workshop' },
      { title: 'Communicatieatelier ‘Goede foto’s maken met je smartphone’', kind: 'workshop' },
      { title: 'Communicatieatelier ‘Goede prompts schrijven voor ChatGPT’', kind: 'workshop' },
      { title: 'Communicatieatelier ‘De impact meten van je communicatie’', kind: 'workshop' },
      { title: 'Communicatieatelier ‘Adverteren op social media en Google’', kind: 'workshop' },
      // geannuleerd
      { title: 'Workshop ‘Reageren op racisme in groepen’', kind: 'workshop', cancelled: true },
      { title: 'Vorming ‘Omgaan met polarisatie in mijn groep’', kind: 'vorming', cancelled: true },
      { title: 'Workshop ‘Van concreet idee naar burgerwetenschapsproject’', kind: 'workshop', cancelled: true },
      { title: 'Collegagroep ‘Werken met vrijwilligers’', kind: 'collegagroep', cancelled: true },
      { title: 'Basisvorming ‘Het opzetten van campagnes’', kind: 'vorming', cancelled: true },
      { title: 'Basisvorming ‘Leercontexten opzetten’', kind: 'vorming', cancelled: true },
      { title: 'Inspiratiesessie ‘Erasmus+’', kind: 'andere', cancelled: true },
      { title: 'Schrijfsessie ‘Erasmus+’', kind: 'andere', cancelled: true },
      // 2.7
      { title: '‘Eerste hulp bij remediëring’', kind: 'andere' },
      { title: 'Webinar ‘Stakeholders bevragen en betrekken’', kind: 'webinar', format: 'online' },
      { title: 'Vorming ‘Decreet en beleidsplanning’', kind: 'vorming' },
      { title: 'Webinar ‘Van beleidsuitdaging over beleidskeuzes, naar SD’s en OD’s’', kind: 'webinar', format: 'online' },
      { title: 'Webinar ‘Decreet, rollen en functies voor bestuursvrijwilligers’', kind: 'webinar', format: 'online' },
      { title: 'Vorming ‘Je laborol in het kader van beleidsplanning’', kind: 'vorming' },
      { title: 'Vorming ‘Vijwilligersbeleid in mijn beleidsplanningsproces’', kind: 'vorming', repetition: 'tweemaal' },
      { title: 'Online uitwisseling ‘Hoe doelen formuleren?’', kind: 'andere', format: 'online', repetition: 'achtmaal' },
      { title: 'Webinar ‘Rollen en functies expliciteren in je beleidsplan’', kind: 'webinar', format: 'online' },
      { title: 'Vorming ‘Rollen en functies expliciteren in je beleidsplan’ (kandidaat-instromers)', kind: 'vorming' },
      {
        title: 'Vorming ‘Het financieel & zakelijk deel van je beleidsplan en de afstemming met het inhoudelijk luik’',
        kind: 'vorming',
        repetition: 'driemaal',
      },
      { title: 'Beleidsplanningskliniek', kind: 'andere', repetition: 'tweemaal' },
      { title: 'Webinar ‘Jouw publiek in het beleidsplan’', kind: 'webinar', format: 'online' },
      { title: 'Vorming ‘Een internationaal beleid uitbouwen in je organisatie’', kind: 'vorming', partners: 'Europahuis Ryckevelde' },
      { title: 'Webinar ‘Leerecosystemen’', kind: 'webinar', format: 'online', partners: 'Tweeperenboom' },
      { title: 'Infosessie ‘Creative Europe’', kind: 'infosessie', partners: 'Creative Europe Desk Vlaanderen' },
      { title: 'Infosessie ‘Decretale projectenregeling’', kind: 'infosessie', partners: 'OP/TIL en Departement CJM' },
    ],
    featuredArticles: ['subsidieaanvragen-remediering-en-kandidaat-instromers', 'mentaal-welbevinden-leidinggevenden'],
    photos: [{ caption: 'Socius-Vorming ‘Goede foto’s maken met je smartphone’' }],
  },
  {
    slug: 'vraaggestuurde-werking',
    section: 'onze-werking',
    number: '3',
    title: 'Vraaggestuurde werking',
    summary:
      'Naast zijn aanbod speelt Socius met gerichte interventies in op specifieke vragen van organisaties. In 2024 kwamen 104 vragen binnen, waarvan 41 tot een dienstverlening leidden; veel vragen gingen over de nieuwe beleidsplanningsperiode.',
    body: `We richten onze werking op de vragen, noden en behoeften die we via verschillende kanalen detecteren. Dat vertaalt zich in twee sporen: een aanbodgerichte en een vraaggestuurde aanpak. Voor de vraaggestuurde werking reserveren we tijd, ruimte en middelen als antwoord op specifieke vragen en behoeften van individuele organisaties. We gaan in gesprek om vragen scherp te krijgen en kijken waar we op maat gerichte interventies kunnen realiseren. Voor zaken die we niet kunnen opnemen, verwijzen we gericht door. Langdurige begeleidingen of coaching laten we over aan de markt.

## Focus op civiel sociaal-cultureel werk

Onze vraaggestuurde dienstverlening is in eerste instantie - maar niet exclusief - gericht op het civiel sociaal-cultureel werk. Ook secundaire stakeholders kloppen regelmatig aan. In hoofdzaak gaat het dan om andere intermediaire spelers.

In totaal ontvingen we 104 ondersteuningsvragen: 51 van organisaties uit onze primaire doelgroep, 53 van organisaties uit onze secundaire doelgroep. Bij de secundaire doelgroep zien we een sterke stijging ten opzichte van 2023 (+26 vragen). Het aantal vragen uit de primaire doelgroep daalde licht, mogelijk omwille van het beleidsplanningsjaar.

## Bereik vraaggestuurde werking

Van de 104 ontvangen vragen keurden we er 46 goed. De redenen voor het afwijzen van bepaalde vragen waren onder meer tijdsgebrek, gebrek aan expertise of competenties in relatie tot de vraag of omdat het buiten ons werkterrein viel.

41 goedgekeurde vragen resulteerden in een dienstverlening. Aan 5 vragen konden we geen gevolg geven, vaak door praktische hindernissen zoals agenda-conflicten. Sommige van deze vragen krijgen in 2025 een vervolg.

In totaal bereikten we in 2024 met onze vraaggestuurde dienstverlening 207 deelnemers (165 uit onze primaire doelgroep, 42 uit onze secundaire doelgroep) en bereikten we 40 unieke organisaties (37 uit onze primaire doelgroep, 3 uit onze secundaire doelgroep).

## Vraag naar expertise

Sociaal-culturele organisaties kloppen bij het steunpunt aan met vragen die nauw aansluiten bij onze beleidsambities en expertise. Veel vragen hadden betrekking op de nieuwe beleidsplanningsperiode.

Van de 38 gerealiseerde dienstverleningen voor organisaties uit onze primaire doelgroep, richtte de helft zich op civiel sociaal-culturele organisaties die een subsidieaanvraag overwogen voor de beleidsperiode 2026-2030. Daarnaast hielpen we 5 organisaties verder met specifieke vragen rond doelgroepenanalyse- en strategie, de aanpak van het beleidsplanningsproces, het werken met SWO-ART of de maatschappelijke contextanalyse.

Verder blijven vragen over het begeleiden van vrijwilligers en groepen hun weg vinden naar het steunpunt, net zoals die rond communicatiebeleid, politisering en burgerinitiatieven.`,
  },
  {
    slug: 'evenementen',
    section: 'onze-werking',
    number: '4',
    title: 'Evenementen',
    summary:
      'Met grotere bijeenkomsten biedt Socius sociaal-cultureel werkers en stakeholders de kans om te ontmoeten, te netwerken en ervaringen te delen: in 2024 het inspiratiemoment over burgerinitiatieven, de Trefdag ‘Cultuur voor welzijn’, Het Communicatienetwerk, de medewerkersdag van Avansa en de campagne Allemaal Politiek.',
    body: `Elk jaar organiseert Socius een aantal evenementen. Grotere bijeenkomsten waarmee we niet alleen de praktijkgemeenschap willen ondersteunen, maar ook sociaal-cultureel werkers en andere stakeholders volop de kans willen bieden om te ontmoeten, te netwerken en ervaringen te delen.

## Onze activiteiten in 2024

### Inspiratiemoment ‘Hoe burgerinitiatieven aan politiek doen’

Tijdens het inspiratiemoment ‘Hoe burgerinitiatieven aan politiek doen’ zette Socius de schijnwerpers op burgerinitiatieven die bijdragen aan het publieke debat over hoe de samenleving moet worden ingericht. De ene doet dit explicieter dan de andere: de ene gebruikt juridische strijd, de andere kunst; de ene zoekt samenwerking, de andere houdt vast aan autonomie … maar allen geven ze invulling aan een politieke en kritische rol.

De deelnemers konden kiezen uit vier verschillende sessies. Op het einde van de bijeenkomst ging audiomaker Sara Logghe tijdens een live podcastopname in gesprek met geëngageerde burgers over wat hen drijft om de samenleving te veranderen, over wat het betekent om ‘aan politiek te doen’. Michiel De Baets (De Koer), Margot Delaet (Klimaatdichters), Jamila Channouf (De Gentse Lente) en Simon Clement (Actiecomité Bernadette Blijft) namen plaats achter de micro. De podcast is sinds oktober 2024 te beluisteren op Spotify.

**Een wereld van gemeenschappen**

Floor Ziegler en Teun Gautier zijn de auteurs van het boek ‘Een wereld van gemeenschappen’. Daarin nemen ze de lezer mee langs bijzondere plekken en mensen in Nederland en tonen ze hoe gemeenschappen bijdragen aan maatschappelijke thema’s. Tijdens deze sessie onderzochten Floor en Teun samen met de deelnemers hoe Nederlandse bewonersinitiatieven inspirerend kunnen zijn voor Vlaanderen. En omgekeerd.

**Het middenveld in een participatieve democratie**

De laatste jaren nemen steeds meer lokale besturen initiatieven om individuele burgers nauwer te betrekken bij het beleid. In een representatieve democratie is de burger vooral kiezer en consument van publieke diensten, terwijl hij in een participatieve democratie een actievere rol speelt bij beleidsbeslissingen. Dit verandert onvermijdelijk de relaties tussen lokale democratische actoren. Prof. dr. Bram Verschuere (UGent) zoomde tijdens deze sessie in op de manier waarop het middenveld naar deze evolutie kijkt.

**Burgerinitiatieven maken de stad**

Pascal Debruyne (Odisee Hogeschool) bekeek samen met de deelnemers verschillende burgerinitiatieven in de Brugse Poort door een politiserende bril. De Gentse wijk is een volkse wijk, jong en superdivers. Bewoners ervaren deze diversiteit op uiteenlopende manieren. Het zorgt ook voor heel wat initiatief van mensen die een positief antwoord willen formuleren op diverse uitdagingen. Tijdens een wandeling door de wijk konden de deelnemers kennismaken met de Rode Lotus, de Protestantse Rabotkerk en Burgerplicht vzw.

**Wie is er bang van de boze burger?**

Ingrijpende wijzigingen in de leefomgeving van mensen roepen vaak heftige reacties op. Niet zelden vinden gelijkgestemden elkaar in een actiecomité en brengen ze een protestbeweging op de been. Maar hoe ga je daarmee om? Hoe zorg je ervoor dat de verschillende partijen op een respectvolle manier met elkaar in gesprek blijven? Wat als juridische middelen worden aangewend? Socius sprak vooraf met enkele actiecomités. Die ervaringen en inzichten werden voorgelegd aan een expertenpanel: Raf Pauly (BRAL-Citizen Action Brussels), Veerle De Beuckeleer (Graslelie) en omgevingsjurist Bram Vandromme.

*We maakten een videoreportage over de drie actiecomités (Melsen bloedt, Battels Geraas en Red het Kolmenveld) die we bezochten ter voorbereiding van het inspiratiemoment. Je kan de reportage en het verslag van het bezoek aan de burgerinitiatieven in de Brugse Poort bekijken door de QR-code te scannen.*

Op pagina 44 van dit jaarverslag lees je meer over hoe burgerinitiatieven aan politiek doen.

### Trefdag 2024 – Cultuur voor welzijn

November is naar goede gewoonte de maand waarin professionals van onze sector elkaar treffen. Voor straffe sprekers. Voor scherpe debatten. Voor creatieve workshops. Kortom: voor inspirerende ontmoetingen. Dit jaar ging de Trefdag sociaal-cultureel werk door in het Hendrik Consciencegebouw in Brussel met als thema ‘Cultuur voor welzijn’.

Je leest meer over de Trefdag op pagina 38 van dit jaarverslag.

### Het Communicatienetwerk – Artficiële Intelligentie

Toepassingen van artificiële intelligentie worden steeds belangrijker, ook in de social profit sector zoals de jeugd-, sociaal-culturele en cultureel-erfgoedsectoren. Generatieve AI biedt veel voordelen, maar brengt ook onzekerheden met zich mee voor communicatiemedewerkers. Wat kan en mag? Hoe zit het met de ethische kant van de technologiemedaille? Wat met auteursrecht? …

Om deze vragen te beantwoorden, organiseerden De Ambrassade, Socius en FARO in de Koninklijke Bibliotheek van België de eerste editie van ‘Het Communicatienetwerk’. Een leer-, uitwissel- en netwerkmoment waarop communicatiemedewerkers uit de jeugd-, sociaal-culturele en cultureel-erfgoedsector samenkwamen. Na een inleidende sessie door Dominique Deckmyn (De Standaard) konden deelnemers de theorie meteen toepassen in workshops over ‘AI & prompting’ en ‘AI & Canva’.

### Medewerkersdag Avansa

In 2024 verleende Socius zijn medewerking aan de tweejaarlijkse medewerkersdag van Avansa. Dit keer stond de bijeenkomst in het teken van ‘Polarisatie en verbinding’. 113 medewerkers kwamen op 6 juni samen in De Nieuwe Vrede in Berchem om ervaringen uit te wisselen en nieuwe ideeën op te doen. Daarbij konden ze kiezen uit veertien verschillende workshops.

### Allemaal Politiek

Met het oog op het belangrijke verkiezingsjaar 2024 planden we in ons beleidsplan een ‘Festival van de Democratie’. Na grondig nadenken besloten we het festival te vervangen door een campagne die benadrukt dat we ook buiten het stemhokje elke dag de samenleving mee vormgeven. Deze campagne kreeg de naam ‘Allemaal Politiek’ en liep over meerdere maanden.

Je leest meer over deze campagne op pagina 64 van dit jaarverslag.`,
    activities: [
      { title: 'Inspiratiemoment ‘Hoe burgerinitiatieven aan politiek doen’', kind: 'andere' },
      { title: 'Trefdag 2024 – Cultuur voor welzijn', kind: 'studiedag' },
      { title: 'Het Communicatienetwerk – Artficiële Intelligentie', kind: 'lerend-netwerk', partners: 'De Ambrassade en FARO' },
      { title: 'Medewerkersdag Avansa', kind: 'andere', partners: 'Avansa' },
      { title: 'Allemaal Politiek', kind: 'andere' },
    ],
    practices: [
      'de-koer',
      'klimaatdichters',
      'de-gentse-lente',
      'actiecomite-bernadette-blijft',
      'rode-lotus',
      'protestantse-rabotkerk',
      'burgerplicht',
      'melsen-bloedt',
      'battels-geraas',
      'red-het-kolmenveld',
    ],
    featuredArticles: ['trefdag-2024-cultuur-voor-welzijn', 'hoe-burgerinitiatieven-aan-politiek-doen', 'allemaal-politiek'],
    photos: [
      { caption: 'Trefdag sociaal-cultureel werk ‘Cultuur voor welzijn’ – Socius' },
      { caption: 'Polarisatie en verbinding: een uitdaging voor Avansa? – Avansa' },
    ],
  },
  {
    slug: 'ontwikkeltrajecten',
    section: 'onze-werking',
    number: '5',
    title: 'Ontwikkeltrajecten',
    summary:
      'In 2024 focuste Socius op drie meerjarige ontwikkeltrajecten: het doe- en leertraject burgerinitiatieven met twee Avansa’s, het ontwikkeltraject kruispuntdenken en het ontwikkeltraject cultuurfunctie.',
    body: `In de beleidsperiode 2021-2025 kiezen we voor verschillende meerjarige ontwikkeltrajecten. Het traject rond politiserend werken en dat rond de sociaal-culturele functies en rollen, werd eerder afgerond. In 2024 focusten we op het doe- en leertraject burgerinitiatieven, het ontwikkeltraject kruispuntdenken en het ontwikkeltraject cultuurfunctie.

## 5.1. Doe- en leertraject burgerinitiatieven

Vlaanderen kent nog steeds een rijk en divers verenigingsleven dat, gestuurd door vrijwilligers, volop in beweging is. Heel wat bestaande, ‘gevestigde’ organisaties kunnen een beroep doen op professionele ondersteuning of vinden vlot de toegang tot gemeentelijke ondersteuning. Naast die organisaties ontstaan er voortdurend nieuwe burgerinitiatieven die als ‘nieuwkomers’ minder of geen toegang hebben tot een gestructureerde ondersteuning.

Door praktijkgerichte experimenten in een overzichtelijke regionale context willen we onderzoeken wat de geprofessionaliseerde organisaties en lokale besturen en bestaande (intergemeentelijke) samenwerkingsverbanden en de ‘nieuwkomers’ voor elkaar en onderling kunnen betekenen. Welke expertise, middelen en tools kunnen ze elkaar ter beschikking stellen? Hoe kunnen ze samenwerken om elkaar te versterken?

Het voorbije jaar zetten Avansa regio Gent en Avansa Oost-Brabant hun schouders mee onder dit doe- en leertraject. Bart Van Bouchaute werd aangetrokken om vanuit Socius mee de begeleiding op zich te nemen. We kozen voor de fusiegemeente Deinze als werkingsgebied voor Avansa regio Gent. In Avansa Oost-Brabant onderzoeken we welke mogelijkheden er liggen ter versterking van burgerinitiatieven in de regio Demerland, met Aarschot, Begijnendijk, Bekkevoort, Diest, Scherpenheuvel-Zicht en Tielt-Winge als betrokken gemeenten.

In beide regio’s brachten we in kaart welke burgerinitiatieven hier actief zijn. In Deinze werd gekozen om te vertrekken vanuit interviews met een diverse groep van burgerinitiatieven. In Demerland brachten we eerste maal een aantal gevestigde organisaties uit het middenveld samen. De voortgang van het traject (met voortdurende bijsturingen ingegeven door de realiteit van het terrein) wordt opgevolgd door een trekkersoverleg (de twee Avansa’s en Socius) dat in 2024 vier keer samenkwam. Naast een regioanalyse per regio ontwikkelden we vanuit het trekkersoverleg een interviewleidraad zodat de interviews met burgerinitiatieven op een gestructureerde en gestandardiseerde manier bijdragen aan de kennisontwikkeling over burgerinitiatieven.

## 5.2. Ontwikkeltraject kruispuntdenken

De voorbije jaren bevraagden we sectororganisaties die diversiteit in hun doelstellingen opnamen, die hierover aanbod bij Socius volgden of die zelf aanbod ontwikkelden. De grootste waardering en meerwaarde vonden zij in momenten waarop verschillende perspectieven samenkwamen: door inspiratie op te doen bij collega’s, via concrete trajecten met doelgroepen of in vormingen met een specifieke insteek zoals armoede, het queerperspectief of racisme. We wilden verder verkennen of we dit in 2024 konden samenbrengen in een ontwikkeltraject rond kruispuntdenken.

Eind 2023 brachten we een aantal experten samen om ons te adviseren over dit kader: Pascal Debruyne (Kenniscentrum Gezinswetenschappen Odisee), Sarah Scheepers (ella vzw), Ikrame Kastit (De Vormers), Elke Deforce (Sociaal Werk KDG) en Jamal Belmahi (SAAMO Antwerpen). Zij hebben zowel theoretische kennis als praktijkervaring met kruispuntdenken. Tijdens drie bijeenkomsten bespraken we met hen de belangrijkste uitgangspunten voor een handelingskader. Daarnaast nemen we ook deel aan een intervisiegroep diversiteit vanuit SAM vzw, waarin we ons traject afstemmen op hun inspanningen om een tool voor diversiteitsbeleid te ontwikkelen voor de bredere sociale sector.

Vanuit de praktijkcontext zien we hoe belangrijk werkvormen zijn waarmee teams, via de juiste vraagstelling, hun eigen invulling van kruispuntdenken kunnen ontwikkelen. De implementatie van kruispuntdenken blijkt voor veel organisaties een proces dat geleidelijk moet groeien. Het maximaal ondersteunen van personen binnen de organisatie die hierin het voortouw willen en kunnen nemen, blijkt cruciaal. We ontwikkelen daarom een gefaseerde aanpak om tot kruispuntdenken te komen. Elke fase bouwen we op aan de hand van werkvormen die we intern ontwikkelden en toetsten. We lieten ons daarbij breed inspireren door bestaand materiaal. Daarnaast brachten we principes, uitgangspunten en inzichten rond kruispuntdenken samen in eigen teksten, die we verder doorontwikkelen in de verschillende fasen.

Uit praktijkcontacten leerden we hoe belangrijk een brede inzet op alle domeinen van organisatieontwikkeling is om tot verandering te komen. Dit vormde de basis voor eerdere collegagroepen ‘Je organisatie kantelen vanuit kruispuntdenken’ (in 2021, 2022 en 2023). In deze collegagroep werd echter duidelijk dat praktijkwerkers een cruciale rol spelen in het ontwikkelen van experimenten met kruispuntdenken. Daarom organiseerden we ook voor hen uitwisselingsmomenten in een collegagroep. Deze werkgroep vormt in 2024 en opnieuw in 2025 een belangrijke testgroep voor Socius voor de gefaseerde opbouw en de werkvormen van het handelingskader kruispuntdenken.

## 5.3. Ontwikkeltraject cultuurfunctie

Nu landelijke sociaal-cultureel volwassenenorganisaties decretaal de keuze kunnen maken in minstens twee van de vier sociaal-culturele functies lijkt de cultuurfunctie onder druk te staan. Daarom zetten we extra in op de ontwikkeling van een handelingskader rond de cultuurfunctie en het ontwikkelen van een visie op de specifieke bijdrage van het sociaal-cultureel werk binnen een ruimer cultureel eco-systeem en cultuurbeleid. In 2024 zetten we de eerste stappen en dit traject zal doorlopen in de beleidsperiode 2026-2030.`,
    practices: ['avansa-regio-gent', 'avansa-oost-brabant'],
  },
  {
    slug: 'onderzoek',
    section: 'onze-werking',
    number: '6',
    title: 'Onderzoek',
    summary:
      'Socius trekt de onderzoekskaart: in 2024 verschenen het arbeidsmarktonderzoek van HIVA en de landschapstekening van het civiel sociaal-cultureel werkveld, liepen een kennisdossier over de civiele ruimte en de analyse van de voortgangsrapporten, en volgde het steunpunt extern onderzoek op.',
    body: `In de beleidsperiode 2021-2025 trekt Socius resoluut de onderzoekskaart. Welke evoluties zien we in het landschap van het sociaal-cultureel werk? Wat is het collectief verhaal van het werkveld? En wat is de waarde en betekenis ervan? We zoeken naar onderbouwde antwoorden.

## 6.1. De arbeidsmarkt van het sociaal-cultureel volwassenenwerk

In opdracht van Socius voerde het HIVA-Onderzoeksinstituut voor Arbeid en Samenleving (KULeuven) een onderzoek uit naar de arbeidsmarkt van het sociaal-cultureel volwassenenwerk in Vlaanderen. De resultaten van het onderzoek geven niet alleen zicht op het sociaal-cultureel volwassenenwerk als arbeidsmarkt, maar verschaffen ook inzicht in de arbeidsmarktmechanismen en -tendensen in de sector. Dit onderzoek is om meerdere redenen belangrijk.

In de eerste plaats geeft het de mogelijkheid om deze sector, waar weinig harde cijfers over bestaan, helder en informatiegebaseerd in beeld te brengen. Het sociaal-cultureel volwassenenwerk is een erg grote sector als het gaat om bereik (deelnemers, leden, vrijwilligers), maar op het vlak van vaste werknemers is ze een relatief kleine non-profit sector. Daarom wordt ze in arbeidsmarktonderzoek zelden apart bestudeerd.

De onderzoeksresultaten in dit rapport laten ook toe bepaalde vermoedens of percepties te staven of te weerleggen en maken op een wetenschappelijke manier vergelijkingen mogelijk met andere – al dan niet verwante – sectoren.

Daarnaast biedt een analyse van sectorspecifieke arbeidsmarktmechanismen en -tendensen werkgevers, externe ondersteuners en belangenbehartigers concrete handvatten om de beroepskrachten in de sector beter te ondersteunen. Ten slotte kan de studie ook beleidsmakers inspireren, bijvoorbeeld om de arbeidsmarktcondities van de werknemers in de sector te verbeteren.

Op 29 augustus 2024 presenteerden de onderzoekers de resultaten van hun onderzoek. Een panel bestaande uit Anneleen Forrier (KULeuven), Liesbet Provoost (Avansa Oost-Brabant), Artemis Kubala (Blenders) en Veerle Van Gestel (KdG sociaal werk) reageerde op de resultaten van het onderzoek. Het onderzoeksrapport werd voorgesteld voorafgaand aan Wascabi, het netwerkmoment van De Federatie.

Je leest meer over het onderzoek op pagina 54 van dit jaarverslag.

## 6.2. Het civiel sociaal-cultureel werkveld – een landschapstekening

De landschapstekening van het civiel sociaal-cultureel werk laat zien wat dit werkveld inhoudt. Het schetst een beeld van de plek in onze samenleving waar burgers samenkomen, gemeenschappen vormen en stappen zetten naar anders en beter. Dit gebeurt via sociaal-culturele volwassenenorganisaties, andere initiatieven in het Vlaamse middenveld of informele burgerinitiatieven.

We brachten dit civiel sociaal-cultureel werkveld in kaart met zoveel mogelijk feiten, bij voorkeur ondersteund door wetenschappelijk onderzoek. Hiervoor gebruikten we gegevens en inzichten uit recente studies en databanken zoals SISCA, het systeem van de Vlaamse overheid dat informatie verzamelt over het sociaal-cultureel volwassenenwerk.

In de landschapstekening bespreken we enkele belangrijke ontwikkelingen in de samenleving en in het werkveld. En geven we aan hoe die ontwikkelingen het civiel sociaal-cultureel werk uitdagen.

Hierdoor is het een handig naslagwerk dat helpt om het civiel sociaal-cultureel werk beter te begrijpen. Nieuwe spelers vinden er hun weg in, terwijl ervaren spelers hun positie kunnen bepalen. Het is een instrument dat de verdere ontwikkeling van beleid en praktijk ondersteunt. Discussies over de betekenis en de toekomst van dit werkveld kunnen dankzij de landschapstekening met feiten onderbouwd worden.

Dit onderzoek vond plaats binnen het Gecoördineerd Afsprakenkader Onderzoek – specifiek voor het sociaal-cultureel werk – afgesloten tussen de Vlaamse Gemeenschap, het Departement Cultuur, Jeugd en Media en Socius, voor de periode van 1 maart 2021 tot 31 maart 2025.

*Socius ontwikkelde een online kennisomgeving waarin je de publicatie niet alleen kan downloaden, maar waarin we je ook door de belangrijkste thema’s van de landschapstekening leiden.*

## 6.3. Andere onderzoeksinspanningen

In 2024 gunde Socius een onderzoeksopdracht aan een consortium van HIVA-KUL, UAntwerpen en UGent voor de opmaak van een kennisdossier rond ‘Het vrijwaren van de civiele ruimte voor een vitale democratie’. De resultaten van dit onderzoek worden gepresenteerd tijdens een conferentie op 15 mei 2025. In de schoot van het onderzoek werd een klankbordgroep opgericht. Die groep bestaat uit stakeholders uit het maatschappelijk middenveld en geeft inhoudelijke feedback op de vaststellingen in de verschillende fasen van het onderzoek. De klankbordgroep kwam in 2024 twee keer samen.

Socius richtte zich intensief op de analyse van de voortgangsrapporten van alle erkende sociaal-culturele volwassenenorganisaties 2021-2025. Hiervoor wierven we tijdelijk een voltijdse medewerker aan. De resultaten van dit onderzoek maken we in de zomer van 2025 bekend.

## 6.4. Opvolgen extern onderzoek

Naast onze eigen onderzoeksinspanningen monitoren we ook onderzoek dat door anderen wordt uitgevoerd, zoals het ‘Deelnemersonderzoek sociaal-cultureel volwassenenwerk’. Dat onderzoek werd in opdracht van het Departement CJM uitgevoerd door Lode Vermeersch (KULeuven – HIVA), Jessy Siongers en Bram Spruyt (VUB - Kenniscentrum cultuur). De resultaten van het onderzoek werden in juni 2024 ontsloten.

Verder volgden we in het kader van het Onderzoeksplatform Cultuur de bevindingen van de Participatiesurvey nauwgezet op vanuit het perspectief van het sociaal-cultureel werk.`,
    practices: ['avansa-oost-brabant'],
    featuredArticles: ['de-arbeidsmarkt-van-het-sociaal-cultureel-volwassenenwerk'],
  },
  {
    slug: 'beeldvorming',
    section: 'onze-werking',
    number: '7',
    title: 'Beeldvorming',
    summary:
      'Socius werkt aan een gedeeld narratief over de waarde en betekenis van civiel sociaal-cultureel werk en brengt via zijn media, vormingsaanbod en evenementen voortdurend initiatieven onder de aandacht: in 2024 waren dat er 85.',
    body: `Het civiel sociaal-cultureel werkveld kenmerkt zich door een rijke schakering aan thema’s, doelgroepen en praktijken waarin voortdurend nieuwe initiatieven en organisaties op de voorgrond treden. Tegelijkertijd mist het sociaal-cultureel werk een duidelijke en breed gedragen identiteit. In deze beleidsperiode zetten we in op een geëxpliciteerd begrip van de waarde en betekenis van civiel sociaal-culturele initiatieven dat we via een gedeeld narratief willen uitdragen.

In het kader hiervan maakte Socius in 2024 onder meer werk van de opmaak van een brochure ‘Burgers in beweging’ die begin 2025 zal verspreid worden onder onze stakeholders.

Maar ook de veelheid aan initiatieven en praktijken versterkt de beeld- en identiteitsvorming van het sociaal-cultureel werk. Daarom brengen we via onze media voortdurend initiatieven van sociaal-culturele actoren onder de aandacht van onze partners en stakeholders. Ook via ons vormingsaanbod en onze evenementen doen we dat.

In 2024 brachten we via onze media en vormingsaanbod 85 organisaties, praktijken en initiatieven onder de aandacht: 42 erkende en 43 niet-erkende organisaties`,
  },
  {
    slug: 'kennisknooppunt',
    section: 'onze-werking',
    number: '8',
    title: 'Kennisknooppunt',
    summary:
      'Socius deelt zijn kennis en expertise met beleidsmakers, de onderzoeksgemeenschap, de opleidingswereld, internationale actoren en partners in de bovenbouw: in 2024 goed voor 171 overlegmomenten met 70 actoren, een internationale leerreis naar Berlijn en een memorandum aan de nieuwe Vlaamse Regering.',
    body: `Verschillende stakeholders doen een beroep op onze kennis en expertise. Ook het verzameldecreet Cultuur van 2019 stipuleert dat: “Een sectoraal steunpunt wordt verondersteld de kennis over het veld te bevorderen, relevante sectorale thema’s onder de aandacht te brengen en de praktijkgemeenschap te promoten, zowel binnen Vlaanderen als internationaal”. Daarnaast “stelt een steunpunt op verzoek zijn terreinkennis en specifieke expertise ter beschikking aan de Vlaamse Regering met het oog op beleidsvoorbereiding, beleidsontwikkeling en beleidsevaluatie”.

In lijn met die opdracht richten we ons in de beleidsperiode 2021-2025 op het delen van onze kennis en expertise met de onderzoeksgemeenschap, de opleidingswereld en beleidsmakers. We doen dat zowel op eigen initiatief als op vraag.

## 8.1. Divers netwerk

In 2024 namen Socius-medewerkers deel aan 171 overlegmomenten met 70 verschillende actoren: beleidsactoren, onderzoeksactoren, de opleidingswereld, internationale actoren of partners in de bovenbouw. Het grootste deel (66%) daarvan ging naar overleg met beleidsactoren en partners in de bovenbouw.

Op 25 vragen die ons werden gesteld, gingen we niet in. De redenen voor het afwijzen van die vragen waren onder meer tijdsgebrek, gebrek aan expertise of competenties in relatie tot de vraag of omdat het buiten ons werkterrein viel.

## 8.2. Onze expertise delen met beleidsmakers

Socius wordt door tal van actoren aangesproken over specifieke beleidsvragen, vooral op Vlaams niveau. De relatie met lokale overheden of het Europese niveau is minder uitgebouwd. In 2024 werden we aangesproken over diverse beleidskwesties, waarvan we hieronder enkele kort toelichten.

Een groot deel van de bijeenkomsten vond plaats op vraag van het Departement CJM, onder meer in het kader van:

- de uitvoering van het decreet sociaal-cultureel volwassenenwerk (doelen- en beoordelingskader, experten en beoordeling instromers, …)
- het Cultuurtraject
- het programma ‘Digitale Transformatie’ van de cultuursector
- het actieplan grensoverschrijdend gedrag
- de bijdrage aan het regeerakkoord
- de partnerraad van het verenigingsloket
- de introductie van nieuwe medewerkers bij het Departement CJM
- …

Voor het Departement Zorg namen we deel aan de stuurgroep van het platform ‘Sterk Sociaal Werk’, de werkgroep ‘ecosociaal werk’ daarbinnen en het consortium ‘Zorgzame buurten’.

Socius maakt deel uit van de Raad Levenslang en Levensbreed Leren van de Vlaamse Onderwijsraad als vertegenwoordiger van aanbieders van niet-formele educatie.

Daarnaast namen we deel aan overlegmomenten met onder andere de VVSG, VRT, het Agentschap Binnenlands Bestuur, het Agentschap Integratie en Inburgering, de VGC, het Brussels Gewest, de POD Maatschappelijke Integratie en het Kenniscentrum WWZ.

## 8.3. Bijdragen aan de onderzoeksgemeenschap

Onze kennis en expertise op het gebied van sociaal-cultureel werk, evenals de onderzoekscompetenties van de Socius-stafmedewerkers, worden regelmatig geraadpleegd door de onderzoeksgemeenschap.

Hieronder volgt een overzicht van de onderwerpen waarvoor we onder meer werden geraadpleegd:

- Vives: stuurgroep NIMBY
- UCLL: stuurgroep onderzoek ADEM
- IDEA Consult: veldtekening internationaal
- IDEA Consult: spending review
- IDEA Consult: innovatieve partnerprojecten
- IDEA Consult: monitoring digitale transformatie
- Koning Boudewijnstichting: klankbordgroep monitor verenigingen
- Fonds Wetenschappelijk Onderzoek: onderzoek lokale democratie UGent, UAntwerpen, KULeuven, VUB
- Departement CJM: landschapstekening
- Departement CJM: spending review
- Departement CJM: stuurgroep participantenonderzoek
- Departement CJM: klankbordgroep vrijetijdsmonitor
- Departement CJM: evaluatie afsprakenkader onderzoek

## 8.4. Een brug met de opleidingswereld

In ons beleidsplan formuleerden we de ambitie om bij te dragen aan basis- en voortgezette opleidingen die relevant zijn voor het werkveld.

Zo leverden we een bijdrage aan de postacademische vorming ‘Politisering’ van de Arteveldehogeschool. We namen deel aan de werkveldcommissie ‘Graduaat SCW’ van de hogeschool UCLL en aan het overleg van docenten van de bacheloropleidingen sociaal werk. Daarnaast verleenden we onze medewerking aan de beoordeling van verschillende bachelorproeven en gingen we in gesprek met studenten over specifieke sociaal-culturele thema’s.

## 8.5. Internationale werking

We moesten onze internationale ambities bij de start van de huidige beleidsperiode noodgedwongen terugschroeven. Eind 2021 besloot het bestuursorgaan van Socius een deel van de eigen inkomsten aan te wenden voor de aanwerving van een halftijds stafmedewerker internationaal om zo op dat vlak een basiswerking te garanderen.

Socius nam deel aan verschillende EU-conferenties (‘Shrinking space for civil society’, ‘Cultuur en digitalisering’, ‘Cultuur en identiteit’ en ‘Social work’). Daarnaast namen we een bestuursmandaat op in het nationaal agentschap Epos vzw en vervulden we een ambassadeursrol in Epale - Electronic Platform for Adult Learning in Europe. Ten slotte namen we deel aan een studiereis rond commons naar Bologna (Italië).

In 2024 organiseerden we ook een internationale leerreis. Twaalf Vlaamse sociaal-cultureel werkers en twee stafmedewerkers van het steunpunt brachten vier dagen door in Berlijn. De deelnemers volgden workshops en bezochten organisaties die diversiteit benaderen vanuit intersectionaliteit (of kruispuntdenken): Refugio, Oyoun, Documentation Centre for Displacement, Expulsion, Reconciliation en Xart Splitta.

## 8.6. Partners in de bovenbouw

In 2024 nam Socius deel aan 62 overlegmomenten met verschillende partners in de bovenbouw:

- De Federatie
- Cultuurtafel
- De Ambrassade
- Cultuurloket
- Kunstenpunt
- Pulse
- OP/TIL
- Publiq
- Steunpunt Vrijwilligerswerk
- SAM
- …

### Memorandum aan de Vlaamse Regering 2024-2029

Vorjaar 2024 formuleerden we; onze beleidsaanbevelingen ten aanzien van de nieuwe Vlaamse Regering. Het memorandum focust op het Vlaams cultuurbeleid en het sectoraal sociaal-cultureel beleid.

Cultuurbeleid moet bijdragen aan culturele democratie. Dit veronderstelt samenwerking tussen en binnen beleidsdomeinen, een sterk sectoraal beleid en aandacht voor de specificiteit van de verschillende deelsectoren binnen een transversaal beleidskader.

De waarde van civiel sociaal-cultureel werk als belangrijke democratische actor moet erkend worden. Daarnaast verdient burgerinitiatief ruimte en ondersteuning. Socius vraagt de nieuwe Vlaamse Regering te investeren in het erkende sociaal-cultureel volwassenenwerk, in rechtszekerheid en te gaan voor decretale rust.`,
    practices: ['refugio', 'oyoun', 'documentation-centre-for-displacement-expulsion-reconciliation', 'xart-splitta'],
  },
  {
    slug: 'digitaal-platform',
    section: 'onze-werking',
    number: '9',
    title: 'Digitaal platform',
    summary:
      'Socius wil het communicatie- en informatiecentrum zijn voor het civiel sociaal-cultureel werkveld, met een mix van websites, video, podcasts, publicaties, mailinglijsten en social media; in 2024 kwamen daar de kennisomgevingen rond beleidsplanning, het platform van Allemaal Politiek en twee podcastreeksen bij.',
    body: `Socius wil het communicatie- en informatiecentrum zijn voor het civiel sociaal-cultureel werkveld. Daarom zetten we een uitgebalanceerde mix in van (digitale) publicaties, websites, databanken en social media. Via die kanalen verspreiden we informatie, video’s, tools, kennis … die een referentiepunt kunnen zijn voor actoren uit het civiel sociaal-cultureel werkveld.

## 9.1. Website

De Socius-site neemt niet alleen in onze externe communicatie een centrale plaats in, maar maakt ook integraal deel uit van onze dienstverlening (van informatie naar inschrijvingen, kennisplatform, bevragingen, vormingen …). Zo ondersteunt de site samen met ons CRM-systeem en onze digitale werkomgeving de interne en externe werking van het steunpunt

### Beleidsplanning

2024 stond voor heel wat organisaties in het teken van het indienen van hun subsidieaanvraag. Socius bood daarrond ondersteuning dankzij verschillende online tools en kennisomgevingen:

- Om het decreet, de memorie van toelichting en het besluit van de Vlaamse Regering leesbaar en verstaanbaar te maken, kon iedereen terecht op ‘Alles over het decreet SCvW’.
- De ‘Toolbox beleidsplanning’, al jaren gewaardeerd ook buiten onze sector, loodste organisaties stap voor stap door hun beleidsplanningsproces.
- De kennisomgeving ‘Civiel actorschap in een wereld in verandering’ hielp organisaties bij de opmaak van hun maatschappelijke contextanalyse.
- Om hun eigen verhaal over de rollen en functies deskundig te vertellen, konden organisaties terecht op de kennisomgeving ‘Rollen en functies’.

### Landschapstekening

Socius ontwikkelde een online kennisomgeving waarin je de publicatie niet alleen kan downloaden, maar waarin we je ook door de belangrijkste thema’s van de landschapstekening leiden.

### Allemaal politiek

Voor de ‘Allemaal Politiek’-campagne werkten we een online platform uit waarop we alle videoreportages, -dagboeken, artikels en podcasts samenbrachten. Je leest meer over de campagne op pagina 64 van dit jaarverslag.

## 9.2. Video

Ook in 2024 blijven we video gebruiken. Screencasts maken al langer deel uit van ons vormingsaanbod, maar ook in ons regulier communicatieaanbod zetten we regelmatig video in. Verschillende van die video’s kan je via de QR-codes in dit jaarverslag bekijken. Hieronder vind je een greep uit ons aanbod dat sinds 2024 via onze media beschikbaar is.

### Allemaal politiek

- Escaperoom ArmMOEDIG, Avansa Limburg
- Konekt voluit in een inclusieve wereld
- Bronnen in Brussel
- 100in1day, Curieus
- Veggie = Halal, Voem
- Toekomstdromen in Marke
- Hazegras
- 29 videodagboeken

### Inspiratiemoment burgerinitiatieven

- Burgerinitiatieven: politiseren in Gent
- Protest bij ruimtelijke projecten

### Rollen en functies

- Video ‘De rollen en functies expliciteren in je beleidsplan’

## 9.3. Podcast

In 2024 ging Socius aan de slag met podcasts. In het kader van onze ‘Allemaal Politiek’-campagne publiceerden we zeven afleveringen. Twee daarvan namen we live op: één tijdens het Facts To Act-festival van het Hannah Arendt Instituut en de andere tijdens het inspiratiemoment ‘Hoe burgerinitiatieven aan politiek doen’.

Ook tijdens onze Trefdag ‘Cultuur voor welzijn’ verzorgden we een live podcastopname, over het omgaan met rouw en verlies. Deze opnames verwerkten we tot een podcastreeks - ‘De Kunst van het Rouwen’ - van drie afleveringen.

Onze podcasts kan je beluisteren op Spotify.

## 9.4. Publicaties

In 2024 brachten we 5 publicaties uit, die allemaal beschikbaar zijn via de Socius-site.

- Jaarverslag 2023 (207 downloads)
- Memorandum aan de Vlaamse Regering 2024-2029 (251 downloads)
- Hoe ontwikkel je een beleid rond grensoverschrijdend gedrag in jouw organisatie? (399 downloads)
- De arbeidsmarkt van het sociaal-cultureel volwassenenwerk (322 downloads)
- Het civiel sociaal-cultureel werkveld – een landschapstekening (222 downloads)

## 9.5. Onze media in cijfers

Om de impact van onze digitale media nog beter te monitoren, maken we sinds januari 2023 gebruik van een dashboard waarmee we de resultaten van onze media op de voet volgen. Zo kunnen we snel evoluties in kaart brengen en bijsturen waar nodig.

### Websites

Alle communicatie en inschrijvingen voor onze Trefdag 2024 verliepen via de aparte site cultuurvoorwelzijn.be. Die site was in 2024 goed voor 3.042 bezoekers, 3.529 bezoeken en 9.932 bezochte pagina’s.

### Mailinglijsten

Socius beschikt over verschillende mailinglijsten waarmee we onze abonnees gericht informeren over ons aanbod en onze werking.

### Social media

Via LinkedIn bieden we professionele en praktijkgerichte informatie aan. De Facebook-pagina ‘Sociaalcultureel’ prikkelt met inspirerende verhalen over sociaal-culturele praktijken.`,
    practices: [
      'escaperoom-armmoedig',
      'konekt-voluit-in-een-inclusieve-wereld',
      'bronnen-in-brussel',
      '100in1day',
      'veggie-halal',
      'toekomstdromen-in-marke',
      'hazegras',
      'rode-lotus',
      'protestantse-rabotkerk',
      'burgerplicht',
      'melsen-bloedt',
      'battels-geraas',
      'red-het-kolmenveld',
    ],
    featuredArticles: ['allemaal-politiek'],
    photos: [{ caption: 'Bronnen in Brussel – Allemaal Politiek, Socius', credit: '© Max Frans' }],
  },
]

// ---------------------------------------------------------------------------------------------
// Zakelijk plan en financieel beleid
// ---------------------------------------------------------------------------------------------

const zakelijk: ChapterSeed[] = [
  {
    slug: 'ons-zakelijk-plan',
    section: 'zakelijk-plan-en-financieel-beleid',
    number: '1',
    title: 'Ons zakelijk plan',
    summary:
      'De ondersteunende processen achter de werking van Socius, uitgewerkt in een zakelijk plan 2021-2025: medewerkersbeleid, organisatiecultuur, kwaliteitszorg, infrastructuur, communicatie, gegevensbeheer, goed bestuur en samenwerking, met de samenstelling van personeelsploeg, bestuursorgaan en algemene vergadering.',
    body: `Om onze strategische en operationele doelen te realiseren, zijn er heel wat ondersteunende processen nodig. Die werkten we uit in een zakelijk plan voor de periode 2021-2025.

In dat zakelijk plan bepalen we onze ambities en verbeterinitiatieven over:

- medewerkersbeleid
- organisatiestructuur en -cultuur
- kwaliteitszorg
- infrastructuurbeleid
- communicatiebeleid
- gegevens- en informatiemanagement
- goed bestuur
- samenwerking met andere actoren

## 1.1. Medewerkersbeleid

De leerarchitectuur die we ontwierpen en uitrolden, biedt een kader voor de leer- en ontwikkelkansen van medewerkers én voor Socius als lerende organisatie. In coachings- en personeelsgesprekken hebben we veel aandacht voor de verdere ontwikkeling van onze medewerkers. Niet in het minst omdat nieuwe stafmedewerkers voor de uitdaging staan hun expertisegebied en competenties eigen aan de job, verder te ontwikkelen. Ook het leren van en samen met elkaar, krijgt veel aandacht. Dat laatste bouwen we onder meer in in de teamvergaderingen.

Daarnaast zetten we in op specifieke vormingsmomenten. Zo trokken we op 21 mei op verkenning in Brussel om te kijken wat de invloed van de grootstedelijke context is voor civiel sociaal-cultureel actorschap (BRAL, Les Gazelles de Bruxelles, Buurtkeuken Nic-Nac en Globe Aroma).

## 1.2. Organisatiestructuur en -cultuur

Gezien de nieuwe samenstelling van onze personeelsploeg blijven we inzetten op een cultuur van samenwerken. Eerder ontwikkelden we een kader dat medewerkers handvatten geeft om samenwerking met collega’s aan te gaan. Daarnaast maakten we verder werk van een online kennisdelingsruimte en worden stafmedewerkers aangezet om hun expertise te delen tijdens de maandelijkse teamvergaderingen waarvan de agenda in overleg wordt opgesteld.

## 1.3. Kwaliteitszorg

In 2022 definieerden we een interne set van streefwaarden met bijhorende opvolgingsmethodiek. We beslisten ook enkele sleutelprocessen en de bijhorende processtappen uit te schrijven. Zo ontwikkelden we vijf toetsstenen die stafmedewerkers moeten toelaten de kwaliteit van een activiteit in ons open aanbod te borgen of te verbeteren. Die toetsstenen hebben betrekking op de doelgroepomschrijving, de benaming van het initiatief, het omschrijven van de gewenste outcome, de praktijktoets, de gerichtheid op implementatie en de keuze voor online, blended of offline.

## 1.4. Infrastructuurbeleid

Door de verbouwingswerken van het Kaaitheater verhuisden we midden 2022 naar het Ellipsgebouw van de Vlaamse Gemeenschap. Door de sluiting van dat gebouw namen we midden maart 2024 onze intrek in het Herman Teirlinckgebouw van de Vlaamse Gemeenschap.

## 1.5. Communicatiebeleid

Ons ‘Communicatieplan 2021-2025’ omvat een beschrijving van onze doelgroepen, onze basisprincipes over communicatie, een SWOT-analyse en de vijf communicatiedoelen die we voor deze beleidsperiode naar voor schuiven. Zo zetten we in op een globale informatiearchitectuur, implementeren we een contentstrategie voor onze media, leggen we onze ambities vast rond diversiteit, geven we vorm aan onze decretale taak ‘beeldvorming en promotie’ en bepalen we hoe we vanuit onze interne werking meer datagedreven zullen communiceren.

## 1.6. Gegevens- en informatiemanagement

In functie van onze klantopvolging, marketing en rapportering ontwikkelden we in 2021 een nieuwe klantensegmentatie voor ons CRM-systeem dat we in 2022 implementeerden. Tegelijkertijd zorgden we voor een betere afstemming tussen de voornaamste systemen waaruit we data verzamelen: Wordpress (sites), MailerLite (mailings) en ODOO (CRM). Het geheel van die ingrepen laat ons toe om meer datagedreven te communiceren met respect voor de privacywetgving.

## 1.7. Goed bestuur

We formuleerden de ambitie om de doelgroepuitbreiding van het steunpunt ook te vertalen in ons bestuur, dat daardoor de voorbije jaren sterk vernieuwde. In 2024 verlieten 4 personen het bestuur en mochten we 2 nieuwe leden verwelkomen.

## 1.8. Samenwerking met andere actoren

In 2024 werkten we met tal van actoren samen:

- Allemaal Politiek: partnerschap met Sociaal.Net, Hannah Arendt Instituut, EPALE, ella vzw en Oikos
- Basisvorming ‘Communicatie voor socialprofitorganisaties’: FARO, De Ambrassade en Kortom:
- Basisvorming ‘Marketing voor socialprofitorganisaties’: FARO, De Ambrassade en BAM:
- CommunicatieNetwerk: FARO en De Ambrassade
- Workshop ‘Inclusief vrijwilligerswerk’: Refu-Interim
- Vorming ‘Een internationaal beleid uitbouwen in je organisatie’: Europahuis Ryckevelde
- Webinar ‘Leerecosystemen’: Tweeperenboom
- Infosessie ‘Decretale projectenregeling’: OP/TIL en Departement CJM
- Infosessie ‘Creative Europe’: Creative Europe Desk Vlaanderen
- Infosessie ‘Erasmus+’: vzw EPOS
- …

Als steunpunt werken we ook regelmatig samen met actoren uit het sociaal-cultureel werkveld. We doen dat in functie van de ontwikkeling van ondersteuningsmateriaal, ons vormingsaanbod of van het detecteren en ontsluiten van tacit knowledge.

## Personeel

### Samenstelling personeelsploeg dd. 1 januari 2024

- Fred Dhont, directeur
- Debbie Bevers, coördinator
- Max Frans, coördinator
- Gie Van den Eeckhaut, coördinator
- Silke Jaminé, stafmedewerker
- Marc Jans, stafmedewerker
- Staša Pavlović, stafmedewerker
- Paco Sanogo, stafmedewerker
- Zé Vandenhoeck, stafmedewerker
- Nele Vanderhulst, stafmedewerker
- Mieke Vasseur, stafmedewerker
- Ingrid Matthijs, administratief medewerker
- Veerle Verdoodt, administratief medewerker

### In- en uitdiensttredingen in 2024

- Paco Sanogo, stafmedewerker: uit dienst
- Marthe Jans, stafmedewerker: in dienst
- Maya Retana, stafmedewerker: in dienst

### Evolutie personeelsbestand

VTE % op payroll, per jaar van 2013 tot en met 2024.

### VTE % effectieve inzetbaarheid naar functie en kernopdrachten dd. 1 januari 2024(18)

- Directie en coördinatietaken
- Werking
- Communicatie
- Office management, administratie en logistiek

18 Inzetbaarheid na aftrek tijdskrediet, CAO en leeftijdsdagen.

## Bestuursorgaan en Algemene Vergadering

Samenstelling Bestuursorgaan & Algemene Vergadering dd. 1 januari 2024. De Algemene Vergadering wordt aangevuld met de leden van het Dagelijks Bestuur en het Bestuursorgaan.

### Dagelijks Bestuur

- Voorzitter: Stef Steyaert, WhoCares?
- Ondervoorzitter: Monique De Dobbeleer, Ferm
- Penningmeester: An Macharis, Avansa Citizenne

### Bestuursorgaan

- Erik Béatse, Pla(y)ces
- Miryam Belkadi, Safe Space
- Charlotte Brandsma, Growfunding
- Luc De Droogh, HoGent
- Stefaan Gunst, De Rand
- Piero Pienna, Feniks
- Annabelle Van Nieuwenhuyse, Cinemaximiliaan
- Wim Van Roy, De Wakkere Burger

### Algemene Vergadering

- Selamet Belkiran, Bindus
- Els de Ceuster, Artesis Plantijn Hogeschool
- Elke Plovie, UCLL`,
    photos: [{ caption: 'We zwaaien collega Paco Sanogo uit', credit: '© Mieke Vasseur' }],
  },
  {
    slug: 'financieel-beleid',
    section: 'zakelijk-plan-en-financieel-beleid',
    number: '2',
    title: 'Financieel beleid',
    summary:
      'De samenvatting van de resultatenrekening 2024 van Socius: uitgaven en inkomsten per post, met de subsidie van de Vlaamse Gemeenschap als belangrijkste inkomstenbron en personeel als grootste uitgavenpost.',
    body: `## Samenvatting resultatenrekening 2024

Uit en in, met hun aandeel in %:

- Subsidie Vlaamse Gemeenschap
- Werking
- Strategische doelstelling 1
- Strategische doelstelling 2
- Strategische doelstelling 3
- Strategische doelstelling 4
- Communicatie
- Personeel
- Overhead
- Totaal
- Resultaat`,
  },
]

// ---------------------------------------------------------------------------------------------
// Over de foto's
// ---------------------------------------------------------------------------------------------

const overDeFotos: ChapterSeed[] = [
  {
    slug: 'over-de-fotos',
    section: 'over-de-fotos',
    number: '1',
    title: "Over de foto's",
    summary:
      'Bij de foto’s in dit jaarverslag: praktijken van sociaal-culturele organisaties, campagnebeelden van Allemaal Politiek, de Trefdag, een vorming van Socius en een afscheid van collega Paco Sanogo.',
    body: `## Over de foto’s in dit jaarverslag

### Levende Bibliotheek – Avansa Mechelen

*Pagina 4, © Mieke Vasseur*

In een Levende Bibliotheek vind je geen boeken of tijdschriften. Je ontmoet er mensen van vlees en bloed. Tijdens een kort gesprek maak je kennis met de persoon die tegenover jou zit. Het Levend Boek vertelt zijn verhaal. Over leven in armoede, psychische kwetsbaarheid, migratie, chronisch ziek zijn. Jij krijgt uiteraard ook de kans om vragen te stellen. Zo ontstaat er een boeiende verbinding tussen twee mensen.

### Bronnen in Brussel – Allemaal Politiek, Socius

*Pagina 6, © Max Frans*

Onze videoreportage ‘Bronnen in Brussel’ toont op een prachtige manier waar sociaal-cultureel werk om draait. Alles begint bij de passie van één man (Hans Welens) die met zijn verhaal op zoek gaat naar partners en ruggensteun vindt bij een geëngageerde lokale ambtenaar. Vervolgens brengt de vzw Coördinatie Zenne het thema onder de aandacht van een breder publiek en zetten drie gedreven stedenbouwkundigen concrete acties op touw. Samen belichtten ze het belang van de waterbronnen en inspireren ze anderen om mee te doen. Het bewijst hoe betrokken burgers samen echte verandering in gang kunnen zetten.

Ontdek hoe sociaal-cultureel werk verbindt, kritisch durft te zijn en als laboratorium fungeert voor nieuwe ideeën: https://socius.be/video/

### Digitaal Café – Avansa Waas-en-Dender en Avansa Vlaamse Ardennen-Dender

*Pagina 10, © Mieke Vasseur*

In het Digitaal Café leren deelnemers samen beter met de tablet, smartphone, iPad of iPhone werken. Eerst geeft de begeleider een korte demonstratie, daarna gaan ze in kleine groepjes aan de slag om een opdracht tot een goed einde te brengen. Ze kunnen natuurlijk altijd een beroep doen op elkaar, het internet en de begeleider.

### De wereld op je bord – Avansa Waas-en-Dender

*Pagina 15, © Mieke Vasseur*

Enkele vrouwen van het Rode Kruisopvangcentrum Westakkers leerden de deelnemers een werelds gerecht maken. Nadien genoot iedereen van de verse falafels. Gezelligheid troef.

### Vrouwenlente – Ella vzw

*Pagina 16, © Mieke Vasseur*

Op het ontmoetingsmoment ‘Je suis politiek’. In GC De Rinck verzamelden verschillende groepen vrouwen om meer te weten komen over de verkiezingen en via gesprekstafels van gedachten te wisselen over thema’s die hen aanbelangen: https://allemaalpolitiek.be/we-moeten-elke-dag-onze-stem-laten-horen/

### We zwaaien collega Paco Sanogo uit

*Pagina 25, © Mieke Vasseur*

“Als een mens stapt, laat hij sporen na.” Dat was zowat de laatste zin die onze collega Paco Sanogo ons stuurde voor hij het vliegtuig richting Ivoorkust opstapte om daar weer boer te worden.

Hij heeft Socius en België verlaten, maar laat hier sporen na: de diepe afdruk van een mens die iedereen raakte. Warm en competent. Met diepe verontwaardiging over onrechtvaardigheid én het Belgisch weer. Het missen is nu al begonnen. Dank dus aan Paco. Vele malen dank…

### Goestingdag – Welzijnsschakels

*Pagina 37, © Mieke Vasseur*

In mei barstte de Goestingdag van Welzijnsschakels los, een bedankdag voor alle vrijwilligers uit de Welijnsschakelsfamilie. Het was een warme en inspirerende dag vol workshops, uitwisseling en vorming.

### Trefdag sociaal-cultureel werk ‘Cultuur voor welzijn’ – Socius

*Pagina 44*

### Polarisatie en verbinding: een uitdaging voor Avansa? – Avansa

*Pagina 49, 79*

We ervaren steeds meer polarisatie in het publieke debat, op sociale media, in de samenleving … Aan de andere kant lijkt verbinding steeds minder evident in de samenleving. Hoe kan het middenveld, en Avansa in het bijzonder, daarop inspelen? Daarover hebben de Avansa-teams heel wat expertise opgebouwd.

Op de Avansa-medewerkersdag in juni in Antwerpen kwamen ze samen om uit te wisselen en nieuwe ideeën op te doen. En ze vierden hun 20ste verjaardag met de powerband De Jartellen met een glas in de hand.

### Socius-Vorming ‘Goede foto’s maken met je smartphone’

*Pagina 67*

In de vorming ‘Goede foto’s maken met je smartphone’ leerden de deelnemers betere foto(s maken met hun smartphone. Beelden zijn immers onmisbaar in onze communicatie. Met een smartphone maak je ze snel, maar hoe zorg je ervoor dat ze technisch goed zijn en dat ze in het verhaal van je organisatie passen. De deelnemers gingen ook op pad om beelden te maken.

### Babbelonië – Avansa Waas-en-Dender

*Pagina 72*

Een keer per week komen Nederlandstaligen en anderstaligen samen. Ze praten in groepjes over alledaagse dingen: kinderen en ouderen, feesten, ziekte en gezondheid, werk ... Of ze koken samen, maken een wandeling, nemen deel aan een buurtfeest, bezoeken een museum ... Een vast programma is er niet. Ze bespreken samen wat we doen. Babbelonië is gratis. Deelnemers moeten zich niet inschrijven.`,
    practices: [
      'levende-bibliotheek',
      'bronnen-in-brussel',
      'digitaal-cafe',
      'de-wereld-op-je-bord',
      'vrouwenlente',
      'goestingdag',
      'babbelonie',
    ],
    photos: [
      { caption: 'Levende Bibliotheek – Avansa Mechelen', credit: '© Mieke Vasseur' },
      { caption: 'Bronnen in Brussel – Allemaal Politiek, Socius', credit: '© Max Frans' },
      { caption: 'Digitaal Café – Avansa Waas-en-Dender en Avansa Vlaamse Ardennen-Dender', credit: '© Mieke Vasseur' },
      { caption: 'De wereld op je bord – Avansa Waas-en-Dender', credit: '© Mieke Vasseur' },
      { caption: 'Vrouwenlente – Ella vzw', credit: '© Mieke Vasseur' },
      { caption: 'We zwaaien collega Paco Sanogo uit', credit: '© Mieke Vasseur' },
      { caption: 'Goestingdag – Welzijnsschakels', credit: '© Mieke Vasseur' },
      { caption: 'Trefdag sociaal-cultureel werk ‘Cultuur voor welzijn’ – Socius' },
      { caption: 'Polarisatie en verbinding: een uitdaging voor Avansa? – Avansa' },
      { caption: 'Socius-Vorming ‘Goede foto’s maken met je smartphone’' },
      { caption: 'Babbelonië – Avansa Waas-en-Dender' },
    ],
  },
]

export const chapters: ChapterSeed[] = [...inleiding, ...inCijfers, ...onzeWerking, ...zakelijk, ...overDeFotos]
