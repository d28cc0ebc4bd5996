import { describe, expect, it } from 'vitest';
import { CAUSE_CHECKS } from '../../src/domain/snippets/cause-checks.ts';
import { KEY_ENV_VAR as K, OTHER_PROVIDER_KEYS } from '../../src/domain/deepseek-facts.ts';
import {
  ENVIRONMENT_IDS,
  KEY_ENVIRONMENTS,
  PRESENCE_CHECK,
  isEnvironmentId,
  keyEnvironment,
  type EnvironmentId,
} from '../../src/domain/snippets/key-setup.ts';
import { highlight } from '../../src/domain/code/highlight.ts';
import { en } from '../../src/i18n/en.ts';
import { setup } from '../../src/i18n/en/setup.ts';

const all = (id: EnvironmentId) => {
  const environment = keyEnvironment(id);
  return [...environment.setup.map((block) => block.code), environment.verify.command].join('\n');
};

/** The PowerShell variant's code, set-up and check, joined. */
const windows = (id: EnvironmentId) => {
  const variant = keyEnvironment(id).windows;
  if (!variant) throw new Error(`${id} has no PowerShell variant`);
  return [...variant.setup.map((block) => block.code), variant.verify.command].join('\n');
};
const WITH_WINDOWS = KEY_ENVIRONMENTS.filter((environment) => environment.windows).map(
  (environment) => environment.id,
);

/** Constructs that print the key's value, in any of the languages the set-ups use. */
const PRINTS_KEY: readonly RegExp[] = [
  new RegExp(`echo "?\\$\\{?${K}\\}?"?\\s*($|[;|&])`, 'm'),
  new RegExp(`\\bprintenv\\b|\\benv\\s*\\|`),
  new RegExp(`^\\s*\\$env:${K}\\s*$`, 'm'),
  new RegExp(`%env ${K}\\s*$`, 'm'),
  new RegExp(`print\\(os\\.environ`),
  new RegExp(`console\\.log\\(process\\.env`),
  // Its output holds the key, unless a filter reads it.
  /docker compose config(?!( --format json)? \|)/,
  /set --show|set -S\b/,
  new RegExp(`\\$\\{${K}:0`),
];

