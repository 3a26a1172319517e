// Runs the whole test suite with tap and ends with the plain "N passed, N failed" line CI reads.
import { spawn } from 'node:child_process';

const child = spawn('npx', ['tap', ...process.argv.slice(2)], { stdio: ['ignore', 'pipe', 'inherit'] });
let summary = '';
child.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  const m = /# \{ total: (\d+)(?:, pass: (\d+))?(?:, fail: (\d+))?(?:, skip: (\d+))?(?:, todo: (\d+))?/.exec(String(chunk));
  if (m) summary = m;
});
child.on('close', (code) => {
  const [, , pass = '0', fail = '0', skip = '0'] = summary || [];
  const failed = Number(fail) + (code !== 0 && Number(fail) === 0 ? 1 : 0);
  console.log(`${pass} passed, ${failed} failed, ${skip} skipped`);
  process.exit(code ?? 1);
});
