import { describe, expect, it } from 'vitest';
import type { CauseId } from '../../src/domain/causes.ts';
import { DEEPSEEK_BASE_URL } from '../../src/domain/deepseek-facts.ts';
import { CAUSE_CHECKS } from '../../src/domain/snippets/cause-checks.ts';
import { OPENAI_CHAT_URL } from '../../src/domain/snippets/http-languages.ts';
import { causeCode } from '../../src/domain/snippets/snippets.ts';
import { BAD_FORMAT_MESSAGE } from '../mocks/deepseek.ts';
import { startDeepSeekStandIn } from './deepseek-server.ts';
import { GOOD_KEY, REVOKED_KEY, expectNoKey } from './run.ts';
import type { Runner } from './scenarios.ts';

/**
 * The broken code of Java, Go, C#, PHP and Rust, run: each fails the way its cause says. Shared by
 * the runners of the languages that run here (Java, Go, PHP).
 */
export function describeBrokenHttp(runner: Runner) {
  const broken = (cause: CauseId) => causeCode(cause, runner.language).broken;
  const requests = () => runner.server.requests;
  const printed = (r: { stdout: string; stderr: string }) => r.stdout + r.stderr;
  const t = it.skipIf(Boolean(runner.skip));
  const skipped = runner.skip ? `(skipped: ${runner.skip}) ` : '';

  describe(`broken ${runner.name} code fails the way its cause says`, () => {
    t(
      `${skipped}not-set: with the variable unset, DeepSeek gets no key and answers 401`,
      async () => {
        const result = await runner.script.run(broken('not-set'), { key: undefined });
        expect(result.code).not.toBe(0);
        expect(requests().map((r) => r.status)).toEqual([401]);
        expect(requests()[0]?.authorization ?? '').not.toMatch(/sk-/);
        expect(printed(result)).toContain('HTTP 401');
      },
    );

    t(`${skipped}mistyped: the value typed by hand never gets an answer`, async () => {
      const result = await runner.script.run(broken('mistyped'), { key: GOOD_KEY });
      expect(result.code).not.toBe(0);
      // The ellipsis of the elided key: an HTTP client may refuse the header before sending.
      expect(requests().every((r) => r.status === 401)).toBe(true);
    });

    t(`${skipped}revoked: exit status 0 although DeepSeek answered 401`, async () => {
      const result = await runner.script.run(broken('revoked'), { key: REVOKED_KEY });
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(`****${REVOKED_KEY.slice(-4)} is invalid`);
      expect(requests().map((r) => r.status)).toEqual([401]);
    });

    t(
      `${skipped}not-passed: the key set in ${'DEEPSEEK_API_KEY'} never arrives as "Bearer <key>"`,
      async () => {
        const openai = await startDeepSeekStandIn({ as: 'openai' });
        try {
          const code = broken('not-passed').replaceAll(
            OPENAI_CHAT_URL,
            `${openai.baseURL}/v1/chat/completions`,
          );
          const result = await runner.script.run(code, { key: GOOD_KEY });
          expect(result.code).not.toBe(0);
          const seen = [...requests(), ...openai.requests];
          expect(seen).toHaveLength(1);
          expect(seen[0]!.status).toBe(401);
          if (openai.requests.length > 0) {
            expect(printed(result)).toContain('Incorrect API key provided');
          } else {
            expect(seen[0]!.authorization).not.toBe(`Bearer ${GOOD_KEY}`);
            expect(printed(result)).toMatch(
              new RegExp(`${BAD_FORMAT_MESSAGE.replace(/[().]/g, '\\$&')}|is invalid`),
            );
          }
        } finally {
          await openai.close();
        }
      },
    );
  });
}

/**
 * Step 4's check for the language, put into the fixed code just before `sendLine` as the page
 * says: it prints where the request goes and the key's last four characters, never the key.
 */
export function describeCodeCheck(runner: Runner, sendLine: string) {
  const command = CAUSE_CHECKS['not-passed'].find((c) => c.shell === runner.language)!;
  it.skipIf(Boolean(runner.skip))(
    `${runner.skip ? `(skipped: ${runner.skip}) ` : ''}${runner.name}: the step-4 check prints the address and the key's last four only`,
    async () => {
      const fixed = causeCode('not-passed', runner.language).fixed;
      const at = fixed.split('\n').findIndex((line) => line.trim().startsWith(sendLine));
      expect(at).toBeGreaterThan(0);
      const lines = fixed.split('\n');
      const pad = /^\s*/.exec(lines[at]!)![0];
      lines.splice(at, 0, ...command.command.split('\n').map((line) => pad + line));
      const result = await runner.script.run(lines.join('\n'), { key: GOOD_KEY });
      expect(result.code).toBe(0);
      const expected = command
        .expect!.replace(DEEPSEEK_BASE_URL, runner.server.baseURL)
        .replace('1a2b', GOOD_KEY.slice(-4));
      expect(result.stdout.split('\n')[0]).toBe(expected);
      expectNoKey(result.stdout + result.stderr);
    },
  );
}
