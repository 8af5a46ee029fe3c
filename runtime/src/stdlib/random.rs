//! The `random` module: CPython's Mersenne Twister and the module-level functions of its
//! hidden `Random` instance, producing exactly CPython's sequences for a given seed.
//!
//! Follows `Modules/_randommodule.c` (MT19937, `init_genrand`, `init_by_array`, seeding from
//! an int's 32-bit words, `random()` from two draws of 27 and 26 bits, `getrandbits`) and
//! `Lib/random.py` 3.12 (`seed` with str/bytes hashed by SHA-512, `_randbelow` by rejection
//! sampling with `getrandbits`, `randrange`, `randint`, `choice`, `shuffle`, `sample`,
//! `choices`, `uniform`, `gauss`).
//!
//! Input: Python arguments. Output: ints, floats, list items. Invariant: every draw goes
//! through the one generator in [`STATE`], in the order `Lib/random.py` makes them, so that any
//! interleaving of calls matches CPython output for output. Argument errors use the messages of
//! the Python methods (`Random.randint() missing 1 required positional argument: 'b'`).

use super::math::{cos, log, sin, sqrt};
use super::{functions, index_arg, py_args};
use crate::call::Args;
use crate::errors::{index_error, type_error, value_error, PyResult};
use crate::object::{Obj, Owned};
use crate::ops::{self, BinOp};
use crate::typeobj::CompareOp;
use crate::types::float::{new_float, FLOAT_TYPE};
use crate::types::int::{int_view, new_int, new_int_big, INT_TYPE};
use crate::types::list::new_list;
use crate::types::module::new_module;
use crate::types::none;
use num_bigint::{BigInt, Sign};
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::sync::Mutex;

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// MT19937 state, plus `Random.gauss_next`.
struct Mt {
    mt: [u32; N],
    index: usize,
    gauss_next: Option<f64>,
}

impl Mt {
    const fn new() -> Mt {
        Mt { mt: [0; N], index: N + 1, gauss_next: None }
    }

    fn init_genrand(&mut self, s: u32) {
        self.mt[0] = s;
        for i in 1..N {
            let p = self.mt[i - 1];
            self.mt[i] = 1_812_433_253u32.wrapping_mul(p ^ (p >> 30)).wrapping_add(i as u32);
        }
        self.index = N;
    }

    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            let p = self.mt[i - 1];
            self.mt[i] =
                (self.mt[i] ^ (p ^ (p >> 30)).wrapping_mul(1_664_525)).wrapping_add(key[j]).wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                self.mt[0] = self.mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let p = self.mt[i - 1];
            self.mt[i] = (self.mt[i] ^ (p ^ (p >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                self.mt[0] = self.mt[N - 1];
                i = 1;
            }
        }
        self.mt[0] = 0x8000_0000;
    }

    fn genrand_u32(&mut self) -> u32 {
        let mag01 = |y: u32| if y & 1 == 0 { 0 } else { MATRIX_A };
        if self.index >= N {
            for kk in 0..N - M {
                let y = (self.mt[kk] & UPPER_MASK) | (self.mt[kk + 1] & LOWER_MASK);
                self.mt[kk] = self.mt[kk + M] ^ (y >> 1) ^ mag01(y);
            }
            for kk in N - M..N - 1 {
                let y = (self.mt[kk] & UPPER_MASK) | (self.mt[kk + 1] & LOWER_MASK);
                self.mt[kk] = self.mt[kk + M - N] ^ (y >> 1) ^ mag01(y);
            }
            let y = (self.mt[N - 1] & UPPER_MASK) | (self.mt[0] & LOWER_MASK);
            self.mt[N - 1] = self.mt[M - 1] ^ (y >> 1) ^ mag01(y);
            self.index = 0;
        }
        let mut y = self.mt[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// `random()`: 53 random bits as a float in [0, 1).
    fn random(&mut self) -> f64 {
        let a = (self.genrand_u32() >> 5) as f64;
        let b = (self.genrand_u32() >> 6) as f64;
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `getrandbits(k)` for `k >= 0`.
    fn getrandbits(&mut self, k: u64) -> BigInt {
        if k == 0 {
            return BigInt::zero();
        }
        if k <= 32 {
            return BigInt::from(self.genrand_u32() >> (32 - k));
        }
        let words = (k - 1) / 32 + 1;
        let mut left = k;
        let mut digits = Vec::with_capacity(words as usize);
        for _ in 0..words {
            let mut r = self.genrand_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            digits.push(r);
            left = left.saturating_sub(32);
        }
        BigInt::from_slice(Sign::Plus, &digits)
    }

    /// `_randbelow_with_getrandbits(n)` for `n > 0`.
    fn randbelow(&mut self, n: &BigInt) -> BigInt {
        let k = n.bits();
        loop {
            let r = self.getrandbits(k);
            if &r < n {
                return r;
            }
        }
    }

    fn randbelow_usize(&mut self, n: usize) -> usize {
        self.randbelow(&BigInt::from(n)).to_usize().unwrap_or(0)
    }

    /// `random_seed` of `_randommodule.c` for a non-negative int.
    fn seed_int(&mut self, n: &BigInt) {
        let (_, mut key) = n.to_u32_digits();
        if key.is_empty() {
            key.push(0);
        }
        self.init_by_array(&key);
        self.gauss_next = None;
    }

    /// Seed from the operating system's randomness (`random_seed_urandom`), else the time.
    fn seed_urandom(&mut self) {
        use std::io::Read;
        let mut bytes = vec![0u8; N * 4];
        let ok = std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut bytes)).is_ok();
        if ok {
            let key: Vec<u32> = bytes.chunks(4).map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect();
            self.init_by_array(&key);
        } else {
            let t =
                std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0);
            let key = [t as u32, (t >> 32) as u32, std::process::id()];
            self.init_by_array(&key);
        }
        self.gauss_next = None;
    }
}

