/** Which rules and configuration a command works with; shared by check and review. */
export interface RuleSelectionArgs {
  rules: string[];
  disable?: string[];
  defaultRules: boolean;
  config?: string;
  configLookup?: boolean;
  color?: boolean;
}
