import type { RuleKind } from '../kernel/rule-kind';
import { confusable } from './confusable';
import { consistency } from './consistency';
import { entity } from './entity';
import { pattern } from './pattern';
import { repetition } from './repetition';
import { term } from './term';

/** Every rule kind mtlint knows. A new kind is one file in this folder plus one line here. */
export const ruleKinds: ReadonlyMap<string, RuleKind<any, any>> = new Map(
  [term, confusable, entity, pattern, consistency, repetition].map((k) => [k.kind, k]),
);
