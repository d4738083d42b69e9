import type { SettingsMessages } from '../../react/settings-messages.js';

const attributeNames: Record<string, string> = { name: '이름', email: '이메일', phone_number: '전화번호', given_name: '이름', family_name: '성', preferred_username: '사용자 이름' };

export const settings: SettingsMessages = {
  accountSettingsTitle: '계정 설정',
  profileTitle: '프로필',
  profileLoading: '프로필을 불러오는 중…',
  profileRetry: '다시 시도',
  profileFieldLabel: (attribute) => attributeNames[attribute] ?? attribute,
  profileEmailHint: '새 이메일 주소는 코드로 확인합니다.',
  profileSave: '저장',
  profileSaving: '저장하는 중…',
  profileSaved: '프로필을 저장했습니다.',
  profileUnchanged: '변경된 내용이 없습니다.',
  verifyAttributeTitle: (attribute) => `새 ${attribute === 'phone_number' ? '전화번호' : '이메일 주소'} 확인`,
  verifyAttributeHint: (destination) => (destination ? `${destination}(으)로 코드를 보냈습니다.` : '코드를 보냈습니다.'),
  verifyAttributeLater: '나중에',
  attributeVerified: '저장 및 확인이 완료되었습니다.',
  signOutEverywhereTitle: '모든 기기에서 로그아웃',
  signOutEverywhereIntro: '이 기기를 포함한 모든 기기와 브라우저에서 로그아웃합니다.',
  signOutEverywhereButton: '모든 기기에서 로그아웃',
  signingOutEverywhere: '로그아웃하는 중…',
  deleteAccountTitle: '계정 삭제',
  deleteAccountIntro: '계정을 영구적으로 삭제합니다. 이 작업은 되돌릴 수 없습니다.',
  deleteAccountStart: '계정 삭제…',
  deleteAccountWord: '삭제',
  deleteAccountConfirmLabel: (word) => `확인하려면 ${word}을(를) 입력하세요`,
  deleteAccountMismatch: (word) => `확인하려면 ${word}을(를) 정확히 입력하세요.`,
  deleteAccountButton: '내 계정 삭제',
  deletingAccount: '삭제하는 중…',
  deleteAccountCancel: '취소',
};
