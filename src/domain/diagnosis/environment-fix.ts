import type { Terminal } from '../snippets/cause-checks.ts';
import type { EnvironmentId } from '../snippets/key-setup.ts';

/**
 * Where a key that is not set most likely went missing, from what the user pasted: the fix is
 * then for that environment, and the code (which reads the variable) is left alone.
 *
 * - `notebook`: a Jupyter kernel started before the key (or the `.env` file) was there.
 * - `restarted-app`: Windows, where `setx` reaches only programs started afterwards, so the
 *   terminal or the IDE that runs the code must be restarted.
 * - `container`: Docker or Compose, where the variable must be passed in (`-e`, `env_file`).
 * - `ci`: a CI job, where the key is a secret mapped into the job's environment.
 * - `service`: a systemd service, which gets no shell's variables and sees a change only after a
 *   restart (systemd.exec(5): Environment=, EnvironmentFile=).
 * - `vercel`: a Vercel deployment, which gets a variable from the project's settings, and only
 *   when deployed again.
 * - `workers`: a Cloudflare Worker, which reads a secret from its `env` binding.
 * - `terminal`: nothing points elsewhere: set it in the terminal that starts the program.
 */
export type EnvironmentFix =
  'notebook' | 'restarted-app' | 'container' | 'ci' | 'service' | 'vercel' | 'workers' | 'terminal';

