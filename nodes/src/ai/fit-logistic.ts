import LogisticRegression from 'ml-logistic-regression';
import { Matrix } from 'ml-matrix';

/**
 * Fits a binary logistic regression with mljs' `ml-logistic-regression` (batch gradient ascent on
 * the log-likelihood). The library's public class trains one-vs-all classifiers, which for two
 * classes fits the same model twice (mirrored); so we load an empty one-classifier model through
 * its public `load` and train that single two-class classifier. A column of ones gives the
 * intercept. The library sums the gradient over rows, so the step is divided by the row count.
 *
 * @example
 * const { intercept, weights } = fitLogistic([[0.1, -1], [2, 0.5]], [0, 1], { steps: 400, learningRate: 1 });
 */
export interface LogisticFit {
  intercept: number;
  weights: number[];
}

export const LOGISTIC_LIBRARY = 'ml-logistic-regression@2';

export function fitLogistic(
  x: number[][],
  y: number[],
  options: { steps: number; learningRate: number },
): LogisticFit {
  const features = new Matrix(x.map((row) => [1, ...row]));
  const target = Matrix.columnVector(y);
  const step = options.learningRate / x.length;
  const model = LogisticRegression.load({
    name: 'LogisticRegression',
    numSteps: options.steps,
    learningRate: step,
    numberClasses: 1,
    classifiers: [{ numSteps: options.steps, learningRate: step, weights: null }],
  });
  const classifier = model.classifiers[0];
  classifier.train(features, target);
  const weights = classifier.weights!.to1DArray();
  return { intercept: weights[0], weights: weights.slice(1) };
}

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
