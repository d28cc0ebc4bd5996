import type { CauseId } from '../causes.ts';
import type { HighlightLanguage } from '../code/highlight.ts';
import { DEEPSEEK_BASE_URL, DEFAULT_MODEL, KEY_ENV_VAR as K } from '../deepseek-facts.ts';
import { PRESENCE_CHECK } from './key-setup.ts';
import type { HttpLanguage } from './http-languages.ts';
import type { CodeLanguage } from './snippets.ts';

/**
 * Where a command runs: a terminal (bash also covers zsh), or, for a check that goes into the
 * code, the stack of the code tab it fits (`curl` is a bash/zsh function wrapped around the
 * user's own curl command).
 */
export type Shell =
  | 'bash'
  | 'fish'
  | 'powershell'
  | 'cmd'
  | 'python'
  | 'node'
  | 'langchain'
  | 'litellm'
  | 'curl'
  | HttpLanguage;

/** A terminal: where a set-up is typed, and a check of a variable runs. */
export type Terminal = Extract<Shell, 'bash' | 'fish' | 'powershell' | 'cmd'>;

/** Where a check goes when it is not a command of its own (the i18n text says it in words). */
export type CheckPlacement =
  'after-client' | 'before-call' | 'after-request' | 'before-command' | 'before-send';

export interface Command {
  shell: Shell;
  command: string;
  /** What the command prints when all is well (the i18n text says what anything else means). */
  expect?: string;
  placement?: CheckPlacement;
}

/** How each check is highlighted. */
export const CHECK_HIGHLIGHT: Readonly<Record<Shell, HighlightLanguage>> = {
  bash: 'shell',
  fish: 'shell',
  powershell: 'powershell',
  cmd: 'cmd',
  python: 'python',
  node: 'node',
  langchain: 'python',
  litellm: 'python',
  curl: 'shell',
  java: 'java',
  go: 'go',
  csharp: 'csharp',
  php: 'php',
  rust: 'rust',
};

