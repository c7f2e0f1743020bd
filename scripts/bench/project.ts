/**
 * A throwaway copy of the project around another content/ folder, built with the project's
 * own pipeline (`astro build`: content loaders, pages, and whatever runs in astro:build:done),
 * with the build's wall time and peak memory measured.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

/** Top-level entries of the project a build needs; content/ is the copy's own. */
const SHARED = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/**
 * Copies the project's sources into `dir` (Vite resolves symlinks to their real path, which
 * Astro's component styles do not survive). node_modules is a real folder of links to each
 * package, so that Astro's cache (node_modules/.astro) and Vite's stay in the copy and never
 * touch the builds others run in the project itself.
 */
export function linkProject(projectRoot: string, dir: string): void {
  for (const entry of SHARED)
    if (existsSync(join(projectRoot, entry))) cpSync(join(projectRoot, entry), join(dir, entry), { recursive: true });
  const modules = join(dir, 'node_modules');
  mkdirSync(modules);
  for (const entry of readdirSync(join(projectRoot, 'node_modules'))) {
    if (entry === '.astro' || entry === '.vite' || entry === '.cache') continue;
    symlinkSync(join(projectRoot, 'node_modules', entry), join(modules, entry));
  }
}

/** What a command cost. */
export interface RunStats {
  /** Wall time in milliseconds. */
  ms: number;
  /** Exit code. */
  code: number;
  /** Peak resident memory of the largest single process, in kB (GNU time), or null. */
  maxRssKb: number | null;
  /** Peak of the summed resident memory of the process tree, in kB, sampled every 100 ms. */
  treeRssKb: number;
  /** The command's output, for error reports. */
  output: string;
}

/** Children of each process, from /proc. */
function childrenMap(): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      map.set(ppid, [...(map.get(ppid) ?? []), Number(name)]);
    } catch {
      // The process ended while we looked.
    }
  }
  return map;
}

/** Summed VmRSS of a process and its descendants, in kB. */
function treeRss(pid: number): number {
  const children = childrenMap();
  let total = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const p = stack.pop() as number;
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${String(p)}/status`, 'utf8'));
      total += Number(m?.[1] ?? 0);
    } catch {
      // Gone.
    }
    stack.push(...(children.get(p) ?? []));
  }
  return total;
}

const GNU_TIME = '/usr/bin/time';

/**
 * Runs a command in `cwd`, under GNU time -v when it is installed, sampling the memory of
 * its process tree.
 */
export async function measure(
  command: string,
  args: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<RunStats> {
  const timeFile = join(cwd, `.time-${String(process.pid)}-${String(Date.now())}.txt`);
  const useTime = existsSync(GNU_TIME);
  const [cmd, argv] = useTime ? [GNU_TIME, ['-v', '-o', timeFile, command, ...args]] : [command, [...args]];
  const start = performance.now();
  const child = spawn(cmd, argv, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d: Buffer) => {
    output += d.toString();
  });
  child.stderr.on('data', (d: Buffer) => {
    output += d.toString();
  });
  let treeRssKb = 0;
  const timer = setInterval(() => {
    if (child.pid !== undefined) treeRssKb = Math.max(treeRssKb, treeRss(child.pid));
  }, 100);
  const code = await new Promise<number>((resolve) =>
    child.on('close', (c) => {
      resolve(c ?? 1);
    }),
  );
  clearInterval(timer);
  const ms = performance.now() - start;
  let maxRssKb: number | null = null;
  if (useTime && existsSync(timeFile)) {
    const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(timeFile, 'utf8'));
    maxRssKb = m ? Number(m[1]) : null;
  }
  return { ms, code, maxRssKb, treeRssKb, output };
}

/** Bytes of every file under a folder. */
export function folderBytes(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  if (!existsSync(dir)) return { bytes, files };
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}
