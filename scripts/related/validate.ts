import { DEFAULT_RELATED_CONFIG, RANGES, type RelatedConfig, type RelatedWeights } from './config.ts';

type Field = keyof typeof RANGES;
const TOP_FIELDS = Object.keys(DEFAULT_RELATED_CONFIG);
const WEIGHT_FIELDS = Object.keys(DEFAULT_RELATED_CONFIG.weights);

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function describe(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (Array.isArray(v)) return 'a list';
  return v === null ? 'null' : typeof v === 'object' ? 'an object' : String(v);
}

/** Checks one numeric field; returns the value to use and pushes a message when it is wrong. */
function check(field: Field, value: unknown, fallback: number, errors: string[]): number {
  if (value === undefined) return fallback;
  const [min, max, integer] = RANGES[field];
  const kind = integer ? 'an integer' : 'a number';
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    errors.push(`${field} must be ${kind} between ${min} and ${max}, got ${describe(value)}`);
    return fallback;
  }
  if (value < min || value > max || (integer && !Number.isInteger(value))) {
    errors.push(`${field} must be ${integer ? 'an integer ' : ''}between ${min} and ${max}, got ${value}`);
    return fallback;
  }
  return value;
}

function unknownFields(input: Record<string, unknown>, known: readonly string[], prefix: string, errors: string[]): void {
  for (const key of Object.keys(input)) {
    if (!known.includes(key)) errors.push(`${prefix}${key} is not a related setting (known: ${known.join(', ')})`);
  }
}

/**
 * Reads a related config (the `related` object of the site config, or anything) over the
 * defaults. Every problem is reported, by field, in plain words
 * (`weights.title must be between 0 and 10, got -1`); a wrong field keeps its default, so the
 * returned config is always usable. Callers decide whether errors stop the build.
 */
export function validateRelatedConfig(input: unknown): { config: RelatedConfig; errors: string[] } {
  const errors: string[] = [];
  const d = DEFAULT_RELATED_CONFIG;
  if (input === undefined || input === null) return { config: d, errors };
  if (!isRecord(input)) {
    return { config: d, errors: [`related must be an object of settings, got ${describe(input)}`] };
  }
  unknownFields(input, TOP_FIELDS, '', errors);
  let weightsIn: Record<string, unknown> = {};
  if (input['weights'] !== undefined) {
    if (isRecord(input['weights'])) weightsIn = input['weights'];
    else errors.push(`weights must be an object like {"title": 3}, got ${describe(input['weights'])}`);
  }
  unknownFields(weightsIn, WEIGHT_FIELDS, 'weights.', errors);
  const weight = (k: keyof RelatedWeights): number => check(`weights.${k}`, weightsIn[k], d.weights[k], errors);
  const weights: RelatedWeights = {
    text: weight('text'), title: weight('title'), tags: weight('tags'), district: weight('district'),
    category: weight('category'), author: weight('author'), recency: weight('recency'),
  };
  const top = (k: Exclude<keyof RelatedConfig, 'weights'>): number => check(k, input[k], d[k], errors);
  const config = { weights } as Record<string, unknown>;
  for (const k of TOP_FIELDS) if (k !== 'weights') config[k] = top(k as Exclude<keyof RelatedConfig, 'weights'>);
  if (config['expansionNeighbours'] as number > (config['candidates'] as number)) {
    errors.push(`expansionNeighbours (${String(config['expansionNeighbours'])}) must not exceed candidates (${String(config['candidates'])})`);
  }
  return { config: config as unknown as RelatedConfig, errors };
}
