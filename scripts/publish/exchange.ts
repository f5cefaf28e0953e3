import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { debuglog } from 'node:util';

const log = debuglog('samachar:publish');

/** RENAME_EXCHANGE from linux/fs.h; AT_FDCWD is -100 on every Linux architecture. */
const RENAME_EXCHANGE = 2;
const AT_FDCWD = -100;

/**
 * renameat2's syscall number, only for the architectures we build on: a wrong number would run
 * another syscall, so an architecture not listed here skips the Perl helper.
 */
const RENAMEAT2: Partial<Record<NodeJS.Architecture, number>> = { x64: 316, arm64: 276 };

/**
 * Ways to call renameat2(RENAME_EXCHANGE) without a native addon (Node has no binding for it).
 * Perl first: perl-base is an "Essential" Debian package, present even in slim containers, and
 * starts in milliseconds. Python's ctypes reaches glibc's renameat2 on any architecture. GNU mv
 * has `--exchange` from coreutils 9.5 (Debian 12 and Ubuntu 24.04 ship 9.1 and 9.4).
 */
function helpers(a: string, b: string): Array<[string, string[]]> {
  const list: Array<[string, string[]]> = [];
  const nr = RENAMEAT2[process.arch];
  if (nr !== undefined)
    list.push([
      'perl',
      ['-e', `exit(syscall(${nr}, ${AT_FDCWD}, $ARGV[0], ${AT_FDCWD}, $ARGV[1], ${RENAME_EXCHANGE}) == 0 ? 0 : 1)`, a, b],
    ]);
  list.push([
    'python3',
    [
      '-c',
      `import ctypes, os, sys
libc = ctypes.CDLL(None, use_errno=True)
sys.exit(0 if libc.renameat2(${AT_FDCWD}, os.fsencode(sys.argv[1]), ${AT_FDCWD}, os.fsencode(sys.argv[2]), ${RENAME_EXCHANGE}) == 0 else 1)`,
      a,
      b,
    ],
  ]);
  list.push(['mv', ['--exchange', '--no-target-directory', '--', a, b]]);
  return list;
}

/** The helper that worked last, tried first next time (one process, many swaps in the tests). */
let preferred: string | undefined;

/**
 * Swaps the two existing paths `a` and `b` in one atomic step (Linux renameat2 with
 * RENAME_EXCHANGE): at every instant each path names one complete folder. Returns false, having
 * changed nothing, where the system or the file system cannot (not Linux, no helper, EINVAL on
 * some network and overlay file systems). Success is read from the folders themselves (their
 * inode numbers), never from a helper's exit code, so a helper that lies or dies is harmless.
 */
export function exchangePaths(a: string, b: string): boolean {
  if (process.platform !== 'linux' || process.env.SAMACHAR_TEST_SWAP === 'renames') return false;
  const inodeOfA = statSync(a).ino;
  const list = helpers(a, b).sort(([x], [y]) => Number(y === preferred) - Number(x === preferred));
  for (const [cmd, args] of list) {
    const r = spawnSync(cmd, args, { stdio: 'ignore', timeout: 30_000 });
    if (statSync(b).ino === inodeOfA) {
      preferred = cmd;
      return true;
    }
    log('exchange with %s did not happen (%s)', cmd, r.error?.message ?? `exit ${r.status}`);
  }
  return false;
}
