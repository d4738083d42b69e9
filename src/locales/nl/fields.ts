import type { FieldMessages } from '../../react/field-messages.js';

const names: Record<string, string> = {
  email: 'E-mailadres',
  phone_number: 'Telefoonnummer',
  username: 'Gebruikersnaam',
  preferred_username: 'Gebruikersnaam',
  name: 'Volledige naam',
  given_name: 'Voornaam',
  family_name: 'Achternaam',
  middle_name: 'Tweede voornaam',
  nickname: 'Bijnaam',
  birthdate: 'Geboortedatum',
  gender: 'Gender',
  locale: 'Taal',
  zoneinfo: 'Tijdzone',
  website: 'Website',
  address: 'Adres',
  picture: 'URL van foto',
  profile: 'URL van profiel',
};

const labelOf = (attribute: string) => names[attribute] ?? attribute.replace(/^custom:/, '').replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());

export const fields: FieldMessages = {
  usernameLabel: 'Gebruikersnaam',
  phoneLabel: 'Telefoonnummer',
  countryLabel: 'Landcode',
  loginIdLabel: (mechanisms) => {
    const words = [...new Set(mechanisms.map((m) => labelOf(m).toLowerCase()))];
    const text = words.length > 1 ? `${words.slice(0, -1).join(', ')} of ${words[words.length - 1]}` : (words[0] ?? '');
    return text.replace(/^./, (c) => c.toUpperCase());
  },
  loginIdHint: 'Telefoonnummers beginnen met + en de landcode.',
  invalidPhone: 'Vul een geldig telefoonnummer in voor het gekozen land.',
  mustBeTicked: 'Vink dit vakje aan om door te gaan.',
  selectPlaceholder: 'Kies…',
  fieldLabel: labelOf,
  invalidDate: 'Vul een datum in zoals 1990-12-31.',
  invalidUrl: 'Vul een webadres in dat begint met https://.',
};
