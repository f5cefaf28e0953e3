import { FIELD_LABELS, frontMatterSchema, type FrontMatter } from '../content/schema.ts';

type Name = keyof FrontMatter;

/** What the CMS can check of a text field before saving, read from the schema's own definition. */
export interface TextRules {
  /** Regular expressions the value must match (`.regex()` in the schema). */
  patterns: RegExp[];
  /** The value may not be blank (`.min(1)` after `.trim()` in the schema). */
  notBlank: boolean;
  /** The rules apply to each item of a list (`z.array(z.string()…)`). */
  eachItem: boolean;
}

interface ZodLike {
  _zod: { def: { type: string; innerType?: ZodLike; element?: ZodLike; checks?: Array<{ _zod: { def: Record<string, unknown> } }> } };
}

/**
 * The string checks of a front-matter field: through `.optional()`, `.default()` and one array
 * level, the `regex` and `min_length` checks zod keeps in its definition (`_zod.def`). The CMS
 * checks the same patterns as the validator, so the two cannot drift apart.
 */
export function textRules(name: Name): TextRules | undefined {
  let t = frontMatterSchema.shape[name] as unknown as ZodLike;
  let eachItem = false;
  for (;;) {
    const def = t._zod.def;
    if ((def.type === 'optional' || def.type === 'default') && def.innerType) t = def.innerType;
    else if (def.type === 'array' && def.element && !eachItem) {
      t = def.element;
      eachItem = true;
    } else break;
  }
  if (t._zod.def.type !== 'string') return undefined;
  const checks = (t._zod.def.checks ?? []).map((c) => c._zod.def);
  const patterns = checks.filter((c) => c.format === 'regex' && c.pattern instanceof RegExp).map((c) => c.pattern as RegExp);
  const notBlank = checks.some((c) => c.check === 'min_length' && Number(c.minimum) >= 1);
  return { patterns, notBlank, eachItem };
}

/**
 * What the editor reads when a pattern of the schema is not met, in Hindi with an example. A field
 * whose schema has a pattern must have its sentence here (test/cms/field-rules.test.ts checks it).
 */
export const PATTERN_MESSAGES: Partial<Record<Name, string>> = {
  slug: 'केवल a-z, 0-9 और एक-एक हाइफ़न, जैसे mandi-bhav-badhe',
  aliases: 'पुराना पता / से शुरू होता है, अंग्रेज़ी अक्षरों में, बिना ? या # के, जैसे /2026/11/purana-slug/',
};

/** `pattern` for Sveltia: the schema's regex and its Hindi sentence, or "not blank" for a required text. */
function patternOf(name: Name, rules: TextRules): [string, string] | undefined {
  const regex = rules.patterns[0];
  if (regex) return [regex.source, PATTERN_MESSAGES[name] ?? `${FIELD_LABELS[name]}: लिखने का ढंग ग़लत है`];
  if (rules.notBlank) return ['\\S', `${FIELD_LABELS[name]} में केवल खाली जगह है: कुछ लिखें, या इसे पूरा खाली छोड़ें`];
  return undefined;
}

/**
 * Sveltia's own validation for a field, from the schema: a text field's pattern, or for a list of
 * texts (aliases) a string item field that carries it. The CMS then refuses the save and says why
 * under the field, before anything is committed.
 */
export function fieldRules(name: Name): Record<string, unknown> {
  const rules = textRules(name);
  const pattern = rules && patternOf(name, rules);
  if (!rules || !pattern || name === 'tags') return {};
  if (!rules.eachItem) return { pattern };
  return { field: { name: name.replace(/s$/, ''), label: FIELD_LABELS[name], widget: 'string', pattern } };
}
