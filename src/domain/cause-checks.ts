import type { CauseId } from './causes.ts';
import { DEEPSEEK_BASE_URL, KEY_ENV_VAR as K } from './deepseek-facts.ts';
import { PRESENCE_CHECK } from './key-setup.ts';

/** Where a command runs. bash also covers zsh. */
export type Shell = 'bash' | 'fish' | 'powershell' | 'cmd' | 'python' | 'node';

export interface Command {
  shell: Shell;
  command: string;
  /** What the command prints when all is well (the i18n text says what anything else means). */
  expect?: string;
}

const MODELS_URL = `${DEEPSEEK_BASE_URL}/models`;

/**
 * For each cause, commands that check it without printing the key: they print its presence,
 * length, shape or the last four characters only.
 */
export const CAUSE_CHECKS: Readonly<Record<CauseId, readonly Command[]>> = {
  'not-set': [
    { shell: 'bash', command: PRESENCE_CHECK.bash, expect: 'set, 35 chars, ends 1a2b' },
    { shell: 'fish', command: PRESENCE_CHECK.fish, expect: 'set, 35 chars, ends 1a2b' },
    { shell: 'powershell', command: PRESENCE_CHECK.powershell, expect: 'set, 35 chars, ends 1a2b' },
    { shell: 'cmd', command: PRESENCE_CHECK.cmd, expect: 'set, ends 1a2b' },
    { shell: 'python', command: PRESENCE_CHECK.python, expect: 'set, 35 chars, ends 1a2b' },
  ],
  mistyped: [
    {
      shell: 'bash',
      command: `[[ "$${K}" =~ ^sk-[0-9a-f]{32}$ ]] && echo "shape OK" || echo "BAD SHAPE: \${#${K}} chars, expected 35"`,
      expect: 'shape OK',
    },
    {
      shell: 'fish',
      command: `if string match -qr '^sk-[0-9a-f]{32}$' -- "$${K}"; echo "shape OK"; else; echo "BAD SHAPE: "(string length -- "$${K}")" chars, expected 35"; end`,
      expect: 'shape OK',
    },
    {
      shell: 'powershell',
      command: `if ($env:${K} -cmatch '^sk-[0-9a-f]{32}$') { 'shape OK' } else { "BAD SHAPE: $($env:${K}.Length) chars, expected 35" }`,
      expect: 'shape OK',
    },
    {
      shell: 'cmd',
      command: `powershell -NoProfile -Command "if ($env:${K} -cmatch '^sk-[0-9a-f]{32}$') { 'shape OK' } else { 'BAD SHAPE: ' + $env:${K}.Length + ' chars, expected 35' }"`,
      expect: 'shape OK',
    },
    {
      shell: 'python',
      command: `python -c "import os, re; k = os.environ.get('${K}', ''); print('shape OK' if re.fullmatch(r'sk-[0-9a-f]{32}', k) else f'BAD SHAPE: {len(k)} chars, expected 35')"`,
      expect: 'shape OK',
    },
  ],
  revoked: [
    {
      shell: 'bash',
      command: `curl -s -o /dev/null -w "%{http_code}\\n" -H "Authorization: Bearer $${K}" ${MODELS_URL}`,
      expect: '200',
    },
    {
      shell: 'fish',
      command: `curl -s -o /dev/null -w "%{http_code}\\n" -H "Authorization: Bearer $${K}" ${MODELS_URL}`,
      expect: '200',
    },
    {
      shell: 'powershell',
      command: `try { (Invoke-WebRequest -UseBasicParsing -Uri ${MODELS_URL} -Headers @{ Authorization = "Bearer $env:${K}" }).StatusCode } catch { [int]$_.Exception.Response.StatusCode }`,
      expect: '200',
    },
    {
      shell: 'cmd',
      command: `curl -s -o NUL -H "Authorization: Bearer %${K}%" -w "%{http_code}" ${MODELS_URL}`,
      expect: '200',
    },
  ],
  'not-passed': [
    {
      shell: 'python',
      command: `print(client.base_url, "key ends", client.api_key[-4:])`,
      expect: `${DEEPSEEK_BASE_URL}/ key ends 1a2b`,
    },
    {
      shell: 'node',
      command: `console.log(client.baseURL, 'key ends', client.apiKey.slice(-4));`,
      expect: `${DEEPSEEK_BASE_URL} key ends 1a2b`,
    },
  ],
};
