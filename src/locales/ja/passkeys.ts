import type { PasskeyErrorCode } from '../../core/errors.js';
import type { PasskeyMessages } from '../../react/passkey-messages.js';

export const passkeys: PasskeyMessages = {
  passkeysTitle: 'パスキー',
  passkeysLoading: 'パスキーを読み込んでいます…',
  passkeysEmpty: 'パスキーはまだありません。',
  passkeysRetry: '再試行',
  passkeyUnnamed: '名前のないパスキー',
  passkeyCreated: (date) => `追加日: ${date.toLocaleDateString('ja', { year: 'numeric', month: 'short', day: 'numeric' })}`,
  addPasskey: 'パスキーを追加',
  addingPasskey: '追加しています…',
  passkeyAdded: 'パスキーを追加しました。次回からこのパスキーでサインインできます。',
  deletePasskey: '削除',
  deletePasskeyLabel: (name) => `パスキー ${name} を削除`,
  deletingPasskey: '削除しています…',
  passkeyDeleted: (name) => `パスキー ${name} を削除しました。`,
  passkeysUnsupported: 'このブラウザーではパスキーを使用できません。',
};

export const passkeyErrors: Record<PasskeyErrorCode, string> = {
  passkeyCancelled: 'パスキーは使用されませんでした。キャンセルされたか、このデバイスにこのサイトのパスキーがありません。もう一度お試しいただくか、別の方法を選択してください。',
  passkeyExists: 'このデバイスには、このアカウントのパスキーがすでにあります。',
  passkeyRelyingParty: 'このサイトはパスキーを使用するよう設定されていません。別の方法でサインインしてください。',
  passkeyUnsupported: 'このブラウザーではパスキーを使用できません。別の方法でサインインしてください。',
};
