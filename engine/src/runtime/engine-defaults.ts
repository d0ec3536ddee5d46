import { createExpressionEvaluator } from '../expression/expression-evaluator';
import type { RuntimeDeps } from './run-options';

/**
 * The engine's own implementations of expressions, the Code sandbox and templates, ready to pass
 * to `createRuntime`. Call `dispose` when done to free the isolates.
 *
 * @example
 * const defaults = createEngineDefaults();
 * const runtime = createRuntime({ registry, ...defaults });
 */
export function createEngineDefaults(): Pick<RuntimeDeps, 'evaluator' | 'runCode' | 'renderTemplate'> & { dispose(): void } {
  const evaluator = createExpressionEvaluator();
  return {
    evaluator,
    dispose: () => evaluator.dispose(),
  };
}
