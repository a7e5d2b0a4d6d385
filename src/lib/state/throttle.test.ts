import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { throttle } from './throttle';

describe('throttle', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('writes the first value in the next task and only the latest of a burst at the end of the interval', () => {
		const written: number[] = [];
		const t = throttle((v: number) => void written.push(v), 250);
		t.push(1);
		expect(written).toEqual([]);
		vi.advanceTimersByTime(0);
		expect(written).toEqual([1]);
		t.push(2);
		t.push(3);
		vi.advanceTimersByTime(249);
		expect(written).toEqual([1]);
		vi.advanceTimersByTime(1);
		expect(written).toEqual([1, 3]);
		t.push(4);
		vi.advanceTimersByTime(250);
		expect(written).toEqual([1, 3, 4]);
		vi.advanceTimersByTime(1000);
		t.push(5);
		vi.advanceTimersByTime(0);
		expect(written).toEqual([1, 3, 4, 5]);
	});

	it('flushes or cancels a waiting value', () => {
		const written: number[] = [];
		const t = throttle((v: number) => void written.push(v), 250);
		t.push(1);
		vi.advanceTimersByTime(0);
		t.push(2);
		t.flush();
		expect(written).toEqual([1, 2]);
		t.push(3);
		t.cancel();
		vi.advanceTimersByTime(1000);
		expect(written).toEqual([1, 2]);
	});

	it('does not start an interval for a write that returns false', () => {
		const written: number[] = [];
		const t = throttle((v: number) => (v === 0 ? false : void written.push(v)), 250);
		t.push(0);
		vi.advanceTimersByTime(0);
		t.push(1);
		vi.advanceTimersByTime(0);
		expect(written).toEqual([1]);
	});

	it('waits `settle` after a value starts waiting, however long since the last write', () => {
		const written: number[] = [];
		const t = throttle((v: number) => void written.push(v), 250, 120);
		t.push(1);
		vi.advanceTimersByTime(119);
		expect(written).toEqual([]);
		t.push(2);
		vi.advanceTimersByTime(1);
		expect(written).toEqual([2]);
		t.push(3);
		vi.advanceTimersByTime(249);
		expect(written).toEqual([2]);
		vi.advanceTimersByTime(1);
		expect(written).toEqual([2, 3]);
	});

	it('writes, after the interval, only when `later` runs it: the latest value, and nothing after a flush or cancel', () => {
		const written: number[] = [];
		const queued: (() => void)[] = [];
		const t = throttle(
			(v: number) => void written.push(v),
			250,
			0,
			(run) => void queued.push(run)
		);
		t.push(1);
		vi.advanceTimersByTime(0);
		expect([written, queued.length]).toEqual([[], 1]);
		t.push(2); // waits for the same idle callback
		vi.advanceTimersByTime(1000);
		expect(queued.length).toBe(1);
		queued.shift()!();
		expect(written).toEqual([2]);
		t.push(3);
		vi.advanceTimersByTime(250);
		t.flush(); // written now: the idle callback finds nothing due
		queued.shift()!();
		expect(written).toEqual([2, 3]);
		t.push(4);
		vi.advanceTimersByTime(250);
		t.cancel();
		t.push(5); // a new wait, with its own idle callback
		vi.advanceTimersByTime(250);
		expect(queued.length).toBe(2);
		queued.shift()!();
		expect(written).toEqual([2, 3]);
		queued.shift()!();
		expect(written).toEqual([2, 3, 5]);
	});
});
