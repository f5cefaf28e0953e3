import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import yaml from 'js-yaml';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';

type Obj = Record<string, any>;
const ROOT = join(import.meta.dirname, '../..');
const wf = yaml.load(readFileSync(join(ROOT, '.github/workflows/publish.yml'), 'utf8')) as Obj;
const steps = (job: string): Obj[] => wf.jobs[job].steps;
const step = (job: string, name: string): Obj => {
  const s = steps(job).find((x) => x.name === name || x.id === name);
  if (!s) throw new Error(`no step ${name} in ${job}`);
  return s;
};

/**
 * The few GitHub expressions the workflow uses: `a == 'x'`, `a != 'x'`, a bare value, joined by
 * `&&` and `||` (no parentheses); `${{ }}` around it or not. Anything else throws, so a condition
 * this test cannot read fails it rather than passing unread.
 */
function evaluate(expr: string, ctx: Obj): string | boolean {
  const e = expr.replace(/^\$\{\{\s*|\s*\}\}$/g, '').trim();
  const value = (path: string): string => path.split('.').reduce((o: any, k) => o?.[k], ctx) ?? '';
  const term = (t: string): string | boolean => {
    const m = /^([\w.-]+)\s*(==|!=)\s*'([^']*)'$/.exec(t.trim());
    if (m) return (value(m[1]!) === m[3]) === (m[2] === '==');
    if (/^[\w.-]+$/.test(t.trim())) return value(t.trim());
    throw new Error(`expression the test cannot read: ${t}`);
  };
  for (const alt of e.split('||')) {
    let v: string | boolean = true;
    for (const part of alt.split('&&')) if (!(v = term(part))) break;
    if (v) return v;
  }
  return false;
}
const runs = (s: Obj, ctx: Obj) => s.if === undefined || Boolean(evaluate(s.if, ctx));

/** Which build steps a run takes, given what the plan job's steps say. */
function simulate(event: string, planSteps: Obj) {
  const github = { event_name: event, ref: event === 'pull_request' ? 'refs/pull/1/merge' : 'refs/heads/main' };
  const outputs = Object.fromEntries(
    Object.entries(wf.jobs.plan.outputs as Obj).map(([k, v]) => [k, evaluate(v, { steps: planSteps, github })]),
  );
  const ctx = { github, needs: { plan: { outputs } } };
  const build = runs(wf.jobs.build, ctx);
  const taken = build
    ? steps('build')
        .filter((s) => runs(s, ctx))
        .map((s) => s.name ?? s.uses)
    : [];
  const deploy = build && runs(wf.jobs.deploy, ctx);
  return { taken, deploy };
}

const flow = suite('publish.yml: which steps run');
const content = { changes: { outputs: { build: 'true', code: 'false' } } };
const code = { changes: { outputs: { build: 'true', code: 'true' } } };
flow('a content-only push: check, build and site checks, no code tests, deploy', () => {
  const r = simulate('push', content);
  for (const s of ['Check the archive', 'Build', 'Site checks', 'Upload the site']) assert.ok(r.taken.includes(s), s);
  assert.not.ok(r.taken.includes('Tests'));
  assert.ok(r.deploy);
});
flow('a code push runs the tests too', () => {
  const r = simulate('push', code);
  assert.ok(r.taken.includes('Tests'));
  assert.ok(r.deploy);
});
flow('a pull request: the same fast path, and no deploy', () => {
  assert.not.ok(simulate('pull_request', content).taken.includes('Tests'));
  assert.ok(simulate('pull_request', code).taken.includes('Tests'));
  assert.not.ok(simulate('pull_request', code).deploy);
});
flow('a scheduled run with nothing due builds nothing', () => {
  assert.equal(simulate('schedule', { due: { outputs: { deploy: 'false', code: 'false' } } }), { taken: [], deploy: false });
});
flow('a scheduled run with a story due builds and deploys without the tests', () => {
  const r = simulate('schedule', { due: { outputs: { deploy: 'true', code: 'false' } } });
  assert.not.ok(r.taken.includes('Tests'));
  assert.ok(r.taken.includes('Site checks'));
  assert.ok(r.deploy);
});
flow('check:site runs, unconditionally, after the build and before the upload and the deploy', () => {
  const names = steps('build').map((s) => s.name);
  const site = step('build', 'Site checks');
  assert.match(site.run, /npm run check:site/);
  assert.is(site.if, undefined);
  assert.ok(names.indexOf('Build') < names.indexOf('Site checks'));
  assert.ok(names.indexOf('Site checks') < names.indexOf('Upload the site'));
  assert.equal([wf.jobs.deploy.needs].flat(), ['build']);
});
flow('it runs on a schedule every 15 minutes, and on Node 22', () => {
  const crons = (wf.on.schedule as Obj[]).map((s) => s.cron);
  assert.equal(crons, ['7,22,37,52 * * * *']);
  for (const job of ['plan', 'build'])
    for (const s of steps(job).filter((x) => String(x.uses).startsWith('actions/setup-node@'))) assert.is(s.with['node-version'], 22);
});
flow.run();

