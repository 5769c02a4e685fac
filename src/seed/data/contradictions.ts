/**
 * Where the printed Jaarverslag 2024 contradicts itself, as the key-figure check finds it. The seed
 * keeps every number as printed; the documents involved stay drafts. Checked by
 * tests/unit/seed-data.test.ts (engine, no database) and tests/int/seed.test.ts (seeded database).
 */
export type Contradiction = { kind: 'mismatch' | 'footing'; where: string; label: string; shown: string; expected: string }

/**
 * Every place where the printed report disagrees with itself (see src/seed/README.md).
 * `where` is the document of a figure or the dataset of a footing rule.
 */
export const CONTRADICTIONS: Contradiction[] = [
  // 2024 in cijfers, 1.3: the summary cards print one organisation more than the detailed table.
  { kind: 'mismatch', where: 'chapters/cijfers-ondersteuningsaanbod', label: 'Totaal bereikte organisaties', shown: '379', expected: '378' },
  { kind: 'mismatch', where: 'chapters/cijfers-ondersteuningsaanbod', label: 'Organisaties primaire doelgroep', shown: '139', expected: '138' },
  // 2024 in cijfers, 2.3: the cards print the erkend count (16) as "primaire doelgroep" and 40 - 16 as "secundaire".
  { kind: 'mismatch', where: 'chapters/cijfers-vraaggestuurde-werking', label: 'Unieke organisaties primaire doelgroep', shown: '16', expected: '37' },
  { kind: 'mismatch', where: 'chapters/cijfers-vraaggestuurde-werking', label: 'Unieke organisaties secundaire doelgroep', shown: '24', expected: '3' },
  // 3. Vraaggestuurde werking: two cards print shares that do not belong to their counts.
  { kind: 'mismatch', where: 'chapters/vraaggestuurde-werking', label: 'Aandeel vragen uit primaire doelgroep', shown: '(76%)', expected: '(49%)' },
  { kind: 'mismatch', where: 'chapters/vraaggestuurde-werking', label: 'Aandeel vragen uit secundaire doelgroep', shown: '(24%)', expected: '(51%)' },
  { kind: 'mismatch', where: 'chapters/vraaggestuurde-werking', label: 'Aandeel deelnemers uit primaire doelgroep', shown: '(94%)', expected: '(80%)' },
  { kind: 'mismatch', where: 'chapters/vraaggestuurde-werking', label: 'Aandeel deelnemers uit secundaire doelgroep', shown: '(6%)', expected: '(20%)' },
  // Tables that do not add up to their printed total.
  { kind: 'footing', where: 'datasets/organisaties-ondersteuningsaanbod-2024', label: 'Organisaties secundaire doelgroep: som van de sectoren', shown: '240', expected: '238' },
  { kind: 'footing', where: 'datasets/deelnemers-ondersteuningsaanbod-2024', label: 'Unieke deelnemers secundaire doelgroep: som van de sectoren', shown: '396', expected: '447' },
]
