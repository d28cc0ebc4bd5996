import { KEY_ENV_VAR as K } from '../deepseek-facts.ts';
import type { HighlightLanguage } from '../code/highlight.ts';

/**
 * Where DEEPSEEK_API_KEY gets set: terminals, project files, containers, notebooks, IDEs and CI.
 * Each has its set-up code and a check that prints presence, length and the last four characters
 * (or an HTTP status) only: never the key. The English text for each is `setup.env.<id>.*`.
 */
export const ENVIRONMENT_IDS = [
  'bash-session',
  'bash-profile',
  'fish',
  'powershell-session',
  'powershell-persistent',
  'cmd-session',
  'cmd-persistent',
  'dotenv-python',
  'dotenv-node',
  'docker',
  'docker-compose',
  'systemd',
  'jupyter',
  'vscode',
  'github-actions',
  'vercel',
  'cloudflare-workers',
] as const;
export type EnvironmentId = (typeof ENVIRONMENT_IDS)[number];

export function isEnvironmentId(value: string): value is EnvironmentId {
  return (ENVIRONMENT_IDS as readonly string[]).includes(value);
}

/** How the UI may group the environments. */
export const ENVIRONMENT_GROUPS = ['terminal', 'project', 'container', 'service', 'tool'] as const;
export type EnvironmentGroup = (typeof ENVIRONMENT_GROUPS)[number];

/** One piece of set-up code: typed in a terminal, or written into a file. */
export interface SetupBlock {
  /** The file it goes in (`.env`, `compose.yaml`, …); absent for a terminal. */
  file?: string;
  language: HighlightLanguage;
  code: string;
}

/** A command that shows whether the key arrived, and what it prints when all is well. */
export interface VerifyCommand {
  language: HighlightLanguage;
  command: string;
  expect: string;
}

/**
 * The same set-up for Windows PowerShell 5.1 and PowerShell 7, where the main one is bash-only
 * (`read -rs`, `printf`, quoting that PowerShell 5.1 passes on mangled).
 */
export interface WindowsVariant {
  setup: readonly SetupBlock[];
  verify: VerifyCommand;
}

export interface KeyEnvironment {
  id: EnvironmentId;
  group: EnvironmentGroup;
  /** The highlight language of the main set-up block. */
  language: HighlightLanguage;
  /** The set-up, in order: the first block is the main one. */
  setup: readonly SetupBlock[];
  verify: VerifyCommand;
  /**
   * The change reaches only terminals (or apps) started afterwards: say "open a new terminal"
   * before the check.
   */
  needsNewTerminal: boolean;
  /** Shown instead of `setup` and `verify` on Windows. */
  windows?: WindowsVariant;
}

/**
 * A notebook whose `.env` never reached the kernel: load it in the first cell, then restart the
 * kernel (python-dotenv's `load_dotenv()` reads `.env` from the working directory upward).
 */
export const NOTEBOOK_DOTENV: SetupBlock = {
  language: 'python',
  code: [
    '# First cell (pip install python-dotenv), then Kernel → Restart and run all.',
    'from dotenv import load_dotenv',
    '',
    'load_dotenv()',
  ].join('\n'),
};

/** The last four characters of the fake key the expected outputs show. */
export const EXAMPLE_TAIL = '1a2b';

/** Whether an expected output ends with the example key's last four (the reader's own differ). */
export const showsKeyTail = (expect: string): boolean => expect.endsWith(EXAMPLE_TAIL);
const SET_35 = `set, 35 chars, ends ${EXAMPLE_TAIL}`;

/** PowerShell: the shape of the value of `value`, or "NOT SET". */
const psShape = (value: string) =>
  `if (${value}) { "set, $(${value}.Length) chars, ends $(-join ${value}[-4..-1])" } else { 'NOT SET' }`;

/**
 * Presence checks per shell: "set, <length> chars, ends <last four>" or "NOT SET". Shared with the
 * "Key not set" step (cause-checks.ts).
 */
export const PRESENCE_CHECK = {
  bash: `[ -n "$${K}" ] && echo "set, \${#${K}} chars, ends \${${K}: -4}" || echo "NOT SET"`,
  fish: `if test -n "$${K}"; echo "set, "(string length -- $${K})" chars, ends "(string sub -s -4 -- $${K}); else; echo "NOT SET"; end`,
  powershell: psShape(`$env:${K}`),
  cmd: `if defined ${K} (echo set, ends %${K}:~-4%) else (echo NOT SET)`,
  python: `python -c "import os; k = os.environ.get('${K}'); print(f'set, {len(k)} chars, ends {k[-4:]}' if k else 'NOT SET')"`,
  /** POSIX sh (dash, busybox): no `${var: -4}`, so the tail is cut with pattern removal. */
  posix: `[ -n "$${K}" ] && echo "set, \${#${K}} chars, ends \${${K}#"\${${K}%????}"}" || echo "NOT SET"`,
} as const;