// The classification step's own shell, run in a scratch repository.
const classify = suite('publish.yml: the "Classify the changed files" script');
function git(dir: string, ...args: string[]): string {
  const r = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', '-C', dir, ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout.trim();
}
function commit(dir: string, files: string[]): string {
  for (const f of files) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    writeFileSync(join(dir, f), `${Math.random()}\n`);
  }
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '--allow-empty', '-m', 'x');
  return git(dir, 'rev-parse', 'HEAD');
}
/**
 * A scratch repository whose first commit is live (the marker names it, unless `live` says
 * otherwise; null: no marker), then one commit per list of files; returns the step's outputs.
 */
function classifyPush(commits: string[][], live?: string | null): string {
  const dir = mkdtempSync(join(tmpdir(), 'classify-'));
  try {
    git(dir, 'init', '-q');
    const first = commit(dir, ['content/articles/a.md', 'scripts/x.ts']);
    for (const files of commits) commit(dir, files);
    if (live !== null) {
      mkdirSync(join(dir, '.deployed'));
      writeFileSync(join(dir, '.deployed/marker'), `${live ?? first} 1764748800\n`);
    }
    const out = join(dir, '.out');
    writeFileSync(out, '');
    const env = { ...process.env, EVENT: 'push', GITHUB_OUTPUT: out };
    const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step('plan', 'changes').run], {
      cwd: dir,
      env,
      encoding: 'utf8',
    });
    assert.is(r.status, 0, r.stderr);
    return readFileSync(out, 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const CASES: Array<[string, string[][], string | null | undefined, string]> = [
  ['one new story', [['content/articles/2026/12/nayi-khabar.md']], undefined, 'false'],
  ['a story and a data file', [['content/articles/b.md', 'content/_data/authors.json']], undefined, 'false'],
  ['two content commits since the live one', [['content/articles/b.md'], ['content/articles/c.md']], undefined, 'false'],
  ['a script', [['scripts/y.ts']], undefined, 'true'],
  ['a story and a layout', [['content/articles/b.md', 'layouts/base.njk']], undefined, 'true'],
  ['a file named like content outside it', [['contentx/a.md']], undefined, 'true'],
  ['a story after a code commit that never went live', [['scripts/y.ts'], ['content/articles/b.md']], undefined, 'true'],
  ['no marker (first deploy, evicted cache)', [['content/articles/b.md']], null, 'true'],
  ['a live commit this clone lacks', [['content/articles/b.md']], 'f'.repeat(40), 'true'],
  ['a damaged marker', [['content/articles/b.md']], '--help', 'true'],
];
for (const [name, commits, live, expected] of CASES)
  classify(`${name}: code tests ${expected === 'true' ? 'run' : 'skipped'}`, () => {
    assert.is(classifyPush(commits, live), `build=true\ncode=${expected}\n`);
  });
classify.run();
