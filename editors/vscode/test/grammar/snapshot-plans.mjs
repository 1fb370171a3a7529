// Snapshot tests of the grammar on every real plan: copies plans/*.plan next to their committed .snap files and runs
// vscode-tmgrammar-snap on the copies. DSLPLANNING_REGENERATE=1 rewrites the snapshots (review them with git diff).
import { spawnSync } from 'node:child_process';
import { copyFileSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const snapshots = join(here, 'snapshots');
const plans = join(here, '..', '..', '..', '..', 'plans');

const planNames = readdirSync(plans).filter((name) => name.endsWith('.plan'));
const orphans = readdirSync(snapshots).filter((name) => name.endsWith('.plan.snap') && !planNames.includes(name.slice(0, -'.snap'.length)));
if (orphans.length > 0) {
  console.error(`Snapshots of plans that are no longer in plans/: ${orphans.join(', ')}; delete them.`);
  process.exit(1);
}

const copies = planNames.map((name) => join(snapshots, name));
planNames.forEach((name, i) => copyFileSync(join(plans, name), copies[i]));
try {
  const update = process.env.DSLPLANNING_REGENERATE === '1' ? ['--updateSnapshot'] : [];
  const run = spawnSync(
    process.execPath,
    [join(here, '..', '..', 'node_modules', 'vscode-tmgrammar-test', 'dist', 'snapshot.js'), '-g', join(here, '..', '..', 'syntaxes', 'plan.tmLanguage.json'), ...update, ...copies],
    { stdio: 'inherit' },
  );
  process.exitCode = run.status ?? 1;
} finally {
  copies.forEach((copy) => rmSync(copy));
}
