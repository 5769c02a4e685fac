import type { PracticeSeed } from '../types'

/**
 * Initiatives and organisations the report highlights. The report never says of a single practice
 * whether it is erkend or niet-erkend, so every recognition is "onbekend". No practice url is printed.
 */
export const practices: PracticeSeed[] = [
  // Allemaal Politiek: videoreportages 'Dwars door Vlaanderen en Brussel'
  {
    slug: 'escaperoom-armmoedig',
    name: 'Escaperoom ArmMOEDIG',
    organisation: 'Avansa Limburg',
    recognition: 'onbekend',
    formats: ['video'],
    description: 'Een van de videoreportages ‘Dwars door Vlaanderen en Brussel’ van de campagne Allemaal Politiek.',
  },
  {
    slug: 'konekt-voluit-in-een-inclusieve-wereld',
    name: 'Konekt voluit in een inclusieve wereld',
    organisation: 'Konekt',
    recognition: 'onbekend',
    formats: ['video'],
    description: 'Een van de videoreportages ‘Dwars door Vlaanderen en Brussel’ van de campagne Allemaal Politiek.',
  },
  {
    slug: 'bronnen-in-brussel',
    name: 'Bronnen in Brussel',
    organisation: 'vzw Coördinatie Zenne en vzw herbronnen.ressources',
    recognition: 'onbekend',
    formats: ['video', 'artikel'],
    region: 'Brussel',
    description:
      'Videoreportage van de campagne Allemaal Politiek. Herbronnen.ressources tapte in Brussel het water van een verscholen bron af en richtte een tijdelijk vijvertje in; het binnenbrengen van de waterpartij in de wijk bracht verwondering en ontmoeting teweeg en deed mensen met andere ogen kijken naar hun leefomgeving en de rol van water in een stedelijke omgeving. Alles begint bij de passie van één man (Hans Welens) die ruggensteun vindt bij een geëngageerde lokale ambtenaar; de vzw Coördinatie Zenne brengt het thema onder de aandacht van een breder publiek en drie gedreven stedenbouwkundigen zetten concrete acties op touw.',
  },
  {
    slug: '100in1day',
    name: '100in1day',
    organisation: 'curieus',
    recognition: 'onbekend',
    formats: ['video'],
    description: 'Een van de videoreportages ‘Dwars door Vlaanderen en Brussel’ van de campagne Allemaal Politiek.',
  },
  {
    slug: 'veggie-halal',
    name: 'Veggie = Halal',
    organisation: 'VOEM',
    recognition: 'onbekend',
    formats: ['video'],
    description: 'Een van de videoreportages ‘Dwars door Vlaanderen en Brussel’ van de campagne Allemaal Politiek.',
  },
  {
    slug: 'toekomstdromen-in-marke',
    name: 'Toekomstdromen in Marke',
    organisation: 'Marke 2010 2030',
    recognition: 'onbekend',
    formats: ['video'],
    region: 'Marke',
    description: 'Een van de videoreportages ‘Dwars door Vlaanderen en Brussel’ van de campagne Allemaal Politiek.',
  },
  {
    slug: 'hazegras',
    name: 'Hazegras',
    organisation: 'kleinVerhaal vzw',
    recognition: 'onbekend',
    formats: ['video', 'artikel'],
    region: 'Oostende',
    description:
      'Videoreportage van de campagne Allemaal Politiek. kleinVerhaal creëerde samen met de buurtbewoners van de wijk Hazegras in Oostende een film op basis van de verhalen van de mensen die er wonen en worstelen met hun kleine en grote problemen; zij speelden letterlijk en figuurlijk de hoofdrol. Een voorbeeld van de strategie bewustmaken en bewustwording.',
  },

  // Allemaal Politiek: videodagboeken
  {
    slug: 'doe-deurne-dicht',
    name: 'Doe Deurne Dicht!',
    recognition: 'onbekend',
    formats: ['videodagboek'],
    description: 'Videodagboek van de campagne Allemaal Politiek: trekkers, vrijwilligers en deelnemers gaven met korte smartphonevideo’s een maandelijkse update over hun project.',
  },
  {
    slug: 'buurland',
    name: 'Buurland',
    recognition: 'onbekend',
    formats: ['videodagboek'],
    description: 'Videodagboek van de campagne Allemaal Politiek: trekkers, vrijwilligers en deelnemers gaven met korte smartphonevideo’s een maandelijkse update over hun project.',
  },
  {
    slug: 'stemambassadeurs',
    name: 'Stemambassadeurs',
    organisation: 'Vief',
    recognition: 'onbekend',
    formats: ['videodagboek'],
    description: 'Videodagboek van de campagne Allemaal Politiek: trekkers, vrijwilligers en deelnemers gaven met korte smartphonevideo’s een maandelijkse update over hun project.',
  },
  {
    slug: 'rooftoptiger',
    name: 'Rooftoptiger',
    recognition: 'onbekend',
    formats: ['videodagboek'],
    description: 'Videodagboek van de campagne Allemaal Politiek: trekkers, vrijwilligers en deelnemers gaven met korte smartphonevideo’s een maandelijkse update over hun project.',
  },
  {
    slug: 'goesting-in-participatie',
    name: 'Goesting in participatie',
    organisation: 'Internationaal Comité',
    recognition: 'onbekend',
    formats: ['videodagboek'],
    description: 'Videodagboek van de campagne Allemaal Politiek: trekkers, vrijwilligers en deelnemers gaven met korte smartphonevideo’s een maandelijkse update over hun project.',
  },
  {
    slug: 'inclusieambassadeurs',
    name: 'Inclusieambassadeurs',
    organisation: 'InclusieAmbassade',
    recognition: 'onbekend',
    formats: ['videodagboek'],
    description: 'Videodagboek van de campagne Allemaal Politiek: trekkers, vrijwilligers en deelnemers gaven met korte smartphonevideo’s een maandelijkse update over hun project.',
  },
  {
    slug: 'gezinskabinet',
    name: 'Gezinskabinet',
    organisation: 'Gezinsbond',
    recognition: 'onbekend',
    formats: ['videodagboek'],
    description: 'Videodagboek van de campagne Allemaal Politiek: trekkers, vrijwilligers en deelnemers gaven met korte smartphonevideo’s een maandelijkse update over hun project.',
  },

  // Knack-Held van de Democratie: de vijf kanshebbers
  {
    slug: 'beste-burger',
    name: 'Beste Burger',
    organisation: 'De Zuidpoort',
    recognition: 'onbekend',
    formats: ['podcast'],
    region: 'Gent',
    description:
      'Initiatief van De Zuidpoort in Gent dat beleidsparticipatie toegankelijk maakt voor alle burgers. Won de hoofdprijs ‘Knack-Held van de Democratie’ en werd op 20 april gehuldigd tijdens het Facts To Act-festival. De Zuidpoort kwam aan het woord in aflevering 6 van de podcast Allemaal Politiek.',
  },
  {
    slug: 'djapo',
    name: 'Djapo',
    organisation: 'Djapo',
    recognition: 'onbekend',
    formats: ['podcast'],
    description:
      'Educatieve organisatie die kinderen en jongeren helpt de wereld actief mee vorm te geven. Kanshebber voor de titel ‘Knack-Held van de Democratie’ en winnaar van de publieksprijs, gehuldigd op 20 april tijdens het Facts To Act-festival. Kwam aan het woord in aflevering 6 van de podcast Allemaal Politiek.',
  },
  {
    slug: 'coop-centraal',
    name: 'Coop Centraal',
    recognition: 'onbekend',
    description: 'Een van de vijf kanshebbers voor de titel ‘Knack-Held van de Democratie’ (2024).',
  },
  {
    slug: 'woonzaak',
    name: 'Woonzaak',
    recognition: 'onbekend',
    formats: ['podcast', 'vormingsaanbod'],
    description:
      'Een van de vijf kanshebbers voor de titel ‘Knack-Held van de Democratie’ (2024). Annabelle Cardoen (Woonzaak – Welzijnszorg) was te gast in aflevering 3 van de podcast Allemaal Politiek; Hugo Beersmans (Woonzaak) sprak in de Trefdag-sessie ‘Wooncrisis | welzijnscrisis’.',
  },
  {
    slug: 'afromedica',
    name: 'Afromedica',
    recognition: 'onbekend',
    description: 'Een van de vijf kanshebbers voor de titel ‘Knack-Held van de Democratie’ (2024).',
  },

  // Podcast Allemaal Politiek: bezochte praktijken en organisaties van de gasten
  {
    slug: 'campusatelier',
    name: 'CAMPUSatelier',
    recognition: 'onbekend',
    formats: ['podcast'],
    description: 'In aflevering 1 (‘Verbeeld!’) van de podcast Allemaal Politiek gingen we langs bij Elly Van Eeghem (CAMPUSatelier).',
  },
  {
    slug: 'de-transformisten',
    name: 'De Transformisten',
    recognition: 'onbekend',
    formats: ['podcast', 'vormingsaanbod'],
    description:
      'Inez Louwagie (De Transformisten) was te gast in aflevering 1 (‘Verbeeld!’) van de podcast Allemaal Politiek en sprak in de Trefdag-sessie ‘Economie voor welzijn’.',
  },
  {
    slug: 'denktank-oikos',
    name: 'Denktank Oikos',
    recognition: 'onbekend',
    formats: ['podcast'],
    description:
      'Partner van de campagne Allemaal Politiek. Dirk Holemans (Denktank Oikos) was te gast in aflevering 1 (‘Verbeeld!’) van de podcast.',
  },
  {
    slug: 'canal-it-up',
    name: 'Canal it up',
    recognition: 'onbekend',
    formats: ['podcast'],
    description: 'Voor de tweede aflevering (‘Maak bewust!’) van de podcast Allemaal Politiek gingen we langs bij Canal it up.',
  },
  {
    slug: 'cavaria',
    name: 'çavaria',
    recognition: 'onbekend',
    formats: ['podcast'],
    description: 'Eef Heylighen (çavaria) kwam aan het woord in aflevering 2 (‘Maak bewust!’) van de podcast Allemaal Politiek.',
  },
  {
    slug: 'extinction-rebellion',
    name: 'Extinction Rebellion',
    recognition: 'onbekend',
    formats: ['podcast'],
    description: 'Voor aflevering 3 (‘Herverdeel de macht!’) van de podcast Allemaal Politiek gingen we mee op picknick op de Gentse ring met Jessika Evenepoel van Extinction Rebellion.',
  },
  {
    slug: 'ella-vzw',
    name: 'ella vzw',
    organisation: 'ella vzw – kenniscentrum voor gender en etniciteit',
    recognition: 'onbekend',
    formats: ['podcast', 'vormingsaanbod'],
    description:
      'Partner van de campagne Allemaal Politiek. Fatima Arikoglu (ella vzw) was te gast in aflevering 3 van de podcast; Sarah Scheepers (ella vzw) adviseerde het ontwikkeltraject kruispuntdenken; Syira Maruf (Ella vzw) sprak in de Trefdag-sessie ‘Racisme als chronische stressor’.',
  },
  {
    slug: 'vrouwenlente',
    name: 'Vrouwenlente',
    organisation: 'Ella vzw',
    recognition: 'onbekend',
    description:
      'Op het ontmoetingsmoment ‘Je suis politiek’ in GC De Rinck verzamelden verschillende groepen vrouwen om meer te weten komen over de verkiezingen en via gesprekstafels van gedachten te wisselen over thema’s die hen aanbelangen (foto in dit jaarverslag).',
  },
  {
    slug: 'opgewektienen',
    name: 'OpgewekTienen',
    recognition: 'onbekend',
    formats: ['podcast'],
    description: 'In aflevering 4 (‘Samen sterk!’) van de podcast Allemaal Politiek gingen we langs bij Chris François van OpgewekTienen.',
  },
  {
    slug: 'mobiel-21',
    name: 'Mobiel 21',
    recognition: 'onbekend',
    formats: ['podcast'],
    description: 'Els Van den Broeck (Mobiel 21) zat rond de tafel in aflevering 4 (‘Samen sterk!’) van de podcast Allemaal Politiek.',
  },
  {
    slug: 'grijs-aan-zet',
    name: 'Grijs aan Zet',
    organisation: 'Avansa MZW',
    recognition: 'onbekend',
    formats: ['podcast'],
    description: 'Arne De Jaegere, Romain en Lydie van Grijs aan Zet (Avansa MZW) kwamen aan het woord in aflevering 5 (‘Versterk de stem!’) van de podcast Allemaal Politiek.',
  },
  {
    slug: 'sankaa',
    name: 'Sankaa',
    organisation: 'Sankaa vzw',
    recognition: 'onbekend',
    formats: ['podcast', 'vormingsaanbod'],
    description:
      'Mary Edna Lamnteh (Sankaa) kwam aan het woord in aflevering 5 (‘Versterk de stem!’) van de podcast Allemaal Politiek en sprak in de Trefdag-sessie ‘Racisme als chronische stressor’.',
  },
  {
    slug: 'avansa-citizenne',
    name: 'Avansa Citizenne',
    recognition: 'onbekend',
    formats: ['podcast'],
    description: 'Najila Aloui (Avansa Citizenne) was te gast in aflevering 6 (‘Ik ben politiek!’) van de podcast Allemaal Politiek.',
  },
  {
    slug: 'landelijk-samenwerkingsverband-actieve-bewoners',
    name: 'Landelijk Samenwerkingsverband Actieve bewoners Nederland',
    recognition: 'onbekend',
    formats: ['podcast'],
    region: 'Nederland',
    description: 'Thijs van Mierlo (Landelijk Samenwerkingsverband Actieve bewoners Nederland) was te gast in aflevering 6 (‘Ik ben politiek!’) van de podcast Allemaal Politiek.',
  },

  // Inspiratiemoment 'Hoe burgerinitiatieven aan politiek doen'
  {
    slug: 'de-koer',
    name: 'De Koer',
    recognition: 'onbekend',
    formats: ['podcast', 'vormingsaanbod'],
    description: 'Michiel De Baets (De Koer) nam plaats achter de micro tijdens de live podcastopname op het inspiratiemoment ‘Hoe burgerinitiatieven aan politiek doen’ (aflevering 7 van Allemaal Politiek).',
  },
  {
    slug: 'klimaatdichters',
    name: 'Klimaatdichters',
    recognition: 'onbekend',
    formats: ['podcast', 'vormingsaanbod'],
    description: 'Margot Delaet (Klimaatdichters) nam plaats achter de micro tijdens de live podcastopname op het inspiratiemoment ‘Hoe burgerinitiatieven aan politiek doen’ (aflevering 7 van Allemaal Politiek).',
  },
  {
    slug: 'de-gentse-lente',
    name: 'De Gentse Lente',
    recognition: 'onbekend',
    formats: ['podcast', 'vormingsaanbod'],
    description: 'Jamila Channouf (De Gentse Lente) nam plaats achter de micro tijdens de live podcastopname op het inspiratiemoment ‘Hoe burgerinitiatieven aan politiek doen’ (aflevering 7 van Allemaal Politiek).',
  },
  {
    slug: 'actiecomite-bernadette-blijft',
    name: 'Actiecomité Bernadette Blijft',
    recognition: 'onbekend',
    formats: ['podcast', 'vormingsaanbod'],
    description: 'Simon Clement (Actiecomité Bernadette Blijft) nam plaats achter de micro tijdens de live podcastopname op het inspiratiemoment ‘Hoe burgerinitiatieven aan politiek doen’ (aflevering 7 van Allemaal Politiek).',
  },
  {
    slug: 'rode-lotus',
    name: 'Rode Lotus',
    recognition: 'onbekend',
    formats: ['video', 'vormingsaanbod'],
    region: 'Brugse Poort, Gent',
    description: 'Burgerinitiatief in de Gentse wijk Brugse Poort waarmee de deelnemers van de sessie ‘Burgerinitiatieven maken de stad’ kennismaakten tijdens een wandeling door de wijk.',
  },
  {
    slug: 'protestantse-rabotkerk',
    name: 'Protestantse Rabotkerk',
    recognition: 'onbekend',
    formats: ['video', 'vormingsaanbod'],
    region: 'Brugse Poort, Gent',
    description: 'Burgerinitiatief in de Gentse wijk Brugse Poort waarmee de deelnemers van de sessie ‘Burgerinitiatieven maken de stad’ kennismaakten tijdens een wandeling door de wijk.',
  },
  {
    slug: 'burgerplicht',
    name: 'Burgerplicht',
    organisation: 'Burgerplicht vzw',
    recognition: 'onbekend',
    formats: ['video', 'vormingsaanbod', 'artikel'],
    region: 'Brugse Poort, Gent',
    description:
      'Burgerinitiatief in de Gentse wijk Brugse Poort, bezocht tijdens de sessie ‘Burgerinitiatieven maken de stad’. Burgerplicht buigt zich in thematische werkgroepen zowel over cultuur, onderwijs als werk in relatie tot mensen met een migratieachtergrond.',
  },
  {
    slug: 'melsen-bloedt',
    name: 'Melsen bloedt',
    recognition: 'onbekend',
    formats: ['video'],
    description: 'Actiecomité dat Socius bezocht ter voorbereiding van het inspiratiemoment ‘Hoe burgerinitiatieven aan politiek doen’; opgenomen in de videoreportage over drie actiecomités.',
  },
  {
    slug: 'battels-geraas',
    name: 'Battels Geraas',
    recognition: 'onbekend',
    formats: ['video', 'artikel'],
    region: 'Battel (Mechelen)',
    description:
      'Werkgroep die zich bezighoudt met geluidsoverlast in het Mechelse Battel; een burgerinitiatief dat verandering eist rond één welbepaalde kwestie. Socius bezocht het actiecomité ter voorbereiding van het inspiratiemoment en nam het op in de videoreportage over drie actiecomités.',
  },
  {
    slug: 'red-het-kolmenveld',
    name: 'Red het Kolmenveld',
    recognition: 'onbekend',
    formats: ['video'],
    description: 'Actiecomité dat Socius bezocht ter voorbereiding van het inspiratiemoment ‘Hoe burgerinitiatieven aan politiek doen’; opgenomen in de videoreportage over drie actiecomités.',
  },

  // Uitgelicht 'Hoe burgerinitiatieven aan politiek doen'
  {
    slug: 'city-to-ocean',
    name: 'City to Ocean',
    recognition: 'onbekend',
    formats: ['artikel'],
    description:
      'Startte met zelf afval op te vissen in het kanaal, begon daarna errond te sensibiliseren en ontwikkelde gaandeweg een heel expertisedossier om de problematiek ook bij beleidsmakers aan te kaarten.',
  },
  {
    slug: 'untold-asian-stories',
    name: 'Untold Asian Stories',
    recognition: 'onbekend',
    formats: ['artikel'],
    description:
      'Nodigt mensen uit om hun persoonlijk verhaal te vertellen; door die verhalen te verzamelen wordt de privésfeer verbonden met het publieke debat, bijvoorbeeld over de eenzijdige voorstelling van mensen met Aziatische roots in de media.',
  },
  {
    slug: 'urban-foxes',
    name: 'Urban Foxes',
    recognition: 'onbekend',
    formats: ['artikel'],
    region: 'Brussel',
    description: 'De Brusselse Urban Foxes kwamen aan bod in een van de meer dan 30 blogartikels van de campagne Allemaal Politiek.',
  },

  // Trefdag 2024: podcastopname 'Omgaan met rouw en verlies' (De Kunst van het Rouwen)
  {
    slug: 'ouders-van-verongelukte-kinderen-save',
    name: 'Ouders van Verongelukte Kinderen-SAVE',
    recognition: 'onbekend',
    formats: ['podcast'],
    description: 'An Vandeborne (Ouders van Verongelukte Kinderen-SAVE) vertelde tijdens de live podcastopname op de Trefdag hoe zij het thema ‘rouw en verlies’ vormgeven.',
  },
  {
    slug: 'de-kei',
    name: 'DE KEI vzw',
    recognition: 'onbekend',
    formats: ['podcast'],
    description: 'Sus Maerschalk (DE KEI vzw) vertelde tijdens de live podcastopname op de Trefdag hoe zij het thema ‘rouw en verlies’ vormgeven.',
  },
  {
    slug: 'contempo',
    name: 'ConTempo',
    recognition: 'onbekend',
    formats: ['podcast'],
    description: 'Hilde Dewitte (ConTempo) vertelde tijdens de live podcastopname op de Trefdag hoe zij het thema ‘rouw en verlies’ vormgeven.',
  },
  {
    slug: 'ferm',
    name: 'Ferm',
    recognition: 'onbekend',
    formats: ['podcast'],
    description: 'Leen Vermeire (Ferm) vertelde tijdens de live podcastopname op de Trefdag hoe zij het thema ‘rouw en verlies’ vormgeven.',
  },

  // Trefdag 2024: organisaties van praktijkwerkers in de sessies
  {
    slug: 'erfgoedcel-denderland',
    name: 'Erfgoedcel Denderland',
    recognition: 'onbekend',
    formats: ['vormingsaanbod'],
    description: 'Michaël Van Houtte (Erfgoedcel Denderland) boog zich in de Trefdag-sessie ‘Cultuur op voorschrift’ met de deelnemers over de heilzame werking van cultuur, erfgoed en kunst.',
  },
  {
    slug: 'neos',
    name: 'Neos vzw',
    recognition: 'onbekend',
    formats: ['vormingsaanbod'],
    description: 'Martin De Loose (Neos vzw) boog zich in de Trefdag-sessie ‘Cultuur op voorschrift’ met de deelnemers over de heilzame werking van cultuur, erfgoed en kunst.',
  },
  {
    slug: 'cm-vlaams-brabant-brussel',
    name: 'CM Vlaams-Brabant & Brussel',
    recognition: 'onbekend',
    formats: ['vormingsaanbod'],
    description: 'Els Rossignol (CM Vlaams-Brabant & Brussel) boog zich in de Trefdag-sessie ‘Cultuur op voorschrift’ met de deelnemers over de heilzame werking van cultuur, erfgoed en kunst.',
  },
  {
    slug: 'kifkif',
    name: 'KifKif',
    recognition: 'onbekend',
    formats: ['vormingsaanbod'],
    description: 'KifKif (Horia Bali) nam deel aan het Trefdag-panelgesprek ‘Schrijven voor verbinding en verzet’ over het helend schrijven van activisten.',
  },
  {
    slug: 'bond-zonder-naam',
    name: 'Bond Zonder Naam',
    recognition: 'onbekend',
    formats: ['vormingsaanbod'],
    description: 'Ine De Rycke (Bond Zonder Naam) nam deel aan het Trefdag-panelgesprek ‘Schrijven voor verbinding en verzet’ over het helend schrijven van activisten.',
  },
  {
    slug: 'samana',
    name: 'Samana',
    recognition: 'onbekend',
    formats: ['vormingsaanbod'],
    description: 'Mirella Claesen (Samana) nam deel aan het Trefdag-panelgesprek ‘Schrijven voor verbinding en verzet’ over het helend schrijven van activisten.',
  },
  {
    slug: 'avansa-oost-brabant',
    name: 'Avansa Oost-Brabant',
    recognition: 'onbekend',
    formats: ['vormingsaanbod'],
    description:
      'Zet mee de schouders onder het doe- en leertraject burgerinitiatieven (regio Demerland). Herlinde Swinnen (Avansa Oost-Brabant) sprak in de Trefdag-sessie ‘Racisme als chronische stressor’; Liesbet Provoost (Avansa Oost-Brabant) reageerde in het panel bij de voorstelling van het arbeidsmarktonderzoek.',
  },
  {
    slug: 'avansa-regio-gent',
    name: 'Avansa regio Gent',
    recognition: 'onbekend',
    description: 'Zet mee de schouders onder het doe- en leertraject burgerinitiatieven, met de fusiegemeente Deinze als werkingsgebied.',
    region: 'Deinze',
  },
  {
    slug: 'vlaams-huurdersplatform',
    name: 'Vlaams huurdersplatform',
    recognition: 'onbekend',
    formats: ['vormingsaanbod'],
    description: 'Joy Verstichelen (Vlaams huurdersplatform) ging in de Trefdag-sessie ‘Wooncrisis | welzijnscrisis’ in op specifieke dreigingen van de wooncrisis voor het welzijn van mensen.',
  },
  {
    slug: 'levl',
    name: 'Levl',
    recognition: 'onbekend',
    formats: ['vormingsaanbod'],
    description: 'Rafke Pijls (Levl) ging in de Trefdag-sessie ‘Wooncrisis | welzijnscrisis’ in op specifieke dreigingen van de wooncrisis voor het welzijn van mensen.',
  },

  // Internationale leerreis 'Kruispuntpraktijken in Berlijn'
  {
    slug: 'refugio',
    name: 'Refugio',
    recognition: 'onbekend',
    formats: ['vormingsaanbod'],
    region: 'Berlijn',
    description: 'Organisatie in Berlijn die diversiteit benadert vanuit intersectionaliteit (of kruispuntdenken), bezocht tijdens de internationale leerreis van 2024.',
  },
  {
    slug: 'oyoun',
    name: 'Oyoun',
    recognition: 'onbekend',
    formats: ['vormingsaanbod'],
    region: 'Berlijn',
    description: 'Organisatie in Berlijn die diversiteit benadert vanuit intersectionaliteit (of kruispuntdenken), bezocht tijdens de internationale leerreis van 2024.',
  },
  {
    slug: 'documentation-centre-for-displacement-expulsion-reconciliation',
    name: 'Documentation Centre for Displacement, Expulsion, Reconciliation',
    recognition: 'onbekend',
    formats: ['vormingsaanbod'],
    region: 'Berlijn',
    description: 'Organisatie in Berlijn die diversiteit benadert vanuit intersectionaliteit (of kruispuntdenken), bezocht tijdens de internationale leerreis van 2024.',
  },
  {
    slug: 'xart-splitta',
    name: 'Xart Splitta',
    recognition: 'onbekend',
    formats: ['vormingsaanbod'],
    region: 'Berlijn',
    description: 'Organisatie in Berlijn die diversiteit benadert vanuit intersectionaliteit (of kruispuntdenken), bezocht tijdens de internationale leerreis van 2024.',
  },

  // Over de foto's in dit jaarverslag
  {
    slug: 'levende-bibliotheek',
    name: 'Levende Bibliotheek',
    organisation: 'Avansa Mechelen',
    recognition: 'onbekend',
    description:
      'In een Levende Bibliotheek vind je geen boeken of tijdschriften, maar mensen van vlees en bloed. Tijdens een kort gesprek vertelt het Levend Boek zijn verhaal: over leven in armoede, psychische kwetsbaarheid, migratie, chronisch ziek zijn. Zo ontstaat er een boeiende verbinding tussen twee mensen.',
  },
  {
    slug: 'digitaal-cafe',
    name: 'Digitaal Café',
    organisation: 'Avansa Waas-en-Dender en Avansa Vlaamse Ardennen-Dender',
    recognition: 'onbekend',
    description:
      'In het Digitaal Café leren deelnemers samen beter met de tablet, smartphone, iPad of iPhone werken: na een korte demonstratie door de begeleider gaan ze in kleine groepjes aan de slag met een opdracht.',
  },
  {
    slug: 'de-wereld-op-je-bord',
    name: 'De wereld op je bord',
    organisation: 'Avansa Waas-en-Dender',
    recognition: 'onbekend',
    description: 'Enkele vrouwen van het Rode Kruisopvangcentrum Westakkers leerden de deelnemers een werelds gerecht maken; nadien genoot iedereen van de verse falafels.',
  },
  {
    slug: 'goestingdag',
    name: 'Goestingdag',
    organisation: 'Welzijnsschakels',
    recognition: 'onbekend',
    description: 'In mei barstte de Goestingdag van Welzijnsschakels los, een bedankdag voor hun vrijwilligers: een warme en inspirerende dag vol workshops, uitwisseling en vorming.',
  },
  {
    slug: 'babbelonie',
    name: 'Babbelonië',
    organisation: 'Avansa Waas-en-Dender',
    recognition: 'onbekend',
    description:
      'Een keer per week komen Nederlandstaligen en anderstaligen samen om in groepjes te praten over alledaagse dingen, samen te koken, te wandelen of een museum te bezoeken. Een vast programma is er niet; Babbelonië is gratis en deelnemers moeten zich niet inschrijven.',
  },
]