describe('the key set-up list', () => {
  it('has one entry per id, in the declared order', () => {
    expect(KEY_ENVIRONMENTS.map((environment) => environment.id)).toEqual([...ENVIRONMENT_IDS]);
    for (const id of ENVIRONMENT_IDS) expect(keyEnvironment(id).id).toBe(id);
    expect(isEnvironmentId('docker')).toBe(true);
    expect(isEnvironmentId('zsh')).toBe(false);
  });

  it.each(ENVIRONMENT_IDS)(
    '%s: names the variable, holds no key, checks without printing it',
    (id) => {
      const environment = keyEnvironment(id);
      expect(environment.setup.length).toBeGreaterThan(0);
      expect(environment.language).toBe(environment.setup[0]!.language);
      for (const block of environment.setup) expect(block.code.trim()).not.toBe('');
      expect(environment.setup.some((block) => block.code.includes(K))).toBe(true);
      expect(environment.verify.command).toContain(K);
      expect(environment.verify.expect).toMatch(
        /^(set, 35 chars(, ends 1a2b)?|set, ends 1a2b|35)$/,
      );
      const code = all(id);
      expect(code).not.toMatch(/sk-[A-Za-z0-9]{8,}/);
      for (const { pattern } of OTHER_PROVIDER_KEYS) {
        expect(code).not.toMatch(new RegExp(pattern.source.replace(/^\^|\$$/g, '')));
      }
      const variant = environment.windows;
      for (const { setup: blocks, verify } of variant ? [environment, variant] : [environment]) {
        expect(verify.command).toContain(K);
        expect(verify.expect).toBe(environment.verify.expect);
        for (const prints of PRINTS_KEY) expect(verify.command).not.toMatch(prints);
        for (const block of blocks) {
          for (const prints of PRINTS_KEY) expect(block.code).not.toMatch(prints);
        }
      }
    },
  );

  it('the heuristic catches the ways a key gets printed', () => {
    for (const bad of [
      `echo $${K}`,
      `echo "\${${K}}"`,
      `printenv ${K}`,
      `$env:${K}`,
      `%env ${K}`,
      `print(os.environ["${K}"])`,
      `console.log(process.env.${K})`,
      'docker compose config',
      'docker compose config --format json',
    ]) {
      expect(
        PRINTS_KEY.some((pattern) => pattern.test(bad)),
        bad,
      ).toBe(true);
    }
    expect(PRINTS_KEY.some((pattern) => pattern.test('docker compose config | awk'))).toBe(false);
  });

  it('terminal set-ups read the key hidden, never from the command line', () => {
    expect(all('bash-session')).toBe(
      `printf '${K} (hidden): ' && read -rs ${K} && echo && export ${K}\n${PRESENCE_CHECK.bash}`,
    );
    expect(all('bash-profile')).toMatch(/~\/\.zshrc/);
    expect(all('bash-profile')).toMatch(/~\/\.bashrc/);
    expect(all('fish')).toMatch(new RegExp(`^read -sx ${K}$`, 'm'));
    // Works in Windows PowerShell 5.1 (no -MaskInput there) and PowerShell 7.
    expect(all('powershell-session')).toContain('Read-Host -AsSecureString');
    expect(all('powershell-persistent')).toContain(
      `[Environment]::SetEnvironmentVariable('${K}', $env:${K}, 'User')`,
    );
    expect(all('cmd-session')).toContain(`set /p ${K}=`);
    // Nothing typed at set /p: the variable stays undefined, and setx would save "%…%" as text.
    expect(all('cmd-persistent')).toContain(`\nif defined ${K} setx ${K} "%${K}%"`);
    for (const id of ENVIRONMENT_IDS) expect(all(id)).not.toMatch(new RegExp(`${K}=sk-`));
  });

  it('persistent set-ups say that only new terminals see the change', () => {
    const persistent = KEY_ENVIRONMENTS.filter((environment) => environment.needsNewTerminal);
    expect(persistent.map((environment) => environment.id)).toEqual([
      'bash-profile',
      'powershell-persistent',
      'cmd-persistent',
      'vscode',
    ]);
    for (const { id } of persistent) {
      expect(en[`setup.env.${id}.note` as keyof typeof en]).toMatch(/new terminal|restart/i);
    }
    expect(setup['setup.env.powershell-persistent.note']).toMatch(/NEW terminal/);
    expect(setup['setup.env.cmd-persistent.note']).toMatch(/NEW terminal/);
  });

  it('.env set-ups keep the file out of git and load it before the key is read', () => {
    for (const id of ['dotenv-python', 'dotenv-node'] as const) {
      expect(all(id)).toMatch(/echo \.env >> \.gitignore/);
    }
    const python = keyEnvironment('dotenv-python').setup[1]!.code;
    expect(python.indexOf('load_dotenv()')).toBeGreaterThan(-1);
    expect(python.indexOf('load_dotenv()')).toBeLessThan(python.indexOf(`os.environ["${K}"]`));
    expect(all('dotenv-node')).toContain('node --env-file=.env');
  });

  it('containers, notebooks, IDE and CI pass the variable on without writing its value', () => {
    expect(all('docker')).toMatch(new RegExp(`-e ${K} `));
    expect(all('docker')).toContain('--env-file .env');
    // A check for each way of passing the key, in the container, with the POSIX presence check.
    const docker = keyEnvironment('docker').verify.command;
    expect(docker).toContain(`docker run --rm -e ${K} alpine sh -c '${PRESENCE_CHECK.posix}'`);
    expect(docker).toContain(
      `docker run --rm --env-file .env alpine sh -c '${PRESENCE_CHECK.posix}'`,
    );
    // What compose resolved, from the shell or env_file: the shape only.
    expect(keyEnvironment('docker-compose').verify.command).toMatch(
      /^docker compose config \| awk .*'$/ms,
    );
    expect(all('docker-compose')).toMatch(new RegExp(`^\\s+- ${K}$`, 'm'));
    expect(all('docker-compose')).toContain('env_file: .env');
    expect(all('jupyter')).toContain('getpass(');
    expect(all('vscode')).toContain('"envFile": "${workspaceFolder}/.env"');
    expect(all('vscode')).toContain(`"\${env:${K}}"`);
    expect(all('github-actions')).toContain(`${K}: \${{ secrets.${K} }}`);
  });

  it('the "Key not set" checks are the shared presence checks', () => {
    const bash = CAUSE_CHECKS['not-set'].find((check) => check.shell === 'bash');
    expect(bash?.command).toBe(PRESENCE_CHECK.bash);
  });
});

