/**
 * Meta's JavaScript SDK for WhatsApp Embedded Signup: FB.login with the signup configuration returns a code, and
 * Facebook's window posts the new WhatsApp Business Account id and phone number id (WA_EMBEDDED_SIGNUP, FINISH).
 */
interface FacebookSdk {
  init(options: { appId: string; autoLogAppEvents: boolean; xfbml: boolean; version: string }): void;
  login(callback: (response: { authResponse?: { code?: string } | null; status?: string }) => void,
    options: Record<string, unknown>): void;
}

declare global {
  interface Window {
    FB?: FacebookSdk;
    fbAsyncInit?: () => void;
  }
}

let loading: Promise<FacebookSdk> | null = null;

export function loadFacebookSdk(appId: string, version: string): Promise<FacebookSdk> {
  if (!loading) {
    loading = new Promise<FacebookSdk>((resolve, reject) => {
      window.fbAsyncInit = () => {
        window.FB!.init({ appId, autoLogAppEvents: true, xfbml: false, version });
        resolve(window.FB!);
      };
      const script = document.createElement('script');
      script.src = 'https://connect.facebook.net/en_US/sdk.js';
      script.async = true;
      script.crossOrigin = 'anonymous';
      script.onerror = () => {
        loading = null;
        reject(new Error('sdk'));
      };
      document.body.appendChild(script);
    });
  }
  return loading;
}

export interface SignupResult {
  code: string;
  wabaId: string;
  phoneNumberId: string;
}

/** The session info Facebook posts to the page; null for anything else. */
export function signupSession(event: MessageEvent): { wabaId: string; phoneNumberId: string } | 'cancelled' | null {
  let host: string;
  try {
    host = new URL(event.origin).hostname;
  } catch {
    return null;
  }
  if (host !== 'facebook.com' && !host.endsWith('.facebook.com')) return null;
  let message: { type?: string; event?: string; data?: { waba_id?: string; phone_number_id?: string } };
  try {
    message = typeof event.data === 'string' ? JSON.parse(event.data) : event.data;
  } catch {
    return null;
  }
  if (message?.type !== 'WA_EMBEDDED_SIGNUP') return null;
  if (message.event === 'FINISH' && message.data?.waba_id && message.data?.phone_number_id) {
    return { wabaId: message.data.waba_id, phoneNumberId: message.data.phone_number_id };
  }
  return message.event === 'CANCEL' ? 'cancelled' : null;
}

/** Runs Embedded Signup; resolves when both the code and the session info arrived, or null when cancelled. */
export function embeddedSignup(sdk: FacebookSdk, configId: string): Promise<SignupResult | null> {
  return new Promise((resolve) => {
    let session: { wabaId: string; phoneNumberId: string } | null = null;
    let code: string | null = null;
    let done = false;
    const finish = (result: SignupResult | null) => {
      if (done) return;
      done = true;
      window.removeEventListener('message', listener);
      resolve(result);
    };
    const tryFinish = () => {
      if (session && code) finish({ code, ...session });
    };
    const listener = (event: MessageEvent) => {
      const found = signupSession(event);
      if (found === 'cancelled') finish(null);
      else if (found) {
        session = found;
        tryFinish();
      }
    };
    window.addEventListener('message', listener);
    sdk.login((response) => {
      code = response.authResponse?.code ?? null;
      if (!code) finish(null);
      else tryFinish();
    }, {
      config_id: configId,
      response_type: 'code',
      override_default_response_type: true,
      extras: { setup: {}, featureType: '', sessionInfoVersion: '3' },
    });
  });
}
