// Load tokens: the latest load wins, an earlier one is cancelled, Cancel stops the current one, and a load past its
// commit point finishes as one unit.
import { describe, expect, it } from 'vitest';
import { isCancelled, LoadCancelled, LoadTokens, untilCancelled } from './load-token';

describe('load tokens', () => {
	it('cancel the earlier load when a newer one begins', () => {
		const tokens = new LoadTokens();
		const big = tokens.begin();
		const small = tokens.begin();
		expect(big.current).toBe(false);
		expect(big.signal.aborted).toBe(true);
		expect(big.signal.reason).toMatchObject({ reason: 'superseded' });
		expect(() => big.check()).toThrow(LoadCancelled);
		expect(small.current).toBe(true);
		expect(() => small.commit()).not.toThrow();
	});

	it('let Cancel stop the current load, which then cannot commit', () => {
		const tokens = new LoadTokens();
		const load = tokens.begin();
		expect(tokens.cancel()).toBe(true);
		expect(load.current).toBe(false);
		expect(() => load.commit()).toThrow(/cancelled/);
		expect(tokens.cancel()).toBe(false);
	});

	it('keep a committed load whole: neither Cancel nor a newer load aborts it', () => {
		const tokens = new LoadTokens();
		const load = tokens.begin();
		load.commit();
		expect(tokens.cancel()).toBe(false);
		const next = tokens.begin();
		expect(load.signal.aborted).toBe(false);
		expect(next.current).toBe(true);
		expect(load.current).toBe(false);
	});

	it('reject a pending step as soon as its load is cancelled', async () => {
		const tokens = new LoadTokens();
		const load = tokens.begin();
		const never = new Promise<number>(() => {});
		const step = untilCancelled(never, load.signal);
		tokens.begin();
		const e = await step.catch((x: unknown) => x);
		expect(isCancelled(e)).toBe(true);
		expect(await untilCancelled(Promise.resolve(7), tokens.begin().signal)).toBe(7);
	});
});
