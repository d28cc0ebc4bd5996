import type { CauseId } from '../causes.ts';

/**
 * Tools whose wrapper shows in a pasted error, and the traps their threads settle. The tool says
 * where the key and the base URL live; a trap ranks a cause first when the message alone cannot.
 * Checked against the threads named, December 2026.
 */
export interface ToolInError {
  tool: ErrorTool;
  pattern: RegExp;
  /** A cause the tool's own threads settle for this wording, ranked first but not marked likely. */
  leans?: CauseId;
  source: string;
}

export const TOOLS_IN_ERRORS = [
  {
    tool: 'litellm',
    pattern: /\blitellm\.\w+Error\b|\bDeepseekException\b|LiteLLM:/,
    source: 'BerriAI/litellm#10403; usestrix/strix#101',
  },
  {
    tool: 'claude-code',
    pattern: /\bAPI Error: 4\d\d\b|Please run \/login|Not logged in · Please run/,
    source: 'headroomlabs-ai/headroom#925; NanmiCoder/cc-haha#170',
  },
  {
    tool: 'aider',
    pattern: /The API provider is not able to authenticate you/,
    source: 'Aider-AI/aider#2645',
  },
  {
    tool: 'n8n',
    pattern: /Authorization failed - please check your credentials/,
    source: 'n8n-io/n8n#13128, #20397',
  },
  {
    tool: 'dify',
    pattern: /Credentials validation failed with status code/,
    source: 'langgenius/dify#13515',
  },
  {
    tool: 'vercel-ai-sdk',
    pattern: /\bAI_APICallError\b/,
    source: 'stackblitz-labs/bolt.diy#1546; anomalyco/opencode#248',
  },
  {
    tool: 'reasonix',
    // The key saved in Reasonix's settings is shadowed by an environment variable or a project
    // .env (esengine/DeepSeek-Reasonix#4168: "credential location, not a bad key"; fixed in #4630).
    pattern: /\breasonix setup\b/i,
    leans: 'not-passed',
    source: 'esengine/DeepSeek-Reasonix#4168, #4608',
  },
] as const satisfies readonly (Omit<ToolInError, 'tool'> & { tool: string })[];

export type ErrorTool = (typeof TOOLS_IN_ERRORS)[number]['tool'];

/** The tool whose wrapper the text shows, if any. */
export function toolInError(text: string): ToolInError | null {
  return TOOLS_IN_ERRORS.find((row) => row.pattern.test(text)) ?? null;
}
