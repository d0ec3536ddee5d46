import ivm from 'isolated-vm';
import type { CodeRunRequest, CodeRunResult } from '../sdk/node-context';
import { CodeError, codeLocation, messageOf, withHint } from './code-error';
import { readCodeReply } from './code-reply';
import { CODE_RUNTIME_SOURCE } from './code-runtime.source';

/**
 * Runs Code-node JavaScript in isolated-vm (DESIGN.md sections 4 and 5).
 *
 * - Mode `all`: the code sees `items` (the input items) and `$input` (`all()`, `first()`,
 *   `last()`), and returns a list of items or plain objects (a single object counts as one).
 * - Mode `each`: the code runs once per item with `item`, `$json`, `$itemIndex` and `$input.item`,
 *   and returns one item or object. All items run in ONE call into the isolate.
 * - `await` works (the code is the body of an async function); there are no timers, network,
 *   `require`, `process` or modules. `console.*` output is returned as `logs`.
 * - Each run gets a fresh context (nothing leaks between runs) in an isolate reused per memory
 *   limit; an isolate stopped for memory is replaced on the next run.
 * - Outputs without `pairedItem` are paired with the input they came from: by position in mode
 *   `each`; in mode `all` when the code returns an input item (or its json) object, or when there
 *   is only one input item.
 *
 * @example
 * const sandbox = createCodeSandbox();
 * const { items, logs } = await sandbox.runCode({
 *   code: 'console.log($json.n); return { double: $json.n * 2 };', mode: 'each', items: [{ json: { n: 2 } }],
 * }); // items = [{ json: { double: 4 }, pairedItem: { item: 0 } }], logs = ['2']
 * sandbox.dispose();
 */
export interface CodeSandboxOptions {
  /** Default 128. */
  memoryLimitMb?: number;
  /** Default 5000: the whole run, all items. */
  timeoutMs?: number;
}

export interface SandboxRunRequest extends CodeRunRequest {
  /** Node name for messages (default "Code"). */
  nodeName?: string;
}

export interface CodeSandbox {
  runCode(request: SandboxRunRequest): Promise<CodeRunResult>;
  dispose(): void;
}

interface Engine {
  isolate: ivm.Isolate;
  bootstrap: ivm.Script;
}

const HEADERS = {
  all: 'globalThis.__ainowUser = async function (items, $input) {',
  each: 'globalThis.__ainowUser = async function (item, $json, $itemIndex, $input) {',
};

export function createCodeSandbox(options: CodeSandboxOptions = {}): CodeSandbox {
  const engines = new Map<number, Engine>();

  const engineFor = (memoryLimitMb: number): Engine => {
    const known = engines.get(memoryLimitMb);
    if (known && !known.isolate.isDisposed) return known;
    const isolate = new ivm.Isolate({ memoryLimit: memoryLimitMb });
    const engine = { isolate, bootstrap: isolate.compileScriptSync(CODE_RUNTIME_SOURCE) };
    engines.set(memoryLimitMb, engine);
    return engine;
  };

  return {
    async runCode(request) {
      const nodeName = request.nodeName ?? 'Code';
      const memoryLimitMb = request.memoryLimitMb ?? options.memoryLimitMb ?? 128;
      const timeoutMs = request.timeoutMs ?? options.timeoutMs ?? 5000;
      if (request.mode !== 'all' && request.mode !== 'each') {
        throw new CodeError(`${nodeName}: mode must be "all" or "each", got ${String(request.mode)}`);
      }
      const engine = engineFor(memoryLimitMb);
      const context = await engine.isolate.createContext();
      try {
        await engine.bootstrap.run(context, { timeout: 1000 });
        const user = await compileUser(engine.isolate, request, nodeName);
        await user.run(context, { timeout: timeoutMs });
        const run = (await context.global.get('__ainowRun', { reference: true })) as ivm.Reference<
          (payload: string) => Promise<string>
        >;
        const payload = JSON.stringify({
          mode: request.mode,
          items: request.items.map((item) => ({ json: item.json, binary: item.binary ?? {} })),
          globals: request.globals ?? {},
        });
        const reply = await withDeadline(
          run.apply(undefined, [payload], {
            timeout: timeoutMs,
            result: { promise: true },
          }) as Promise<string>,
          timeoutMs,
        );
        return readCodeReply(reply, nodeName);
      } catch (error) {
        if (engine.isolate.isDisposed && engines.get(memoryLimitMb) !== engine) {
          throw new CodeError(`${nodeName}: the code sandbox was shut down while the code ran`);
        }
        throw explain(error, engine, nodeName, memoryLimitMb, timeoutMs);
      } finally {
        if (!engine.isolate.isDisposed) context.release();
      }
    },

    dispose() {
      for (const engine of engines.values()) if (!engine.isolate.isDisposed) engine.isolate.dispose();
      engines.clear();
    },
  };
}

async function compileUser(
  isolate: ivm.Isolate,
  request: CodeRunRequest,
  nodeName: string,
): Promise<ivm.Script> {
  try {
    // The header is line 0, so the user's first line is line 1 in errors.
    return await isolate.compileScript(`${HEADERS[request.mode]}\n${request.code}\n};`, {
      filename: 'code.js',
      lineOffset: -1,
    });
  } catch (error) {
    const message = messageOf(error).replace(/^SyntaxError:\s*/, '');
    const at = /\s*\[code\.js:(\d+):\d+\]$/.exec(message);
    const line = at ? Number(at[1]) : undefined;
    const text = at ? message.slice(0, at.index) : message;
    throw new CodeError(
      `${codeLocation(nodeName, undefined, line)}SyntaxError: ${text}`,
      [],
      undefined,
      line,
    );
  }
}

/** A run that is still pending this long after its time limit awaits something that never settles. */
const DEADLINE_GRACE_MS = 500;

/**
 * Settles with the run, or fails after the time limit plus a grace period (the isolate's own
 * timeout stops running code; this catches code awaiting a promise that never settles).
 */
function withDeadline<T>(promise: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeadlineError()), timeoutMs + DEADLINE_GRACE_MS);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

class DeadlineError extends Error {}

function explain(
  error: unknown,
  engine: Engine,
  nodeName: string,
  memoryLimitMb: number,
  timeoutMs: number,
): Error {
  if (error instanceof CodeError) return error;
  const message = messageOf(error);
  if (engine.isolate.isDisposed) {
    return new CodeError(
      `${nodeName}: the code used more than ${memoryLimitMb} MB of memory and was stopped`,
    );
  }
  if (error instanceof DeadlineError) {
    return new CodeError(
      `${nodeName}: the code did not finish within ${timeoutMs} ms (is it awaiting something that never happens?)`,
    );
  }
  if (/timed out/i.test(message)) {
    return new CodeError(
      `${nodeName}: the code took longer than ${timeoutMs} ms and was stopped (is there an endless loop?)`,
    );
  }
  if (message === 'Not supported')
    return new CodeError(`${nodeName}: import() and modules are not available in the Code node`);
  return new CodeError(`${nodeName}: ${withHint(message)}`);
}
