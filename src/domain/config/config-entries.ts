/**
 * Reads a config file into its scalar entries, each with the source ranges a repair edits:
 * a path, the value, where the key and the value sit. JSON(C) with jsonc-parser, YAML with
 * yaml's Document API, TOML, `.env` and `.properties` with small line readers (TOML is then
 * checked with smol-toml). Loaded lazily with the rest of src/domain/config.
 */
import { parseTree, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import { parse as parseToml } from 'smol-toml';
import type { ConfigFormat } from './config-format.ts';

export interface ConfigEntry {
  path: string[];
  /** The value as the tool reads it: quotes removed. */
  value: string;
  /** The value's text in the file (with its quotes): [valueStart, valueEnd). */
  valueStart: number;
  valueEnd: number;
  keyStart: number;
  keyEnd: number;
  /** The line the entry is on: [lineStart, lineEnd), lineEnd after its newline. */
  lineStart: number;
  lineEnd: number;
  /** What a sibling key on a new line is indented with. */
  indent: string;
  /** `.env`: `export KEY=…`; spaces around `=`. */
  exported?: boolean;
  spaced?: boolean;
  /** A Compose `environment:` list item, `- KEY=value`. */
  listItem?: boolean;
}

export interface ConfigEntries {
  entries: ConfigEntry[];
  /** The file parses with its format's parser (for `.env`: every line is `KEY=value`). */
  parses: boolean;
}

/** The scalar entries of a config file. Never throws. */
export function readEntries(text: string, format: ConfigFormat): ConfigEntries {
  try {
    switch (format) {
      case 'json':
        return jsonEntries(text);
      case 'yaml':
        return yamlEntries(text);
      case 'toml':
        return tomlEntries(text);
      case 'dotenv':
        return dotenvEntries(text);
      case 'properties':
        return propertiesEntries(text);
    }
  } catch {
    return { entries: [], parses: false };
  }
}

/** True when the text parses as the format, with that format's own parser. */
export function parsesAs(text: string, format: ConfigFormat): boolean {
  return readEntries(text, format).parses;
}

function lineOf(text: string, at: number): { lineStart: number; lineEnd: number } {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const nl = text.indexOf('\n', at);
  return { lineStart, lineEnd: nl === -1 ? text.length : nl + 1 };
}

// --- JSON ----------------------------------------------------------------------------------

function jsonEntries(text: string): ConfigEntries {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  const entries: ConfigEntry[] = [];
  const walk = (node: JsonNode, path: string[]) => {
    if (node.type === 'object') {
      for (const property of node.children ?? []) {
        const [key, value] = property.children ?? [];
        if (!key || !value) continue;
        walk(value, [...path, String(key.value)]);
        if (value.type !== 'object' && value.type !== 'array') {
          const { lineStart, lineEnd } = lineOf(text, key.offset);
          entries.push({
            path: [...path, String(key.value)],
            value: value.value === null ? '' : String(value.value),
            valueStart: value.offset,
            valueEnd: value.offset + value.length,
            keyStart: key.offset,
            keyEnd: key.offset + key.length,
            lineStart,
            lineEnd,
            indent: text.slice(lineStart, key.offset),
          });
        }
      }
    } else if (node.type === 'array') {
      (node.children ?? []).forEach((child, index) => walk(child, [...path, String(index)]));
    }
  };
  if (root) walk(root, []);
  return { entries, parses: root !== undefined && errors.length === 0 };
}

// --- YAML ----------------------------------------------------------------------------------

const LIST_ENV = /^([A-Za-z_]\w*)=([\s\S]*)$/;

function yamlEntries(text: string): ConfigEntries {
  const doc = parseDocument(text);
  const entries: ConfigEntry[] = [];
  const scalarEntry = (
    path: string[],
    node: YamlNode,
    keyRange: [number, number],
    value: string,
  ): ConfigEntry | null => {
    if (!node.range) return null;
    const { lineStart, lineEnd } = lineOf(text, keyRange[0]);
    const lead = text.slice(lineStart, keyRange[0]);
    return {
      path,
      value,
      valueStart: node.range[0],
      valueEnd: node.range[1],
      keyStart: keyRange[0],
      keyEnd: keyRange[1],
      lineStart,
      lineEnd,
      indent: lead.replace(/-/g, ' '),
    };
  };
  const walk = (node: unknown, path: string[]) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isScalar(pair.key) || !pair.key.range) continue;
        const key = String(pair.key.value);
        const keyRange: [number, number] = [pair.key.range[0], pair.key.range[1]];
        if (isScalar(pair.value)) {
          const value = pair.value.value === null ? '' : String(pair.value.value);
          const entry = scalarEntry([...path, key], pair.value, keyRange, value);
          if (entry) entries.push(entry);
        } else if (pair.value === null) {
          const { lineStart, lineEnd } = lineOf(text, keyRange[0]);
          entries.push({
            path: [...path, key],
            value: '',
            valueStart: keyRange[1] + 1,
            valueEnd: keyRange[1] + 1,
            keyStart: keyRange[0],
            keyEnd: keyRange[1],
            lineStart,
            lineEnd,
            indent: text.slice(lineStart, keyRange[0]).replace(/-/g, ' '),
          });
        } else {
          walk(pair.value, [...path, key]);
        }
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        if (isScalar(item) && item.range && typeof item.value === 'string') {
          const match = LIST_ENV.exec(item.value);
          const quote = /["']/.test(text[item.range[0]] ?? '') ? 1 : 0;
          if (match) {
            const name = match[1]!;
            const keyStart = item.range[0] + quote;
            const { lineStart, lineEnd } = lineOf(text, keyStart);
            entries.push({
              path: [...path, name],
              value: match[2]!,
              valueStart: keyStart + name.length + 1,
              valueEnd: item.range[1] - quote,
              keyStart,
              keyEnd: keyStart + name.length,
              lineStart,
              lineEnd,
              indent: text.slice(lineStart, item.range[0]),
              listItem: true,
            });
            return;
          }
          const entry = scalarEntry(
            [...path, String(index)],
            item,
            [item.range[0], item.range[0]],
            item.value,
          );
          if (entry) entries.push(entry);
        } else {
          walk(item, [...path, String(index)]);
        }
      });
    }
  };
  walk(doc.contents, []);
  return { entries, parses: doc.errors.length === 0 };
}