/** JS: the shape of `value`, "set, <length> chars, ends <last four>", or "NOT SET". */
const shapeOf = (value: string) =>
  `!${value} ? "NOT SET" : \`set, \${${value}.length} chars, ends \${${value}.slice(-4)}\``;

/** A prompt, then the hidden read (works in bash and zsh, whose `read -p` differ). */
const ASK = `printf '${K} (hidden): ' && `;

/** Appends the key to .env without showing it, and keeps .env out of git. */
const WRITE_DOTENV = [
  `# Type or paste the key, then Enter: it is appended to .env without being shown.`,
  `${ASK}read -rs key && echo && printf '${K}=%s\\n' "$key" >> .env && unset key`,
  '# Keep the file out of git.',
  'grep -qxF .env .gitignore 2>/dev/null || echo .env >> .gitignore',
].join('\n');

/** The service the systemd set-up and check name; the note says to put in one's own. */
export const SERVICE_NAME = 'myapp.service';

const SYSTEMD_SETUP = [
  `# ${SERVICE_NAME}: put in your service's name. The key goes in a file only root can read.`,
  'sudo install -m 600 /dev/null /etc/deepseek.env',
  `${ASK}read -rs key && echo && printf '${K}=%s\\n' "$key" | sudo tee /etc/deepseek.env >/dev/null && unset key`,
  '# Point the service at the file, then restart it: a running service never sees a new variable.',
  `sudo mkdir -p /etc/systemd/system/${SERVICE_NAME}.d`,
  `printf '[Service]\\nEnvironmentFile=/etc/deepseek.env\\n' | sudo tee /etc/systemd/system/${SERVICE_NAME}.d/deepseek.conf >/dev/null`,
  `sudo systemctl daemon-reload && sudo systemctl restart ${SERVICE_NAME}`,
].join('\n');

/** The running service's own environment, read from /proc: its shape only, never the key. */
const SYSTEMD_CHECK = [
  `pid=$(systemctl show -p MainPID --value ${SERVICE_NAME})`,
  `sudo cat /proc/"$pid"/environ | tr '\\0' '\\n' | sed -n 's/^${K}=//p' | { read -r k; [ -n "$k" ] && echo "set, \${#k} chars, ends \${k#"\${k%????}"}" || echo "NOT SET"; }`,
].join('\n');

const PS_READ_HIDDEN = `[Net.NetworkCredential]::new('', (Read-Host -AsSecureString '${K}')).Password`;

/**
 * The same in PowerShell. `-Encoding ascii`: Windows PowerShell 5.1 writes UTF-16 with `>>`, and a
 * byte-order mark with utf8, and .env readers then miss the first name.
 */
const PS_WRITE_DOTENV = [
  `# Type or paste the key, then Enter: it is appended to .env without being shown.`,
  `$key = ${PS_READ_HIDDEN}`,
  `Add-Content .env "${K}=$key" -Encoding ascii; Remove-Variable key`,
  '# Keep the file out of git.',
  "if ((Get-Content .gitignore -ErrorAction Ignore) -notcontains '.env') { Add-Content .gitignore .env -Encoding ascii }",
].join('\n');

/** Runs in bash and PowerShell alike: single quotes only inside the double-quoted program. */
const PY_DOTENV_CHECK = `python -c "from dotenv import load_dotenv; import os; load_dotenv(); k = os.environ.get('${K}'); print(f'set, {len(k)} chars, ends {k[-4:]}' if k else 'NOT SET')"`;

/**
 * Runs in bash and PowerShell alike: backquotes, no double quotes, which Windows PowerShell 5.1
 * strips on the way to node.
 */
const NODE_DOTENV_CHECK = `node --env-file=.env -e 'const k = process.env.${K}; console.log(k ? \`set, \${k.length} chars, ends \${k.slice(-4)}\` : \`NOT SET\`)'`;

const DOCKER_RUN = [
  `# -e ${K} without a value passes it on from this shell: the key stays off the command line.`,
  `docker run --rm -e ${K} your-image`,
  '# Or from the .env file (KEY=value lines; write the value without quotes):',
  'docker run --rm --env-file .env your-image',
].join('\n');

