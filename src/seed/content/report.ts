import type { ReportSeed } from '../types'

/** Socius, Jaarverslag 2024: the report itself, its foreword and its sections in printed order. */
export const report: ReportSeed = {
  title: 'Jaarverslag 2024',
  slug: 'jaarverslag-2024',
  year: 2024,
  policyPeriod: '2021-2025',
  organisation: 'Socius',
  forewordSignatory: 'Fred Dhont',
  foreword: `Dit jaarverslag is het voorlaatste van de beleidsperiode 2021-2025. Een periode die voor ons tal van nieuwe uitdagingen met zich meebrengt. Die vertaalden we in een onderbouwd doelenkader en een ambitieus 10-puntenprogramma. Op de volgende pagina’s tonen we hoe we die doelen stap voor stap realiseren.

We belichten de verschillende domeinen van onze werking. We gaan niet alleen in op ons vormingsaanbod en de vraaggestuurde werking, maar werpen ook een blik op onze evenementen, ontwikkeltrajecten en onderzoeken. Daarnaast illustreren we hoe we de beeldvorming van het sociaal-cultureel werk versterken, hoe we onze rol als kennisknooppunt invullen en hoe we dat alles ondersteunen via ons digitaal platform. Tot slot nemen we in dit jaarverslag ook ons zakelijk plan en financieel beleid onder de loep.

Als rode draad doorheen dit verslag presenteren we onze resultaten aan de hand van kerncijfers. In de ‘Uitgelicht’-bijdragen bieden we een inkijk in enkele activiteiten die we het afgelopen jaar op touw hebben gezet.

2024 was een uitdagend jaar voor sociaal-culturele volwassenenorganisaties. Op 15 december moesten zij hun nieuwe subsidieaanvraag indienen voor de beleidsperiode 2026-2030. Uit de volgende pagina’s zal blijken dat Socius een uitgebreid ondersteuningsaanbod voorzag om hen daarbij te helpen.

Midden 2025 zal ook Socius zijn nieuw beleidsplan aan de Vlaamse overheid voorleggen, waarin we onze plannen en ambities voor de volgende vijf jaar uitwerken. Maar ondertussen blijven we met volle inzet werken aan de realisatie van onze huidige doelstellingen. Zo bouwen we samen aan een toekomst waarin civiel sociaal-cultureel werk een krachtige motor blijft voor persoonlijke groei, gemeenschapsvorming en maatschappelijke verandering.

**Fred Dhont**, Directeur Socius`,
  sections: [
    { key: 'voorwoord', title: 'Voorwoord' },
    { key: 'inleiding', title: 'Inleiding' },
    { key: '2024-in-cijfers', title: '2024 in cijfers' },
    { key: 'onze-werking', title: 'Onze werking' },
    { key: 'zakelijk-plan-en-financieel-beleid', title: 'Zakelijk plan en financieel beleid' },
    { key: 'over-de-fotos', title: "Over de foto's" },
  ],
  // Socius's dark teal for text and the cover, a warm yellow behind text.
  theme: { primaryColor: '#0b5d6b', accentColor: '#f2b134' },
  meta: {
    title: 'Jaarverslag 2024 – Socius',
    // At most 170 characters (SEO description).
    description: 'Het jaarverslag 2024 van Socius, steunpunt voor sociaal-cultureel werk: het voorlaatste jaar van de beleidsperiode 2021-2025 in kerncijfers.',
  },
}
