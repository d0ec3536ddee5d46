import { createExpressionEvaluator } from '../expression/expression-evaluator';
import { createCodeSandbox } from '../sandbox/code-sandbox';
import { renderTemplate } from '../template/template-renderer';
import type { RuntimeDeps } from './run-options';

/**
 * The engine's own implementations of expressions, the Code sandbox and templates, ready to pass
 * to `createRuntime`. Call `dispose` when done to free the isolates.
 *
 * @example
 * const defaults = createEngineDefaults();
 * const runtime = createRuntime({ registry, ...defaults });
 */
export function createEngineDefaults(
  limits: { codeMemoryLimitMb?: number; codeTimeoutMs?: number } = {},
): Pick<RuntimeDeps, 'evaluator' | 'runCode' | 'renderTemplate'> & { dispose(): void } {
  const evaluator = createExpressionEvaluator();
  const sandbox = createCodeSandbox({
    memoryLimitMb: limits.codeMemoryLimitMb,
    timeoutMs: limits.codeTimeoutMs,
  });
  return {
    evaluator,
    runCode: (request) => sandbox.runCode(request),
    renderTemplate,
    dispose: () => {
      evaluator.dispose();
      sandbox.dispose();
    },
  };
}
