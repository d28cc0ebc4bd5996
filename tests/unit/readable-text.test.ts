import { describe, expect, it } from 'vitest';
import { readableText, withLinesJoined } from '../../src/domain/error/readable-text.ts';

describe('readableText', () => {
  it.each([
    ['colour codes', '\u001b[31mError code: 401\u001b[0m', 'Error code: 401'],
    [
      'a Markdown quote',
      '> Error code: 401\n> - {"error": {}}',
      'Error code: 401\n- {"error": {}}',
    ],
    ['a REPL prompt', '>>> client.models.list()', 'client.models.list()'],
    ['a CLI’s box', '│ │暂时无法验证 API key', '暂时无法验证 API key'],
    ['Claude Code’s output mark', '  ⎿  API Error: 401', 'API Error: 401'],
    [
      'Python’s logging',
      '2026-12-01 10:00:00,123 ERROR app.main: user not found',
      'user not found',
    ],
    [
      'a logger with a location and a bracketed level (LangBot)',
      '[01-31 23:45:38.786] chat.py (94) - [ERROR] : 模型请求失败: 无效的 api-key',
      '模型请求失败: 无效的 api-key',
    ],
    ['an ISO time and a level', '2026-12-01T10:00:00.000Z WARN Unauthorized', 'Unauthorized'],
    ['Go’s log', '2026/12/01 10:00:00 error, status code: 401', 'error, status code: 401'],
    ['a web page’s no-break spaces', 'Error\u00a0code:\u00a0401', 'Error code: 401'],
    ['zero-width spaces', 'Authentication\u200b Fails', 'Authentication Fails'],
    ['typographic quotes', '{\u2018message\u2019: \u201cx\u201d}', `{'message': "x"}`],
    [
      'full-width punctuation in an English message',
      'Authentication Fails（no such user），api key：****1a2b',
      'Authentication Fails(no such user), api key:****1a2b',
    ],
    [
      'full-width punctuation around a call’s empty brackets',
      'TypeError： Completions.parse（） got an unexpected keyword argument',
      'TypeError: Completions.parse() got an unexpected keyword argument',
    ],
    [
      'nothing of full-width punctuation after Chinese, nor a comma after a number',
      '请求失败（401，提示 the other 401，the daemon',
      '请求失败（401，提示 the other 401，the daemon',
    ],
    ['HTML escapes', '{&quot;message&quot;: &#39;a &amp; b&#39;}', `{"message": 'a & b'}`],
  ])('removes %s', (_, pasted, readable) => {
    expect(readableText(pasted)).toBe(readable);
  });

  it.each([
    ['a status first', '401 Authentication Fails'],
    ['a level without a time', 'ERROR: Authentication Fails'],
    ['Compose’s warning', 'WARN[0000] The "OPENAI_API_KEY" variable is not set.'],
    [
      'an exception after a time',
      '2026-12-01 10:00:00 openai.AuthenticationError: Error code: 401',
    ],
    ['a message word after a time', '2026-12-01 10:00:00 error: Unauthorized'],
    ['a status field after a time', '2026-12-01 10:00:00 status: 401'],
    ['a camel-case status field after a time', '2026-12-01T10:00:00.000Z statusCode: 401'],
    ['a bracketed status after a time', '2026-12-01 10:00:00 [400 Bad Request] API key not valid'],
    ['an arrow', '<=== there is no value here'],
  ])('keeps %s', (_, pasted) => {
    expect(readableText(pasted)).toContain(
      pasted.replace(/^2026-12-01(?: |T)10:00:00(?:\.000Z)? /, ''),
    );
  });

  it('unescapes an error printed as one string', () => {
    const printed = JSON.stringify({
      detail: 'Traceback:\n  File "x.py"\nopenai.AuthenticationError: Error code: 401',
    });
    expect(readableText(printed)).toContain('\nopenai.AuthenticationError: Error code: 401"}');
  });

  it('leaves one escaped-looking line alone: a Windows path', () => {
    expect(readableText('File "C:\\new\\app.py", line 3')).toBe('File "C:\\new\\app.py", line 3');
    expect(readableText('C:\\Users\\me\\new\\nlp\\app.py')).toBe('C:\\Users\\me\\new\\nlp\\app.py');
  });

  it('unescapes before it removes colour codes, so escaped ones go too', () => {
    expect(readableText('{"log": "\\u001b[31mError code: 401\\u001b[0m\\nnext"}')).toBe(
      '{"log": "Error code: 401\nnext"}',
    );
  });
});

describe('withLinesJoined', () => {
  it('adds the lines joined after them', () => {
    expect(withLinesJoined('Authentication Fails (no such\n   user)')).toBe(
      'Authentication Fails (no such\n   user)\nAuthentication Fails (no such user)',
    );
  });

  it('keeps a break before a line that starts a record of its own', () => {
    expect(withLinesJoined('Using the DeepSeek api key\nInvalid model: gpt-4o')).toBe(
      'Using the DeepSeek api key\nInvalid model: gpt-4o\nUsing the DeepSeek api key\nInvalid model: gpt-4o',
    );
  });

  it('leaves one line as it is', () => {
    expect(withLinesJoined('  401 Unauthorized\n')).toBe('  401 Unauthorized\n');
  });
});
