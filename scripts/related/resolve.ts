/**
 * The one typed config the algorithm reads: the newsroom's settings (content/related-settings.ts, validated with
 * site.json) plus the internal constants, each defined with its reason in the module that uses it.
 */
import { z } from 'zod';
import { CANDIDATES, MAX_SCAN } from './candidates.ts';
import { relatedConfigSchema, type RelatedSettings, type RelatedSettingsInput } from '../content/related-settings.ts';
import { EXPANDED_TERMS, EXPANSION, EXPANSION_NEIGHBOURS } from './expand.ts';
import { MAX_POSTINGS } from './postings.ts';
import { AUTHOR_WEIGHT, TEXT_WEIGHT } from './score.ts';
import { BODY_CHARS, SUBWORD_BELOW, TITLE_WEIGHT } from './terms.ts';
import { IDF_EXPONENT, MAX_DOC_FREQUENCY, QUERY_TERMS } from './vectors.ts';

const share = z.number().min(0);
const atLeastOne = z.number().int().min(1);

/**
 * Overrides of the internal constants, for experiments only: `npm run eval:related -- --internal
 * '{"queryTerms": 40}'` and tests. site.json cannot reach them (its `related` block is
 * `relatedConfigSchema`, which refuses these names).
 */
export const relatedInternalsSchema = z
  .strictObject({
    textWeight: share,
    titleWeight: share,
    authorWeight: share,
    queryTerms: atLeastOne,
    maxDocFrequency: share.max(1),
    maxPostings: atLeastOne,
    maxScan: atLeastOne,
    bodyChars: z.number().int().min(0),
    idfExponent: share,
    subwordBelow: z.number().int().min(0),
    candidates: atLeastOne,
    expansion: share,
    expansionNeighbours: atLeastOne,
    expandedTerms: atLeastOne,
  })
  .partial();

/** The internal constants, one field each; see the constant of the same name for its meaning. */
export type RelatedInternals = Required<z.infer<typeof relatedInternalsSchema>>;

/** The internal constants as the modules define them. */
export const INTERNAL_DEFAULTS: RelatedInternals = Object.freeze({
  textWeight: TEXT_WEIGHT,
  titleWeight: TITLE_WEIGHT,
  authorWeight: AUTHOR_WEIGHT,
  queryTerms: QUERY_TERMS,
  maxDocFrequency: MAX_DOC_FREQUENCY,
  maxPostings: MAX_POSTINGS,
  maxScan: MAX_SCAN,
  bodyChars: BODY_CHARS,
  idfExponent: IDF_EXPONENT,
  subwordBelow: SUBWORD_BELOW,
  candidates: CANDIDATES,
  expansion: EXPANSION,
  expansionNeighbours: EXPANSION_NEIGHBOURS,
  expandedTerms: EXPANDED_TERMS,
});

/** Everything `buildRelated`'s stages read: the newsroom's settings and the internal constants. */
export type RelatedConfig = Readonly<RelatedSettings & RelatedInternals>;

const DEFAULT_SETTINGS: RelatedSettings = relatedConfigSchema.parse({});

/**
 * The full config from settings already validated by `relatedConfigSchema` (site.json's
 * `related`, or any part of it: missing fields take their defaults) and optional overrides of the
 * internal constants. Not a second validation: the values are trusted as typed.
 */
export function resolveRelatedConfig(settings: RelatedSettingsInput = {}, internal: Partial<RelatedInternals> = {}): RelatedConfig {
  const weights = Object.freeze({ ...DEFAULT_SETTINGS.weights, ...settings.weights });
  return Object.freeze({ ...DEFAULT_SETTINGS, ...settings, weights, ...INTERNAL_DEFAULTS, ...internal });
}
