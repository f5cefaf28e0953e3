import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { workflowProblems } from '../../scripts/publish/workflow-policy.ts';

const ROOT = join(import.meta.dirname, '../..');
const SHA = '11d5960a326750d5838078e36cf38b85af677262';

/** A workflow that keeps every rule; each case below breaks one. */
const GOOD = `
name: t
on: push
permissions: {}
jobs:
  build:
    runs-on: ubuntu-latest
    permissions:
      contents: read
    steps:
      - uses: actions/checkout@${SHA} # v4.4.0
        with:
          persist-credentials: false
      - uses: actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020 # v4.4.0
        with:
          node-version: 22
      - uses: ./.github/actions/local
      - run: npm test
`;

const test = suite('workflowProblems');
test("the project's publish.yml keeps every rule", () => {
  assert.equal(workflowProblems(readFileSync(join(ROOT, '.github/workflows/publish.yml'), 'utf8')), []);
});
test('a workflow that keeps every rule has no problems', () => assert.equal(workflowProblems(GOOD), []));
test('node-version lts/* is a supported line', () =>
  assert.equal(workflowProblems(GOOD.replace('node-version: 22', "node-version: 'lts/*'")), []));

const CASES: Array<[string, string, RegExp]> = [
  ['an action pinned to a tag', GOOD.replace(`checkout@${SHA}`, 'checkout@v4'), /steps\[0\]: actions\/checkout@v4 is not pinned/],
  ['an action pinned to a short commit', GOOD.replace(`checkout@${SHA}`, 'checkout@11d5960'), /is not pinned/],
  ['an action on a branch', GOOD.replace(`checkout@${SHA}`, 'checkout@main'), /is not pinned/],
  [
    'a reusable workflow on a tag',
    `${GOOD}  reuse:\n    permissions: {}\n    uses: octo/flows/.github/workflows/x.yml@v1\n`,
    /jobs\.reuse\.uses: .* is not pinned/,
  ],
  ['a pinned action without its version comment', GOOD.replace(' # v4.4.0', ''), /line 11: a pinned action needs its version in a comment/],
  ['checkout without persist-credentials', GOOD.replace(/ {8}with:\n {10}persist-credentials: false\n/, ''), /persist-credentials: false/],
  [
    'checkout with persist-credentials: true',
    GOOD.replace('persist-credentials: false', 'persist-credentials: true'),
    /persist-credentials: false/,
  ],
  ['a job without permissions', GOOD.replace(/ {4}permissions:\n {6}contents: read\n/, ''), /jobs\.build: no permissions/],
  [
    'top-level permissions granted',
    GOOD.replace('permissions: {}', 'permissions:\n  contents: write'),
    /the top level must be `permissions: \{\}`/,
  ],
  [
    'Node 20 (past its end of life)',
    GOOD.replace('node-version: 22', 'node-version: 20.20.2'),
    /steps\[1\]: node-version 20\.20\.2 is past its end of life/,
  ],
  ['setup-node without a version', GOOD.replace('node-version: 22', 'cache: npm'), /node-version \(none\)/],
  ['top-level permissions missing', GOOD.replace('permissions: {}\n', ''), /the top level must be/],
  ['top-level write-all', GOOD.replace('permissions: {}', 'permissions: write-all'), /the top level must be/],
];
for (const [name, text, expected] of CASES)
  test(`refused: ${name}`, () => {
    const problems = workflowProblems(text);
    assert.is(problems.length, 1, problems.join('\n'));
    assert.match(problems[0]!, expected);
  });

test.run();
