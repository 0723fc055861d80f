// What the page and the validation worker say to each other (see validation-worker.ts).
import type { LoadResult } from '../engine/scenario/errors.js';
import type { LoadStage } from '../engine/scenario/loader.js';

export interface ValidationRequest {
  readonly id: number;
  readonly text: string;
  readonly fileName: string;
}

export type ValidationReply =
  | { readonly id: number; readonly kind: 'stage'; readonly stage: LoadStage }
  | { readonly id: number; readonly kind: 'result'; readonly result: LoadResult };
