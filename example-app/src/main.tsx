import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { AuthProvider } from 'react-cognito-kit';
import 'react-cognito-kit/styles.css';
import './app.css';
import { App } from './App';
import { authConfigFromEnv } from './config';
import { RefreshLogProvider } from './refresh-log';
import { SetupNeeded } from './pages/SetupNeeded';

// The app's own react-query client: the kit uses it too, and clears it when the signed-in user changes.
const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } },
});
const config = authConfigFromEnv();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {config ? (
      <BrowserRouter>
        <QueryClientProvider client={queryClient}>
          <AuthProvider config={config}>
            <RefreshLogProvider>
              <App />
            </RefreshLogProvider>
          </AuthProvider>
        </QueryClientProvider>
      </BrowserRouter>
    ) : (
      <SetupNeeded />
    )}
  </StrictMode>,
);
