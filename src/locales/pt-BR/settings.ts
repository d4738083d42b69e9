import type { SettingsMessages } from '../../react/settings-messages.js';

const attributeNames: Record<string, string> = { name: 'Nome', email: 'E-mail', phone_number: 'Telefone', given_name: 'Nome', family_name: 'Sobrenome', preferred_username: 'Nome de usuário' };

export const settings: SettingsMessages = {
  accountSettingsTitle: 'Configurações da conta',
  profileTitle: 'Perfil',
  profileLoading: 'Carregando seu perfil…',
  profileRetry: 'Tentar de novo',
  profileFieldLabel: (attribute) => attributeNames[attribute] ?? attribute,
  profileEmailHint: 'Um novo e-mail é confirmado com um código.',
  profileSave: 'Salvar',
  profileSaving: 'Salvando…',
  profileSaved: 'Seu perfil foi salvo.',
  profileUnchanged: 'Nada mudou.',
  verifyAttributeTitle: (attribute) => (attribute === 'phone_number' ? 'Confirme seu novo telefone' : 'Confirme seu novo e-mail'),
  verifyAttributeHint: (destination) => (destination ? `Enviamos um código para ${destination}.` : 'Enviamos um código para você.'),
  verifyAttributeLater: 'Mais tarde',
  attributeVerified: 'Salvo e confirmado.',
  signOutEverywhereTitle: 'Sair de todos os lugares',
  signOutEverywhereIntro: 'Desconecta você de todos os dispositivos e navegadores, inclusive deste.',
  signOutEverywhereButton: 'Sair de todos os lugares',
  signingOutEverywhere: 'Saindo…',
  deleteAccountTitle: 'Excluir conta',
  deleteAccountIntro: 'Exclui sua conta para sempre. Isso não pode ser desfeito.',
  deleteAccountStart: 'Excluir conta…',
  deleteAccountWord: 'EXCLUIR',
  deleteAccountConfirmLabel: (word) => `Digite ${word} para confirmar`,
  deleteAccountMismatch: (word) => `Digite exatamente ${word} para confirmar.`,
  deleteAccountButton: 'Excluir minha conta',
  deletingAccount: 'Excluindo…',
  deleteAccountCancel: 'Cancelar',
};
