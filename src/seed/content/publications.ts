import type { PublicationSeed } from '../types'

/** "9.4. Publicaties": the 5 publications of 2024, downloads exactly as printed. */
export const publications: PublicationSeed[] = [
  {
    slug: 'jaarverslag-2023',
    title: 'Jaarverslag 2023',
    year: 2024,
    kind: 'jaarverslag',
    summary: 'Het jaarverslag van Socius over het werkingsjaar 2023, verschenen in 2024 en beschikbaar via de Socius-site.',
    downloads: 207,
  },
  {
    slug: 'memorandum-aan-de-vlaamse-regering-2024-2029',
    title: 'Memorandum aan de Vlaamse Regering 2024-2029',
    year: 2024,
    kind: 'memorandum',
    summary:
      'De beleidsaanbevelingen van Socius ten aanzien van de nieuwe Vlaamse Regering, geformuleerd in het voorjaar van 2024. Het memorandum focust op het Vlaams cultuurbeleid en het sectoraal sociaal-cultureel beleid: cultuurbeleid moet bijdragen aan culturele democratie, de waarde van civiel sociaal-cultureel werk als democratische actor moet erkend worden en burgerinitiatief verdient ruimte en ondersteuning. Socius vraagt te investeren in het erkende sociaal-cultureel volwassenenwerk, in rechtszekerheid en te gaan voor decretale rust.',
    downloads: 251,
  },
  {
    slug: 'hoe-ontwikkel-je-een-beleid-rond-grensoverschrijdend-gedrag-in-jouw-organisatie',
    title: 'Hoe ontwikkel je een beleid rond grensoverschrijdend gedrag in jouw organisatie?',
    year: 2024,
    kind: 'handleiding',
    summary:
      'Publicatie die Socius voor het sociaal-cultureel volwassenenwerk ontwikkelde nadat de ministers van Cultuur en Media, samen met de betrokken sectoren, eind april 2024 twee actieplannen lanceerden om grensoverschrijdend gedrag aan te pakken. Begeleid door twee online infosessies: één voor leidinggevenden en één voor bestuurders.',
    downloads: 399,
  },
  {
    slug: 'de-arbeidsmarkt-van-het-sociaal-cultureel-volwassenenwerk',
    title: 'De arbeidsmarkt van het sociaal-cultureel volwassenenwerk',
    year: 2024,
    kind: 'onderzoeksrapport',
    authors: ['Karen Huysmans', 'Tim Goesaert', 'Lode Vermeersch'],
    summary:
      'Onderzoek dat het HIVA-Onderzoeksinstituut voor Arbeid en Samenleving (KU Leuven) in opdracht van Socius uitvoerde naar de arbeidsmarkt en de beroepskrachten van het sociaal-cultureel volwassenenwerk in Vlaanderen en Brussel: tewerkstelling, profiel, dynamiek en jobkenmerken. De resultaten werden op 29 augustus 2024 voorgesteld, voorafgaand aan Wascabi, het netwerkmoment van De Federatie.',
    downloads: 322,
  },
  {
    slug: 'het-civiel-sociaal-cultureel-werkveld-een-landschapstekening',
    title: 'Het civiel sociaal-cultureel werkveld – een landschapstekening',
    year: 2024,
    kind: 'onderzoeksrapport',
    // As printed in footnote 10 of the Uitgelicht article: "Jans, M., Het civiel sociaal-cultureel werkveld. Een landschapstekening, Socius, Brussel, 2024".
    authors: ['Jans, M.'],
    summary:
      'Een landschapstekening van het civiel sociaal-cultureel werk: wat het werkveld inhoudt, in kaart gebracht met zoveel mogelijk feiten (onder meer uit SISCA), met de belangrijke ontwikkelingen in samenleving en werkveld en hoe die het civiel sociaal-cultureel werk uitdagen. Uitgevoerd binnen het Gecoördineerd Afsprakenkader Onderzoek; met een online kennisomgeving die door de belangrijkste thema’s leidt.',
    downloads: 222,
  },
]
