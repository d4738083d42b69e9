import type { PasskeyErrorCode } from '../../core/errors.js';
import type { PasskeyMessages } from '../../react/passkey-messages.js';

export const passkeys: PasskeyMessages = {
  passkeysTitle: 'Chaves de acesso',
  passkeysLoading: 'Carregando suas chaves de acesso…',
  passkeysEmpty: 'Você ainda não tem chaves de acesso.',
  passkeysRetry: 'Tentar de novo',
  passkeyUnnamed: 'Chave de acesso',
  passkeyCreated: (date) => `Adicionada em ${date.toLocaleDateString('pt-BR', { year: 'numeric', month: 'short', day: 'numeric' })}`,
  addPasskey: 'Adicionar chave de acesso',
  addingPasskey: 'Adicionando…',
  passkeyAdded: 'Chave de acesso adicionada. Você poderá entrar com ela da próxima vez.',
  deletePasskey: 'Excluir',
  deletePasskeyLabel: (name) => `Excluir a chave de acesso ${name}`,
  deletingPasskey: 'Excluindo…',
  passkeyDeleted: (name) => `A chave de acesso ${name} foi excluída.`,
  passkeysUnsupported: 'Este navegador não pode usar chaves de acesso.',
};

export const passkeyErrors: Record<PasskeyErrorCode, string> = {
  passkeyCancelled: 'A chave de acesso não foi usada: a operação foi cancelada ou este dispositivo não tem uma chave de acesso para este site. Tente de novo ou escolha outra forma.',
  passkeyExists: 'Este dispositivo já tem uma chave de acesso para esta conta.',
  passkeyRelyingParty: 'Este site não está configurado para chaves de acesso. Escolha outra forma de entrar.',
  passkeyUnsupported: 'Este navegador não pode usar chaves de acesso. Escolha outra forma de entrar.',
};
