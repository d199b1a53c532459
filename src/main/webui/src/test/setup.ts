import '@testing-library/react';
import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import '../i18n';

// findBy* and waitFor wait on state, not on time: on a busy shared machine a render can take seconds, so the
// limit is generous (testing-library's default is 1 s). A test that passes still ends as soon as its state is there.
export const ASYNC_UTIL_TIMEOUT_MS = 15_000;
configure({ asyncUtilTimeout: ASYNC_UTIL_TIMEOUT_MS });

afterEach(() => {
  cleanup();
  localStorage.clear();
});
