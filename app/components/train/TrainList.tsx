'use client';

import './training.css';
import Link from 'next/link';
import { useState } from 'react';
import type { Ui } from '../../../content/schema';
import { JURISDICTIONS, type FactId, type Jurisdiction } from '../../../machines/facts';
import { fill } from '../../lib/format';
import { href, type Locale } from '../../lib/locale';
import { SessionSummary } from './SessionSummary';

export interface CaseCard {
  readonly id: string;
  readonly kind: 'labor' | 'sex' | 'smuggling' | 'not-trafficking' | 'emergency';
  readonly difficulty: 'easy' | 'medium' | 'hard';
  readonly setting: Jurisdiction;
  readonly title: string;
  readonly teaser: string;
}

const KINDS = ['labor', 'sex', 'smuggling', 'not-trafficking', 'emergency'] as const;
const LEVELS = ['easy', 'medium', 'hard'] as const;
export const kindLabel = (ui: Ui, kind: CaseCard['kind']) =>
  ({ labor: ui.train.typeLabor, sex: ui.train.typeSex, smuggling: ui.train.typeSmuggling, 'not-trafficking': ui.train.typeNotTrafficking, emergency: ui.train.typeEmergency })[kind];

/** The case list: filter by type, place and level; each case shows its title and teaser, never the answer. */
export function TrainList({ cases, ui, locale }: { cases: readonly CaseCard[]; ui: Ui; locale: Locale }) {
  const [kind, setKind] = useState<string>('all');
  const [setting, setSetting] = useState<string>('all');
  const [level, setLevel] = useState<string>('all');
  const shown = cases.filter((c) => (kind === 'all' || c.kind === kind) && (setting === 'all' || c.setting === setting) && (level === 'all' || c.difficulty === level));
  const { train } = ui;
  const select = (id: string, label: string, value: string, set: (v: string) => void, options: [string, string][]) => (
    <div className="filter">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => set(e.target.value)}>
        <option value="all">{train.all}</option>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <>
      <SessionSummary ui={ui} factLabels={ui.map.factLabels} />
      <section aria-labelledby="filters-title">
        <h2 id="filters-title">{train.filtersTitle}</h2>
        <div className="filters">
          {select('filter-type', train.filterType, kind, setKind, KINDS.map((k) => [k, kindLabel(ui, k)]))}
          {select('filter-place', train.filterJurisdiction, setting, setSetting, JURISDICTIONS.map((j) => [j, ui.train[`place${j}`]]))}
          {select('filter-level', train.filterDifficulty, level, setLevel, LEVELS.map((l) => [l, train[l]]))}
        </div>
        <p role="status" className="caption">
          {fill(train.showing, { count: shown.length })}
        </p>
        {shown.length === 0 ? (
          <p>{train.noCases}</p>
        ) : (
          <ul className="case-list">
            {shown.map((c) => (
              <li key={c.id} className="case-card" data-case={c.id}>
                <h3 className="case-card__title">
                  <Link href={href(locale, `train/${c.id}`)} prefetch={false}>
                    {c.title}
                  </Link>
                </h3>
                <p>{c.teaser}</p>
                <p className="case-card__tags">
                  <span className="tag">{kindLabel(ui, c.kind)}</span> <span className="tag">{train[c.difficulty]}</span>{' '}
                  <span className="tag">{fill(train.setIn, { place: ui.jurisdictionNames[c.setting] })}</span>
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

export type FactLabels = Record<FactId, string>;
