import { FIELD_LABELS } from './schema.ts';
import type { MessageText } from './messages.ts';

/**
 * A field as an editor knows it, for the `{field}` placeholder: "शीर्षक (title)" in Hindi (the
 * key stays beside the name, because the key is what the editor types), "title" in English.
 */
export function fieldName(field: string): MessageText {
  const label = (FIELD_LABELS as Record<string, string>)[field];
  return { hi: label ? `${label} (${field})` : field, en: field };
}

/** A line an editor can copy for each field: what "write it like this" shows. */
const EXAMPLES: Record<string, string> = {
  title: 'title: मंडी में सरसों के भाव बढ़े',
  date: 'date: 2026-11-23 14:30',
  category: 'category: krishi-mandi',
  district: 'district: jalore',
  author: 'author: ravi-joshi',
  source: 'source: agency',
  summary: 'summary: एक-दो पंक्तियों में ख़बर का सार',
  tags: 'tags: [किसान, मंडी]',
  image: 'image: /images/2026/11/mandi.jpg',
  image_alt: 'image_alt: मंडी में सरसों की बोरियाँ',
  image_caption: 'image_caption: जालोर मंडी में सोमवार सुबह',
  image_credit: 'image_credit: फ़ोटो: रमेश सैनी',
  slug: 'slug: mandi-bhav-badhe',
  updated: 'updated: 2026-11-24 10:00',
  correction: 'correction: { date: 2026-11-24 10:00, text: "…" }',
  breaking_until: 'breaking_until: 2026-11-23 18:00',
  aliases: 'aliases: [/purani-khabar/]',
};

/** The example line for a field (`title: …` for one without an example). */
export function exampleLine(field: string): string {
  return EXAMPLES[field] ?? `${field}: …`;
}
