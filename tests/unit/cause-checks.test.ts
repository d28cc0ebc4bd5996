import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CAUSE_CHECKS,
  firstCheck,
  type Command,
  type Shell,
} from '../../src/domain/snippets/cause-checks.ts';
import { CAUSE_IDS, type CauseId } from '../../src/domain/causes.ts';
import { CODE_LANGUAGES } from '../../src/domain/snippets/snippets.ts';
import { DEEPSEEK_BASE_URL, KEY_ENV_VAR as K } from '../../src/domain/deepseek-facts.ts';
import { startLineProcess } from '../snippets/line-process.ts';

/**
 * How each shell may touch the key without printing it. A command is safe when, once every
 * construct below is blanked out, nothing that reads the value is left. The tables are a
 * heuristic: they know the constructs the app uses (tests, lengths, the last 1-4 characters,
 * an Authorization header, reading or persisting the variable) and flag everything else.
 */
interface ShellRules {
  safe: readonly RegExp[];
  reads: readonly RegExp[];
}

const POWERSHELL: ShellRules = {
  safe: [
    new RegExp(`if \\(\\$env:${K}\\)`), // presence test
    new RegExp(`\\$env:${K} -c?match '[^']*'`), // shape test
    new RegExp(`\\$env:${K}\\.Length\\b`),
    new RegExp(`-join \\$env:${K}\\[-[1-4]\\.\\.-1\\]`), // the last 1-4 characters
    new RegExp(`"Authorization: Bearer \\$env:${K}"|Authorization = "Bearer \\$env:${K}"`),
    new RegExp(`^\\$env:${K} = Read-Host -MaskInput\\b`, 'm'),
    // Read-Host -AsSecureString turned back into text: works in PowerShell 5.1 and 7.
    new RegExp(
      `^\\$env:${K} = \\[Net\\.NetworkCredential\\]::new\\('', \\(Read-Host -AsSecureString '${K}'\\)\\)\\.Password$`,
      'm',
    ),
    new RegExp(`SetEnvironmentVariable\\('${K}', \\$env:${K}, '(?:User|Machine)'\\)`),
    // The request a script built: the last 1-4 characters of its Authorization header.
    /-join \$request\.Headers\.Authorization\[-[1-4]\.\.-1\]/,
  ],
  reads: [
    new RegExp(`\\$env:${K}\\b`),
    /\$request\.Headers\b/,
    /\b(?:Get-ChildItem|gci|ls|dir)\s+env:/i,
    /GetEnvironmentVariable/,
  ],
};

