// The progress line: one plain line per stage and per tenth when the output is not a terminal, one rewritten line
// (\r) on a terminal, and the time left extrapolated from the time spent (a fake clock).
import { describe, expect, it } from 'vitest';
import { formatDuration, Progress } from './progress';

function sink(isTTY: boolean) {
	const written: string[] = [];
	return { written, output: { isTTY, write: (t: string) => written.push(t) } };
}

describe('progress', () => {
	it('prints a plain line per stage and at most one per tenth when the output is not a terminal', () => {
		let t = 0;
		const { written, output } = sink(false);
		const p = new Progress({ label: 'national', output, now: () => t });
		p.stage('writing households');
		for (let i = 1; i <= 1000; i++) {
			t += 100;
			p.update(i, 1000);
		}
		// The stage line and one line per tenth (10 % … 100 %), not 1 000 lines.
		expect(written).toHaveLength(11);
		expect(written.every((w) => w.endsWith('\n') && !w.includes('\r'))).toBe(true);
		expect(written[0]).toBe('national: writing households 0 % · 0 s in this stage\n');
		// At 10 %, 10 s spent: 90 s left at that pace.
		expect(written[1]).toBe('national: writing households 10 % · about 1 min 30 s left\n');
		expect(written[10]).toBe('national: writing households 100 % · 1 min 40 s in this stage\n');
		p.finish('wrote 5 600 000 households');
		expect(written[11]).toBe('national: wrote 5 600 000 households (1 min 40 s in all)\n');
	});

	it('weighs stages so the time left is of the whole work', () => {
		let t = 0;
		const { written, output } = sink(false);
		const p = new Progress({ label: 'bundle', output, now: () => t, weights: { checking: 1, evaluating: 3 } });
		p.stage('checking');
		t = 60_000;
		p.stage('evaluating');
		// A quarter of the work done in one minute: three minutes left.
		expect(written.at(-1)).toBe('bundle: evaluating 0 % · 25 % in all · about 3 min 00 s left\n');
		t = 120_000;
		p.update(1, 2);
		// 1 + 3 × 0.5 = 2.5 of 4 in two minutes: 72 s left.
		expect(written.at(-1)).toBe('bundle: evaluating 50 % · 62 % in all · about 1 min 12 s left\n');
	});

	it('rewrites one line on a terminal, no more often than the refresh interval, and keeps each stage’s last line', () => {
		let t = 0;
		const { written, output } = sink(true);
		const p = new Progress({ label: 'national', output, now: () => t, refreshMs: 1000 });
		p.stage('calibrating');
		for (let i = 1; i <= 100; i++) {
			t += 50;
			p.update(i, 100);
		}
		// 5 s of updates every 50 ms: a redraw each second (and at 100 %), not 100.
		expect(written.length).toBeLessThanOrEqual(8);
		expect(written.slice(1).every((w) => w.startsWith('\r') && !w.includes('\n'))).toBe(true);
		p.stage('writing');
		expect(written.at(-1)!.startsWith('\nnational: writing 0 %')).toBe(true);
		p.finish('done');
		expect(written.at(-1)).toMatch(/^\rnational: done \(5 s in all\)\s*\n$/);
	});

	it('prints a note on its own line, above the progress line on a terminal', () => {
		const plain = sink(false);
		new Progress({ label: 'bundle', output: plain.output, now: () => 0 }).note('bundle: accepted');
		expect(plain.written).toEqual(['bundle: accepted\n']);
		const tty = sink(true);
		const p = new Progress({ label: 'bundle', output: tty.output, now: () => 0 });
		p.stage('checking');
		p.note('bundle: accepted');
		const [note, redraw] = tty.written.slice(1);
		// The note overwrites the whole progress line (padded to its width), then the line is drawn again below it.
		expect(note).toMatch(/^\rbundle: accepted +\n$/);
		expect(note.length).toBe(tty.written[0].length + 1);
		expect(redraw).toBe('\rbundle: checking 0 % · 0 s in this stage');
	});

	it('says durations in hours, minutes and seconds', () => {
		expect(formatDuration(42_400)).toBe('42 s');
		expect(formatDuration(185_000)).toBe('3 min 05 s');
		expect(formatDuration(3_720_000)).toBe('1 h 02 min');
	});
});
