import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import './i18n';
import './index.css';
import { App } from './App';
import { AuthProvider } from './auth/AuthContext';
import { ApiError } from './api/client';

// the service worker keeps the app and its last data for when the phone is offline (only in the built app)
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => void navigator.serviceWorker.register('/sw.js').catch(() => undefined));
}

const queries = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 5_000,
      // a problem the service explained (4xx) will not go away by asking again
      retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
      // the last answer stays on screen while the service cannot be reached; the banner says so
      networkMode: 'always',
    },
  },
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queries}>
      <BrowserRouter>
        <AuthProvider>
          {/* the chosen language's file may still be on its way */}
          <Suspense fallback={null}>
            <App />
          </Suspense>
        </AuthProvider>
      </BrowserRouter>
    </QueryClientProvider>
  </StrictMode>,
);