// --- TOML ----------------------------------------------------------------------------------

const TOML_TABLE = /^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(?:#.*)?$/;
const TOML_PAIR = /^(\s*)([\w."-]+?)(\s*=\s*)(.*)$/;

function tomlEntries(text: string): ConfigEntries {
  let parses = true;
  try {
    parseToml(text);
  } catch {
    parses = false;
  }
  const entries: ConfigEntry[] = [];
  let table: string[] = [];
  let at = 0;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    const lineEnd = at + raw.length + 1;
    const header = TOML_TABLE.exec(line);
    const pair = header ? null : TOML_PAIR.exec(line);
    if (header) table = splitDotted(header[1]!);
    else if (pair && !/^\s*#/.test(line)) {
      const [, indent, key, eq, rest] = pair as unknown as [string, string, string, string, string];
      const token = tomlToken(rest);
      const valueStart = at + indent.length + key.length + eq.length;
      entries.push({
        path: [...table, ...splitDotted(key)],
        value: token.value,
        valueStart,
        valueEnd: valueStart + token.length,
        keyStart: at + indent.length,
        keyEnd: at + indent.length + key.length,
        lineStart: at,
        lineEnd: Math.min(lineEnd, text.length),
        indent,
      });
    }
    at = lineEnd;
  }
  return { entries, parses };
}

function splitDotted(key: string): string[] {
  return key.split('.').map((part) => part.trim().replace(/^["']|["']$/g, ''));
}

function tomlToken(rest: string): { value: string; length: number } {
  const quote = rest[0];
  if (quote === '"' || quote === "'") {
    let end = 1;
    while (end < rest.length && rest[end] !== quote)
      end += rest[end] === '\\' && quote === '"' ? 2 : 1;
    return { value: rest.slice(1, end), length: Math.min(end + 1, rest.length) };
  }
  const bare = rest.replace(/\s*#.*$/, '').trimEnd();
  return { value: bare, length: bare.length };
}

// --- .env and .properties ------------------------------------------------------------------

const ENV_LINE = /^(\s*)(export\s+)?([A-Za-z_][\w.]*)(\s*)=(\s*)(.*?)(\r?)$/;

function dotenvEntries(text: string): ConfigEntries {
  const entries: ConfigEntry[] = [];
  let parses = true;
  let at = 0;
  for (const raw of text.split('\n')) {
    const lineEnd = Math.min(at + raw.length + 1, text.length);
    const match = ENV_LINE.exec(raw);
    if (match) {
      const [, indent, exported, key, before, after, rest, cr] = match as unknown as string[];
      const keyStart = at + indent!.length + (exported?.length ?? 0);
      const valueStart = keyStart + key!.length + before!.length + 1 + after!.length;
      const { value, length } = envValue(rest!);
      entries.push({
        path: [key!],
        value,
        valueStart,
        valueEnd: valueStart + length,
        keyStart,
        keyEnd: keyStart + key!.length,
        lineStart: at,
        lineEnd,
        indent: indent!,
        exported: Boolean(exported),
        spaced: Boolean(before || after),
      });
      // Docker's --env-file reads the line as it is: no `export`, no spaces, no CR.
      if (exported || before || after || cr) parses = false;
    } else if (raw.trim() && !/^\s*#/.test(raw)) {
      parses = false;
    }
    at = at + raw.length + 1;
  }
  return { entries, parses };
}

function envValue(rest: string): { value: string; length: number } {
  const quote = rest[0];
  if (quote === '"' || quote === "'") {
    const end = rest.indexOf(quote, 1);
    if (end > 0) return { value: rest.slice(1, end), length: end + 1 };
  }
  const bare = rest.replace(/\s+#.*$/, '').trimEnd();
  return { value: bare, length: bare.length };
}

const PROPERTIES_LINE = /^(\s*)([^=:\s#!][^=:\s]*)(\s*[=:]\s*)(.*?)\r?$/;

function propertiesEntries(text: string): ConfigEntries {
  const entries: ConfigEntry[] = [];
  let parses = true;
  let at = 0;
  for (const raw of text.split('\n')) {
    const lineEnd = Math.min(at + raw.length + 1, text.length);
    const match = /^\s*[#!]/.test(raw) ? null : PROPERTIES_LINE.exec(raw);
    if (match) {
      const [, indent, key, sep, value] = match as unknown as string[];
      const valueStart = at + indent!.length + key!.length + sep!.length;
      entries.push({
        path: key!.split('.'),
        value: value!.trim(),
        valueStart,
        valueEnd: valueStart + value!.trimEnd().length,
        keyStart: at + indent!.length,
        keyEnd: at + indent!.length + key!.length,
        lineStart: at,
        lineEnd,
        indent: indent!,
      });
    } else if (raw.trim() && !/^\s*[#!]/.test(raw)) {
      parses = false;
    }
    at = at + raw.length + 1;
  }
  return { entries, parses };
}
