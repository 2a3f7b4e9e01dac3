'use client';

import { JURISDICTIONS, PERSPECTIVES, type Jurisdiction, type Perspective } from '../../../machines/facts';
import type { CheckBundle } from '../../lib/bundle';
import { RadioQuestion } from './Choices';

interface Props {
  bundle: CheckBundle;
  step: 'perspective' | 'jurisdiction';
  perspective: Perspective | null;
  jurisdiction: Jurisdiction | null;
  onPerspective: (p: Perspective) => void;
  onJurisdiction: (j: Jurisdiction) => void;
}

/** The two settings chosen before the questions: who it is about, and where it is happening. */
export function SetupStep({ bundle, step, perspective, jurisdiction, onPerspective, onJurisdiction }: Props) {
  const { setup, check } = bundle.ui;
  if (step === 'perspective') {
    return (
      <RadioQuestion<Perspective>
        key="perspective"
        name="perspective"
        heading={setup.perspectiveTitle}
        hint={<p>{setup.perspectiveHint}</p>}
        choices={PERSPECTIVES.map((p) => ({ value: p, label: setup[p] }))}
        initial={perspective ?? undefined}
        continueLabel={check.continue}
        errorTitle={check.errorTitle}
        errorMessage={check.errorChoose}
        onChoose={onPerspective}
      />
    );
  }
  return (
    <RadioQuestion<Jurisdiction>
      key="jurisdiction"
      name="jurisdiction"
      heading={setup.jurisdictionTitle}
      hint={<p>{setup.jurisdictionHint}</p>}
      choices={JURISDICTIONS.map((j) => ({ value: j, label: setup[j], hint: j === 'INTL' ? setup.INTLHint : undefined }))}
      initial={jurisdiction ?? undefined}
      continueLabel={check.continue}
      errorTitle={check.errorTitle}
      errorMessage={check.errorChoose}
      onChoose={onJurisdiction}
    />
  );
}
