import yaml from 'js-yaml';
import { FIELD_LABELS, frontMatterSchema, type FrontMatter } from '../content/schema.ts';
import { fieldRules } from './field-rules.ts';
import type { SiteData } from '../content/data-files.ts';
import type { Named } from '../content/references.ts';
import { ZONE } from '../hindi/dates.ts';
// The package's own `main.d.ts` re-exports these without file extensions, which NodeNext cannot follow.
import type { CmsConfig, Field } from '../../node_modules/@sveltia/cms/types/public.d.ts';

/** Where the CMS commits and how editors sign in. Every field has a default; see docs/publishing.md. */
export interface CmsBackendOptions {
  /** `owner/name` of the GitHub repository that holds the archive. */
  repo: string;
  /** Branch the CMS commits to; the publish workflow deploys every push to it. Default `main`. */
  branch?: string;
  /** OAuth proxy (a Cloudflare Worker or Netlify site) that hands the CMS a GitHub token. */
  authUrl?: string;
  /** Path of the proxy's login endpoint, when it is not the default `auth`. */
  authEndpoint?: string;
}

/** Inputs of the generated config besides the data files. */
export interface CmsConfigOptions {
  backend: CmsBackendOptions;
  /** The content folder relative to the repository root, as the CMS sees it. Default `content`. */
  contentFolder?: string;
  siteTitle: string;
  siteUrl: string;
  /**
   * A second pair of eyes (`cms.review` in site.json): every story becomes a pull request, live when it
   * is merged (Sveltia's editorial workflow, GitHub backend). Default false: a save commits to `branch`.
   */
  review?: boolean;
}

/**
 * How front-matter dates are stored: the validator reads `2026-11-23 14:30` as India time, so the
 * CMS writes exactly that, never an ISO string in UTC that would shift the day.
 */
export const DATE_FORMAT = 'YYYY-MM-DD HH:mm';

const options = (entries: readonly Named[]) => entries.map((e) => ({ label: e.name, value: e.slug }));

/**
 * The widget part of every front-matter field. Typed as a record over the schema's keys, so adding a
 * field to schema.ts without deciding its widget here is a type error: the CMS cannot drift.
 */
const WIDGETS: Record<keyof FrontMatter, (data: SiteData) => Record<string, unknown>> = {
  title: () => ({ widget: 'string', hint: 'ज़रूरी। पूरा शीर्षक, जैसे: बाड़मेर मंडी में जीरे के भाव बढ़े' }),
  date: () => ({
    widget: 'datetime',
    format: DATE_FORMAT,
    default: '{{now}}',
    input_timezone: ZONE,
    hint: 'ज़रूरी। भारतीय समय। आगे की तारीख़ हो तो ख़बर उसी समय छपेगी; साल ध्यान से देखें।',
  }),
  category: (d) => ({ widget: 'select', options: options(d.categories), hint: 'ज़रूरी। सूची _data/categories.json से।' }),
  // One or several reporters: a multiple select writes a YAML list, which the schema takes.
  author: (d) => ({
    widget: 'select',
    multiple: true,
    options: options(d.authors),
    hint: 'एक या अधिक लेखक; एजेंसी की ख़बर में खाली छोड़कर स्रोत चुनें।',
  }),
  source: (d) => ({ widget: 'select', options: options(d.sources), hint: 'एजेंसी या डेस्क की ख़बर, जिसका कोई एक लेखक न हो।' }),
  district: (d) => ({ widget: 'select', options: options(d.districts), hint: 'ज़रूरी। सूची _data/districts.json से।' }),
  summary: () => ({ widget: 'text', hint: 'एक-दो वाक्य; खाली छोड़ें तो पहला पैराग्राफ़ लिया जाएगा।' }),
  tags: () => ({ widget: 'list', default: [], hint: 'विषय, अल्पविराम से अलग, जैसे: चुनाव, किसान' }),
  image: () => ({ widget: 'image', hint: 'तस्वीर लगाएँ तो नीचे उसका विवरण भी लिखें।' }),
  image_alt: () => ({ widget: 'string', hint: 'तस्वीर में क्या है, उन पाठकों के लिए जो उसे देख नहीं सकते।' }),
  image_caption: () => ({ widget: 'string', hint: 'तस्वीर के नीचे छपने वाली पंक्ति।' }),
  image_credit: () => ({ widget: 'string', hint: 'तस्वीर किसने ली, जैसे फ़ोटो: रमेश सैनी' }),
  slug: () => ({ widget: 'string', hint: 'खाली छोड़ें तो शीर्षक से बनेगा।' }),
  updated: () => ({
    widget: 'datetime',
    format: DATE_FORMAT,
    input_timezone: ZONE,
    hint: 'सुधार करने पर आज की तारीख़ डालें; ख़बर पर "अपडेट किया गया" दिखेगा।',
  }),
  // A list of { date, text }, oldest first: what the schema takes; a first correction is a list of one.
  correction: () => ({
    widget: 'list',
    label_singular: 'सुधार',
    summary: '{{fields.date}}: {{fields.text}}',
    fields: [
      { name: 'date', label: 'सुधार की तारीख', widget: 'datetime', format: DATE_FORMAT, default: '{{now}}', input_timezone: ZONE },
      { name: 'text', label: 'क्या सुधारा गया', widget: 'text' },
    ],
    hint: 'ग़लती सुधारी हो तो यहाँ लिखें; ख़बर के ऊपर "सुधार" के साथ दिखेगा। पुराना सुधार पहले।',
  }),
  draft: () => ({ widget: 'boolean', default: false, hint: 'चालू रहे तो ख़बर साइट पर नहीं छपेगी।' }),
  featured: () => ({ widget: 'boolean', default: false, hint: 'मुख पृष्ठ की सबसे ऊपर की ख़बर (सबसे नई मुख्य ख़बर पहले)।' }),
  breaking: () => ({ widget: 'boolean', default: false, hint: 'हर पन्ने पर "ब्रेकिंग" पट्टी; नीचे लिखें कब तक।' }),
  breaking_until: () => ({
    widget: 'datetime',
    format: DATE_FORMAT,
    input_timezone: ZONE,
    hint: 'ब्रेकिंग पट्टी कब हटे (भारतीय समय); ब्रेकिंग चुनें तो ज़रूरी।',
  }),
  ads: () => ({ widget: 'boolean', default: true, hint: 'दुखद या संवेदनशील ख़बर पर बंद करें: तब इस ख़बर के पन्ने पर कोई विज्ञापन नहीं दिखेगा।' }),
  aliases: () => ({ widget: 'list', default: [], hint: 'ख़बर का पता बदला हो तो पुराना पता, जैसे /2026/11/purana-slug/' }),
};

