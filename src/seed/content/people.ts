import type { PersonSeed } from '../types'

/**
 * Staff ("Samenstelling personeelsploeg dd. 1 januari 2024" and "In- en uitdiensttredingen in 2024"),
 * the Dagelijks Bestuur, the Bestuursorgaan and the Algemene Vergadering
 * ("Samenstelling Bestuursorgaan & Algemene Vergadering dd. 1 januari 2024"), as printed.
 * The Uitgelicht authors (Gie Van den Eeckhaut, Paco Sanogo, Nele Vanderhulst, Max Frans) are staff.
 */
export const people: PersonSeed[] = [
  // Personeel
  { name: 'Fred Dhont', function: 'directeur', organisation: 'Socius' },
  { name: 'Debbie Bevers', function: 'coördinator', organisation: 'Socius' },
  { name: 'Max Frans', function: 'coördinator', organisation: 'Socius' },
  { name: 'Gie Van den Eeckhaut', function: 'coördinator', organisation: 'Socius' },
  { name: 'Silke Jaminé', function: 'stafmedewerker', organisation: 'Socius' },
  { name: 'Marc Jans', function: 'stafmedewerker', organisation: 'Socius' },
  { name: 'Staša Pavlović', function: 'stafmedewerker', organisation: 'Socius' },
  {
    name: 'Paco Sanogo',
    function: 'stafmedewerker',
    organisation: 'Socius',
    bio: 'Stafmedewerker van Socius; ging in 2024 uit dienst en vertrok naar Ivoorkust om daar weer boer te worden.',
  },
  { name: 'Zé Vandenhoeck', function: 'stafmedewerker', organisation: 'Socius' },
  { name: 'Nele Vanderhulst', function: 'stafmedewerker', organisation: 'Socius' },
  { name: 'Mieke Vasseur', function: 'stafmedewerker', organisation: 'Socius' },
  { name: 'Ingrid Matthijs', function: 'administratief medewerker', organisation: 'Socius' },
  { name: 'Veerle Verdoodt', function: 'administratief medewerker', organisation: 'Socius' },
  { name: 'Marthe Jans', function: 'stafmedewerker', organisation: 'Socius', bio: 'Stafmedewerker van Socius; in dienst in 2024.' },
  { name: 'Maya Retana', function: 'stafmedewerker', organisation: 'Socius', bio: 'Stafmedewerker van Socius; in dienst in 2024.' },

  // Dagelijks Bestuur
  { name: 'Stef Steyaert', organisation: 'WhoCares?', boardRole: 'voorzitter' },
  { name: 'Monique De Dobbeleer', organisation: 'Ferm', boardRole: 'ondervoorzitter' },
  { name: 'An Macharis', organisation: 'Avansa Citizenne', boardRole: 'penningmeester' },

  // Bestuursorgaan
  { name: 'Erik Béatse', organisation: 'Pla(y)ces', boardRole: 'bestuurder' },
  { name: 'Miryam Belkadi', organisation: 'Safe Space', boardRole: 'bestuurder' },
  { name: 'Charlotte Brandsma', organisation: 'Growfunding', boardRole: 'bestuurder' },
  { name: 'Luc De Droogh', organisation: 'HoGent', boardRole: 'bestuurder' },
  { name: 'Stefaan Gunst', organisation: 'De Rand', boardRole: 'bestuurder' },
  { name: 'Piero Pienna', organisation: 'Feniks', boardRole: 'bestuurder' },
  { name: 'Annabelle Van Nieuwenhuyse', organisation: 'Cinemaximiliaan', boardRole: 'bestuurder' },
  { name: 'Wim Van Roy', organisation: 'De Wakkere Burger', boardRole: 'bestuurder' },

  // Algemene Vergadering (aangevuld met de leden van het Dagelijks Bestuur en het Bestuursorgaan)
  { name: 'Selamet Belkiran', organisation: 'Bindus', boardRole: 'algemene-vergadering' },
  { name: 'Els de Ceuster', organisation: 'Artesis Plantijn Hogeschool', boardRole: 'algemene-vergadering' },
  { name: 'Elke Plovie', organisation: 'UCLL', boardRole: 'algemene-vergadering' },
]