/** The container's view, for each way of passing the key: the line that matches the set-up. */
const dockerChecks = (run: (option: string) => string) =>
  [
    `# Passed with -e ${K}:`,
    run(`-e ${K}`),
    '# Passed with --env-file .env:',
    run('--env-file .env'),
  ].join('\n');

const COMPOSE_YAML: SetupBlock = {
  file: 'compose.yaml',
  language: 'yaml',
  code: [
    'services:',
    '  app:',
    '    build: .',
    '    environment:',
    `      # No value: taken from the shell that runs docker compose.`,
    `      - ${K}`,
    '    # Or load the whole .env file into the container instead:',
    '    # env_file: .env',
  ].join('\n'),
};

/**
 * `docker compose config` resolves the variable from the shell and from env_file alike; awk prints
 * only the shape of each `DEEPSEEK_API_KEY:` value, without the quotes YAML may add, and a bare or
 * null one is not set.
 */
const COMPOSE_CHECK = [
  '# Prints only the shape of the value that compose resolved, never the value.',
  `docker compose config | awk -v q="'" '$1 == "${K}:" {`,
  '  v = $0; sub(/^[^:]*: */, "", v); f = substr(v, 1, 1)',
  '  if ((f == "\\"" || f == q) && substr(v, length(v)) == f) v = substr(v, 2, length(v) - 2)',
  '  if (v != "" && v != "null") { print "set, " length(v) " chars, ends " substr(v, length(v) - 3); n++ }',
  `} END { if (!n) print "NOT SET" }'`,
].join('\n');

/** The same from compose's JSON, which PowerShell reads without awk. */
const PS_COMPOSE_CHECK = [
  '# "app" is the service in compose.yaml: put yours.',
  `$k = (docker compose config --format json | ConvertFrom-Json).services.app.environment.${K}`,
  `${psShape('$k')}; Remove-Variable k`,
].join('\n');

const terminal = (language: HighlightLanguage, code: string): SetupBlock => ({ language, code });

const DOTENV_APP_PY: SetupBlock = {
  file: 'app.py',
  language: 'python',
  code: [
    'import os',
    '',
    'from dotenv import load_dotenv',
    '',
    '# Before the key is read. A variable already set in the environment wins over .env.',
    'load_dotenv()',
    `api_key = os.environ["${K}"]`,
  ].join('\n'),
};

const NODE_ENV_FILE = [
  '# Node.js 20.6 or later. A variable already set in the environment wins over .env.',
  'node --env-file=.env app.mjs',
].join('\n');

