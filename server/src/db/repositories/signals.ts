import type { Signal } from '@fulcrum/core';
import type { TableSpec } from '../table.ts';
import { baseSelect, baseSort } from './common.ts';

/** How the signal catalogue is stored. */
export const signalTable = {
  table: 'signals',
  select: {
    ...baseSelect,
    name: 't.name',
    description: 't.description',
    dimension: 't.dimension',
    polarity: 't.polarity::int',
    defaultWeight: 't.default_weight',
    usageCount: `(SELECT count(*)::int FROM observations o WHERE o.workspace_id = t.workspace_id AND o.signal_id = t.id)`,
  },
  write: {
    name: 'name',
    description: 'description',
    dimension: 'dimension',
    polarity: 'polarity',
    defaultWeight: 'default_weight',
  },
  search: ['t.name', 't.description'],
  sort: {
    ...baseSort,
    dimension: `(t.dimension || ':' || lpad((1 - t.polarity)::text, 1, '0') || ':' || lower(t.name))`,
  },
} satisfies TableSpec<keyof Signal>;

/** Sortable signal fields. */
export const signalSortFields = ['dimension', ...Object.keys(baseSort)];
