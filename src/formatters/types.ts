import type { Report } from '../engine/report';
import type { FixResult } from '../kernel/fix-loop';
import type { LoadedRule } from '../loader/load-rules';

/** What formatters may need besides the report; every formatter takes the same report object. */
export interface FormatContext {
  /** Metadata of the rules that produced the report. */
  rule(id: string): LoadedRule | undefined;
  /** Decoded text of a reported file, for context lines and diffs. */
  source(path: string): string | undefined;
  /** The text after all fixes, when it differs from the source. */
  fixed(path: string): string | undefined;
  /** Encoding facts of a reported file (BOM, encoding, hash of the bytes read). */
  file?(path: string): { bom: boolean; encoding: string; sha256?: string } | undefined;
  /** How `--fix` fixes a file, pass by pass (when fixes were computed), for replaying its passes. */
  fixResult?(path: string): FixResult | undefined;
  color: boolean;
  cwd: string;
}

export type Formatter = (report: Report, ctx: FormatContext) => string;
