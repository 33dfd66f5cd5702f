import { fnv1a32 } from '../../model/ids.ts';
import { oneSeTrust, type Example } from './train.ts';

/** Subsamples of baggedOneSeTrust, and the share of the snippets each one leaves out. */
const BAGS = 25;
const LEFT_OUT = 10;

/**
 * The median (the lower of two middles) of the one-standard-error trust (oneSeTrust) read on BAGS subsamples of the
 * held-out snippets, each leaving out a different tenth (by a hash of the snippet's id, so the same probabilities
 * give the same choice).
 *
 * Why: the one-standard-error rule takes the lowest trust whose score is within a standard error of the best, a
 * point where the curve crosses a line; on the shallow stretch between 0.05 and 0.15 a few snippets move that
 * crossing by a whole step, and small rule changes flipped the trust between 0.05 and 0.15 from one retrain to the
 * next (MODEL.md). The median of the crossing over subsamples moves only when most of them move: the choice a
 * retrain would make on most slightly different sets of snippets, not on this one alone.
 */
export function baggedOneSeTrust(heldOut: readonly { e: Example; p: Float64Array }[], se = 1, bags = BAGS): number {
  const choices: number[] = [];
  for (let b = 0; b < bags; b++) {
    // copies of one snippet ("id#k") stay together: a snippet is in or out as a whole
    const kept = heldOut.filter(({ e }) => fnv1a32(`trust-bag${b}:${e.id.split('#')[0]}`) % LEFT_OUT !== 0);
    choices.push(oneSeTrust(kept, se));
  }
  choices.sort((x, y) => x - y);
  return choices[Math.floor((choices.length - 1) / 2)];
}