/// The hidden instance behind the module-level functions (`random._inst`).
static STATE: Mutex<Mt> = Mutex::new(Mt::new());

/// Run `f` on the generator (seeded from the OS on first use).
fn with_mt<R>(f: impl FnOnce(&mut Mt) -> R) -> R {
    let mut g = STATE.lock().unwrap_or_else(|e| e.into_inner());
    if g.index > N {
        g.seed_urandom();
    }
    f(&mut g)
}

fn big(o: Obj) -> BigInt {
    int_view(o).expect("an int").to_big()
}

/// `_index(o)` as a big int.
fn index_big(o: Obj) -> PyResult<BigInt> {
    let i = Owned::new(index_arg(o)?).expect("int");
    Ok(big(i.get()))
}

fn str_of(o: Obj) -> PyResult<String> {
    ops::str_string(o)
}

// ---- seeding -----------------------------------------------------------------------------------

/// `seed(a=None, version=2)`.
fn r_seed(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let v = py_args("Random.seed", args, kwnames, &["a", "version"], 0, 2, true)?;
    let a = v[0].unwrap_or_else(none);
    let version = match v[1] {
        None => 2,
        Some(x) => crate::types::int::int_to_i64(x).unwrap_or(2),
    };
    if a == none() {
        with_mt(|mt| mt.seed_urandom());
        return Ok(none());
    }
    let n: BigInt = if crate::types::str::is_str(a) {
        let text = crate::types::str::str_value(a).as_bytes();
        if version == 1 {
            // The narrower version-1 hash of a str (latin-1 code points).
            let chars: Vec<u32> = crate::types::str::str_value(a).chars().map(u32::from).collect();
            let mut x: u64 = chars.first().map_or(0, |&c| u64::from(c) << 7);
            for &c in &chars {
                x = 1_000_003u64.wrapping_mul(x) ^ u64::from(c);
            }
            x ^= chars.len() as u64;
            let x = x as i64;
            BigInt::from(if x == -1 { -2 } else { x }).abs()
        } else {
            use sha2::{Digest, Sha512};
            let mut bytes = text.to_vec();
            bytes.extend_from_slice(&Sha512::digest(text));
            BigInt::from_bytes_be(Sign::Plus, &bytes)
        }
    } else if let Some(i) = int_view(a) {
        i.to_big().abs()
    } else if a.ty().is_subtype(&FLOAT_TYPE) {
        // `random_seed` hashes other objects, as an unsigned machine word.
        BigInt::from(ops::hash(a)? as u64)
    } else {
        return Err(type_error("The only supported seed types are: None,\nint, float, str, bytes, and bytearray."));
    };
    with_mt(|mt| mt.seed_int(&n));
    Ok(none())
}

// ---- the core draws ----------------------------------------------------------------------------

fn r_random(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    Args::parse("Random.random", args, kwnames, &[], 0)?;
    Ok(new_float(with_mt(Mt::random)))
}

