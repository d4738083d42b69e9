import { Route, Routes } from 'react-router-dom';
import { Layout } from './components/Layout';
import { RequireAuth } from './components/RequireAuth';
import { Account } from './pages/Account';
import { Admin, AdminDenied } from './pages/Admin';
import { Dashboard } from './pages/Dashboard';
import { ForgotPassword } from './pages/ForgotPassword';
import { Home } from './pages/Home';
import { NotFound } from './pages/NotFound';
import { Register } from './pages/Register';
import { AuthCallbackPage } from './pages/AuthCallbackPage';
import { PasswordlessSignIn } from './pages/PasswordlessSignIn';
import { SignIn } from './pages/SignIn';

export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<Home />} />
        <Route path="sign-in" element={<SignIn />} />
        <Route path="sign-in/passwordless" element={<PasswordlessSignIn />} />
        <Route path="auth/callback" element={<AuthCallbackPage />} />
        <Route path="signed-out" element={<Home />} />
        <Route path="register" element={<Register />} />
        <Route path="forgot-password" element={<ForgotPassword />} />
        <Route
          path="dashboard"
          element={
            <RequireAuth>
              <Dashboard />
            </RequireAuth>
          }
        />
        <Route
          path="admin"
          element={
            <RequireAuth groups={['admin']} forbidden={<AdminDenied />}>
              <Admin />
            </RequireAuth>
          }
        />
        <Route
          path="account"
          element={
            <RequireAuth>
              <Account />
            </RequireAuth>
          }
        />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
