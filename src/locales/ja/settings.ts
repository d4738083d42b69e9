import type { SettingsMessages } from '../../react/settings-messages.js';

const attributeNames: Record<string, string> = { name: '氏名', email: 'メールアドレス', phone_number: '電話番号', given_name: '名', family_name: '姓', preferred_username: 'ユーザー名' };

export const settings: SettingsMessages = {
  accountSettingsTitle: 'アカウント設定',
  profileTitle: 'プロフィール',
  profileLoading: 'プロフィールを読み込んでいます…',
  profileRetry: '再試行',
  profileFieldLabel: (attribute) => attributeNames[attribute] ?? attribute,
  profileEmailHint: '新しいメールアドレスはコードで確認します。',
  profileSave: '保存',
  profileSaving: '保存しています…',
  profileSaved: 'プロフィールを保存しました。',
  profileUnchanged: '変更はありません。',
  verifyAttributeTitle: (attribute) => `新しい${attribute === 'phone_number' ? '電話番号' : 'メールアドレス'}の確認`,
  verifyAttributeHint: (destination) => (destination ? `${destination} にコードを送信しました。` : 'コードを送信しました。'),
  verifyAttributeLater: '後で',
  attributeVerified: '保存して確認しました。',
  signOutEverywhereTitle: 'すべての場所からサインアウト',
  signOutEverywhereIntro: 'このデバイスを含む、すべてのデバイスとブラウザーからサインアウトします。',
  signOutEverywhereButton: 'すべての場所からサインアウト',
  signingOutEverywhere: 'サインアウトしています…',
  deleteAccountTitle: 'アカウントの削除',
  deleteAccountIntro: 'アカウントを完全に削除します。この操作は元に戻せません。',
  deleteAccountStart: 'アカウントを削除…',
  deleteAccountWord: '削除',
  deleteAccountConfirmLabel: (word) => `確認のため「${word}」と入力してください`,
  deleteAccountMismatch: (word) => `確認のため「${word}」と正確に入力してください。`,
  deleteAccountButton: 'アカウントを削除する',
  deletingAccount: '削除しています…',
  deleteAccountCancel: 'キャンセル',
};
