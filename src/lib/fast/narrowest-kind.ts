// The narrowest number type that holds a column's every value exactly: how bundles and household columns store them.

/** Bytes, 32-bit integers, single or double floats. */
export type NumberKind = 'u8' | 'i32' | 'f32' | 'f64';

/** The narrowest kind holding every value of `values` exactly (NaN only in the float kinds). */
export function narrowestKind(values: ArrayLike<number>): NumberKind {
	let integral = true;
	let byte = true;
	let single = true;
	for (let i = 0; i < values.length; i++) {
		const v = values[i];
		if (integral && !(Number.isInteger(v) && v >= -(2 ** 31) && v < 2 ** 31 && !Object.is(v, -0))) integral = byte = false;
		if (byte && (v < 0 || v > 255)) byte = false;
		if (single && !Object.is(Math.fround(v), v) && !Number.isNaN(v)) single = false;
		if (!integral && !single) return 'f64';
	}
	return byte ? 'u8' : integral ? 'i32' : 'f32';
}
