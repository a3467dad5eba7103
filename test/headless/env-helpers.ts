// Shared by the env tests: bot runs recorded as inputs, and a real bridge process to talk to.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';
import { findBot } from '../../src/headless/bots';
import { loadLevel } from '../../src/headless/level-files';
import { createWorld, stateHash, step, type TickInput } from '../../src/sim';

/** A bot's run played on the bare sim: its inputs and where it ended (as test/e2e/helpers.ts recordRun). */
export function recordBotRun(level: string, seed: number, botName: string, maxTicks = 20_000): { inputs: TickInput[]; outcome: 'cleared' | 'dead' | 'timeout' | null; ticks: number; hash: string } {
  const world = createWorld(loadLevel(level), seed);
  const bot = findBot(botName)!.create(seed);
  const inputs: TickInput[] = [];
  while (world.outcome === null && world.tick < maxTicks) {
    const input = bot.act(world);
    inputs.push(input);
    step(world, input);
  }
  return { inputs, outcome: world.outcome, ticks: world.tick, hash: stateHash(world) };
}

export interface BridgeProcess {
  /** Sends one line and resolves with the next line of stdout. */
  send(line: string): Promise<string>;
  /** Sends a message object and parses the reply. */
  call(msg: unknown): Promise<Record<string, unknown>>;
  /** Closes stdin and resolves with the exit code and everything written to stderr. */
  end(): Promise<{ code: number | null; stderr: string }>;
  readonly child: ChildProcessWithoutNullStreams;
}

/** `node --import tsx src/headless/cli/env-main.ts …args`, spoken to one line at a time. */
export function startBridge(args: readonly string[]): BridgeProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/headless/cli/env-main.ts', ...args], { stdio: 'pipe' });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (d: string) => (stderr += d));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const lines: string[] = [];
  const waiting: ((line: string) => void)[] = [];
  createInterface({ input: child.stdout }).on('line', (line) => {
    const w = waiting.shift();
    if (w) w(line);
    else lines.push(line);
  });
  const next = (): Promise<string> => {
    const line = lines.shift();
    if (line !== undefined) return Promise.resolve(line);
    return new Promise((resolve, reject) => {
      waiting.push(resolve);
      void exited.then((code) => reject(new Error(`bridge exited (${code}) while a reply was awaited; stderr: ${stderr}`)));
    });
  };
  const send = (line: string) => {
    child.stdin.write(line + '\n');
    return next();
  };
  return {
    child,
    send,
    call: async (msg) => JSON.parse(await send(JSON.stringify(msg))) as Record<string, unknown>,
    end: async () => {
      child.stdin.end();
      return { code: await exited, stderr };
    },
  };
}

/** Exit code, stdout and stderr of a bridge run to completion with the given stdin. */
export function runBridge(args: readonly string[], stdin = ''): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/headless/cli/env-main.ts', ...args], { stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}
