// Public API. The core is re-exported for headless and server-side use; it has no React in it.
export * from './core/index.js';

export { AuthProvider } from './react/AuthProvider.js';
export type { AuthProviderProps } from './react/AuthProvider.js';
export { useAuthClient } from './react/hooks/useAuthClient.js';
export { useAuthState } from './react/hooks/useAuthState.js';
export { useSession } from './react/hooks/useSession.js';
export type { SessionView } from './react/hooks/useSession.js';
export { useLogin } from './react/hooks/useLogin.js';
export { useRegister } from './react/hooks/useRegister.js';
export { useConfirmSignUp } from './react/hooks/useConfirmSignUp.js';
export { useResendCode } from './react/hooks/useResendCode.js';
export type { ResendCodeInput } from './react/hooks/useResendCode.js';
export { useSignOut } from './react/hooks/useSignOut.js';
export { useAnswerChallenge } from './react/hooks/useAnswerChallenge.js';
export { useForgotPassword } from './react/hooks/useForgotPassword.js';
export type { ForgotPasswordInput } from './react/hooks/useForgotPassword.js';
export { useConfirmForgotPassword } from './react/hooks/useConfirmForgotPassword.js';
export { useChangePassword } from './react/hooks/useChangePassword.js';
export { useUserAttributes, userAttributesKey } from './react/hooks/useUserAttributes.js';
export { useUpdateUserAttributes } from './react/hooks/useUpdateUserAttributes.js';
export { useVerifyAttribute } from './react/hooks/useVerifyAttribute.js';
export { useTotpSetup } from './react/hooks/useTotpSetup.js';
export { useMfaPreference, mfaPreferenceKey } from './react/hooks/useMfaPreference.js';
export type { MfaPreferenceResult } from './react/hooks/useMfaPreference.js';
export { useAuthFetch } from './react/hooks/useAuthFetch.js';
export { useAuthQuery, HttpError } from './react/hooks/useAuthQuery.js';
export type { TotpSetupOptions } from './react/hooks/useTotpSetup.js';
export type { AuthMutationOptions } from './react/hooks/useAuthMutation.js';

export { LoginForm } from './react/components/LoginForm.js';
export type { LoginFormProps } from './react/components/LoginForm.js';
export { RegisterForm } from './react/components/RegisterForm.js';
export type { RegisterFormProps } from './react/components/RegisterForm.js';
export { ProtectedRoute } from './react/components/ProtectedRoute.js';
export { ForgotPasswordForm } from './react/components/ForgotPasswordForm.js';
export type { ForgotPasswordFormProps } from './react/components/ForgotPasswordForm.js';
export { ChangePasswordForm } from './react/components/ChangePasswordForm.js';
export type { ChangePasswordFormProps } from './react/components/ChangePasswordForm.js';
export { TotpSetup } from './react/components/TotpSetup.js';
export type { TotpSetupProps } from './react/components/TotpSetup.js';
export { MfaSettings } from './react/components/MfaSettings.js';
export type { MfaSettingsProps } from './react/components/MfaSettings.js';
export type { ProtectedRouteProps } from './react/components/ProtectedRoute.js';

export { TextField } from './react/fields/TextField.js';
export type { TextFieldProps } from './react/fields/TextField.js';
export { PasswordField } from './react/fields/PasswordField.js';
export type { PasswordFieldProps } from './react/fields/PasswordField.js';
export { CodeField } from './react/fields/CodeField.js';
export { FormAlert } from './react/fields/FormAlert.js';
export type { FormAlertProps } from './react/fields/FormAlert.js';

export { defaultMessages } from './react/messages.js';
export type { AuthMessages, MessageOverrides } from './react/messages.js';
