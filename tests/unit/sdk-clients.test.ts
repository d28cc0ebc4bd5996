import { describe, expect, it } from 'vitest';
import { DEEPSEEK_BASE_URL, KEY_ENV_VAR } from '../../src/domain/deepseek-facts.ts';
import { HTTP_LANGUAGES } from '../../src/domain/snippets/http-languages.ts';
import { SDK_CLIENTS } from '../../src/domain/snippets/sdk-clients.ts';
import { PARSER_MISSING, parseWith } from '../snippets/parsers.ts';

describe('the OpenAI-compatible libraries of Java, Go, C#, PHP and Rust', () => {
  it.each(HTTP_LANGUAGES)(
    '%s: a dated source, the key from the environment, DeepSeek',
    (language) => {
      const sdk = SDK_CLIENTS[language];
      expect(sdk.source).toMatch(/^https:\/\//);
      expect(sdk.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const code = sdk.code('deepseek-v4-pro');
      expect(code).toContain(KEY_ENV_VAR);
      expect(code).toContain(DEEPSEEK_BASE_URL);
      expect(code).toContain('deepseek-v4-pro');
      expect(code).not.toContain('api.openai.com');
    },
  );

  it.each(['go', 'csharp', 'php', 'rust'] as const)(
    '%s: the set-up parses with the language’s own tool',
    (language) => {
      if (PARSER_MISSING[language]) return;
      expect(parseWith(language, SDK_CLIENTS[language].code('deepseek-flash'))).toEqual({
        ok: true,
        error: '',
      });
    },
  );
});
