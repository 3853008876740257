/**
 * 命名批次: what the office published about one naming batch (content/batches/<year>-<level>.yaml).
 * Data only: the batch pages are made from the units' honors (src/lib/model.ts, deriveBatches),
 * and a file here adds its figures to one of them.
 */
import { batchSchema, type BatchData } from '../schemas/batches.ts';
import { checkBatchExists } from '../../scripts/lib/checks/batches.ts';
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
  checks: (entry, { entries }) => checkBatchExists(entry, entries),
};
