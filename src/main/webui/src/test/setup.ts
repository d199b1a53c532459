import '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import i18n from '../i18n';

// findBy* and waitFor wait on state, not on time: on a busy shared machine a render can take seconds, so the
// limit is generous (testing-library's default is 1 s). A test that passes still ends as soon as its state is there.
export const ASYNC_UTIL_TIMEOUT_MS = 15_000;
configure({ asyncUtilTimeout: ASYNC_UTIL_TIMEOUT_MS });

// Test files share one jsdom (isolate: false in vite.config.ts): each test leaves it as it found it.
afterEach(async () => {
  cleanup();
  localStorage.clear();
  sessionStorage.clear();
  vi.unstubAllGlobals();
  if (i18n.language !== 'en') await i18n.changeLanguage('en');
});
