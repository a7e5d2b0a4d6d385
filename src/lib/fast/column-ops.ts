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

/** Copies rows [from, from + n) of a column of another numeric type into doubles. */
export type Load = (o: Float64Array, values: ArrayLike<number>, from: number, n: number) => void;

// One loop per array type: a loop reading arrays of several types is megamorphic (about ten times slower per value).
const LOADS = new Map<unknown, Load>([
	[
		Uint8Array,
		(o, v, from, n) => {
			for (let k = 0; k < n; k++) o[k] = (v as Uint8Array)[from + k];
		}
	],
	[
		Int8Array,
		(o, v, from, n) => {
			for (let k = 0; k < n; k++) o[k] = (v as Int8Array)[from + k];
		}
	],
	[
		Uint16Array,
		(o, v, from, n) => {
			for (let k = 0; k < n; k++) o[k] = (v as Uint16Array)[from + k];
		}
	],
	[
		Int16Array,
		(o, v, from, n) => {
			for (let k = 0; k < n; k++) o[k] = (v as Int16Array)[from + k];
		}
	],
	[
		Uint32Array,
		(o, v, from, n) => {
			for (let k = 0; k < n; k++) o[k] = (v as Uint32Array)[from + k];
		}
	],
	[
		Int32Array,
		(o, v, from, n) => {
			for (let k = 0; k < n; k++) o[k] = (v as Int32Array)[from + k];
		}
	],
	[
		Float32Array,
		(o, v, from, n) => {
			for (let k = 0; k < n; k++) o[k] = (v as Float32Array)[from + k];
		}
	]
]);

/** Any other array-like (a plain array): read generically. */
const loadAny: Load = (o, v, from, n) => {
	for (let k = 0; k < n; k++) o[k] = v[from + k];
};

/** The loop that loads `values` as doubles, specialised to its array type. */
export function loaderOf(values: ArrayLike<number>): Load {
	return LOADS.get(values.constructor) ?? loadAny;
}

/** A per-region value: `table` indexed by each row's region. */
export function lookup(o: Float64Array, table: Float64Array, region: Uint8Array, from: number, n: number): void {
	for (let k = 0; k < n; k++) o[k] = table[region[from + k]];
}
