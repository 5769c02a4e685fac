/** The view's texts, Dutch and English. */
export const t = {
  chooseReport: { en: 'Choose an annual report to check.', nl: 'Kies een jaarverslag om te controleren.' },
  clean: { en: 'No findings: all key figures match their data', nl: 'Geen bevindingen: alle kerncijfers kloppen' },
  columns: {
    expected: { en: 'Expected', nl: 'Verwacht' },
    figure: { en: 'Key figure', nl: 'Kerncijfer' },
    kind: { en: 'Kind', nl: 'Soort' },
    message: { en: 'Explanation', nl: 'Toelichting' },
    shown: { en: 'Shown', nl: 'Getoond' },
    source: { en: 'Source', nl: 'Bron' },
  },
  datasetLabel: { en: 'Dataset', nl: 'Dataset' },
  documents: { en: 'Documents', nl: 'Documenten' },
  edit: { en: 'Open', nl: 'Openen' },
  figures: { en: 'Key figures', nl: 'Kerncijfers' },
  findings: { en: 'Findings', nl: 'Bevindingen' },
  findingsIn: { en: 'Findings in', nl: 'Bevindingen in' },
  intro: {
    en: 'Checks the latest version of every document of an annual report against the data. Published documents whose data changed are marked stale.',
    nl: 'Controleert de laatste versie van elk document van een jaarverslag tegen de data. Gepubliceerde documenten waarvan de data veranderde, staan als verouderd.',
  },
  noAccess: { en: 'No access', nl: 'Geen toegang' },
  noAccessText: {
    en: 'You may not run the publication check. Ask an editor or an administrator.',
    nl: 'U mag de publicatiecontrole niet uitvoeren. Vraag het aan een redacteur of beheerder.',
  },
  noReports: { en: 'There are no annual reports yet.', nl: 'Er zijn nog geen jaarverslagen.' },
  checkedAt: { en: 'Checked', nl: 'Gecontroleerd' },
  login: { en: 'Log in', nl: 'Inloggen' },
  loginText: {
    en: 'Log in as an editor or administrator to run the publication check.',
    nl: 'Log in als redacteur of beheerder om de publicatiecontrole uit te voeren.',
  },
  reports: { en: 'Annual reports', nl: 'Jaarverslagen' },
  summary: { en: 'Summary', nl: 'Samenvatting' },
  title: { en: 'Publication check', nl: 'Publicatiecontrole' },
}
