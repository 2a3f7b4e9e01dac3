import type { Answer } from './facts';

/**
 * A checklist of signs sets one fact (decision-logic.md, "Facts"): a box that is decisive in itself
 * sets yes; a box that is only a sign sets unsure at most; "none of these" sets no; "I don't
 * know" sets unsure. Returns undefined while nothing is ticked.
 */
export type ChecklistChoice = { readonly signs: readonly ('yes' | 'unsure')[]; readonly exclusive: 'none' | 'unsure' | null };

export function factFromChecklist({ signs, exclusive }: ChecklistChoice): Answer | undefined {
  if (signs.includes('yes')) return 'yes';
  if (signs.length > 0) return 'unsure';
  if (exclusive === 'none') return 'no';
  if (exclusive === 'unsure') return 'unsure';
  return undefined;
}
