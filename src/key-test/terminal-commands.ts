import { DEEPSEEK_BASE_URL, KEY_ENV_VAR } from '../domain/deepseek-facts.ts';

/**
 * The browser's test, for a terminal: `GET /models` with the key read from the environment. The
 * commands never contain the key, and their output (status and DeepSeek's JSON, which echoes only
 * the key's last four characters) can be pasted into "Paste your error".
 */
export const CURL_TEST = `curl -sS ${DEEPSEEK_BASE_URL}/models -H "Authorization: Bearer $${KEY_ENV_VAR}" -w "\\nHTTP %{http_code}\\n"`;

export const POWERSHELL_TEST = [
  'try {',
  `  Invoke-RestMethod -Uri ${DEEPSEEK_BASE_URL}/models -Headers @{ Authorization = "Bearer $env:${KEY_ENV_VAR}" } | ConvertTo-Json -Depth 5`,
  '  "HTTP 200"',
  '} catch {',
  '  "HTTP $($_.Exception.Response.StatusCode.value__)"',
  '  $_.ErrorDetails.Message',
  '}',
].join('\n');
