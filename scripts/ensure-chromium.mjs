// Makes sure the browser for the end-to-end tests is here: Debian's Chromium (Playwright's own
// browser download cannot reach its host on these machines). Installs it when running as root
// on Debian; otherwise says exactly what to run.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const fontsPresent = () => existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc');

if (existsSync(path) && (process.env.CHROMIUM_PATH || fontsPresent())) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log('Installing Chromium and CJK fonts for the browser tests (apt-get install chromium fonts-noto-cjk)…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk', {
    stdio: 'inherit',
  });
  process.exit(0);
}
console.error(
  [
    `The browser tests need Chromium at ${path} and CJK fonts, and they are missing.`,
    'On Debian or Ubuntu run:  sudo apt-get install -y chromium fonts-noto-cjk',
    'Elsewhere, install Chromium and set CHROMIUM_PATH to its binary, e.g. CHROMIUM_PATH=/usr/bin/chromium-browser npm test',
  ].join('\n'),
);
process.exit(1);
