import type { PasskeyErrorCode } from '../../core/errors.js';
import type { PasskeyMessages } from '../../react/passkey-messages.js';

export const passkeys: PasskeyMessages = {
  passkeysTitle: '패스키',
  passkeysLoading: '패스키를 불러오는 중…',
  passkeysEmpty: '아직 패스키가 없습니다.',
  passkeysRetry: '다시 시도',
  passkeyUnnamed: '이름 없는 패스키',
  passkeyCreated: (date) => `추가한 날짜: ${date.toLocaleDateString('ko', { year: 'numeric', month: 'short', day: 'numeric' })}`,
  addPasskey: '패스키 추가',
  addingPasskey: '추가하는 중…',
  passkeyAdded: '패스키를 추가했습니다. 다음부터 이 패스키로 로그인할 수 있습니다.',
  deletePasskey: '삭제',
  deletePasskeyLabel: (name) => `패스키 ${name} 삭제`,
  deletingPasskey: '삭제하는 중…',
  passkeyDeleted: (name) => `패스키 ${name}을(를) 삭제했습니다.`,
  passkeysUnsupported: '이 브라우저에서는 패스키를 사용할 수 없습니다.',
};

export const passkeyErrors: Record<PasskeyErrorCode, string> = {
  passkeyCancelled: '패스키가 사용되지 않았습니다. 취소되었거나 이 기기에 이 사이트의 패스키가 없습니다. 다시 시도하거나 다른 방법을 선택하세요.',
  passkeyExists: '이 기기에는 이미 이 계정의 패스키가 있습니다.',
  passkeyRelyingParty: '이 사이트는 패스키를 사용하도록 설정되어 있지 않습니다. 다른 로그인 방법을 선택하세요.',
  passkeyUnsupported: '이 브라우저에서는 패스키를 사용할 수 없습니다. 다른 로그인 방법을 선택하세요.',
};
