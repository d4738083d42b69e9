import type { FieldMessages } from '../../react/field-messages.js';

const names: Record<string, string> = {
  email: 'Correo electrónico',
  phone_number: 'Número de teléfono',
  username: 'Nombre de usuario',
  preferred_username: 'Nombre de usuario',
  name: 'Nombre completo',
  given_name: 'Nombre',
  family_name: 'Apellidos',
  middle_name: 'Segundo nombre',
  nickname: 'Apodo',
  birthdate: 'Fecha de nacimiento',
  gender: 'Género',
  locale: 'Idioma',
  zoneinfo: 'Zona horaria',
  website: 'Sitio web',
  address: 'Dirección',
  picture: 'URL de la foto',
  profile: 'URL del perfil',
};

const labelOf = (attribute: string) => names[attribute] ?? attribute.replace(/^custom:/, '').replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());

export const fields: FieldMessages = {
  usernameLabel: 'Nombre de usuario',
  phoneLabel: 'Número de teléfono',
  countryLabel: 'Prefijo del país',
  loginIdLabel: (mechanisms) => {
    const words = [...new Set(mechanisms.map((m) => labelOf(m).toLowerCase()))];
    const text = words.length > 1 ? `${words.slice(0, -1).join(', ')} o ${words[words.length - 1]}` : (words[0] ?? '');
    return text.replace(/^./, (c) => c.toUpperCase());
  },
  loginIdHint: 'Los números de teléfono empiezan por + y el prefijo del país.',
  invalidPhone: 'Introduce un número de teléfono válido para el país elegido.',
  mustBeTicked: 'Marca esta casilla para continuar.',
  selectPlaceholder: 'Elige…',
  fieldLabel: labelOf,
  invalidDate: 'Introduce una fecha como 1990-12-31.',
  invalidUrl: 'Introduce una dirección web que empiece por https://.',
};
