// Public API. The core is re-exported for headless and server-side use; it has no React in it.
export * from './core/index';

export { AuthProvider } from './react/AuthProvider';
export type { AuthProviderProps } from './react/AuthProvider';
export { useAuthClient } from './react/hooks/useAuthClient';
export { useAuthState } from './react/hooks/useAuthState';
export { useSession } from './react/hooks/useSession';
export type { SessionView } from './react/hooks/useSession';
export { useLogin } from './react/hooks/useLogin';
export { useRegister } from './react/hooks/useRegister';
export { useConfirmSignUp } from './react/hooks/useConfirmSignUp';
export { useResendCode } from './react/hooks/useResendCode';
export type { ResendCodeInput } from './react/hooks/useResendCode';
export { useSignOut } from './react/hooks/useSignOut';
export type { AuthMutationOptions } from './react/hooks/useAuthMutation';

export { LoginForm } from './react/components/LoginForm';
export type { LoginFormProps } from './react/components/LoginForm';
export { RegisterForm } from './react/components/RegisterForm';
export type { RegisterFormProps } from './react/components/RegisterForm';
export { ProtectedRoute } from './react/components/ProtectedRoute';
export type { ProtectedRouteProps } from './react/components/ProtectedRoute';

export { TextField } from './react/fields/TextField';
export type { TextFieldProps } from './react/fields/TextField';
export { PasswordField } from './react/fields/PasswordField';
export type { PasswordFieldProps } from './react/fields/PasswordField';
export { CodeField } from './react/fields/CodeField';
export { FormAlert } from './react/fields/FormAlert';
export type { FormAlertProps } from './react/fields/FormAlert';

export { defaultMessages } from './react/messages';
export type { AuthMessages, MessageOverrides } from './react/messages';