const MODELS_URL = `${DEEPSEEK_BASE_URL}/models`;
/** What the checks of the request-building languages print when the code is right. */
const SENDS = `${DEEPSEEK_BASE_URL}/chat/completions key ends 1a2b`;

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
  // What the code hands to DeepSeek, read where the code holds it: one check per code tab.
  'not-passed': [
    {
      shell: 'python',
      command: `print(client.base_url, "key ends", client.api_key[-4:])`,
      expect: `${DEEPSEEK_BASE_URL}/ key ends 1a2b`,
      placement: 'after-client',
    },
    {
      shell: 'node',
      command: `console.log(client.baseURL, 'key ends', client.apiKey.slice(-4));`,
      expect: `${DEEPSEEK_BASE_URL} key ends 1a2b`,
      placement: 'after-client',
    },
    {
      shell: 'langchain',
      // NOTE: ChatOpenAI keeps the key as a pydantic SecretStr; openai_api_base is None when no
      // base_url was given (the requests then go to OpenAI).
      command: `print(llm.openai_api_base, "key ends", llm.openai_api_key.get_secret_value()[-4:])`,
      expect: `${DEEPSEEK_BASE_URL} key ends 1a2b`,
      placement: 'after-client',
    },
    {
      shell: 'litellm',
      // LiteLLM has no client: it resolves the provider, key and base URL from each call's
      // arguments. get_llm_provider is that resolution; the names avoid clobbering the user's.
      command: [
        `_, ds_provider, ds_key, ds_base = litellm.get_llm_provider("deepseek/${DEFAULT_MODEL}", api_base="${DEEPSEEK_BASE_URL}")`,
        `print(ds_provider, ds_base, "key ends", (ds_key or "NONE")[-4:])`,
      ].join('\n'),
      expect: `deepseek ${DEEPSEEK_BASE_URL} key ends 1a2b`,
      placement: 'before-call',
    },
    {
      shell: 'curl',
      // A one-shot stand-in for curl: the user's own command, run unchanged, prints the URL and
      // the end of its Authorization header instead of sending anything.
      command: `curl() { local a u h; for a in "$@"; do case $a in http*) u=$a ;; [Aa]uthorization:*) h=$a ;; esac; done; echo "$u key ends \${h: -4}"; unset -f curl; }`,
      expect: `${DEEPSEEK_BASE_URL}/chat/completions key ends 1a2b`,
      placement: 'before-command',
    },
    {
      shell: 'powershell',
      command: `"$($request.Uri) key ends $(-join $request.Headers.Authorization[-4..-1])"`,
      expect: `${DEEPSEEK_BASE_URL}/chat/completions key ends 1a2b`,
      placement: 'after-request',
    },
    // The five languages that build a request: what it holds, read just before it is sent.
    {
      shell: 'java',
      command: [
        'String auth = request.headers().firstValue("Authorization").orElse("");',
        'System.out.println(request.uri() + " key ends " + auth.substring(Math.max(0, auth.length() - 4)));',
      ].join('\n'),
      expect: SENDS,
      placement: 'before-send',
    },
    {
      shell: 'go',
      command: [
        'auth := req.Header.Get("Authorization")',
        'fmt.Println(req.URL, "key ends", auth[len(auth)-4:])',
      ].join('\n'),
      expect: SENDS,
      placement: 'before-send',
    },
    {
      shell: 'csharp',
      command: [
        'string auth = request.Headers.Authorization?.ToString() ?? "";',
        'Console.WriteLine($"{request.RequestUri} key ends {auth.Substring(Math.Max(0, auth.Length - 4))}");',
      ].join('\n'),
      expect: SENDS,
      placement: 'before-send',
    },
    {
      shell: 'php',
      command:
        "echo curl_getinfo($curl, CURLINFO_EFFECTIVE_URL), ' key ends ', substr(end($headers), -4), PHP_EOL;",
      expect: SENDS,
      placement: 'before-send',
    },
    {
      shell: 'rust',
      command: [
        'let auth = request.headers().get("authorization").map_or("", |v| v.to_str().unwrap_or(""));',
        'println!("{} key ends {}", request.url(), &auth[auth.len().saturating_sub(4)..]);',
      ].join('\n'),
      expect: SENDS,
      placement: 'before-send',
    },
  ],
};

/**
 * What the checks placed before the send read, as the language's standard HTTP client builds it
 * (the page's own fixed code, stdlib-http-clients ADR 15): code that calls an SDK instead (Eino,
 * LangChain4j, Prism) has no such request, and its check is the key test.
 */
export const REQUEST_OBJECT: Partial<Record<Shell, RegExp>> = {
  java: /\bHttpRequest\b/,
  go: /\bhttp\.NewRequest(?:WithContext)?\(/,
  csharp: /\bHttpRequestMessage\b/,
  php: /\bcurl_init\(/,
  rust: /\breqwest::/,
};

/** The not-passed check each code tab shows first: the one written for that code. */
const CODE_CHECK: Readonly<Record<CodeLanguage, Shell>> = {
  python: 'python',
  node: 'node',
  curl: 'curl',
  powershell: 'powershell',
  langchain: 'langchain',
  litellm: 'litellm',
  java: 'java',
  go: 'go',
  csharp: 'csharp',
  php: 'php',
  rust: 'rust',
};

/**
 * The check a step shows first. Steps 1–3 check the environment, in the terminal chosen (the
 * platform's until the user picks one); step 4 checks the code, so it follows the code tab.
 */
export function firstCheck(cause: CauseId, language: CodeLanguage, shell: Shell): Shell {
  const shells = CAUSE_CHECKS[cause].map((c) => c.shell);
  const wanted = cause === 'not-passed' ? CODE_CHECK[language] : shell;
  return shells.includes(wanted) ? wanted : shells[0]!;
}