fn r_getrandbits(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("Random.getrandbits", args, kwnames, &[""], 1)?;
    let k = crate::types::int::c_int_arg(a.req(0))?;
    if k < 0 {
        return Err(value_error("number of bits must be non-negative"));
    }
    Ok(new_int_big(with_mt(|mt| mt.getrandbits(k as u64))))
}

/// `randrange(start, stop=None, step=1)`, its errors naming the arguments as given.
fn randrange(start: Obj, stop: Option<Obj>, step: Option<Obj>) -> PyResult<Obj> {
    let istart = index_big(start)?;
    let Some(stop) = stop.filter(|&s| s != none()) else {
        // `step is not _ONE`: an explicit step other than the int 1.
        if let Some(s) = step {
            if !(s.is_small() || s.is_type(&INT_TYPE)) || crate::types::int::int_to_i64(s) != Some(1) {
                return Err(type_error("Missing a non-None stop argument"));
            }
        }
        if istart.is_positive() {
            return Ok(new_int_big(with_mt(|mt| mt.randbelow(&istart))));
        }
        return Err(value_error("empty range for randrange()"));
    };
    let istop = index_big(stop)?;
    let width = &istop - &istart;
    let istep = match step {
        None => BigInt::one(),
        Some(s) => index_big(s)?,
    };
    if istep.is_one() {
        if width.is_positive() {
            return Ok(new_int_big(&istart + with_mt(|mt| mt.randbelow(&width))));
        }
        return Err(value_error(format!("empty range in randrange({}, {})", str_of(start)?, str_of(stop)?)));
    }
    let n = if istep.is_positive() {
        num_integer::Integer::div_floor(&(&width + &istep - 1), &istep)
    } else if istep.is_negative() {
        num_integer::Integer::div_floor(&(&width + &istep + 1), &istep)
    } else {
        return Err(value_error("zero step for randrange()"));
    };
    if !n.is_positive() {
        let step = step.map(str_of).transpose()?.unwrap_or_else(|| "1".into());
        return Err(value_error(format!("empty range in randrange({}, {}, {step})", str_of(start)?, str_of(stop)?)));
    }
    Ok(new_int_big(istart + istep * with_mt(|mt| mt.randbelow(&n))))
}

fn r_randrange(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let v = py_args("Random.randrange", args, kwnames, &["start", "stop", "step"], 1, 3, true)?;
    randrange(v[0].expect("required"), v[1], v[2])
}

fn r_randint(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let v = py_args("Random.randint", args, kwnames, &["a", "b"], 2, 2, true)?;
    let b1 = Owned::new(ops::binary_op(v[1].expect("required"), Obj::from_small(1), BinOp::Add)?).expect("b+1");
    randrange(v[0].expect("required"), Some(b1.get()), None)
}

fn r_choice(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let v = py_args("Random.choice", args, kwnames, &["seq"], 1, 1, true)?;
    let seq = v[0].expect("required");
    let n = ops::len(seq)?;
    if n == 0 {
        return Err(index_error("Cannot choose from an empty sequence"));
    }
    let i = with_mt(|mt| mt.randbelow_usize(n));
    ops::getitem(seq, Obj::from_small(i as i64))
}

fn r_shuffle(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let v = py_args("Random.shuffle", args, kwnames, &["x"], 1, 1, true)?;
    let x = v[0].expect("required");
    let n = ops::len(x)?;
    for i in (1..n).rev() {
        let j = with_mt(|mt| mt.randbelow_usize(i + 1));
        let (ki, kj) = (Obj::from_small(i as i64), Obj::from_small(j as i64));
        let xj = Owned::new(ops::getitem(x, kj)?).expect("item");
        let xi = Owned::new(ops::getitem(x, ki)?).expect("item");
        ops::setitem(x, ki, xj.get())?;
        ops::setitem(x, kj, xi.get())?;
    }
    Ok(none())
}

/// Is `o` a `collections.abc.Sequence` among the built-in types?
fn is_sequence(o: Obj) -> bool {
    use crate::types::*;
    !o.is_small()
        && [&list::LIST_TYPE, &tuple::TUPLE_TYPE, &str::STR_TYPE, &range::RANGE_TYPE]
            .iter()
            .any(|t| o.ty().is_subtype(t))
}

