/** Fills `{name}` placeholders; unknown names are left as written so typos stay visible. */
export function formatMessage(template: string, data: Record<string, string | number | undefined>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = data[key];
    return value === undefined ? whole : String(value);
  });
}
