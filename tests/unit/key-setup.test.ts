import { describe, expect, it } from 'vitest';
import { CAUSE_CHECKS } from '../../src/domain/cause-checks.ts';
import { KEY_ENV_VAR as K, OTHER_PROVIDER_KEYS } from '../../src/domain/deepseek-facts.ts';
import {
  ENVIRONMENT_IDS,
  KEY_ENVIRONMENTS,
  PRESENCE_CHECK,
  isEnvironmentId,
  keyEnvironment,
  type EnvironmentId,
} from '../../src/domain/key-setup.ts';
import { en } from '../../src/i18n/en.ts';
import { setup } from '../../src/i18n/en/setup.ts';

const all = (id: EnvironmentId) => {
  const environment = keyEnvironment(id);
  return [...environment.setup.map((block) => block.code), environment.verify.command].join('\n');
};

/** Constructs that print the key's value, in any of the languages the set-ups use. */
const PRINTS_KEY: readonly RegExp[] = [
  new RegExp(`echo "?\\$\\{?${K}\\}?"?\\s*($|[;|&])`, 'm'),
  new RegExp(`\\bprintenv\\b|\\benv\\s*\\|`),
  new RegExp(`^\\s*\\$env:${K}\\s*$`, 'm'),
  new RegExp(`%env ${K}\\s*$`, 'm'),
  new RegExp(`print\\(os\\.environ`),
  new RegExp(`console\\.log\\(process\\.env`),
  /docker compose config/,
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
      for (const prints of PRINTS_KEY) expect(environment.verify.command).not.toMatch(prints);
      for (const block of environment.setup) {
        for (const prints of PRINTS_KEY) expect(block.code).not.toMatch(prints);
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
    ]) {
      expect(
        PRINTS_KEY.some((pattern) => pattern.test(bad)),
        bad,
      ).toBe(true);
    }
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
    expect(all('cmd-persistent')).toContain(`setx ${K} "%${K}%"`);
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
