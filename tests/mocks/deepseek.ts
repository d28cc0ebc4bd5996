/**
 * DeepSeek's answers as the API gives them (SPEC §5), shared by the adapter's MSW tests and the
 * end-to-end tests. Keys here are fake: 32 hex digits that no account has.
 */
export const GOOD_KEY = 'sk-0123456789abcdef0123456789abcdef';
export const REVOKED_KEY = 'sk-fedcba9876543210fedcba9876543210';

export const MODELS_BODY = {
  object: 'list',
  data: [
    { id: 'deepseek-flash', object: 'model', owned_by: 'deepseek' },
    { id: 'deepseek-v4-pro', object: 'model', owned_by: 'deepseek' },
  ],
};

export const BALANCE_BODY = {
  is_available: true,
  balance_infos: [
    {
      currency: 'CNY',
      total_balance: '110.00',
      granted_balance: '10.00',
      topped_up_balance: '100.00',
    },
  ],
};

export const REQUEST_ID = '0b5c2a6e-8d1f-4f3a-9c7e-2d4b6a8c0e1f';

/** DeepSeek's error body: `{"error":{"message":…,"type":…,"param":null,"code":…}}`. */
export function errorBody(
  message: string,
  type = 'authentication_error',
  code = 'invalid_request_error',
) {
  return { error: { message, type, param: null, code } };
}

/** "Authentication Fails, Your api key: ****abcd is invalid", as DeepSeek echoes a key's tail. */
export function invalidKeyMessage(key: string, requestId?: string): string {
  const base = `Authentication Fails, Your api key: ****${key.slice(-4)} is invalid`;
  return requestId ? `${base} (request_id: ${requestId})` : base;
}

export const BAD_FORMAT_MESSAGE =
  'Authentication Fails (auth header format should be Bearer sk-...)';
export const NO_SUCH_USER_MESSAGE = 'Authentication Fails (no such user)';
export const GOVERNOR_MESSAGE = 'Authentication Fails (governor)';

export const PROXY_502_HTML =
  '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n';
export const CAPTIVE_PORTAL_HTML =
  '<!doctype html><html><head><title>Sign in to Wi-Fi</title></head><body><form>Accept the terms</form></body></html>';
