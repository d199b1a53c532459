/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';

// The dev server forwards the API to a running service (VLOS_API, default http://localhost:8080).
const api = process.env.VLOS_API ?? 'http://localhost:8080';

export default defineConfig({
  plugins: [react(), tailwindcss()],
  server: {
    proxy: {
      '/api': api,
      '/q': api,
    },
  },
  build: {
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        // What every screen runs (React, the router, queries, texts) in one file: on 3G each extra file of the
        // first screen is one more request in the queue before the app can start.
        codeSplitting: {
          groups: [{ name: 'framework', test: /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack|i18next|react-i18next|use-sync-external-store)[\\/]/ }],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    // A test may wait up to 15 s for one state (asyncUtilTimeout in src/test/setup.ts) and type forms key by key on
    // a busy shared machine: its own limit is well above that.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    include: ['src/**/*.test.{ts,tsx}'],
    // One jsdom per worker, not per file: 38 files in 19 s instead of 77 s on 2 cores (setting up jsdom and importing
    // the app again for every file was three quarters of the time). Each file restores what it stubs (afterEach).
    isolate: false,
  },
});
