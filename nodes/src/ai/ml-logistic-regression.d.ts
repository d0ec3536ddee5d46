/** Types for `ml-logistic-regression` 2.x (mljs), which ships none. Only what this folder uses. */
declare module 'ml-logistic-regression' {
  import type { Matrix } from 'ml-matrix';

  export interface TwoClassClassifier {
    weights: Matrix | null;
    train(features: Matrix, target: Matrix): void;
    testScores(features: Matrix): number[];
  }

  export interface SavedLogisticRegression {
    name: 'LogisticRegression';
    numSteps: number;
    learningRate: number;
    numberClasses: number;
    classifiers: Array<{ numSteps: number; learningRate: number; weights: number[][] | null }>;
  }

  export default class LogisticRegression {
    constructor(options?: { numSteps?: number; learningRate?: number });
    numberClasses: number;
    classifiers: TwoClassClassifier[];
    train(X: Matrix, Y: Matrix): void;
    predict(X: Matrix): number[];
    toJSON(): SavedLogisticRegression;
    static load(model: SavedLogisticRegression): LogisticRegression;
  }
}
