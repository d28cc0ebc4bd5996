import type { SyntaxNode, Tree } from '@lezer/common';
import { parser as javascriptParser } from '@lezer/javascript';
import { parser as pythonParser } from '@lezer/python';

/** JS, TS and JSX in one: a paste may be any of them. */
const javascript = javascriptParser.configure({ dialect: 'ts jsx' });

/** The syntax tree of Python or JS/TS code; lezer's grammars never throw, they mark errors. */
export function parseCode(code: string, language: 'python' | 'node'): Tree {
  return (language === 'python' ? pythonParser : javascript).parse(code);
}

export interface StringToken {
  /** Offset of the first character (a prefix like `f` or the quote). */
  start: number;
  /** Offset after the closing quote. */
  end: number;
  contentStart: number;
  contentEnd: number;
  quote: string;
  /** f-string or template literal: `{…}` / `${…}` are code. */
  interpolated: boolean;
  value: string;
  /**
   * Set on a concatenation of literals read as one (`"sk-0123" "4567"` in Python, `'a' + 'b'`):
   * its pieces. `value` is then their values joined, and the offsets span them all.
   */
  parts?: StringToken[];
}

export interface Scan {
  /**
   * The code with comments blanked and string contents replaced by `x` (the code inside an
   * f-string's `{…}` or a template's `${…}` stays); same offsets.
   */
  masked: string;
  /** Every literal, in order of its start; one inside an interpolation comes after its host. */
  strings: StringToken[];
  byStart: Map<number, StringToken>;
  byEnd: Map<number, StringToken>;
}

export const COMMENTS = new Set(['Comment', 'LineComment', 'BlockComment']);
const STRINGS = new Set(['String', 'FormatString', 'TemplateString']);
const INTERPOLATIONS = new Set(['FormatReplacement', 'Interpolation']);

/** The comments and literals of the code, as its syntax tree has them. */
export function scanTree(code: string, tree: Tree): Scan {
  const masked = code.split('');
  const strings: StringToken[] = [];
  const fill = (from: number, to: number, ch: string) => {
    for (let k = from; k < to; k++) if (masked[k] !== '\n' && masked[k] !== '\r') masked[k] = ch;
  };
  tree.iterate({
    enter(node) {
      if (COMMENTS.has(node.name)) {
        fill(node.from, node.to, ' ');
        return false;
      }
      if (!STRINGS.has(node.name)) return undefined;
      const token = stringToken(code, node.node);
      strings.push(token);
      // The contents are masked, but not the code in an interpolation, read like any code.
      let from = token.contentStart;
      for (let child = node.node.firstChild; child; child = child.nextSibling) {
        if (!INTERPOLATIONS.has(child.name)) continue;
        fill(from, child.from, 'x');
        from = child.to;
      }
      fill(from, token.contentEnd, 'x');
      return undefined;
    },
  });
  return {
    masked: masked.join(''),
    strings,
    byStart: new Map(strings.map((t) => [t.start, t])),
    byEnd: new Map(strings.map((t) => [t.end, t])),
  };
}

function stringToken(code: string, node: SyntaxNode): StringToken {
  const text = code.slice(node.from, node.to);
  const prefix = /^[rRbBuUfF]*/.exec(text)![0];
  const quoteChar = text[prefix.length] ?? '"';
  const triple = quoteChar !== '`' && text.startsWith(quoteChar.repeat(3), prefix.length);
  const quote = triple ? quoteChar.repeat(3) : quoteChar;
  const contentStart = node.from + prefix.length + quote.length;
  // An unterminated literal runs to where the tree ends it.
  const closed = text.length >= prefix.length + 2 * quote.length && text.endsWith(quote);
  const contentEnd = Math.max(contentStart, closed ? node.to - quote.length : node.to);
  return {
    start: node.from,
    end: node.to,
    contentStart,
    contentEnd,
    quote,
    interpolated: node.name !== 'String',
    value: code.slice(contentStart, contentEnd),
  };
}

/** A dict or object literal the code names: `kwargs = {…}`, `const config = {…}`. */
export interface Container {
  /** Offset of the opening and of the closing bracket. */
  open: number;
  close: number;
  /** `{"key": value}`, `dict(key=value)`, or `{ key: value }`. */
  style: 'dict' | 'call' | 'object';
}

