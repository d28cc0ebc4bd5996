import { answer } from './zh-CN/answer.ts';
import { app } from './zh-CN/app.ts';
import { diagnosis } from './zh-CN/diagnosis.ts';
import { keyLint } from './zh-CN/key-lint.ts';
import { keyTest } from './zh-CN/key-test.ts';
import { paste } from './zh-CN/paste.ts';
import { reference } from './zh-CN/reference.ts';
import { setup } from './zh-CN/setup.ts';
import { tools } from './zh-CN/tools.ts';
import { wizard } from './zh-CN/wizard.ts';

/**
 * The Simplified Chinese dictionary, the same shape as ./en.ts. Each feature file under ./zh-CN/
 * is typed against its English twin, so an unknown key is a type error; a missing key falls back
 * to English at run time and fails tests/unit/i18n.test.ts.
 */
export const zhCN = {
  ...app,
  ...wizard,
  ...keyLint,
  ...keyTest,
  ...paste,
  ...diagnosis,
  ...setup,
  ...reference,
  ...tools,
  ...answer,
};
