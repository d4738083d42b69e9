import type { FieldMessages } from '../../react/field-messages.js';

const names: Record<string, string> = {
  email: 'E-Mail-Adresse',
  phone_number: 'Telefonnummer',
  username: 'Benutzername',
  preferred_username: 'Benutzername',
  name: 'Vollständiger Name',
  given_name: 'Vorname',
  family_name: 'Nachname',
  middle_name: 'Zweiter Vorname',
  nickname: 'Spitzname',
  birthdate: 'Geburtsdatum',
  gender: 'Geschlecht',
  locale: 'Sprache',
  zoneinfo: 'Zeitzone',
  website: 'Website',
  address: 'Adresse',
  picture: 'Bild-URL',
  profile: 'Profil-URL',
};

const labelOf = (attribute: string) => names[attribute] ?? attribute.replace(/^custom:/, '').replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());

export const fields: FieldMessages = {
  usernameLabel: 'Benutzername',
  phoneLabel: 'Telefonnummer',
  countryLabel: 'Ländervorwahl',
  // German nouns keep their capital inside the list.
  loginIdLabel: (mechanisms) => {
    const words = [...new Set(mechanisms.map(labelOf))];
    return words.length > 1 ? `${words.slice(0, -1).join(', ')} oder ${words[words.length - 1]}` : (words[0] ?? '');
  },
  loginIdHint: 'Telefonnummern beginnen mit + und der Ländervorwahl.',
  invalidPhone: 'Geben Sie eine gültige Telefonnummer für das gewählte Land ein.',
  mustBeTicked: 'Setzen Sie hier ein Häkchen, um fortzufahren.',
  selectPlaceholder: 'Bitte wählen …',
  fieldLabel: labelOf,
  invalidDate: 'Geben Sie ein Datum wie 1990-12-31 ein.',
  invalidUrl: 'Geben Sie eine Webadresse ein, die mit https:// beginnt.',
};