const RULES: Record<Shell, ShellRules> = {
  bash: {
    safe: [
      new RegExp(`\\[ -n "\\$${K}" \\]`),
      new RegExp(`\\[\\[ "\\$${K}" =~ \\S+ \\]\\]`),
      new RegExp(`\\$\\{#${K}\\}`),
      new RegExp(`\\$\\{${K}: -[1-4]\\}`),
      new RegExp(`"Authorization: Bearer \\$${K}"`),
    ],
    reads: [
      new RegExp(`\\$\\{?!?#?${K}\\b`),
      /\bprintenv\b|\benv\b|\bdeclare\s+-p\b|\bset\s*($|\|)|\bexport\s+-p\b/,
    ],
  },
  fish: {
    safe: [
      new RegExp(`test -n "\\$${K}"`),
      new RegExp(`string length -- "?\\$${K}"?`),
      new RegExp(`string sub -s -[1-4] -- "?\\$${K}"?`),
      new RegExp(`string match -qr '[^']*' -- "?\\$${K}"?`),
      new RegExp(`"Authorization: Bearer \\$${K}"`),
    ],
    reads: [new RegExp(`\\$${K}\\b`), /\bprintenv\b|\benv\b|\bset\s+(-S|--show)\b|\bset\s*($|\|)/],
  },
  powershell: POWERSHELL,
  cmd: {
    safe: [
      new RegExp(`%${K}:~-[1-4]%`),
      new RegExp(`"Authorization: Bearer %${K}%"`),
      new RegExp(`^setx ${K} "%${K}%"$`, 'm'),
      // The mistyped check hands over to PowerShell.
      ...POWERSHELL.safe,
    ],
    reads: [
      new RegExp(`%${K}[^%]*%`),
      new RegExp(`\\bset\\s+${K}\\s*($|[&|)])`, 'm'),
      ...POWERSHELL.reads,
    ],
  },
  python: {
    safe: [
      /\bk = os\.environ\.get\('[A-Z_]+'(?:, '')?\)/,
      /\blen\(k\)/,
      /\bk\[-[1-4]:\]/,
      /\bif k else\b/,
      /fullmatch\(r'[^']*', k\)/,
      /\bclient\.api_key\[-[1-4]:\]/,
    ],
    reads: [/\bk\b/, /os\.environ|os\.getenv/, /\bclient\.api_key\b/, new RegExp(K)],
  },
  node: {
    safe: [/\bclient\.apiKey\.slice\(-[1-4]\)/],
    reads: [/\bclient\.apiKey\b/, /process\.env/, new RegExp(K)],
  },
  langchain: {
    safe: [/\bllm\.openai_api_key\.get_secret_value\(\)\[-[1-4]:\]/],
    reads: [/\bopenai_api_key\b/, /get_secret_value/, /os\.environ|os\.getenv/, new RegExp(K)],
  },
  litellm: {
    safe: [
      // get_llm_provider hands back the key it resolved, under a name the user is unlikely to use.
      /^_, ds_provider, ds_key, ds_base = litellm\.get_llm_provider\(/m,
      /\(ds_key or "NONE"\)\[-[1-4]:\]/,
    ],
    reads: [/\bds_key\b/, /get_llm_provider/, /os\.environ|os\.getenv/, new RegExp(K)],
  },
  curl: {
    safe: [
      // The stand-in keeps each argument, and the Authorization header in h.
      /\bfor a in "\$@"; do case \$a in http\*\) u=\$a ;; \[Aa\]uthorization:\*\) h=\$a ;; esac; done;/,
      /\$\{h: -[1-4]\}/,
    ],
    reads: [/\$\{?[ah]\b/, /\$@/, new RegExp(K)],
  }, // The five languages that build a request: its Authorization header, its last 1-4 characters.
  java: {
    safe: [
      /^String auth = request\.headers\(\)\.firstValue\("Authorization"\)\.orElse\(""\);$/m,
      /auth\.substring\(Math\.max\(0, auth\.length\(\) - [1-4]\)\)/,
    ],
    reads: [/\bauth\b/, /request\.headers/, /getenv/, new RegExp(K)],
  },
  go: {
    safe: [/^auth := req\.Header\.Get\("Authorization"\)$/m, /auth\[len\(auth\)-[1-4]:\]/],
    reads: [/\bauth\b/, /req\.Header/, /Getenv/, new RegExp(K)],
  },
  csharp: {
    safe: [
      /^string auth = request\.Headers\.Authorization\?\.ToString\(\) \?\? "";$/m,
      /auth\.Substring\(Math\.Max\(0, auth\.Length - [1-4]\)\)/,
    ],
    reads: [/\bauth\b/, /Headers/, /GetEnvironmentVariable/, new RegExp(K)],
  },
  php: {
    safe: [/substr\(end\(\$headers\), -[1-4]\)/],
    reads: [/\$headers/, /getenv/, /\$apiKey/, new RegExp(K)],
  },
  rust: {
    safe: [
      /^let auth = request\.headers\(\)\.get\("authorization"\)\.map_or\("", \|v\| v\.to_str\(\)\.unwrap_or\(""\)\);$/m,
      /&auth\[auth\.len\(\)\.saturating_sub\([1-4]\)\.\.\]/,
    ],
    reads: [/\bauth\b/, /headers\(\)/, /env::var/, new RegExp(K)],
  },
};

/** The first construct left that reads the key, or null when the command only uses safe ones. */
function leftoverRead(command: Command): string | null {
  const rules = RULES[command.shell];
  const blanked = rules.safe.reduce(
    (text, pattern) => text.replace(new RegExp(pattern.source, `${pattern.flags}g`), '<safe>'),
    command.command,
  );
  for (const read of rules.reads) {
    const found = blanked.match(read);
    if (found) return found[0];
  }
  return null;
}

const ALL_COMMANDS: readonly [string, Command][] = [
  ...CAUSE_IDS.flatMap((cause) =>
    CAUSE_CHECKS[cause].map((c): [string, Command] => [`${cause}/${c.shell}`, c]),
  ),
];