describe('the PowerShell variants (shown on Windows)', () => {
  it('exist where the set-up or its check is bash-only', () => {
    expect(WITH_WINDOWS).toEqual(['dotenv-python', 'dotenv-node', 'docker', 'docker-compose']);
    for (const id of WITH_WINDOWS) {
      const environment = keyEnvironment(id);
      const variant = environment.windows!;
      expect(variant.verify.language).toBe('powershell');
      expect(variant.setup.map((block) => block.file)).toEqual(
        environment.setup.map((block) => block.file),
      );
      for (const block of variant.setup.filter((b) => !b.file)) {
        expect(block.language).toBe('powershell');
      }
      expect(windows(id)).not.toMatch(/\bread -r|\bprintf\b|\bgrep\b|\bawk\b|>>|\bunset\b/);
      // Windows PowerShell 5.1 strips double quotes inside an argument on its way to a program.
      expect(windows(id)).not.toMatch(/^\s*(python|node|docker)\b[^|\n]*\s'[^'\n]*"[^'\n]*'/m);
    }
  });

  it('.env: read hidden, appended as ASCII (5.1 writes UTF-16 with >>), kept out of git', () => {
    for (const id of ['dotenv-python', 'dotenv-node'] as const) {
      const code = windows(id);
      expect(code).toContain('Read-Host -AsSecureString');
      expect(code).toContain(`Add-Content .env "${K}=$key" -Encoding ascii; Remove-Variable key`);
      expect(code).toContain(
        "if ((Get-Content .gitignore -ErrorAction Ignore) -notcontains '.env') { Add-Content .gitignore .env -Encoding ascii }",
      );
      // The same checks run in bash and PowerShell.
      expect(keyEnvironment(id).windows!.verify.command).toBe(keyEnvironment(id).verify.command);
    }
    expect(windows('dotenv-python')).toContain('pip install python-dotenv');
    expect(windows('dotenv-node')).toContain('node --env-file=.env app.mjs');
  });

  it('docker: the POSIX check goes in on stdin, for -e and --env-file alike', () => {
    const verify = keyEnvironment('docker').windows!.verify.command;
    for (const option of [`-e ${K}`, '--env-file .env']) {
      expect(verify).toContain(
        `'${PRESENCE_CHECK.posix}' | docker run --rm -i ${option} alpine sh`,
      );
    }
    expect(PRESENCE_CHECK.posix).not.toContain("'");
  });

  it('compose: the JSON config, read by PowerShell; the key stays in a variable removed after', () => {
    expect(windows('docker-compose')).toContain(
      `$k = (docker compose config --format json | ConvertFrom-Json).services.app.environment.${K}`,
    );
    expect(windows('docker-compose')).toMatch(/'NOT SET' \}; Remove-Variable k$/);
  });

  it('highlight without losing a character', () => {
    for (const id of WITH_WINDOWS) {
      const variant = keyEnvironment(id).windows!;
      for (const { code, language } of [
        ...variant.setup,
        { code: variant.verify.command, language: variant.verify.language },
      ]) {
        const text = highlight(code, language).map((line) => line.map((t) => t.text).join(''));
        expect(text.join('\n')).toBe(code);
      }
    }
  });
});

describe('English text for every environment', () => {
  it.each(ENVIRONMENT_IDS)('%s has a label and a note', (id) => {
    expect(en[`setup.env.${id}.label` as keyof typeof en]).toMatch(/\S/);
    expect(en[`setup.env.${id}.note` as keyof typeof en]).toMatch(/\S{20}|\s\S+\s/);
  });

  it('labels are distinct, and setup.* keys are defined only in setup.ts', () => {
    const labels = ENVIRONMENT_IDS.map((id) => setup[`setup.env.${id}.label`]);
    expect(new Set(labels).size).toBe(labels.length);
    const keys = Object.keys(setup);
    for (const key of keys) expect(key.startsWith('setup.')).toBe(true);
    for (const key of Object.keys(en).filter((key) => key.startsWith('setup.'))) {
      expect(keys).toContain(key);
    }
  });

  it('names the label of each code language', () => {
    for (const language of ['python', 'node', 'curl', 'powershell', 'langchain', 'litellm']) {
      expect(en[`code.language.${language}` as keyof typeof en]).toMatch(/\S/);
    }
  });
});
