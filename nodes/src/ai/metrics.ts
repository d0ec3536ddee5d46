/**
 * Validation metrics for a binary classifier: ROC AUC (the chance that a random positive scores
 * above a random negative, ties counting half) and accuracy at a threshold.
 *
 * @example
 * rocAuc([0.9, 0.2, 0.6], [1, 0, 1]); // 1
 * accuracy([0.9, 0.2, 0.6], [1, 0, 0]); // 0.667 (2 of 3 right at 0.5)
 */
export function rocAuc(scores: readonly number[], labels: readonly number[]): number | null {
  const order = scores.map((score, i) => ({ score, label: labels[i] })).sort((a, b) => a.score - b.score);
  const positives = labels.filter((l) => l === 1).length;
  const negatives = labels.length - positives;
  if (positives === 0 || negatives === 0) return null;
  let rankSum = 0;
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j + 1 < order.length && order[j + 1].score === order[i].score) j++;
    const averageRank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) if (order[k].label === 1) rankSum += averageRank;
    i = j + 1;
  }
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

export function accuracy(
  scores: readonly number[],
  labels: readonly number[],
  threshold = 0.5,
): number | null {
  if (scores.length === 0) return null;
  const right = scores.filter((score, i) => (score >= threshold ? 1 : 0) === labels[i]).length;
  return right / scores.length;
}

/** The value below which `share` of the sorted values fall (nearest rank). */
export function quantile(sorted: readonly number[], share: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1));
  return sorted[index];
}