describe('the never-prints-the-key heuristic', () => {
  it.each<[Shell, string]>([
    ['bash', `echo $${K}`],
    ['bash', `echo "key: \${${K}}"`],
    ['bash', `echo "\${${K}:0:20}"`],
    ['bash', `printenv ${K}`],
    ['bash', `env | grep DEEPSEEK`],
    ['fish', `echo $${K}`],
    ['fish', `set --show ${K}`],
    ['powershell', `$env:${K}`],
    ['powershell', `Write-Output "key: $env:${K}"`],
    ['powershell', `"ends $(-join $env:${K}[-20..-1])"`],
    ['powershell', 'Get-ChildItem env:'],
    ['cmd', `echo %${K}%`],
    ['cmd', `echo %${K}:~0,20%`],
    ['cmd', `set ${K}`],
    ['python', `python -c "import os; print(os.environ['${K}'])"`],
    ['python', `python -c "import os; k = os.environ.get('${K}'); print(k)"`],
    ['python', `python -c "import os; k = os.environ.get('${K}'); print(k[-20:])"`],
    ['python', 'print(client.api_key)'],
    ['node', 'console.log(client.apiKey);'],
    ['node', `console.log(process.env.${K});`],
    ['langchain', 'print(llm.openai_api_key)'],
    ['langchain', 'print(llm.openai_api_key.get_secret_value())'],
    ['litellm', 'print(litellm.get_llm_provider("deepseek/deepseek-flash"))'],
    ['litellm', '_, ds_provider, ds_key, ds_base = litellm.get_llm_provider("x")\nprint(ds_key)'],
    ['curl', 'curl() { echo "$@"; }'],
    ['curl', 'curl() { for a in "$@"; do echo "$a"; done; }'],
    ['powershell', '$request.Headers.Authorization'],
  ])('flags %s: %s', (shell, command) => {
    expect(leftoverRead({ shell, command })).not.toBeNull();
  });
});

describe.each(ALL_COMMANDS)('%s', (_name, command) => {
  it('never prints the key', () => {
    expect(leftoverRead(command)).toBeNull();
  });

  it('has a rule table for its shell', () => {
    expect(Object.keys(RULES)).toContain(command.shell);
  });
});

