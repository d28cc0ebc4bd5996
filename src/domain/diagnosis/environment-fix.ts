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
 * - `terminal`: nothing points elsewhere: set it in the terminal that starts the program.
 */
export type EnvironmentFix =
  'notebook' | 'restarted-app' | 'container' | 'ci' | 'service' | 'terminal';

const SIGNS: readonly { fix: EnvironmentFix; pattern: RegExp }[] = [
  {
    fix: 'notebook',
    pattern: /ipykernel|\.ipynb\b|get_ipython\(|^In \[\d*\]:|^\s*[%!](?:env|pip)\b|jupyter/im,
  },
  {
    fix: 'ci',
    pattern: /GITHUB_ACTIONS|\.github\/workflows|\$\{\{\s*secrets\.|gitlab-ci|\bCI=true\b/i,
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

/** The set-up shown with each fix; `terminal` takes the user's platform's own. */
export const ENVIRONMENT_OF_FIX: Readonly<
  Record<Exclude<EnvironmentFix, 'terminal'>, EnvironmentId>
> = {
  notebook: 'jupyter',
  'restarted-app': 'powershell-persistent',
  container: 'docker-compose',
  ci: 'github-actions',
  service: 'systemd',
};