/** What the code's imports and assignments bind, read from its tree. */
export interface Symbols {
  /** Local names of the `openai` client classes (and LangChain's ChatOpenAI). */
  clientNames: Set<string>;
  /**
   * Functions that build a client as `new OpenAI` does, with the same `apiKey` and `baseURL`
   * options and the same fallback to OPENAI_API_KEY and api.openai.com: the Vercel AI SDK's
   * `createOpenAI` (vercel/ai, packages/openai: loadApiKey with OPENAI_API_KEY; checked
   * December 2026).
   */
  clientFactories: Set<string>;
  /** Local names of the `openai` module: `openai`, `oa` in `import openai as oa`. */
  moduleNames: Set<string>;
  /** Callables that read a variable of the environment, None when unset (`os.getenv`, `getenv`). */
  getenvNames: Set<string>;
  /** Names of the environment mapping: `os.environ`, `environ`, `env = os.environ`, `process.env`. */
  environNames: Set<string>;
  /** Dict and object literals by the variable that holds them. */
  containers: Map<string, Container>;
}

/** The classes of the `openai` package that build a client. */
export const OPENAI_CLASSES = ['OpenAI', 'AsyncOpenAI', 'AzureOpenAI', 'AsyncAzureOpenAI'];
const LANGCHAIN_OPENAI = /^(?:langchain_openai|langchain\.chat_models|@langchain\/openai)$/;
/**
 * AutoGen's OpenAIChatCompletionClient takes `api_key` and `base_url` as the openai client does,
 * and reads OPENAI_API_KEY where no api_key is given (its API reference, autogen_ext.models.openai;
 * checked December 2026).
 */
const AUTOGEN_OPENAI = 'autogen_ext.models.openai';

export function readSymbols(code: string, tree: Tree, python: boolean): Symbols {
  const symbols: Symbols = {
    clientNames: new Set(['OpenAI', 'AsyncOpenAI', 'ChatOpenAI']),
    clientFactories: new Set(),
    moduleNames: new Set(['openai']),
    getenvNames: new Set(python ? ['getenv', 'os.getenv'] : []),
    environNames: new Set(python ? ['environ', 'os.environ'] : ['process.env', 'import.meta.env']),
    containers: new Map(),
  };
  const text = (node: SyntaxNode | null) => (node ? code.slice(node.from, node.to) : '');
  const bind = (module: string, imported: string | null, local: string) => {
    if (module === 'openai' && imported === null) symbols.moduleNames.add(local);
    else if (module === 'openai' && OPENAI_CLASSES.includes(imported!)) {
      symbols.clientNames.add(local);
    } else if (LANGCHAIN_OPENAI.test(module) && imported === 'ChatOpenAI') {
      symbols.clientNames.add(local);
    } else if (module === AUTOGEN_OPENAI && imported === 'OpenAIChatCompletionClient') {
      symbols.clientNames.add(local);
    } else if (module === '@ai-sdk/openai' && imported === 'createOpenAI') {
      symbols.clientFactories.add(local);
    } else if (module === 'os' && imported === null) {
      symbols.getenvNames.add(`${local}.getenv`);
      symbols.environNames.add(`${local}.environ`);
    } else if (module === 'os' && imported === 'getenv') symbols.getenvNames.add(local);
    else if (module === 'os' && imported === 'environ') symbols.environNames.add(local);
  };
  const container = (value: SyntaxNode | null): Container | null => {
    if (!value) return null;
    if (value.name === 'DictionaryExpression' || value.name === 'ObjectExpression') {
      return { open: value.from, close: value.to - 1, style: python ? 'dict' : 'object' };
    }
    const args = value.getChild('ArgList');
    if (python && value.name === 'CallExpression' && text(value.firstChild) === 'dict' && args) {
      return { open: args.from, close: args.to - 1, style: 'call' };
    }
    return null;
  };
  const assign = (name: string, value: SyntaxNode | null) => {
    const found = container(value);
    if (found) symbols.containers.set(name, found);
    if (value && symbols.environNames.has(text(value))) symbols.environNames.add(name);
  };
  tree.iterate({
    enter(ref) {
      const node = ref.node;
      switch (node.name) {
        case 'ImportStatement':
          readPythonImport(node, text, bind);
          return false;
        case 'ImportDeclaration': {
          const module = text(node.getChild('String')).slice(1, -1);
          readJsImport(node, text, (imported, local) => bind(module, imported, local));
          return false;
        }
        case 'AssignStatement': {
          const target = node.firstChild;
          if (target?.name === 'VariableName' && node.getChildren('AssignOp').length === 1) {
            assign(text(target), node.lastChild);
          }
          return undefined;
        }
        case 'VariableDeclaration': {
          const target = node.getChild('VariableDefinition');
          const value = node.getChild('Equals')?.nextSibling ?? null;
          if (target && isRequire(value, text))
            bind(requiredModule(value!, text), 'OpenAI', text(target));
          else if (target) assign(text(target), value);
          else readRequire(node, value, text, bind);
          return undefined;
        }
        default:
          return undefined;
      }
    },
  });
  return symbols;
}

