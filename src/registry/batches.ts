/**
 * 命名批次: what the office published about one naming decision, a body and a term
 * (content/batches/<body>-<term>.yaml). Data only: the batch pages are made from the units'
 * honors (src/lib/model.ts, deriveBatches), and a file here adds its figures to one of them; that
 * it describes a decision some honor belongs to is checked with the honors
 * (scripts/lib/checks/honors.ts, checkBatches).
 */
import { batchSchema, type BatchData } from '../schemas/batches.ts';
import type { ContentType } from './types.ts';

export const batches: ContentType<'batches', BatchData> = {
  name: 'batches',
  singular: 'batch',
  noun: '命名批次',
  files: { layout: 'data', loader: null },
  schema: () => batchSchema,
  settings: null,
  scaffold: null,
  events: [],
  checks: null,
};
