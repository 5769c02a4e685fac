import type { PodcastSeriesSeed } from '../types'

/**
 * The two podcast series of 2024. Both are on Spotify (no link printed). Publication months are
 * printed ("sinds oktober 2024", "sinds december 2024") but no days, so `publishedAt` stays empty.
 */
export const podcastSeries: PodcastSeriesSeed[] = [
  {
    slug: 'allemaal-politiek',
    title: 'Allemaal Politiek',
    producer: 'Socius, in samenwerking met Sara Logghe (allespodcast)',
    description:
      'Podcastreeks van de campagne Allemaal Politiek, uitgewerkt in samenwerking met Sara Logghe (allespodcast). De reeks bestond uit 7 thematische afleveringen waarvoor we telkens een praktijk bezochten en in gesprek gingen met een deskundige en een praktijkwerker. Twee afleveringen werden live opgenomen: één tijdens het Facts To Act-festival van het Hannah Arendt Instituut en de andere tijdens het inspiratiemoment ‘Hoe burgerinitiatieven aan politiek doen’. Te beluisteren op Spotify.',
    episodes: [
      {
        number: 1,
        title: 'Verbeeld!',
        lead: 'Voorafbeelding als motor van maatschappelijke verandering. Het ondenkbare is denkbaar en haalbaar. Als je het kan bedenken, kan je het ook realiseren.',
        description:
          'In deze aflevering gingen we langs bij Elly Van Eeghem (CAMPUSatelier) en nodigden we Inez Louwagie (De Transformisten) en Dirk Holemans (Denktank Oikos) uit voor een gesprek.',
        guests: [
          { name: 'Elly Van Eeghem', organisation: 'CAMPUSatelier' },
          { name: 'Inez Louwagie', organisation: 'De Transformisten' },
          { name: 'Dirk Holemans', organisation: 'Denktank Oikos' },
        ],
        practices: ['campusatelier', 'de-transformisten', 'denktank-oikos'],
      },
      {
        number: 2,
        title: 'Maak bewust!',
        lead: 'Bewustzijn is de sleutel tot verandering. Burgers verwerven via allerlei activiteiten inzichten en komen zo tot bewustwording, de eerste stap naar verandering.',
        description:
          'Voor de tweede aflevering gingen we langs bij Canal it up en lieten we Eef Heylighen (çavaria) en Bart Van Bouchaute (Arteveldehogeschool) aan het woord.',
        guests: [
          { name: 'Eef Heylighen', organisation: 'çavaria' },
          { name: 'Bart Van Bouchaute', organisation: 'Arteveldehogeschool' },
        ],
        practices: ['canal-it-up', 'cavaria'],
      },
      {
        number: 3,
        title: 'Herverdeel de macht!',
        lead: 'Kleur buiten de lijnen. Doe het onverwachte. Neem het heft in handen. Zoek en gebruik je eigen macht en kracht. Herverdeel de macht om verandering te realiseren.',
        description:
          'Voor de derde aflevering gingen we mee op picknick op de Gentse ring met Jessika Evenepoel van Extinction Rebellion. Verder gingen we in gesprek met Annabelle Cardoen (Woonzaak – Welzijnszorg) en Fatima Arikoglu (ella vzw).',
        guests: [
          { name: 'Jessika Evenepoel', organisation: 'Extinction Rebellion' },
          { name: 'Annabelle Cardoen', organisation: 'Woonzaak – Welzijnszorg' },
          { name: 'Fatima Arikoglu', organisation: 'ella vzw' },
        ],
        practices: ['extinction-rebellion', 'woonzaak', 'ella-vzw'],
      },
      {
        number: 4,
        title: 'Samen sterk!',
        lead: 'Maak coalities. Praat met wie anders kijkt en doet. Zoek verbinding. Dialoog op de brug is gezonder dan polarisatie achter de schermen. Bundel de krachten om verandering mogelijk te maken.',
        description:
          'In aflevering 4 gingen we langs bij Chris François van OpgewekTienen en zaten we rond de tafel met Els Van den Broeck (Mobiel 21) en Filip De Rynck (UGent).',
        guests: [
          { name: 'Chris François', organisation: 'OpgewekTienen' },
          { name: 'Els Van den Broeck', organisation: 'Mobiel 21' },
          { name: 'Filip De Rynck', organisation: 'UGent' },
        ],
        practices: ['opgewektienen', 'mobiel-21'],
      },
      {
        number: 5,
        title: 'Versterk de stem!',
        lead: 'Maak alle stemmen zichtbaar en hoorbaar. Wees de megafoon voor wie zacht spreekt. Maak verandering mogelijk, ook voor doelgroepen en gemeenschappen die minder gehoord worden.',
        description:
          'In deze aflevering komen Arne De Jaegere, Romain en Lydie van Grijs aan Zet (Avansa MZW), Mary Edna Lamnteh (Sankaa) en Rebecca Thys (Vives Hogeschool) aan het woord.',
        guests: [
          { name: 'Arne De Jaegere', organisation: 'Grijs aan Zet (Avansa MZW)' },
          { name: 'Romain', organisation: 'Grijs aan Zet (Avansa MZW)' },
          { name: 'Lydie', organisation: 'Grijs aan Zet (Avansa MZW)' },
          { name: 'Mary Edna Lamnteh', organisation: 'Sankaa' },
          { name: 'Rebecca Thys', organisation: 'Vives Hogeschool' },
        ],
        practices: ['grijs-aan-zet', 'sankaa'],
      },
      {
        number: 6,
        title: 'Ik ben politiek!',
        lead: 'Schiet in actie. Voel je verantwoordelijk. Vertrouw je emoties en doe er iets mee. Civiel engagement als motor om de samenleving vorm te geven.',
        description:
          'In deze aflevering ging we tijdens het Facts To Act-festival van het Hannah Arendt Instituut, in gesprek met de winnaars van de ‘Knack-Helden van de Democratie’ (De Zuidpoort en Djapo), en met Najila Aloui (Avansa Citizenne) en Thijs van Mierlo (Landelijk Samenwerkingsverband Actieve bewoners Nederland).',
        guests: [
          { name: 'De Zuidpoort', organisation: 'De Zuidpoort' },
          { name: 'Djapo', organisation: 'Djapo' },
          { name: 'Najila Aloui', organisation: 'Avansa Citizenne' },
          { name: 'Thijs van Mierlo', organisation: 'Landelijk Samenwerkingsverband Actieve bewoners Nederland' },
        ],
        // The report prints that both winners were honoured "op 20 april ... tijdens het Facts To Act-festival".
        recordedLive: { event: 'Facts To Act-festival van het Hannah Arendt Instituut', date: '2024-04-20' },
        practices: ['beste-burger', 'djapo', 'avansa-citizenne', 'landelijk-samenwerkingsverband-actieve-bewoners'],
      },
      {
        number: 7,
        title: 'Verhalen van verandering',
        lead: 'Tijdens het inspiratiemoment ‘Hoe burgerinitiatieven aan politiek doen’ ging Sara Logghe in gesprek met geëngageerde burgers over wat hen drijft om de samenleving te veranderen, over wat het betekent om ‘aan politiek te doen’, ook in een lokale context als Gent.',
        description:
          'Michiel De Baets (De Koer), Margot Delaet (Klimaatdichters), Jamila Channouf (De Gentse Lente) en Simon Clement (Actiecomité Bernadette Blijft) namen plaats achter de micro. De podcast is sinds oktober 2024 te beluisteren op Spotify.',
        guests: [
          { name: 'Michiel De Baets', organisation: 'De Koer' },
          { name: 'Margot Delaet', organisation: 'Klimaatdichters' },
          { name: 'Jamila Channouf', organisation: 'De Gentse Lente' },
          { name: 'Simon Clement', organisation: 'Actiecomité Bernadette Blijft' },
        ],
        recordedLive: { event: 'Inspiratiemoment ‘Hoe burgerinitiatieven aan politiek doen’' },
        practices: ['de-koer', 'klimaatdichters', 'de-gentse-lente', 'actiecomite-bernadette-blijft'],
      },
    ],
  },
  {
    slug: 'de-kunst-van-het-rouwen',
    title: 'De Kunst van het Rouwen',
    producer: 'Socius',
    description:
      'Podcastreeks van drie afleveringen, gemaakt van de live podcastopname over het omgaan met rouw en verlies tijdens de Trefdag ‘Cultuur voor welzijn’ (21 november 2024, Hendrik Consciencegebouw, Brussel). Audiomaker Sara Logghe ging in gesprek met psychiater en rouwexperte Uus Knops over omgaan met verlies en hoe we dat vormgeven in onze samenleving. Nadien praatte Sara met 4 praktijkwerkers over hoe zij het thema ‘rouw en verlies’ vormgeven: An Vandeborne (Ouders van Verongelukte Kinderen-SAVE), Sus Maerschalk (DE KEI vzw), Hilde Dewitte (ConTempo) en Leen Vermeire (Ferm). Sinds december 2024 te beluisteren op Spotify.',
    // The report does not print the titles of the three episodes nor how the guests are spread over them.
    episodes: [1, 2, 3].map((number) => ({
      number,
      title: `De Kunst van het Rouwen – aflevering ${number}`,
      recordedLive: { event: 'Trefdag sociaal-cultureel werk 2024 ‘Cultuur voor welzijn’', date: '2024-11-21' },
    })),
  },
]
