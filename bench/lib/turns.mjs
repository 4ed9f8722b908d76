// Timing the product against its baseline on a shared, noisy machine: the two take turns, so that a
// slow spell falls on both rather than on whichever side ran during it.

export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const elapsed = async (work) => {
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e6;
};

/**
 * One untimed round each, then `repeat` turns each, `pauseMs` of quiet before every turn (0: back
 * to back). Answers each side's median time in ms and the median of the pairs' ratios: a spell
 * lasting a few turns moves both halves of its pairs, where it could move one side's median only.
 */
export async function takeTurns(ours, theirs, { repeat, pauseMs = 0 }) {
  const pause = () => (pauseMs ? new Promise((resolve) => setTimeout(resolve, pauseMs)) : undefined);
  await ours();
  await theirs();
  const times = { ours: [], theirs: [] };
  for (let i = 0; i < repeat; i++) {
    await pause();
    times.ours.push(await elapsed(ours));
    await pause();
    times.theirs.push(await elapsed(theirs));
  }
  return { ours: median(times.ours), theirs: median(times.theirs), ratio: median(times.ours.map((t, i) => t / times.theirs[i])) };
}
