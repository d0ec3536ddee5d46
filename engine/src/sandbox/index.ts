/**
 * The Code-node sandbox: JavaScript in isolated-vm with memory and time limits.
 *
 * @example
 * import { createCodeSandbox } from '@ainow/engine/sandbox';
 * const sandbox = createCodeSandbox({ timeoutMs: 2000 });
 * const result = await sandbox.runCode({ code: 'return items;', mode: 'all', items });
 */
export {
  createCodeSandbox,
  type CodeSandbox,
  type CodeSandboxOptions,
  type SandboxRunRequest,
} from './code-sandbox';
export { CodeError } from './code-error';
