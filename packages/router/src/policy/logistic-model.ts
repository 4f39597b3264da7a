import { type Route, routes } from "@tandem/core";

/** A multinomial logistic regression over named features, with the standardisation it was fitted with. */
export interface LogisticModel {
  features: string[];
  mean: number[];
  scale: number[];
  /** weights[class][feature], last entry the bias; classes in `routes` order (tuned, rag, both). */
  weights: number[][];
}

export interface LogisticFitOptions {
  /** L2 penalty. Default 0.01. */
  l2?: number;
  /** Weight each class inversely to its size, so a class with fewer examples is not out-voted. Default true. */
  balanced?: boolean;
  /** Full-batch gradient steps. Default 2000. */
  epochs?: number;
  learningRate?: number;
}

/**
 * Fits a multinomial logistic regression by full-batch gradient descent from zero weights: deterministic (same
 * data → same model), small, and fast to evaluate (a few dozen multiply-adds per decision).
 */
export function fitLogistic(features: readonly string[], rows: readonly number[][], labels: readonly Route[], options: LogisticFitOptions = {}): LogisticModel {
  const l2 = options.l2 ?? 0.01;
  const epochs = options.epochs ?? 2000;
  const learningRate = options.learningRate ?? 0.5;
  const width = features.length;
  const mean = features.map((_, column) => rows.reduce((sum, row) => sum + (row[column] ?? 0), 0) / Math.max(rows.length, 1));
  const scale = features.map((_, column) => {
    const variance = rows.reduce((sum, row) => sum + ((row[column] ?? 0) - (mean[column] ?? 0)) ** 2, 0) / Math.max(rows.length, 1);
    return Math.sqrt(variance) || 1;
  });
  const standardized = rows.map((row) => row.map((value, column) => (value - (mean[column] ?? 0)) / (scale[column] ?? 1)));
  const targets = labels.map((label) => routes.indexOf(label));
  const classCounts = routes.map((_, klass) => targets.filter((target) => target === klass).length);
  const presentClasses = classCounts.filter((count) => count > 0).length;
  const exampleWeight = targets.map((target) =>
    options.balanced === false ? 1 : rows.length / (presentClasses * Math.max(classCounts[target] ?? 1, 1)),
  );
  const weights = routes.map(() => new Array<number>(width + 1).fill(0));
  const probabilities = new Array<number>(routes.length).fill(0);
  for (let epoch = 0; epoch < epochs; epoch += 1) {
    const gradient = routes.map(() => new Array<number>(width + 1).fill(0));
    standardized.forEach((row, index) => {
      softmaxInto(weights, row, probabilities);
      for (let klass = 0; klass < routes.length; klass += 1) {
        const error = ((probabilities[klass] as number) - (targets[index] === klass ? 1 : 0)) * (exampleWeight[index] as number);
        const classGradient = gradient[klass] as number[];
        for (let column = 0; column < width; column += 1) classGradient[column] = (classGradient[column] as number) + error * (row[column] as number);
        classGradient[width] = (classGradient[width] as number) + error;
      }
    });
    for (let klass = 0; klass < routes.length; klass += 1) {
      const classWeights = weights[klass] as number[];
      const classGradient = gradient[klass] as number[];
      for (let column = 0; column <= width; column += 1) {
        const penalty = column < width ? l2 * (classWeights[column] as number) : 0;
        classWeights[column] = (classWeights[column] as number) - learningRate * ((classGradient[column] as number) / standardized.length + penalty);
      }
    }
  }
  return { features: [...features], mean, scale, weights };
}

function softmaxInto(weights: readonly number[][], row: readonly number[], out: number[]): void {
  let max = -Infinity;
  for (let klass = 0; klass < weights.length; klass += 1) {
    const classWeights = weights[klass] as number[];
    let logit = classWeights[row.length] as number;
    for (let column = 0; column < row.length; column += 1) logit += (classWeights[column] as number) * (row[column] as number);
    out[klass] = logit;
    if (logit > max) max = logit;
  }
  let sum = 0;
  for (let klass = 0; klass < weights.length; klass += 1) {
    out[klass] = Math.exp((out[klass] as number) - max);
    sum += out[klass] as number;
  }
  for (let klass = 0; klass < weights.length; klass += 1) out[klass] = (out[klass] as number) / sum;
}

/**
 * How far from the calibration data, in standard deviations, a value may pull: a query whose value lies far outside
 * everything the model was fitted on (a signal that barely varied there) must not decide alone.
 */
const maxDeviation = 4;

/** Class probabilities for one feature row (raw, unstandardised values in `model.features` order). */
export function predictLogistic(model: LogisticModel, row: readonly number[]): Record<Route, number> {
  const standardized = row.map((value, column) => Math.max(-maxDeviation, Math.min(maxDeviation, (value - (model.mean[column] ?? 0)) / (model.scale[column] ?? 1))));
  const out = new Array<number>(routes.length).fill(0);
  softmaxInto(model.weights, standardized, out);
  return { tuned: out[0] as number, rag: out[1] as number, both: out[2] as number };
}
