// Work done in parts: a generator that yields between parts, so a page can run one part per task (input and paint in
// between) while tests and the command line run it to the end at once.

/** Work done in parts: each `next()` does one part; the last returns the result. */
export type Steps<T> = Generator<void, T, void>;

/** The result of `steps`, every part done at once. */
export function stepsToEnd<T>(steps: Steps<T>): T {
	for (;;) {
		const r = steps.next();
		if (r.done) return r.value;
	}
}
