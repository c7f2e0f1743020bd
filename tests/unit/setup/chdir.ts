// Each test process works in the mirror of the project the global setup made (curated-root.ts).
const root = process.env['POLICY_KB_UNIT_ROOT'];
if (root) process.chdir(root);
