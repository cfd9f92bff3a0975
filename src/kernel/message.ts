export type MessageValue = string | number | undefined;

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * A message template split once into text and `{name}` placeholders. A rule's message is filled
 * for every finding, and a batch can have thousands: a regex replace with a callback per finding
 * cost as much as the rule that found them.
 */
export class MessageTemplate {
  /** The text around the placeholders: one more than `names`. */
  private readonly texts: string[] = [];
  private readonly names: string[] = [];

  constructor(template: string) {
    let last = 0;
    for (const m of template.matchAll(PLACEHOLDER)) {
      this.texts.push(template.slice(last, m.index));
      this.names.push(m[1]);
      last = m.index + m[0].length;
    }
    this.texts.push(template.slice(last));
  }

  /** Fills each placeholder with `value(name)`; unknown names are left as written so typos stay visible. */
  fill(value: (name: string) => MessageValue): string {
    const { texts, names } = this;
    let out = texts[0];
    for (let k = 0; k < names.length; k++) {
      const v = value(names[k]);
      out += (v === undefined ? `{${names[k]}}` : String(v)) + texts[k + 1];
    }
    return out;
  }
}
