import type { FieldMessages } from '../../react/field-messages.js';

const names: Record<string, string> = {
  email: 'Email',
  phone_number: 'Numero di telefono',
  username: 'Nome utente',
  preferred_username: 'Nome utente',
  name: 'Nome e cognome',
  given_name: 'Nome',
  family_name: 'Cognome',
  middle_name: 'Secondo nome',
  nickname: 'Soprannome',
  birthdate: 'Data di nascita',
  gender: 'Genere',
  locale: 'Lingua',
  zoneinfo: 'Fuso orario',
  website: 'Sito web',
  address: 'Indirizzo',
  picture: 'URL dell’immagine',
  profile: 'URL del profilo',
};

const labelOf = (attribute: string) => names[attribute] ?? attribute.replace(/^custom:/, '').replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());

export const fields: FieldMessages = {
  usernameLabel: 'Nome utente',
  phoneLabel: 'Numero di telefono',
  countryLabel: 'Prefisso internazionale',
  loginIdLabel: (mechanisms) => {
    const words = [...new Set(mechanisms.map((m) => labelOf(m).toLowerCase()))];
    const text = words.length > 1 ? `${words.slice(0, -1).join(', ')} o ${words[words.length - 1]}` : (words[0] ?? '');
    return text.replace(/^./, (c) => c.toUpperCase());
  },
  loginIdHint: 'I numeri di telefono iniziano con + e il prefisso internazionale.',
  invalidPhone: 'Inserisci un numero di telefono valido per il paese scelto.',
  mustBeTicked: 'Seleziona questa casella per continuare.',
  selectPlaceholder: 'Scegli…',
  fieldLabel: labelOf,
  invalidDate: 'Inserisci una data come 1990-12-31.',
  invalidUrl: 'Inserisci un indirizzo web che inizi con https://.',
};
