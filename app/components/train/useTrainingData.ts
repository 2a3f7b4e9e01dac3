'use client';

import type { Ui } from '../../../content/schema';
import type { TrainingData } from '../../lib/training';
import { useCheckData } from '../check/useCheckData';

/** The check's data file (the same for every page and person) with the training page's interface words. */
export function useTrainingData(dataUrl: string, ui: Ui): TrainingData | null {
  const { data } = useCheckData({ url: dataUrl });
  return data ? { ...data, ui } : null;
}