type Bind = (module: string, imported: string | null, local: string) => void;

/** `import a.b as c, d` and `from m import (x as y, z)`. */
function readPythonImport(node: SyntaxNode, text: (n: SyntaxNode) => string, bind: Bind): void {
  const from = node.firstChild?.name === 'from';
  let module = '';
  let inNames = !from;
  let pending: string | null = null;
  let alias = false;
  const flush = () => {
    if (pending !== null) bind(from ? module : pending, from ? pending : null, pending);
    pending = null;
  };
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.name === 'import') {
      inNames = true;
      continue;
    }
    if (!inNames) {
      if (child.name === 'VariableName' || child.name === '.') module += text(child);
      continue;
    }
    if (child.name === 'as') alias = true;
    else if (child.name === 'VariableName' && alias) {
      bind(from ? module : pending!, from ? pending : null, text(child));
      pending = null;
      alias = false;
    } else if (child.name === 'VariableName') {
      flush();
      // `import a.b`: the name bound is `a`; only whole names matter here.
      pending = text(child);
    } else if (child.name === '.' && !from && pending !== null) {
      pending = null;
    }
  }
  flush();
}

/** `import X, { A as B } from 'm'` and `import * as m from 'm'`. */
function readJsImport(
  node: SyntaxNode,
  text: (n: SyntaxNode) => string,
  bind: (imported: string | null, local: string) => void,
): void {
  let star = false;
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.name === 'Star') star = true;
    else if (child.name === 'VariableDefinition') {
      // The default export of `openai` is the OpenAI class.
      bind(star ? null : 'OpenAI', text(child));
    } else if (child.name === 'ImportGroup') readGroup(child, text, bind);
  }
}

/** `{ A, B as C }` and `{ A, B: C }` (a require's pattern). */
function readGroup(
  group: SyntaxNode,
  text: (n: SyntaxNode) => string,
  bind: (imported: string | null, local: string) => void,
): void {
  let imported: string | null = null;
  for (let child = group.firstChild; child; child = child.nextSibling) {
    if (child.name === 'VariableName' || child.name === 'PropertyName') imported = text(child);
    else if (child.name === 'VariableDefinition') {
      bind(imported ?? text(child), text(child));
      imported = null;
    } else if (child.name === 'PatternProperty') readGroup(child, text, bind);
  }
}

/** `const OpenAI = require('openai')`, `const { OpenAI: Client } = require('openai')`. */
function readRequire(
  node: SyntaxNode,
  value: SyntaxNode | null,
  text: (n: SyntaxNode) => string,
  bind: Bind,
): void {
  if (!isRequire(value, text)) return;
  const module = requiredModule(value!, text);
  const pattern = node.getChild('ObjectPattern');
  if (pattern) readGroup(pattern, text, (imported, local) => bind(module, imported, local));
}

function isRequire(value: SyntaxNode | null, text: (n: SyntaxNode) => string): boolean {
  return value?.name === 'CallExpression' && text(value.firstChild!) === 'require';
}

function requiredModule(call: SyntaxNode, text: (n: SyntaxNode) => string): string {
  const name = call.getChild('ArgList')?.getChild('String');
  return name ? text(name).slice(1, -1) : '';
}
