// Probe: national bundle with every view on (householdViewsMax raised): per-view answer times, long tasks, memory.
import { openApp } from '../tests/browser/harness';
import { ALL_VIEWS_VIEWPORT, ANSWER_LOG, DEPOSITS_TEST } from './bench/all-views';
import { SLIDER } from './bench/browser';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const BUNDLE = 'datasets/national/national.komek.arrows';
function pss(): number {
	const out = execFileSync('ps', ['-C', 'chromium', '-o', 'pid='], { encoding: 'utf8' }).trim().split('\n').map((s) => s.trim());
	let kb = 0;
	for (const pid of out) try { kb += Number(/^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))![1]); } catch {}
	return Math.round(kb / 1024);
}
const max = process.env.MAX ?? '1e9';
const app = await openApp('/', { viewport: ALL_VIEWS_VIEWPORT, initScript: ANSWER_LOG + ` window.__komekHouseholdViewsMax = ${max};` });
const p = app.page;
await p.waitForSelector('[data-live-status="ready"]', { timeout: 120_000 });
await p.evaluate(() => {
	const w = window as any;
	w.__komekAnswers = [];
	w.__lt = [];
	new PerformanceObserver((l) => l.getEntries().forEach((e) => w.__lt.push([Math.round(e.startTime), Math.round(e.duration)]))).observe({ type: 'longtask' });
});
const t0 = await p.evaluate(() => performance.now());
await p.setInputFiles('input[data-testid="pick-files"]', BUNDLE);
await p.waitForSelector('[data-live-status="ready"][data-fast-path="ready"]', { timeout: 300_000 });
await p.waitForTimeout(Number(process.env.SETTLE ?? 20000));
const report = async (label: string, from: number) => {
	const r = await p.evaluate((from) => {
		const w = window as any;
		const seen: Record<string, number> = {};
		for (const a of w.__komekAnswers) if (a.at > from && !(a.view in seen)) seen[a.view] = Math.round(a.at - from);
		return { seen, lt: w.__lt.filter((x: number[]) => x[0] > from).map((x: number[]) => x[1]) };
	}, from);
	console.log(label, 'pss', pss(), 'MB', JSON.stringify(r.seen), 'long tasks', r.lt.length, 'max', Math.max(0, ...r.lt), 'sum', r.lt.reduce((a: number, b: number) => a + b, 0));
};
await report('load', t0);
const withheld = await p.evaluate(() => document.body.innerText.includes('off') ? [...document.querySelectorAll('[data-views-off], .views-off')].length : 0);
console.log('views-off markers', withheld);
for (let i = 0; i < Number(process.env.KEYS ?? 3); i++) {
	const t = await p.evaluate(() => performance.now());
	await p.focus(SLIDER);
	await p.keyboard.press(i % 2 ? 'ArrowLeft' : 'ArrowRight');
	await p.waitForTimeout(Number(process.env.WAIT ?? 12000));
	await report(`key ${i}`, t);
}
for (let i = 0; i < Number(process.env.TOGGLES ?? 2); i++) {
	const t = await p.evaluate(() => performance.now());
	await p.getByRole('checkbox', { name: DEPOSITS_TEST, exact: true }).click();
	await p.waitForTimeout(Number(process.env.WAIT ?? 12000));
	await report(`toggle ${i}`, t);
}
await app.close();
