import { answer } from './en/answer.ts';
import { app } from './en/app.ts';
import { diagnosis } from './en/diagnosis.ts';
import { keyLint } from './en/key-lint.ts';
import { keyTest } from './en/key-test.ts';
import { paste } from './en/paste.ts';
import { reference } from './en/reference.ts';
import { setup } from './en/setup.ts';
import { tools } from './en/tools.ts';
import { wizard } from './en/wizard.ts';

/**
 * The English dictionary: the source of every message key. Each feature keeps its strings in its
 * own file under ./en/, with keys prefixed by the feature, so that no two files define one key.
 */
export const en = {
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
