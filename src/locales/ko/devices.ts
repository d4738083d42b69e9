import type { DeviceMessages } from '../../react/device-messages.js';

export const devices: DeviceMessages = {
  devicesTitle: '내 기기',
  devicesLoading: '기기 목록을 불러오는 중…',
  devicesEmpty: '이 계정에 기억된 기기가 없습니다.',
  devicesRetry: '다시 시도',
  deviceUnnamed: '이름 없는 기기',
  thisDevice: '이 기기',
  deviceRemembered: '기억됨: 로그인할 때 코드 불필요',
  deviceNotRemembered: '기억되지 않음',
  deviceLastUsed: (date) => `마지막 사용: ${date.toLocaleDateString('ko', { year: 'numeric', month: 'short', day: 'numeric' })}`,
  forgetDevice: '삭제',
  forgetDeviceConfirm: (name) => `${name}을(를) 삭제할까요? 다음에 그 기기에서 로그인할 때 코드를 입력해야 합니다.`,
  forgetDeviceYes: '기기 삭제',
  forgettingDevice: '삭제하는 중…',
  forgetDeviceCancel: '취소',
  deviceForgotten: (name) => `${name}을(를) 삭제했습니다.`,
  forgetDeviceLabel: (name) => `${name} 삭제`,
  rememberThisDevice: '이 기기 기억하기',
  rememberingDevice: '저장하는 중…',
  deviceNowRemembered: '이 기기를 기억합니다. 이 기기에서는 로그인할 때 코드를 묻지 않습니다.',
};
