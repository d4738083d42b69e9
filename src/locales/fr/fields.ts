import type { FieldMessages } from '../../react/field-messages.js';

const names: Record<string, string> = {
  email: 'Adresse e-mail',
  phone_number: 'Numéro de téléphone',
  username: 'Nom d’utilisateur',
  preferred_username: 'Nom d’utilisateur',
  name: 'Nom complet',
  given_name: 'Prénom',
  family_name: 'Nom',
  middle_name: 'Deuxième prénom',
  nickname: 'Pseudo',
  birthdate: 'Date de naissance',
  gender: 'Genre',
  locale: 'Langue',
  zoneinfo: 'Fuseau horaire',
  website: 'Site web',
  address: 'Adresse',
  picture: 'URL de la photo',
  profile: 'URL du profil',
};

const labelOf = (attribute: string) => names[attribute] ?? attribute.replace(/^custom:/, '').replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());

export const fields: FieldMessages = {
  usernameLabel: 'Nom d’utilisateur',
  phoneLabel: 'Numéro de téléphone',
  countryLabel: 'Indicatif du pays',
  loginIdLabel: (mechanisms) => {
    const words = [...new Set(mechanisms.map((m) => labelOf(m).toLowerCase()))];
    const text = words.length > 1 ? `${words.slice(0, -1).join(', ')} ou ${words[words.length - 1]}` : (words[0] ?? '');
    return text.replace(/^./, (c) => c.toUpperCase());
  },
  loginIdHint: 'Les numéros de téléphone commencent par + et l’indicatif du pays.',
  invalidPhone: 'Saisissez un numéro de téléphone valide pour le pays choisi.',
  mustBeTicked: 'Cochez cette case pour continuer.',
  selectPlaceholder: 'Choisir…',
  fieldLabel: labelOf,
  invalidDate: 'Saisissez une date au format 1990-12-31.',
  invalidUrl: 'Saisissez une adresse web commençant par https://.',
};