/** Whether the schema makes a field required (no `.optional()` and no `.default()`). */
export function isRequired(name: keyof FrontMatter): boolean {
  return !frontMatterSchema.shape[name].isOptional();
}

/** The article collection's fields, in schema order, then the Markdown body. */
export function articleFields(data: SiteData): Field[] {
  const names = Object.keys(frontMatterSchema.shape) as (keyof FrontMatter)[];
  const fields = names.map(
    (name) => ({ name, label: FIELD_LABELS[name], required: isRequired(name), ...fieldRules(name), ...WIDGETS[name](data) }) as Field,
  );
  return [...fields, { name: 'body', label: 'ख़बर', widget: 'markdown', required: true }];
}

/** The whole Sveltia CMS configuration for an archive. Pure: same inputs, same object. */
export function cmsConfig(data: SiteData, opts: CmsConfigOptions): CmsConfig {
  const { repo, branch = 'main', authUrl, authEndpoint } = opts.backend;
  const content = opts.contentFolder ?? 'content';
  return {
    backend: {
      name: 'github',
      repo,
      branch,
      ...(authUrl ? { base_url: authUrl } : {}),
      ...(authEndpoint ? { auth_endpoint: authEndpoint } : {}),
    },
    app_title: `${opts.siteTitle} — संपादक`,
    ...(opts.review ? { publish_mode: 'editorial_workflow' } : {}),
    site_url: opts.siteUrl,
    media_folder: `${content}/images`,
    public_folder: '/images',
    // Empty optional fields would fail validation (an empty slug or image is an error), so leave them out.
    output: { omit_empty_optional_fields: true },
    slug: { encoding: 'unicode', clean_accents: false, timezone: 'local' },
    collections: [
      {
        name: 'articles',
        label: 'ख़बरें',
        label_singular: 'ख़बर',
        folder: `${content}/articles`,
        path: '{{year}}/{{month}}/{{slug}}',
        extension: 'md',
        format: 'yaml-frontmatter',
        create: true,
        identifier_field: 'title',
        summary: '{{title}} — {{date}}',
        sortable_fields: {
          fields: ['date', 'title', 'category', 'district', 'author'],
          default: { field: 'date', direction: 'descending' },
        },
        // aliases is an ordinary field here, edited by people; keep the CMS from appending to it.
        aliases_field: false,
        fields: articleFields(data),
      },
    ],
  } as CmsConfig;
}

/** The config as YAML for `/admin/config.yml`; long lines are kept whole so diffs stay readable. */
export function cmsConfigYaml(config: CmsConfig): string {
  return `# Generated by scripts/cms/config.ts from the schema and content/_data at build time. Do not edit.\n${yaml.dump(config, { lineWidth: -1, noRefs: true })}`;
}
