import type { en } from './en.ts';

export type MessageKey = keyof typeof en;
export type Messages = Readonly<Record<MessageKey, string>>;
export type Vars = Readonly<Record<string, string | number>>;

/** Looks a message up and fills its `{name}` placeholders. */
export function translate<K extends string>(
  messages: Readonly<Record<K, string>>,
  key: K,
  vars?: Vars,
): string {
  const text = messages[key];
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

export type Translate = (key: MessageKey, vars?: Vars) => string;
