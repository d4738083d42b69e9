import type { PasswordlessMessages } from '../../react/passwordless-messages.js';

// 로 after a vowel or ㄹ, 으로 after any other final consonant; the ways are this pack's own Hangul labels.
const ro = (word: string) => {
  const last = word.charCodeAt(word.length - 1) - 0xac00;
  if (last < 0 || last > 11171) return `${word}(으)로`;
  return last % 28 === 0 || last % 28 === 8 ? `${word}로` : `${word}으로`;
};

export const passwordless: PasswordlessMessages = {
  selectChallengeTitle: '로그인 방법 선택',
  selectChallengeLegend: '로그인 방법',
  passkeyOption: '패스키',
  emailCodeOption: '이메일로 받은 코드',
  smsCodeOption: '문자 메시지로 받은 코드',
  passwordOption: '비밀번호',
  otherWaysLabel: '다른 로그인 방법',
  useOtherWay: (way) => `대신 ${ro(way)} 로그인`,
  signInCodeTitle: '로그인 코드 입력',
  emailSignInCodeHint: (destination) => (destination ? `${destination}(으)로 로그인 코드를 이메일로 보냈습니다.` : '로그인 코드를 이메일로 보냈습니다.'),
  smsSignInCodeHint: (destination) => (destination ? `${destination}(으)로 로그인 코드를 문자 메시지로 보냈습니다.` : '로그인 코드를 문자 메시지로 보냈습니다.'),
  passkeyTitle: '패스키로 로그인',
  passkeyIntro: '이 기기에 저장된 패스키나 보안 키를 사용하세요.',
  usePasskey: '패스키 사용',
  usingPasskey: '패스키를 기다리는 중…',
  passwordStepTitle: '비밀번호 입력',
  offerPasskeyTitle: '다음을 위해 패스키를 추가할까요?',
  offerPasskeyIntro: '비밀번호나 코드 대신 지문, 얼굴 또는 화면 잠금으로 로그인하세요.',
  offerPasskeyYes: '패스키 추가',
  offerPasskeyNo: '나중에',
};