const SIGNS: readonly { fix: EnvironmentFix; pattern: RegExp }[] = [
  {
    fix: 'notebook',
    pattern: /ipykernel|\.ipynb\b|get_ipython\(|^In \[\d*\]:|^\s*[%!](?:env|pip)\b|jupyter/im,
  },
  // Also GitHub Actions' own annotations and words that name the run (api7/aisix#409: "##[error]
  // DEEPSEEK_API_KEY is required"; openobserve/openobserve#12733: "when the workflow is triggered
  // from a fork"; ZhuLinsen/daily_stock_analysis#855: the workflow did not map the secret).
  {
    fix: 'ci',
    pattern:
      /GITHUB_ACTIONS|\.github\/workflows|\$\{\{\s*secrets\.|gitlab-ci|\bCI=true\b|^[ \t]*##\[error\]|^[ \t]*::error\b|\bGitHub Actions?\b|\brepository secrets?\b|\bworkflow is triggered from a fork\b/im,
  },
  {
    fix: 'workers',
    pattern:
      /\bwrangler\b|\.dev\.vars\b|\.workers\.dev\b|\bcloudflare workers?\b|\basync fetch\(\s*request\s*,\s*env\b/i,
  },
  // Not the AI SDK (github.com/vercel/ai, @vercel/…, its errors' `Symbol(vercel.ai.error)`),
  // which runs anywhere.
  {
    fix: 'vercel',
    pattern: /(?<![@/])\bvercel\b(?!\/|\.ai\b)|\.vercel\.app\b|\bVERCEL_ENV\b/i,
  },
  { fix: 'container', pattern: /\bdocker\b|\bcompose\.ya?ml\b|docker-compose|\bDockerfile\b/i },
  {
    fix: 'service',
    pattern: /\bsystemd\[\d+\]|\bsystemctl\b|\bjournalctl\b|\w\.service\b|^\s*ExecStart=/m,
  },
  { fix: 'restarted-app', pattern: /\bsetx\b|[A-Z]:\\\\?Users\\|\$env:|\bCode\.exe\b/ },
];

/** The environment the pasted texts point at; `terminal` when they point nowhere in particular. */
export function environmentFixOf(...texts: readonly string[]): EnvironmentFix {
  const text = texts.join('\n');
  return SIGNS.find(({ pattern }) => pattern.test(text))?.fix ?? 'terminal';
}

const ENVIRONMENT_OF_FIX: Readonly<Record<Exclude<EnvironmentFix, 'terminal'>, EnvironmentId>> = {
  notebook: 'jupyter',
  'restarted-app': 'powershell-persistent',
  container: 'docker-compose',
  ci: 'github-actions',
  service: 'systemd',
  vercel: 'vercel',
  workers: 'cloudflare-workers',
};

const SESSION_OF: Readonly<Record<Terminal, EnvironmentId>> = {
  bash: 'bash-session',
  fish: 'fish',
  powershell: 'powershell-session',
  cmd: 'cmd-session',
};

/**
 * The set-up shown with each fix, for the terminal the person uses (the one the paste shows, else
 * the platform's): `terminal` takes that terminal's session, `restarted-app` its lasting set-up.
 */
export function setupEnvironment(fix: EnvironmentFix, terminal: Terminal): EnvironmentId {
  if (fix === 'terminal') return SESSION_OF[terminal];
  if (fix === 'restarted-app' && terminal === 'cmd') return 'cmd-persistent';
  return ENVIRONMENT_OF_FIX[fix];
}

/**
 * Signs of the terminal a paste was typed in, most telling first: its prompt, or a line that sets
 * a variable in that shell's own way. A set-up or a check in another shell's syntax fails there:
 * cmd prints `$env:NAME` as it is, PowerShell reads `set NAME=…` as nothing (its `set` is
 * Set-Variable). `setx` alone tells nothing: both Windows shells have it.
 */
const TERMINAL_SIGNS: readonly { terminal: Terminal; pattern: RegExp }[] = [
  {
    terminal: 'powershell',
    // Or PowerShell code: its web cmdlets (Windows PowerShell's `curl` is Invoke-WebRequest), a
    // hashtable, ConvertTo-Json, a read of `$env:NAME`.
    pattern:
      /^PS [A-Z]:\\?[^\n>]*>|\$env:[A-Za-z_]\w*|\[Environment\]::SetEnvironmentVariable|\bInvoke-(?:RestMethod|WebRequest)\b|^[ \t]*\$\w+[ \t]*=[ \t]*@\{|\bConvertTo-Json\b/im,
  },
  // A prompt (`C:\Users\li>`, not a path in a traceback or a log) or cmd's `set NAME=value`.
  { terminal: 'cmd', pattern: /^[A-Z]:\\[^\n<>"|*?:]*>|^\s*set\s+"?\w+=/im },
  { terminal: 'fish', pattern: /^\s*set\s+-[a-zA-Z]*x[a-zA-Z]*\s+\w+\s/m },
  { terminal: 'bash', pattern: /^\s*export\s+\w+=|^[\w.-]+@[\w.-]+:[^\n$#]*[$#] /m },
];

const PROMPT = String.raw`^[ \t]*(?:PS [^>\n]*>|[A-Z]:\\[^>\n]*>)[ \t]*`;
const SETX_AT_PROMPT = new RegExp(`${PROMPT}setx[ \\t]+"?([A-Za-z_]\\w*)`, 'gim');
/** A program started at a prompt: not another variable set, an echo or a window cleared. */
const RUN_AT_PROMPT = new RegExp(
  `${PROMPT}(?!setx\\b|set\\b|echo\\b|\\$env:|cls\\b|exit\\b)[\\w.\\\\/]`,
  'im',
);

/**
 * The variables a transcript saves with `setx NAME …` at a prompt before a program is started at a
 * later prompt of the same window, with their offsets: setx saves NAME for windows opened
 * afterwards, not for this one (setx /?: "variables set with setx are available in future
 * command windows only").
 */
export function setxThenRun(text: string): { name: string; at: number }[] {
  return [...text.matchAll(SETX_AT_PROMPT)]
    .filter((found) => RUN_AT_PROMPT.test(text.slice(lineEnd(text, found.index))))
    .map((found) => ({ name: found[1]!, at: found.index }));
}

function lineEnd(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end === -1 ? text.length : end;
}

/** The terminal the pasted texts were typed in, or null when they show none. */
export function terminalOfPaste(...texts: readonly string[]): Terminal | null {
  const text = texts.join('\n');
  return TERMINAL_SIGNS.find(({ pattern }) => pattern.test(text))?.terminal ?? null;
}
