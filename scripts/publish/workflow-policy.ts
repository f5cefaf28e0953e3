import yaml from 'js-yaml';

/** A `uses:` pinned to a full commit: `owner/repo[/path]@<40 hex>`. Local actions (`./…`) and `docker://` are not fetched by tag. */
const PINNED = /^[^@\s]+@[0-9a-f]{40}$/;

/** Node 20's support ended in April 2026; the workflow builds on a supported LTS (issue 22). */
const MIN_NODE = 22;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The supply-chain rules every workflow keeps (issue 17), as `where: what is wrong — what to write`:
 * the top-level `permissions` is `{}`; every job names its own permissions; every `uses:` of a
 * remote action is pinned to a 40-hex commit (a tag can be moved to other code, a commit cannot);
 * every `actions/checkout` has `persist-credentials: false`, so the token is not left in
 * `.git/config` for the steps that run npm scripts and content; a pinned commit carries its version
 * in a comment (`@<sha> # v4.4.0`); `actions/setup-node` asks for Node 22 or later.
 */
export function workflowProblems(text: string): string[] {
  const doc = yaml.load(text);
  if (!isObj(doc)) return ['workflow: not a YAML mapping'];
  const problems: string[] = [];
  const top = doc.permissions;
  if (!isObj(top) || Object.keys(top).length > 0) {
    problems.push('permissions: the top level must be `permissions: {}` — give each job only what it needs');
  }
  const jobs = isObj(doc.jobs) ? doc.jobs : {};
  for (const [name, job] of Object.entries(jobs)) {
    if (!isObj(job)) continue;
    if (!('permissions' in job)) problems.push(`jobs.${name}: no permissions — add \`permissions:\` with only what the job needs`);
    const uses = typeof job.uses === 'string' ? [{ where: `jobs.${name}.uses`, uses: job.uses, step: {} as Obj }] : [];
    const steps = Array.isArray(job.steps) ? job.steps : [];
    steps.forEach((step, i) => {
      if (isObj(step) && typeof step.uses === 'string') uses.push({ where: `jobs.${name}.steps[${i}]`, uses: step.uses, step });
    });
    for (const u of uses) {
      const remote = !u.uses.startsWith('./') && !u.uses.startsWith('docker://');
      if (remote && !PINNED.test(u.uses)) problems.push(`${u.where}: ${u.uses} is not pinned — write owner/repo@<40-hex commit> # vX.Y.Z`);
      if (/^actions\/setup-node@/.test(u.uses)) {
        const version = String((isObj(u.step.with) ? u.step.with : {})['node-version'] ?? '');
        const major = Number(/^v?(\d+)/.exec(version)?.[1] ?? 0);
        // `lts/*`, `latest` and `current` always name a supported line.
        if (major < MIN_NODE && !/^(lts\/|latest$|current$|node$)/.test(version))
          problems.push(`${u.where}: node-version ${version || '(none)'} is past its end of life — write node-version: ${MIN_NODE}`);
      }
      if (/^actions\/checkout@/.test(u.uses)) {
        const withs = isObj(u.step.with) ? u.step.with : {};
        if (withs['persist-credentials'] !== false)
          problems.push(`${u.where}: checkout keeps the token in .git/config — add \`with: persist-credentials: false\``);
      }
    }
  }
  // A bare commit says nothing to a reviewer or to Dependabot's diff: the version goes beside it.
  text.split('\n').forEach((line, i) => {
    if (/\buses:\s*[^\s#]+@[0-9a-f]{40}\b/.test(line) && !/#\s*v\d/.test(line))
      problems.push(`line ${i + 1}: a pinned action needs its version in a comment — add \` # vX.Y.Z\``);
  });
  return problems;
}
