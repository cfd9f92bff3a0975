/** mtlint's library API: the CLI is a thin layer over these. */
export { check, fix, checkText, type CheckOptions } from './engine/check';
export { checkFiles, type CheckFilesOptions } from './engine/check-files';
export type { Report, FileReport, FileError } from './engine/report';
export { loadRules, RuleSet, type LoadedRule, type LoadOptions, type RulePack } from './loader/load-rules';
export { Document } from './kernel/document';
export { RuleRunner } from './kernel/runner';
export { applyEdits, selectEdits } from './kernel/apply-edits';
export { fixUntilStable } from './kernel/fix-loop';
export type { Finding, Severity, Edit, RuleMeta } from './kernel/types';
export type { RuleKind, CompileContext, RuleHandlers, Report as ReportFn } from './kernel/rule-kind';
export { ruleKinds } from './kinds';
export { formatters } from './formatters';
export type { Formatter, FormatContext } from './formatters/types';
export { rulePackSchema, gazetteerSchema } from './schema/pack-schema';
export { UsageError, type Diagnostic } from './schema/diagnostic';
export { testRules } from './testing/rule-tester';