describe('each cause has checks for the places it is run', () => {
  const SHELLS: Record<CauseId, readonly Shell[]> = {
    'not-set': ['bash', 'powershell', 'cmd'],
    mistyped: ['bash', 'powershell', 'cmd'],
    revoked: ['bash', 'powershell', 'cmd'],
    'not-passed': ['python', 'node', 'langchain', 'litellm', 'curl', 'powershell'],
  };

  it.each(CAUSE_IDS)('%s', (cause) => {
    const shells = CAUSE_CHECKS[cause].map((c) => c.shell);
    expect(shells).toEqual(expect.arrayContaining([...SHELLS[cause]]));
    // One command per shell: the UI shows one at a time, picked by shell.
    expect(new Set(shells).size).toBe(shells.length);
  });

  it.each(['not-set', 'mistyped', 'revoked'] as const)(
    `%s: every check names ${K} and says what to expect`,
    (cause) => {
      for (const check of CAUSE_CHECKS[cause]) {
        expect(check.command).toContain(K);
        expect(check.expect).toMatch(/\S/);
      }
    },
  );

  it('not-passed: the checks read the key and base URL the client actually holds', () => {
    // They inspect the client, not the variable: a client built without the key is the cause.
    const check = (shell: Shell) => CAUSE_CHECKS['not-passed'].find((c) => c.shell === shell)!;
    expect(check('python').command).toMatch(/client\.base_url\b.*client\.api_key\[-4:\]/);
    expect(check('node').command).toMatch(/client\.baseURL\b.*client\.apiKey\.slice\(-4\)/);
    expect(check('langchain').command).toMatch(
      /llm\.openai_api_base\b.*llm\.openai_api_key\.get_secret_value\(\)\[-4:\]/,
    );
    // LiteLLM builds no client: the check asks it where a deepseek/ model goes, with which key.
    expect(check('litellm').command).toMatch(/litellm\.get_llm_provider\("deepseek\/[\w.-]+"/);
    expect(check('powershell').command).toMatch(
      /\$request\.Uri\b.*\$request\.Headers\.Authorization\[-4\.\.-1\]/,
    );
    for (const { command, expect: output, placement } of CAUSE_CHECKS['not-passed']) {
      expect(output).toContain(DEEPSEEK_BASE_URL);
      expect(output).toMatch(/ key ends 1a2b$/);
      // Each says where it goes: after the client, before the call or the command.
      expect(placement).toBeDefined();
      expect(command).not.toContain(K);
    }
  });

  it('revoked: the checks call the free GET /models on DeepSeek', () => {
    for (const check of CAUSE_CHECKS.revoked) {
      expect(check.command).toContain(`${DEEPSEEK_BASE_URL}/models`);
      expect(check.command).not.toMatch(/chat\/completions|-X\s*POST|-Method\s+Post/i);
      expect(check.expect).toBe('200');
    }
  });
});

describe('firstCheck', () => {
  it('shows steps 1-3 in the terminal chosen, whatever the code tab', () => {
    for (const language of CODE_LANGUAGES) {
      expect(firstCheck('not-set', language, 'bash')).toBe('bash');
      expect(firstCheck('mistyped', language, 'cmd')).toBe('cmd');
    }
    // A terminal a step has no check for: its first.
    expect(firstCheck('revoked', 'python', 'python')).toBe('bash');
  });

  it('shows step 4 in the code tab: each tab has a check of its own', () => {
    for (const language of CODE_LANGUAGES) {
      for (const shell of ['bash', 'powershell'] as const) {
        const shown = firstCheck('not-passed', language, shell);
        expect(shown).toBe(language);
        expect(CAUSE_CHECKS['not-passed'].some((c) => c.shell === shown)).toBe(true);
      }
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Running the checks for real, where the shell exists on this machine.

const has = (program: string) =>
  spawnSync('bash', ['-c', `command -v ${program}`], { encoding: 'utf8' }).status === 0;
const HAS_BASH = spawnSync('bash', ['--version']).status === 0;
const PYTHON = HAS_BASH && has('python') ? 'python' : HAS_BASH && has('python3') ? 'python3' : null;

const TAIL = '1a2b';
/** Well-formed: sk- and 32 lowercase hex, ending in the tail the `expect` texts show. */
const FAKE_KEY = `sk-0123456789abcdef0123456789ab${TAIL}`;
const LONG_KEY = `${FAKE_KEY}f`;
const QUOTED_KEY = `"${FAKE_KEY}"`;

interface Ran {
  stdout: string;
  stderr: string;
  status: number | null;
}

function run(command: string, key: string | undefined): Ran {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env[K];
  if (key !== undefined) env[K] = key;
  const result = spawnSync('bash', ['-c', command], { env, encoding: 'utf8', timeout: 10_000 });
  return { stdout: result.stdout.trim(), stderr: result.stderr, status: result.status };
}

/**
 * The Python a `python -c "…"` command runs, as bash hands it over: bash reads the command once,
 * with `python` a function that prints its arguments.
 */
const pythonSources = new Map<string, string>();
function pythonSource(command: string): string {
  let source = pythonSources.get(command);
  if (source === undefined) {
    const argv = run(`python() { printf '%s\\0' "$@"; }\n${command}`, undefined).stdout;
    const [flag, code] = argv.split('\0');
    expect(flag).toBe('-c');
    source = code!;
    pythonSources.set(command, source);
  }
  return source;
}

/**
 * One Python for the whole suite: each case is `[source, key or null]`; it runs the source with
 * DEEPSEEK_API_KEY set to the key (or unset) and answers `[stdout, stderr, status]`.
 */
const python =
  PYTHON === null
    ? null
    : startLineProcess(PYTHON, [
        '-u',
        '-c',
        [
          'import contextlib, io, json, os, sys, traceback',
          'print(json.dumps("ready"))',
          'for line in sys.stdin:',
          '    source, key = json.loads(line)',
          `    os.environ.pop(${JSON.stringify(K)}, None)`,
          `    if key is not None: os.environ[${JSON.stringify(K)}] = key`,
          '    out, err, status = io.StringIO(), io.StringIO(), 0',
          '    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):',
          '        try: exec(compile(source, "<string>", "exec"), {"__name__": "__main__"})',
          '        except SystemExit as e: status = e.code if isinstance(e.code, int) else 1',
          '        except BaseException: traceback.print_exc(); status = 1',
          '    print(json.dumps([out.getvalue(), err.getvalue(), status]))',
        ].join('\n'),
      ]);
afterAll(() => python?.stop());

async function runPython(command: string, key: string | undefined): Promise<Ran> {
  const answer = await python!.ask([pythonSource(command), key ?? null]);
  const [stdout, stderr, status] = answer as [string, string, number];
  return { stdout: stdout.trim(), stderr, status };
}

const find = (cause: CauseId, shell: Shell) => CAUSE_CHECKS[cause].find((c) => c.shell === shell)!;

describe.runIf(HAS_BASH || PYTHON)('the checks, run', () => {
  const cases: [CauseId, string | undefined, string][] = [
    ['not-set', FAKE_KEY, `set, 35 chars, ends ${TAIL}`],
    ['not-set', LONG_KEY, `set, 36 chars, ends ${LONG_KEY.slice(-4)}`],
    ['not-set', undefined, 'NOT SET'],
    ['not-set', '', 'NOT SET'],
    ['mistyped', FAKE_KEY, 'shape OK'],
    ['mistyped', LONG_KEY, 'BAD SHAPE: 36 chars, expected 35'],
    ['mistyped', QUOTED_KEY, 'BAD SHAPE: 37 chars, expected 35'],
    ['mistyped', `${FAKE_KEY} `, 'BAD SHAPE: 36 chars, expected 35'],
    ['mistyped', FAKE_KEY.toUpperCase(), 'BAD SHAPE: 35 chars, expected 35'],
    ['mistyped', undefined, 'BAD SHAPE: 0 chars, expected 35'],
  ];

  const shells: {
    shell: Shell;
    enabled: boolean;
    run: (command: string, key: string | undefined) => Ran | Promise<Ran>;
  }[] = [
    { shell: 'bash', enabled: HAS_BASH, run },
    { shell: 'python', enabled: PYTHON !== null, run: runPython },
  ];

  for (const { shell, enabled, run } of shells) {
    describe.runIf(enabled)(shell, () => {
      if (shell === 'python') beforeAll(() => python!.ready, 30_000);
      it.each(cases)('%s with DEEPSEEK_API_KEY=%j prints %j', async (cause, key, output) => {
        const result = await run(find(cause, shell).command, key);
        expect(result).toEqual({ stdout: output, stderr: '', status: 0 });
      });

      it.each(['not-set', 'mistyped'] as const)(
        '%s prints what the step says to expect for a good key',
        async (cause) => {
          const check = find(cause, shell);
          expect((await run(check.command, FAKE_KEY)).stdout).toBe(check.expect);
        },
      );

      it.each(['not-set', 'mistyped'] as const)('%s never prints the key', async (cause) => {
        for (const key of [FAKE_KEY, LONG_KEY, QUOTED_KEY, `${FAKE_KEY} `]) {
          const result = await run(find(cause, shell).command, key);
          const printed = result.stdout + result.stderr;
          expect(printed).not.toContain(FAKE_KEY);
          // Nor a long run of it: at most the last four characters.
          expect(printed).not.toContain(FAKE_KEY.slice(-5));
        }
      });
    });
  }
});

describe.runIf(HAS_BASH)('the curl stand-in, run in bash', () => {
  const standIn = find('not-passed', 'curl');
  const curlLine = (url: string, auth: string) =>
    `curl -sS --fail-with-body ${url} \\\n  -H "Content-Type: application/json" \\\n  -H ${auth} \\\n  -d '{"model": "deepseek-flash"}'`;

  it('prints what the step says to expect for the fixed curl command, and no key', () => {
    const result = run(
      `${standIn.command}\n${curlLine(`${DEEPSEEK_BASE_URL}/chat/completions`, `"Authorization: Bearer $${K}"`)}`,
      FAKE_KEY,
    );
    expect(result).toEqual({ stdout: standIn.expect, stderr: '', status: 0 });
    expect(result.stdout).not.toContain(FAKE_KEY.slice(-5));
  });

  it('shows the tail DeepSeek would echo for a header in single quotes, and OpenAI’s URL', () => {
    const result = run(
      `${standIn.command}\n${curlLine('https://api.openai.com/v1/chat/completions', `'Authorization: Bearer $${K}'`)}`,
      FAKE_KEY,
    );
    expect(result.stdout).toBe('https://api.openai.com/v1/chat/completions key ends _KEY');
  });

  it('stands in once: the next curl is curl again', () => {
    const result = run(
      `${standIn.command}\ncurl ${DEEPSEEK_BASE_URL} >/dev/null\ntype -t curl`,
      FAKE_KEY,
    );
    expect(result.stdout.split('\n').pop()).toBe('file');
  });
});
