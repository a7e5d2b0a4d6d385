// The loops the column kernel (column-kernel.ts) runs over a block of rows, one per operation, each over
// Float64Arrays only: every loop stays monomorphic and optimised however many kernels share it. NULL is NaN and a
// boolean 1 / 0; `a` is read from index `i` and `b` from `j` (a column in place, a block buffer from 0). Results
// are written without data-dependent branches where SQL's NULL rules allow (`+(x < y)`), which keeps them fast.

/** A binary operation writing `n` values into `o`. */
export type Binary = (o: Float64Array, a: Float64Array, i: number, b: Float64Array, j: number, n: number) => void;
/** A unary operation writing `n` values into `o`. */
export type Unary = (o: Float64Array, a: Float64Array, i: number, n: number) => void;

/** + − × ÷, with division by zero NULL (SQL's NULLIF). */
export const ARITH: Record<'+' | '-' | '*' | '/', Binary> = {
	'+': (o, a, i, b, j, n) => {
		for (let k = 0; k < n; k++) o[k] = a[i + k] + b[j + k];
	},
	'-': (o, a, i, b, j, n) => {
		for (let k = 0; k < n; k++) o[k] = a[i + k] - b[j + k];
	},
	'*': (o, a, i, b, j, n) => {
		for (let k = 0; k < n; k++) o[k] = a[i + k] * b[j + k];
	},
	'/': (o, a, i, b, j, n) => {
		for (let k = 0; k < n; k++) {
			const y = b[j + k];
			o[k] = y === 0 ? NaN : a[i + k] / y;
		}
	}
};

/** Comparisons: NULL when either side is. */
export const CMP: Record<'<' | '<=' | '>' | '>=' | '=' | '<>', Binary> = {
	'<': (o, a, i, b, j, n) => {
		for (let k = 0; k < n; k++) {
			const x = a[i + k],
				y = b[j + k];
			o[k] = x !== x || y !== y ? NaN : +(x < y);
		}
	},
	'<=': (o, a, i, b, j, n) => {
		for (let k = 0; k < n; k++) {
			const x = a[i + k],
				y = b[j + k];
			o[k] = x !== x || y !== y ? NaN : +(x <= y);
		}
	},
	'>': (o, a, i, b, j, n) => {
		for (let k = 0; k < n; k++) {
			const x = a[i + k],
				y = b[j + k];
			o[k] = x !== x || y !== y ? NaN : +(x > y);
		}
	},
	'>=': (o, a, i, b, j, n) => {
		for (let k = 0; k < n; k++) {
			const x = a[i + k],
				y = b[j + k];
			o[k] = x !== x || y !== y ? NaN : +(x >= y);
		}
	},
	'=': (o, a, i, b, j, n) => {
		for (let k = 0; k < n; k++) {
			const x = a[i + k],
				y = b[j + k];
			o[k] = x !== x || y !== y ? NaN : +(x === y);
		}
	},
	'<>': (o, a, i, b, j, n) => {
		for (let k = 0; k < n; k++) {
			const x = a[i + k],
				y = b[j + k];
			o[k] = x !== x || y !== y ? NaN : +(x !== y);
		}
	}
};

/** The two-argument steps of LEAST, GREATEST (ignoring NULL) and three-valued AND, OR, folded over their arguments. */
export const FOLD: Record<'min' | 'max' | 'and' | 'or', Binary> = {
	min: (o, a, i, b, j, n) => {
		for (let k = 0; k < n; k++) {
			const x = a[i + k],
				y = b[j + k];
			o[k] = x !== x ? y : y !== y ? x : Math.min(x, y);
		}
	},
	max: (o, a, i, b, j, n) => {
		for (let k = 0; k < n; k++) {
			const x = a[i + k],
				y = b[j + k];
			o[k] = x !== x ? y : y !== y ? x : Math.max(x, y);
		}
	},
	and: (o, a, i, b, j, n) => {
		for (let k = 0; k < n; k++) {
			const x = a[i + k],
				y = b[j + k];
			o[k] = x !== x || y !== y ? (x === 0 || y === 0 ? 0 : NaN) : +(x !== 0) & +(y !== 0);
		}
	},
	or: (o, a, i, b, j, n) => {
		for (let k = 0; k < n; k++) {
			const x = a[i + k],
				y = b[j + k];
			o[k] = x !== x || y !== y ? (x === 1 || y === 1 ? 1 : NaN) : +(x === 1) | +(y === 1);
		}
	}
};

/** COALESCE of two: `a` unless it is NULL. */
export const coalesce2: Binary = (o, a, i, b, j, n) => {
	for (let k = 0; k < n; k++) {
		const x = a[i + k];
		o[k] = x === x ? x : b[j + k];
	}
};

/** Three-valued NOT. */
export const not1: Unary = (o, a, i, n) => {
	for (let k = 0; k < n; k++) {
		const x = a[i + k];
		o[k] = x !== x ? NaN : +(x === 0);
	}
};

/** IS NULL. */
export const isNull1: Unary = (o, a, i, n) => {
	for (let k = 0; k < n; k++) o[k] = +(a[i + k] !== a[i + k]);
};

/** CASE WHEN c THEN t ELSE e (a NULL condition takes the else branch). */
export function select(
	o: Float64Array,
	c: Float64Array,
	ci: number,
	t: Float64Array,
	ti: number,
	e: Float64Array,
	ei: number,
	n: number
): void {
	for (let k = 0; k < n; k++) o[k] = c[ci + k] === 1 ? t[ti + k] : e[ei + k];
}

/** A column of another numeric type, rows [from, from + n), as doubles. */
export function load(o: Float64Array, values: ArrayLike<number>, from: number, n: number): void {
	for (let k = 0; k < n; k++) o[k] = values[from + k];
}

/** A per-region value: `table` indexed by each row's region. */
export function lookup(o: Float64Array, table: Float64Array, region: Uint8Array, from: number, n: number): void {
	for (let k = 0; k < n; k++) o[k] = table[region[from + k]];
}