/// `bisect.bisect_right(a, x, lo, hi)` over borrowed items.
fn bisect_right(a: &[Obj], x: Obj, mut lo: usize, mut hi: usize) -> PyResult<usize> {
    while lo < hi {
        let mid = (lo + hi) / 2;
        if ops::rich_compare_bool(x, a[mid], CompareOp::Lt)? {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(lo)
}

/// `itertools.accumulate(iterable)` with `+`.
fn accumulate(iterable: Obj) -> PyResult<Vec<Owned>> {
    let mut out: Vec<Owned> = Vec::new();
    for item in ops::collect_iterable(iterable)? {
        let item = Owned::new(item).expect("item");
        let next = match out.last() {
            None => item,
            Some(prev) => Owned::new(ops::binary_op(prev.get(), item.get(), BinOp::Add)?).expect("sum"),
        };
        out.push(next);
    }
    Ok(out)
}

fn sample(population: Obj, k: Obj, counts: Option<Obj>) -> PyResult<Obj> {
    if !is_sequence(population) {
        return Err(type_error("Population must be a sequence.  For dicts or sets, use sorted(d)."));
    }
    let n = ops::len(population)?;
    if let Some(counts) = counts.filter(|&c| c != none()) {
        let mut cum = accumulate(counts)?;
        if cum.len() != n {
            return Err(value_error("The number of counts does not match the population"));
        }
        let Some(total) = cum.pop() else {
            return Err(index_error("pop from empty list"));
        };
        if int_view(total.get()).is_none() {
            return Err(type_error("Counts must be integers"));
        }
        if !big(total.get()).is_positive() {
            return Err(value_error("Total of counts must be greater than zero"));
        }
        let range = Owned::new(crate::call::call(crate::types::range::RANGE_TYPE.obj(), &[total.get()], Obj::NULL)?)
            .expect("range");
        let selections = Owned::new(sample(range.get(), k, None)?).expect("list");
        let cum: Vec<Obj> = cum.iter().map(Owned::get).collect();
        let mut out = Vec::new();
        for &s in crate::types::list::list_items(selections.get()).iter() {
            let i = bisect_right(&cum, s, 0, cum.len())?;
            match ops::getitem(population, Obj::from_small(i as i64)) {
                Ok(v) => out.push(v),
                Err(e) => {
                    out.into_iter().for_each(Obj::decref);
                    return Err(e);
                }
            }
        }
        return Ok(new_list(out));
    }
    // `not 0 <= k <= n`, compared as Python does, then `[None] * k`.
    let nobj = Owned::new(new_int(n as i64)).expect("int");
    if !(ops::rich_compare_bool(Obj::from_small(0), k, CompareOp::Le)?
        && ops::rich_compare_bool(k, nobj.get(), CompareOp::Le)?)
    {
        return Err(value_error("Sample larger than population or is negative"));
    }
    let Some(kb) = int_view(k).map(|v| v.to_big()) else {
        return Err(type_error(format!("can't multiply sequence by non-int of type '{}'", crate::types::type_name(k))));
    };
    let k = kb.to_usize().expect("at most n");
    let mut setsize = 21usize;
    if k > 5 {
        let e = (log((k * 3) as f64) / log(4.0)).ceil();
        setsize += 4usize.saturating_pow(e as u32);
    }
    let mut result = Vec::with_capacity(k);
    let fail = |result: Vec<Obj>, e| {
        result.into_iter().for_each(Obj::decref);
        Err(e)
    };
    if n <= setsize {
        let mut pool: Vec<Owned> =
            ops::collect_iterable(population)?.into_iter().map(|o| Owned::new(o).expect("item")).collect();
        for i in 0..k {
            let j = with_mt(|mt| mt.randbelow_usize(n - i));
            result.push(pool[j].get().incref());
            pool.swap(j, n - i - 1);
        }
    } else {
        let mut selected = std::collections::HashSet::new();
        for _ in 0..k {
            let mut j = with_mt(|mt| mt.randbelow_usize(n));
            while selected.contains(&j) {
                j = with_mt(|mt| mt.randbelow_usize(n));
            }
            selected.insert(j);
            match ops::getitem(population, new_int(j as i64)) {
                Ok(v) => result.push(v),
                Err(e) => return fail(result, e),
            }
        }
    }
    Ok(new_list(result))
}

/// `sample(population, k, *, counts=None)`.
fn r_sample(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let v = py_args("Random.sample", args, kwnames, &["population", "k", "counts"], 2, 2, true)?;
    sample(v[0].expect("required"), v[1].expect("required"), v[2])
}

/// `choices(population, weights=None, *, cum_weights=None, k=1)`.
fn r_choices(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let v = py_args("Random.choices", args, kwnames, &["population", "weights", "cum_weights", "k"], 1, 2, true)?;
    let population = v[0].expect("required");
    let n = ops::len(population)?;
    let k = match v[3] {
        None => 1,
        Some(k) => crate::types::int::index_to_i64(k, "")?.max(0) as usize,
    };
    let weights = v[1].filter(|&w| w != none());
    let cum_weights = v[2].filter(|&w| w != none());
    let mut out = Vec::with_capacity(k);
    let pick = |out: &mut Vec<Obj>, i: i64| -> PyResult<()> {
        out.push(ops::getitem(population, new_int(i))?);
        Ok(())
    };
    let cum: Vec<Owned> = match (weights, cum_weights) {
        (None, None) => {
            let nf = n as f64;
            for _ in 0..k {
                let i = (with_mt(Mt::random) * nf).floor() as i64;
                if let Err(e) = pick(&mut out, i) {
                    out.into_iter().for_each(Obj::decref);
                    return Err(e);
                }
            }
            return Ok(new_list(out));
        }
        (Some(w), None) => accumulate(w)?,
        (None, Some(c)) => ops::collect_iterable(c)?.into_iter().map(|o| Owned::new(o).expect("item")).collect(),
        (Some(_), Some(_)) => return Err(type_error("Cannot specify both weights and cumulative weights")),
    };
    if cum.len() != n {
        return Err(value_error("The number of weights does not match the population"));
    }
    let Some(last) = cum.last() else {
        return Err(index_error("list index out of range"));
    };
    let total = Owned::new(ops::binary_op(last.get(), new_float(0.0), BinOp::Add)?).expect("total");
    let total = super::float_arg(total.get())?;
    if total <= 0.0 {
        return Err(value_error("Total of weights must be greater than zero"));
    }
    if !total.is_finite() {
        return Err(value_error("Total of weights must be finite"));
    }
    let cum: Vec<Obj> = cum.iter().map(Owned::get).collect();
    for _ in 0..k {
        let x = Owned::new(new_float(with_mt(Mt::random) * total)).expect("float");
        let i = match bisect_right(&cum, x.get(), 0, n - 1) {
            Ok(i) => i,
            Err(e) => {
                out.into_iter().for_each(Obj::decref);
                return Err(e);
            }
        };
        if let Err(e) = pick(&mut out, i as i64) {
            out.into_iter().for_each(Obj::decref);
            return Err(e);
        }
    }
    Ok(new_list(out))
}

/// `uniform(a, b)`: `a + (b - a) * random()`, with Python arithmetic.
fn r_uniform(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let v = py_args("Random.uniform", args, kwnames, &["a", "b"], 2, 2, true)?;
    let (a, b) = (v[0].expect("required"), v[1].expect("required"));
    let r = Owned::new(new_float(with_mt(Mt::random))).expect("float");
    let d = Owned::new(ops::binary_op(b, a, BinOp::Sub)?).expect("b-a");
    let p = Owned::new(ops::binary_op(d.get(), r.get(), BinOp::Mul)?).expect("product");
    ops::binary_op(a, p.get(), BinOp::Add)
}

/// `gauss(mu=0.0, sigma=1.0)`: Box–Muller with the second value kept for the next call.
fn r_gauss(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let v = py_args("Random.gauss", args, kwnames, &["mu", "sigma"], 0, 2, true)?;
    let z = with_mt(|mt| match mt.gauss_next.take() {
        Some(z) => z,
        None => {
            let x2pi = mt.random() * std::f64::consts::TAU;
            let g2rad = sqrt(-2.0 * log(1.0 - mt.random()));
            mt.gauss_next = Some(sin(x2pi) * g2rad);
            cos(x2pi) * g2rad
        }
    });
    let mu = Owned::new(v[0].map_or_else(|| new_float(0.0), |m| m.incref())).expect("mu");
    let sigma = Owned::new(v[1].map_or_else(|| new_float(1.0), |s| s.incref())).expect("sigma");
    let z = Owned::new(new_float(z)).expect("float");
    let zs = Owned::new(ops::binary_op(z.get(), sigma.get(), BinOp::Mul)?).expect("product");
    ops::binary_op(mu.get(), zs.get(), BinOp::Add)
}

pub fn init() -> Obj {
    let m = new_module("random");
    functions!(m,
        "seed" => r_seed, "random" => r_random, "getrandbits" => r_getrandbits,
        "randrange" => r_randrange, "randint" => r_randint, "choice" => r_choice,
        "shuffle" => r_shuffle, "sample" => r_sample, "choices" => r_choices,
        "uniform" => r_uniform, "gauss" => r_gauss,
    );
    m
}
