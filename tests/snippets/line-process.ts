import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

/**
 * One interpreter for a whole test file, fed one case a line: a start per case timed out on 2
 * busy cores. The program reads one JSON value a line and answers one JSON value a line, in
 * order; its first line, printed once it has started, is read as `ready`.
 */
export interface LineProcess {
  /** Resolves once the program has started (seconds on busy cores: wait for it in a beforeAll). */
  ready: Promise<unknown>;
  ask(value: unknown): Promise<unknown>;
  stop(): void;
}

export function startLineProcess(program: string, args: readonly string[]): LineProcess {
  const child = spawn(program, args, { stdio: ['pipe', 'pipe', 'inherit'] });
  const waiting: ((answer: unknown) => void)[] = [];
  const failed = (error: Error) => {
    for (const resolve of waiting.splice(0)) resolve({ error: String(error) });
  };
  child.on('error', failed);
  child.on('exit', (code) => failed(new Error(`${program} exited with ${code}`)));
  createInterface({ input: child.stdout }).on('line', (line) => {
    waiting.shift()?.(JSON.parse(line));
  });
  const ready = new Promise<unknown>((resolve) => waiting.push(resolve));
  return {
    ready,
    ask(value) {
      return new Promise((resolve) => {
        waiting.push(resolve);
        child.stdin.write(`${JSON.stringify(value)}\n`);
      });
    },
    stop() {
      child.stdin.end();
    },
  };
}