export const KEY_ENVIRONMENTS: readonly KeyEnvironment[] = [
  {
    id: 'bash-session',
    group: 'terminal',
    language: 'shell',
    setup: [terminal('shell', `${ASK}read -rs ${K} && echo && export ${K}`)],
    verify: { language: 'shell', command: PRESENCE_CHECK.bash, expect: SET_35 },
    needsNewTerminal: false,
  },
  {
    id: 'bash-profile',
    group: 'terminal',
    language: 'shell',
    setup: [
      terminal(
        'shell',
        [
          '# zsh (the macOS default) reads ~/.zshrc; bash reads ~/.bashrc.',
          'rc=~/.bashrc; [ -n "$ZSH_VERSION" ] && rc=~/.zshrc',
          `${ASK}read -rs ${K} && echo && export ${K}`,
          `printf "export ${K}='%s'\\n" "$${K}" >> "$rc"`,
        ].join('\n'),
      ),
    ],
    verify: { language: 'shell', command: PRESENCE_CHECK.bash, expect: SET_35 },
    needsNewTerminal: true,
  },
  {
    id: 'fish',
    group: 'terminal',
    language: 'shell',
    setup: [
      terminal(
        'shell',
        [
          `read -sx ${K}`,
          '# Or keep it for new fish sessions too (-U: saved in ~/.config/fish/fish_variables):',
          `# read -sUx ${K}`,
        ].join('\n'),
      ),
    ],
    verify: { language: 'shell', command: PRESENCE_CHECK.fish, expect: SET_35 },
    needsNewTerminal: false,
  },
  {
    id: 'powershell-session',
    group: 'terminal',
    language: 'powershell',
    setup: [terminal('powershell', `$env:${K} = ${PS_READ_HIDDEN}`)],
    verify: { language: 'powershell', command: PRESENCE_CHECK.powershell, expect: SET_35 },
    needsNewTerminal: false,
  },
  {
    id: 'powershell-persistent',
    group: 'terminal',
    language: 'powershell',
    setup: [
      terminal(
        'powershell',
        [
          `$env:${K} = ${PS_READ_HIDDEN}`,
          '# Saved for your Windows user: terminals and apps started from now on see it.',
          `[Environment]::SetEnvironmentVariable('${K}', $env:${K}, 'User')`,
        ].join('\n'),
      ),
    ],
    verify: { language: 'powershell', command: PRESENCE_CHECK.powershell, expect: SET_35 },
    needsNewTerminal: true,
  },
  {
    id: 'cmd-session',
    group: 'terminal',
    language: 'cmd',
    setup: [terminal('cmd', `set /p ${K}=${K}: `)],
    verify: { language: 'cmd', command: PRESENCE_CHECK.cmd, expect: `set, ends ${EXAMPLE_TAIL}` },
    needsNewTerminal: false,
  },
  {
    id: 'cmd-persistent',
    group: 'terminal',
    language: 'cmd',
    setup: [
      terminal(
        'cmd',
        [
          `set /p ${K}=${K}: `,
          'rem Saved for your Windows user if a key was typed: only terminals opened from now on see it.',
          `if defined ${K} setx ${K} "%${K}%"`,
        ].join('\n'),
      ),
    ],
    verify: { language: 'cmd', command: PRESENCE_CHECK.cmd, expect: `set, ends ${EXAMPLE_TAIL}` },
    needsNewTerminal: true,
  },
  {
    id: 'dotenv-python',
    group: 'project',
    language: 'shell',
    setup: [terminal('shell', `${WRITE_DOTENV}\npip install python-dotenv`), DOTENV_APP_PY],
    verify: { language: 'shell', command: PY_DOTENV_CHECK, expect: SET_35 },
    needsNewTerminal: false,
    windows: {
      setup: [
        terminal('powershell', `${PS_WRITE_DOTENV}\npip install python-dotenv`),
        DOTENV_APP_PY,
      ],
      verify: { language: 'powershell', command: PY_DOTENV_CHECK, expect: SET_35 },
    },
  },
  {
    id: 'dotenv-node',
    group: 'project',
    language: 'shell',
    setup: [terminal('shell', WRITE_DOTENV), terminal('shell', NODE_ENV_FILE)],
    verify: { language: 'shell', command: NODE_DOTENV_CHECK, expect: SET_35 },
    needsNewTerminal: false,
    windows: {
      setup: [terminal('powershell', PS_WRITE_DOTENV), terminal('powershell', NODE_ENV_FILE)],
      verify: { language: 'powershell', command: NODE_DOTENV_CHECK, expect: SET_35 },
    },
  },
  {
    id: 'docker',
    group: 'container',
    language: 'shell',
    setup: [terminal('shell', DOCKER_RUN)],
    verify: {
      language: 'shell',
      command: dockerChecks(
        (option) => `docker run --rm ${option} alpine sh -c '${PRESENCE_CHECK.posix}'`,
      ),
      expect: SET_35,
    },
    needsNewTerminal: false,
    windows: {
      setup: [terminal('powershell', DOCKER_RUN)],
      verify: {
        language: 'powershell',
        // On stdin: Windows PowerShell 5.1 would strip the check's double quotes from an argument.
        command: dockerChecks(
          (option) => `'${PRESENCE_CHECK.posix}' | docker run --rm -i ${option} alpine sh`,
        ),
        expect: SET_35,
      },
    },
  },
  {
    id: 'docker-compose',
    group: 'container',
    language: 'yaml',
    setup: [COMPOSE_YAML],
    verify: { language: 'shell', command: COMPOSE_CHECK, expect: SET_35 },
    needsNewTerminal: false,
    windows: {
      setup: [COMPOSE_YAML],
      verify: { language: 'powershell', command: PS_COMPOSE_CHECK, expect: SET_35 },
    },
  },
  {
    // A systemd service gets neither the shell's variables nor a later change: the key goes in
    // an EnvironmentFile only root reads, and the service is restarted (systemd.exec(5)).
    id: 'systemd',
    group: 'service',
    language: 'shell',
    setup: [terminal('shell', SYSTEMD_SETUP)],
    verify: { language: 'shell', command: SYSTEMD_CHECK, expect: SET_35 },
    needsNewTerminal: false,
  },
  {
    id: 'jupyter',
    group: 'tool',
    language: 'python',
    setup: [
      {
        language: 'python',
        code: [
          'import os',
          'from getpass import getpass',
          '',
          '# Hidden input: the key never lands in the notebook file or its outputs.',
          `if not os.environ.get("${K}"):`,
          `    os.environ["${K}"] = getpass("${K}: ").strip()`,
        ].join('\n'),
      },
    ],
    verify: {
      language: 'python',
      command: `k = os.environ.get("${K}", "")\nprint(f"set, {len(k)} chars, ends {k[-4:]}" if k else "NOT SET")`,
      expect: SET_35,
    },
    needsNewTerminal: false,
  },
  {
    id: 'vscode',
    group: 'tool',
    language: 'json',
    setup: [
      {
        file: '.vscode/launch.json',
        language: 'json',
        code: [
          '{',
          '  "version": "0.2.0",',
          '  "configurations": [',
          '    {',
          '      "name": "app.py",',
          '      "type": "debugpy",',
          '      "request": "launch",',
          '      "program": "${workspaceFolder}/app.py",',
          '      // Or, instead of envFile, pass on the variable VS Code was started with:',
          `      // "env": { "${K}": "\${env:${K}}" },`,
          "      // Reads the project's .env file (keep it in .gitignore).",
          '      "envFile": "${workspaceFolder}/.env"',
          '    }',
          '  ]',
          '}',
        ].join('\n'),
      },
    ],
    verify: {
      language: 'python',
      command: `len(__import__("os").environ.get("${K}", ""))`,
      expect: '35',
    },
    needsNewTerminal: true,
  },
  {
    id: 'github-actions',
    group: 'tool',
    language: 'shell',
    setup: [
      terminal(
        'shell',
        [
          '# A repository secret (or Settings → Secrets and variables → Actions); asks for the value hidden.',
          `gh secret set ${K}`,
        ].join('\n'),
      ),
      {
        file: '.github/workflows/ci.yml',
        language: 'yaml',
        code: [
          'jobs:',
          '  test:',
          '    runs-on: ubuntu-latest',
          '    env:',
          `      ${K}: \${{ secrets.${K} }}`,
          '    steps:',
          '      - uses: actions/checkout@v4',
          '      - run: python app.py',
        ].join('\n'),
      },
    ],
    verify: {
      language: 'yaml',
      command: `- run: '[ -n "$${K}" ] && echo "set, \${#${K}} chars" || echo "NOT SET"'`,
      expect: 'set, 35 chars',
    },
    needsNewTerminal: false,
  },
  {
    // Vercel: a variable reaches new deployments only ("Changes to environment variables are not
    // applied to previous deployments", Vercel docs, Managing environment variables; December
    // 2026). `vercel env add` asks for the value.
    id: 'vercel',
    group: 'service',
    language: 'shell',
    setup: [
      terminal(
        'shell',
        [
          '# Asks for the value without showing it; add preview too if you use it.',
          `vercel env add ${K} production`,
          '# A change reaches new deployments only: deploy again.',
          'vercel --prod',
        ].join('\n'),
      ),
    ],
    verify: {
      language: 'node',
      command: `console.log(${shapeOf(`process.env.${K}`)}); // in the function, then: vercel logs <deployment URL>`,
      expect: SET_35,
    },
    needsNewTerminal: false,
  },
  {
    // Cloudflare Workers: a secret is a binding, on the `env` argument of fetch, not process.env;
    // each Wrangler environment has its own (Cloudflare docs, Environment variables and Secrets;
    // December 2026). `wrangler secret put` asks for the value.
    id: 'cloudflare-workers',
    group: 'service',
    language: 'shell',
    setup: [
      terminal(
        'shell',
        [
          '# Asks for the value without showing it; add --env <name> for a named environment.',
          `npx wrangler secret put ${K}`,
          '# For wrangler dev, the same name in .dev.vars (keep it out of git).',
        ].join('\n'),
      ),
      {
        file: 'src/index.js',
        language: 'node',
        code: [
          'export default {',
          '  async fetch(request, env) {',
          `    const key = env.${K}; // a binding, not process.env`,
          '    // …',
          '  },',
          '};',
        ].join('\n'),
      },
    ],
    verify: {
      language: 'node',
      command: `console.log(${shapeOf(`env.${K}`)}); // in fetch, then: npx wrangler tail`,
      expect: SET_35,
    },
    needsNewTerminal: false,
  },
];

const BY_ID = new Map(KEY_ENVIRONMENTS.map((environment) => [environment.id, environment]));

/** The set-up for one environment. */
export function keyEnvironment(id: EnvironmentId): KeyEnvironment {
  const environment = BY_ID.get(id);
  if (!environment) throw new Error(`No key set-up for ${id}`);
  return environment;
}
