import type { FieldMessages } from '../../react/field-messages.js';

const names: Record<string, string> = {
  email: 'E-mail',
  phone_number: 'Telefone',
  username: 'Nome de usuário',
  preferred_username: 'Nome de usuário',
  name: 'Nome completo',
  given_name: 'Nome',
  family_name: 'Sobrenome',
  middle_name: 'Nome do meio',
  nickname: 'Apelido',
  birthdate: 'Data de nascimento',
  gender: 'Gênero',
  locale: 'Idioma',
  zoneinfo: 'Fuso horário',
  website: 'Site',
  address: 'Endereço',
  picture: 'URL da foto',
  profile: 'URL do perfil',
};

const labelOf = (attribute: string) => names[attribute] ?? attribute.replace(/^custom:/, '').replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());

export const fields: FieldMessages = {
  usernameLabel: 'Nome de usuário',
  phoneLabel: 'Telefone',
  countryLabel: 'Código do país',
  loginIdLabel: (mechanisms) => {
    const words = [...new Set(mechanisms.map((m) => labelOf(m).toLowerCase()))];
    const text = words.length > 1 ? `${words.slice(0, -1).join(', ')} ou ${words[words.length - 1]}` : (words[0] ?? '');
    return text.replace(/^./, (c) => c.toUpperCase());
  },
  loginIdHint: 'Números de telefone começam com + e o código do país.',
  invalidPhone: 'Digite um telefone válido para o país escolhido.',
  mustBeTicked: 'Marque esta caixa para continuar.',
  selectPlaceholder: 'Escolha…',
  fieldLabel: labelOf,
  invalidDate: 'Digite uma data como 1990-12-31.',
  invalidUrl: 'Digite um endereço da web que comece com https://.',
};
