// `npm start`: builds the site when the build is missing or older than its sources, then
// serves it at http://localhost:4321.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = ['content', 'src', 'public', 'astro.config.mjs', 'package-lock.json'];

/** The newest modification time under a path, in ms. */
function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), stat.mtimeMs);
}

const run = (args) => {
  const result = spawnSync('npx', args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

const built = join('dist', 'index.html');
if (!existsSync(built) || statSync(built).mtimeMs < Math.max(...SOURCES.map(newest))) {
  run(['astro', 'build']);
} else {
  console.log('The build is up to date; serving it.');
}
run(['astro', 'preview', '--host', '127.0.0.1', '--port', '4321']);
