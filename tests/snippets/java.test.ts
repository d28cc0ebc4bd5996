import { spawnSync } from 'node:child_process';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, expect } from 'vitest';
import { CAUSE_IDS } from '../../src/domain/causes.ts';
import { CURRENT_MODELS } from '../../src/domain/deepseek-facts.ts';
import { preventionCode, workaroundCode } from '../../src/domain/snippets/reference-snippets.ts';
import { causeCode } from '../../src/domain/snippets/snippets.ts';
import { REVOKED_KEY, local, run, scratchFile, warnNotRun } from './run.ts';
import { describeBrokenHttp, describeCodeCheck } from './http-broken.ts';
import { defineRunner, describeScenarios, standInForFile, type Script } from './scenarios.ts';

/**
 * The Java snippets (java.net.http, Java 11+), run with the installed JDK against a local DeepSeek
 * stand-in. Every snippet is compiled up front in ONE JVM (java/CompileEach.java), then each run
 * starts only `java -cp <its folder> <its class>`. Without a JDK every test is skipped and the run
 * prints a notice.
 */
const HAS_JAVA = spawnSync('javac', ['-version']).status === 0;
if (!HAS_JAVA) warnNotRun('Java snippets', 'a JDK (javac 11 or later) is not installed');

const FOLDER = 'java';
const COMPILE_EACH = fileURLToPath(new URL('./java/CompileEach.java', import.meta.url));
/** A JVM that starts fast: these programs are short. */
const JVM = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-Xshare:auto'];
const server = standInForFile({ folder: FOLDER, when: HAS_JAVA });

const compiled = new Map<string, { dir: string; main: string }>();
let counter = 0;

/** Writes each snippet to a folder of its own, and compiles all of them in one JVM. */
async function compileAll(codes: readonly string[]) {
  const pending = new Map<string, { dir: string; main: string; file: string }>();
  for (const code of codes) {
    const source = local(code, server.baseURL);
    if (compiled.has(source) || pending.has(source)) continue;
    const main = /^public class (\w+)/m.exec(source)?.[1];
    if (!main) throw new Error('A Java snippet without a public class.');
    const file = scratchFile(`${FOLDER}/${counter++}`, `${main}.java`, source);
    pending.set(source, { dir: dirname(file), main, file });
  }
  if (pending.size === 0) return;
  const result = await run('java', [COMPILE_EACH, ...[...pending.values()].map((p) => p.file)]);
  if (result.code !== 0) throw new Error(`javac failed:\n${result.stdout}${result.stderr}`);
  for (const [source, p] of pending) compiled.set(source, p);
}

function program(code: string) {
  const found = compiled.get(local(code, server.baseURL));
  if (!found) throw new Error('This Java snippet was not compiled up front.');
  return ['java', [...JVM, '-cp', found.dir, found.main]] as const;
}

const script: Script = {
  run: async (code, options = {}) => {
    await compileAll([code]);
    const [command, args] = program(code);
    return run(command, args, options);
  },
  commandLine: (code) => {
    const [command, args] = program(code);
    return [command, ...args].join(' ');
  },
  env: () => ({}),
};

beforeAll(async () => {
  if (!HAS_JAVA) return;
  // Everything the suite runs, broken code included: the compile also proves that all of it parses.
  await compileAll([
    ...CAUSE_IDS.flatMap((cause) => Object.values(causeCode(cause, 'java'))),
    ...CURRENT_MODELS.map((model) => causeCode('not-passed', 'java', model).fixed),
    workaroundCode('java'),
    preventionCode('java'),
  ]);
}, 120_000);

const java = defineRunner({
  name: 'Java',
  language: 'java',
  server,
  script,
  skip: HAS_JAVA ? undefined : 'a JDK is not installed',
  stopStatus: 1,
  scope: 'process',
  unsetCauses: ['not-set', 'revoked', 'not-passed'],
  // DeepSeek's JSON is printed as it comes: the Java snippets leave parsing to Jackson or Gson.
  reply: (result) =>
    (JSON.parse(result.stdout) as { choices: { message: { content: string } }[] }).choices[0]!
      .message.content,
  expectUncaught401: (result) =>
    expect(result.stderr).toContain(`****${REVOKED_KEY.slice(-4)} is invalid`),
});

describeBrokenHttp(java);
describeCodeCheck(java, 'HttpResponse<String> response =');
describeScenarios(java);
