import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { SDK_CLIENTS } from '../../src/domain/snippets/sdk-clients.ts';
import { REVOKED_KEY, warnNotRun } from './run.ts';
import { describeBrokenHttp, describeCodeCheck } from './http-broken.ts';
import { parseWith } from './parsers.ts';
import { defineRunner, describeScenarios, scriptRunner, standInForFile } from './scenarios.ts';

/**
 * The PHP snippets (the curl extension), run with php-cli against a local DeepSeek stand-in; the
 * openai-php/client set-up is parsed with php -l. Without php and its curl extension every test is
 * skipped and the run prints a notice.
 */
const HAS_PHP =
  spawnSync('php', ['-r', 'exit(function_exists("curl_init") ? 0 : 1);']).status === 0;
if (!HAS_PHP) warnNotRun('PHP snippets', 'php-cli with php-curl is not installed');

const server = standInForFile({ folder: 'php', when: HAS_PHP });
const script = scriptRunner(server, 'php', '.php', ['php']);

const php = defineRunner({
  name: 'PHP',
  language: 'php',
  server,
  script,
  skip: HAS_PHP ? undefined : 'php-cli with php-curl is not installed',
  stopStatus: 1,
  scope: 'process',
  unsetCauses: ['not-set', 'revoked', 'not-passed'],
  expectUncaught401: (result) =>
    expect(result.stderr).toContain(`****${REVOKED_KEY.slice(-4)} is invalid`),
});

describeBrokenHttp(php);
describeCodeCheck(php, '$answer = curl_exec($curl);');
describeScenarios(php);

describe('PHP with openai-php/client', () => {
  it.skipIf(!HAS_PHP)('the set-up parses (php -l)', () => {
    expect(parseWith('php', SDK_CLIENTS.php.code('deepseek-flash'))).toEqual({
      ok: true,
      error: '',
    });
  });
});
