import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Real parsers for the languages without a runner of their own in the unit tests: gofmt, php -l,
 * Mono's C# compiler in parse-only mode, rustfmt. Java is compiled for real, all snippets in one
 * JVM, by tests/snippets/java.test.ts. Where a toolchain is missing, `parseWith` says so.
 */
export type ParsedLanguage = 'go' | 'php' | 'csharp' | 'rust';

const has = (command: string, ...args: string[]) =>
  spawnSync(command, args, { stdio: 'ignore' }).status === 0;

export const PARSER_MISSING: Readonly<Record<ParsedLanguage, string | undefined>> = {
  go: has('gofmt', '-l', '/dev/null') ? undefined : 'gofmt (golang-go) is not installed',
  php: has('php', '-v') ? undefined : 'php (php-cli) is not installed',
  csharp: has('mcs', '--version') ? undefined : 'mcs (mono-mcs) is not installed',
  rust: has('rustfmt', '--version') ? undefined : 'rustfmt is not installed',
};

const EXTENSION: Record<ParsedLanguage, string> = {
  go: 'go',
  php: 'php',
  csharp: 'cs',
  rust: 'rs',
};

function command(language: ParsedLanguage, file: string): [string, string[]] {
  switch (language) {
    case 'go':
      return ['gofmt', ['-e', '-l', file]];
    case 'php':
      return ['php', ['-l', file]];
    case 'csharp':
      return ['mcs', ['--parse', file]];
    case 'rust':
      // rustfmt parses without resolving crates; --check also holds the code to rustfmt's style.
      return ['rustfmt', ['--edition', '2021', '--check', file]];
  }
}

/** Parses `code` with the language's own tool: ok, or the tool's complaint. */
export function parseWith(language: ParsedLanguage, code: string): { ok: boolean; error: string } {
  if (PARSER_MISSING[language]) return { ok: true, error: '' };
  const dir = mkdtempSync(join(tmpdir(), 'parse-'));
  try {
    const file = join(dir, `snippet.${EXTENSION[language]}`);
    writeFileSync(file, code);
    const [program, args] = command(language, file);
    const run = spawnSync(program, args, { encoding: 'utf8' });
    // gofmt -l names a file that parses but is not gofmt-formatted.
    const ok = run.status === 0 && !(language === 'go' && run.stdout.trim() !== '');
    return { ok, error: ok ? '' : (run.error?.message ?? run.stdout + run.stderr) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
