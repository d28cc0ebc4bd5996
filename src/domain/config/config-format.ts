/**
 * Tells a pasted config file from pasted code, by content alone (the page never sees a file
 * name). Cheap and parser-free: it decides whether the config readers, loaded lazily, are needed.
 */

/**
 * Where a repaired config holds no key, it holds this, for the user to replace with their own.
 * Here, not in the config reader, so that the page can name it without loading the reader.
 */
export const KEY_PLACEHOLDER = 'PASTE_YOUR_DEEPSEEK_KEY_HERE';

/**
 * Owners that say where the settings are, not which app reads them (read-config.ts's
 * ConfigOwner); here, so that the page can tell them without loading the reader.
 */
export const UNKNOWN_APP: readonly (string | null)[] = [null, 'env-file', 'compose'];

/** The config formats the page reads and repairs. */
export const CONFIG_FORMATS = ['json', 'yaml', 'toml', 'dotenv', 'properties'] as const;
export type ConfigFormat = (typeof CONFIG_FORMATS)[number];

/**
 * Lines that only code has: Python, JS/TS, a shell script (a shebang, a curl call), or a terminal
 * transcript (a PowerShell or cmd prompt, `setx`).
 */
const CODE_LINE =
  /^#!|^\s*(?:curl|wget|Invoke-RestMethod|Invoke-WebRequest|setx)\s|^\s*(?:PS )?[A-Za-z]:\\[^>\n]*>|^\s*(?:import\s+[\w{*"']|from\s+[\w.]+\s+import\b|def\s+\w+\s*\(|class\s+\w+|(?:const|let|var)\s+\w|function\s*\w*\s*\(|async\s|await\s|export\s+(?:default|const|function|async|class)\b|module\.exports|if\s*\(|print\(|console\.)/m;
/** `name = call(…)`: code, not a value. */
const CALL_VALUE = /=\s*[\w.]+\(/;

const COMMENT = /^\s*(?:#|;|!|\/\/)/;
/** A first line that is a comment naming the file: `# .streamlit/secrets.toml`, `// params.json`. */
const FILE_NAMED = /^(?:#|\/\/)[ \t]*[\w./~-]*\.(toml|json)\b/i;
const TOML_TABLE = /^\s*\[\[?\s*[\w."' -]+\]\]?\s*(?:#.*)?$/;
const TOML_PAIR = /^\s*[\w."-]+\s*=\s*\S/;
const PYTHON_CONSTANT =
  /^\s*[A-Z_][A-Z0-9_]*\s+=\s+(?:'[^'\n]*'|"[^"\n]*"|None|True|False|\d+|\{.*\}|\[.*\])\s*(?:#.*)?$/;
const ENV_PAIR = /^\s*(?:export\s+)?[A-Za-z_]\w*\s*=/;
/**
 * `name = "value"`: lowercase keys and TOML's quoted values, as a config.toml pasted without its
 * table header (`model = "deepseek-chat"`, `base_url = "…"`: FoundationAgents/OpenManus#113).
 * An .env file's names are upper case, its `=` unspaced and its values mostly bare.
 */
const TOML_BARE_PAIR =
  /^\s*[a-z_][\w.-]*[ \t]+=[ \t]+(?:"[^"\n]*"|'[^'\n]*'|-?\d[\d_.]*|true|false|\[.*\]|\{.*\})\s*(?:#.*)?$/;
const PROPERTIES_PAIR = /^\s*[A-Za-z][\w-]*(?:\.[\w-]+)+\s*[=:]/;
const YAML_KEY = /^\s*(?:-\s+)?["']?[\w.$/@-]+["']?\s*:(?:\s|$)/;

/** The format of a pasted config file, or null for code (or anything else). */
export function configFormatOf(text: string): ConfigFormat | null {
  const body = text.replace(/^\uFEFF/, '').trim();
  if (!body || CODE_LINE.test(body)) return null;
  if (/^[{[]/.test(body) && /[}\]]$/.test(body) && !/^\[[\w.]+\]\s*$/m.test(body)) return 'json';
  const lines = body.split(/\r?\n/).filter((line) => line.trim() && !COMMENT.test(line));
  if (lines.length === 0 || lines.some((line) => CALL_VALUE.test(line))) return null;
  // A first comment that names the file says its format, where its lines fit it: Streamlit's
  // `.streamlit/secrets.toml` (`NAME = "value"`, as a Python module would write it), a tool's
  // `params.json` under a `//` line (stanford-oval/storm#280, jianchang512/pyvideotrans#1159).
  const named = FILE_NAMED.exec(body)?.[1]?.toLowerCase();
  if (named === 'json' && /^[{[]/.test(lines[0]!.trim()) && /[}\]]$/.test(body)) return 'json';
  if (named === 'toml' && lines.every((line) => TOML_TABLE.test(line) || TOML_PAIR.test(line))) {
    return 'toml';
  }
  if (
    lines.some((line) => TOML_TABLE.test(line)) &&
    lines.every(
      (line) => TOML_TABLE.test(line) || TOML_PAIR.test(line) || /^\s*[\]"'\w]/.test(line),
    )
  ) {
    return 'toml';
  }
  // `NAME = 'value'` on every line, spaced and quoted, is a Python module (config.py), not a
  // .env file (RTGS2017/NagaAgent#10).
  if (lines.every((line) => PYTHON_CONSTANT.test(line))) return null;
  if (lines.every((line) => TOML_BARE_PAIR.test(line))) return 'toml';
  if (lines.every((line) => ENV_PAIR.test(line))) return 'dotenv';
  if (lines.every((line) => PROPERTIES_PAIR.test(line))) return 'properties';
  if (lines.some((line) => YAML_KEY.test(line)) && !lines.some((line) => /;\s*$/.test(line))) {
    return 'yaml';
  }
  return null;
}

/**
 * A line that names the file whose lines follow: `# ~/.zshrc`, `// ~/.claude/settings.json`,
 * `# .env`, `docker-compose.yml:`.
 */
const FILE_LABEL =
  /^[ \t]*(?:(?:#|\/\/)[ \t]*[\w./~-]*\.[\w.-]+[ \t]*(?:\([^)\n]*\))?|[\w./~-]*\.[A-Za-z]\w*(?: file)?:)[ \t]*$/gm;

/**
 * A config file pasted with the shell or .env lines that go with it, each part after a line that
 * names its file (Claude Code's settings.json, then the `export DEEPSEEK_API_KEY=…` of ~/.zshrc):
 * where the config part is and its format, so that it is read as the file it is and the rest kept
 * as pasted. Null unless exactly one part is a JSON, YAML or TOML file and every other one sets
 * variables only.
 */
export function configPartOf(
  text: string,
): { start: number; end: number; format: ConfigFormat } | null {
  const starts = [...text.matchAll(FILE_LABEL)].map((label) => label.index);
  if (starts.length === 0) return null;
  if (starts[0] !== 0) starts.unshift(0);
  const parts = starts
    .map((start, i) => ({ start, end: starts[i + 1] ?? text.length }))
    .filter((part) => text.slice(part.start, part.end).replace(FILE_LABEL, '').trim());
  if (parts.length < 2) return null;
  const formats = parts.map((part) => configFormatOf(text.slice(part.start, part.end)));
  const files = formats.filter(
    (format) => format && format !== 'dotenv' && format !== 'properties',
  );
  if (files.length !== 1 || formats.some((format) => format === null)) return null;
  const at = formats.indexOf(files[0]!);
  return { ...parts[at]!, format: files[0]! };
}
