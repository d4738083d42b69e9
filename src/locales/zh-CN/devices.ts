import type { DeviceMessages } from '../../react/device-messages.js';

export const devices: DeviceMessages = {
  devicesTitle: '你的设备',
  devicesLoading: '正在加载你的设备…',
  devicesEmpty: '你的账户没有已记住的设备。',
  devicesRetry: '重试',
  deviceUnnamed: '未命名设备',
  thisDevice: '此设备',
  deviceRemembered: '已记住：登录时无需验证码',
  deviceNotRemembered: '未记住',
  deviceLastUsed: (date) => `上次使用：${date.toLocaleDateString('zh-CN', { year: 'numeric', month: 'short', day: 'numeric' })}`,
  forgetDevice: '移除',
  forgetDeviceConfirm: (name) => `要移除“${name}”吗？下次在该设备上登录时需要输入验证码。`,
  forgetDeviceYes: '移除设备',
  forgettingDevice: '正在移除…',
  forgetDeviceCancel: '取消',
  deviceForgotten: (name) => `已移除“${name}”。`,
  forgetDeviceLabel: (name) => `移除“${name}”`,
  rememberThisDevice: '记住此设备',
  rememberingDevice: '正在保存…',
  deviceNowRemembered: '已记住此设备：以后在此设备上登录无需验证码。',
};
