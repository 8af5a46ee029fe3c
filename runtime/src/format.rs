//! Number and string formatting and parsing for the ophis runtime, matching CPython 3.12.
//!
//! This module turns Python values into text and back, exactly as CPython 3.12 does:
//!
//! * [`float_repr`] gives `repr(float)` / `str(float)` (shortest round-trip digits, `'r'`
//!   mode).
//! * [`parse_format_spec`], [`format_int`], [`format_float`] and [`format_str`] implement the
//!   format-spec mini-language of `format(value, spec)`, `str.format` and f-strings for `int`,
//!   `float` and `str` (fill, alignment, sign, `z`, `#`, `0`, width, `,`/`_` grouping,
//!   precision, presentation type).
//! * [`parse_int`] and [`parse_float`] implement `int(s, base)` and `float(s)` on strings,
//!   including Unicode whitespace and Unicode decimal digits.
//! * [`str_repr`] gives `repr(str)`.
//!
//! Inputs are plain Rust values (`f64`, [`num_bigint::BigInt`], `&str`); outputs are `String`s
//! or parsed values. Failures are returned as `Err(message)` carrying CPython's exact message
//! text; the caller raises it (as `ValueError` unless a function documents otherwise). No
//! function panics on any input.
//!
//! The code follows CPython's sources closely, and keeps their names where it helps:
//!
//! * `Python/pystrtod.c`: `format_float_short` (placement of digits, decimal point and
//!   exponent), `_Py_parse_inf_or_nan`, `PyOS_string_to_double`.
//! * `Python/formatter_unicode.c`: `parse_internal_render_format_spec`,
//!   `calc_number_widths`, `fill_number`, `format_long_internal`, `format_float_internal`,
//!   `format_string_internal`, and `_PyUnicode_InsertThousandsGrouping` from
//!   `Objects/unicodeobject.c`.
//! * `Objects/floatobject.c`: `float_repr`, `PyFloat_FromString`.
//! * `Objects/longobject.c`: `PyLong_FromString`, `long_from_string_base`, the
//!   `int_max_str_digits` limit, `PyLong_AsDouble` (correctly rounded int to float).
//!
//! Decimal digit strings come from Rust's float formatting, which is exact: `{:e}` gives the
//! shortest round-tripping digits (David Gay's mode 0, once exact ties between two shortest
//! candidates are sent to the even one as Gay does) and `{:.N}` / `{:.Ne}` give correctly
//! rounded (round-half-even on the exact binary value) fixed and scientific digits (Gay's
//! modes 3 and 2). The `'n'` presentation type uses the C locale (no grouping, `.` point).

use std::sync::atomic::{AtomicUsize, Ordering};

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{ToPrimitive, Zero};

/// CPython's `sys.get_int_max_str_digits()` limit (default 4300): decimal (and other
/// non-power-of-two base) conversions between `int` and `str` with more digits than this
/// fail with a `ValueError`. `0` disables the limit. `sys.set_int_max_str_digits()` may store
/// into it.
pub static INT_MAX_STR_DIGITS: AtomicUsize = AtomicUsize::new(4300);

// ---------------------------------------------------------------------------------------
// repr(float)
// ---------------------------------------------------------------------------------------

/// `repr(float)` and `str(float)` of CPython 3.12: the shortest digits that round-trip,
/// in positional notation when the decimal exponent is in `-4..16` (always with a `.0` or
/// fractional part), otherwise in scientific notation with an at-least-two-digit signed
/// exponent: `1e+16`, `1e-05`, `0.0001`, `123456789.0`, `-0.0`, `inf`, `-inf`, `nan`,
/// `5e-324`, `1.7976931348623157e+308`.
pub fn float_repr(x: f64) -> String {
    // A repr is at most 24 characters, so reserving its buffer cannot fail.
    format_float_short(x, FloatCode::Repr, 0, true, false, false, false).unwrap_or_default()
}

/// Which `dtoa` mode to produce digits in (David Gay's modes 0, 2 and 3).
#[derive(Clone, Copy)]
enum DtoaMode {
    /// Mode 0: the shortest digit string that rounds back to the same double.
    Shortest,
    /// Mode 2: this many (at least one) significant digits, correctly rounded.
    Significant(usize),
    /// Mode 3: this many digits after the decimal point, correctly rounded.
    Fixed(usize),
}

/// Digits of `|x|` as `_Py_dg_dtoa` returns them, for finite `x`: a digit string without
/// leading or trailing zeros and the decimal point position `decpt`, meaning the value is
/// `0.DIGITS * 10**decpt`. Zero gives `("0", 1)`; a nonzero value that rounds to zero in
/// fixed mode gives `("", -ndigits)`.
fn dtoa(x: f64, mode: DtoaMode) -> (Vec<u8>, i64) {
    let a = x.abs();
    if a == 0.0 || !a.is_finite() {
        return (vec![b'0'], 1);
    }
    match mode {
        DtoaMode::Shortest => shortest_digits(a),
        DtoaMode::Significant(n) => {
            // A double has at most 767 significant decimal digits, so asking for more than
            // 800 gives the same (exact) digits; the rest would be zeros, which are stripped.
            let n = n.clamp(1, 800);
            scientific_digits(&format!("{:.*e}", n - 1, a))
        }
        DtoaMode::Fixed(n) => {
            // The exact value has at most 1074 digits after the point.
            let capped = n.min(1100);
            fixed_digits(&format!("{a:.capped$}"), n)
        }
    }
}

/// Shortest round-trip digits of the finite positive `a`, like Gay's mode 0. Rust's `{:e}`
/// also gives the shortest digits nearest to the exact value, but when two candidates are
/// exactly equally near it may pick the odd one; Gay's `dtoa` picks the even one
/// (`repr(689562960270756.25)` is `689562960270756.2`), so such ties are redirected here.
fn shortest_digits(a: f64) -> (Vec<u8>, i64) {
    let (digits, decpt) = scientific_digits(&format!("{a:e}"));
    let n = digits.len() as i64;
    let last_odd = digits.last().is_some_and(|d| d % 2 == 1);
    let value: Option<u64> = std::str::from_utf8(&digits).ok().and_then(|s| s.parse().ok());
    let (Some(d), true) = (value, last_odd) else {
        return (digits, decpt);
    };
    // The candidate is d * 10**k; the exact value is m_odd * 2**e2.
    let k = decpt - n;
    let bits = a.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1u64 << 52) - 1);
    let (mut m, mut e2) = if biased == 0 { (fraction, -1074) } else { (fraction | (1u64 << 52), biased - 1075) };
    if m == 0 {
        return (digits, decpt);
    }
    let tz = m.trailing_zeros();
    m >>= tz;
    e2 += i64::from(tz);
    // a == (2d -/+ 1) / 2 * 10**k  <=>  e2 == k - 1 and m * 5**-k == (2d -/+ 1) * 5**k.
    if e2 != k - 1 || !(-30..=30).contains(&k) {
        return (digits, decpt);
    }
    let pow5 = |p: i64| 5u128.checked_pow(p.max(0) as u32);
    let lhs = pow5(-k).and_then(|p| p.checked_mul(u128::from(m)));
    for neighbour in [d - 1, d + 1] {
        let twice_mid = u128::from(d) + u128::from(neighbour);
        let rhs = pow5(k).and_then(|p| p.checked_mul(twice_mid));
        if lhs.is_none() || lhs != rhs {
            continue;
        }
        let text = format!("{neighbour}e{k}");
        if text.parse::<f64>().ok() == Some(a) {
            return scientific_digits(&format!("{neighbour}e{}", k + neighbour.to_string().len() as i64 - 1));
        }
    }
    (digits, decpt)
}

/// Digits and `decpt` from Rust's `d.ddde[-]x` output.
fn scientific_digits(s: &str) -> (Vec<u8>, i64) {
    let (mantissa, exponent) = s.split_once('e').unwrap_or((s, "0"));
    let exponent: i64 = exponent.parse().unwrap_or(0);
    let mut digits: Vec<u8> = mantissa.bytes().filter(u8::is_ascii_digit).collect();
    while digits.len() > 1 && digits.last() == Some(&b'0') {
        digits.pop();
    }
    if digits.is_empty() {
        digits.push(b'0');
    }
    (digits, exponent + 1)
}

/// Digits and `decpt` from Rust's `iii.fff` output with `ndigits` fraction digits.
fn fixed_digits(s: &str, ndigits: usize) -> (Vec<u8>, i64) {
    let (int_part, frac_part) = s.split_once('.').unwrap_or((s, ""));
    let mut decpt = int_part.len() as i64;
    let mut digits: Vec<u8> = int_part.bytes().chain(frac_part.bytes()).collect();
    let leading = digits.iter().take_while(|&&d| d == b'0').count();
    if leading == digits.len() {
        return (Vec::new(), -(ndigits.min(i64::MAX as usize) as i64));
    }
    digits.drain(..leading);
    decpt -= leading as i64;
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    (digits, decpt)
}

/// The format codes understood by [`format_float_short`].
#[derive(Clone, Copy, PartialEq, Eq)]
enum FloatCode {
    /// `'e'`: scientific, `precision` digits after the point.
    Exp,
    /// `'f'`: positional, `precision` digits after the point.
    Fixed,
    /// `'g'`: general, `precision` significant digits.
    General,
    /// `'r'`: repr, shortest round-trip digits.
    Repr,
}

fn push_repeat(out: &mut String, c: char, n: i64) {
    out.extend(std::iter::repeat_n(c, usize::try_from(n).unwrap_or(0)));
}

/// `format_float_short` of `Python/pystrtod.c`: formats `x` (without a `+` sign) the way
/// `PyOS_double_to_string` does. `upper` selects `E`, `INF` and `NAN`. Fails only when the
/// output (with a huge precision) cannot be allocated.
fn format_float_short(
    x: f64,
    code: FloatCode,
    precision: i64,
    add_dot_0_if_integer: bool,
    use_alt_formatting: bool,
    no_negative_zero: bool,
    upper: bool,
) -> Result<String, String> {
    if x.is_nan() {
        return Ok(if upper { "NAN" } else { "nan" }.to_string());
    }
    let mut negative = x.is_sign_negative();
    if x.is_infinite() {
        let inf = if upper { "INF" } else { "inf" };
        return Ok(if negative { format!("-{inf}") } else { inf.to_string() });
    }
    let mut precision = precision.max(0);
    let (digits, mut decpt) = match code {
        FloatCode::Exp => {
            precision += 1;
            dtoa(x, DtoaMode::Significant(precision as usize))
        }
        FloatCode::Fixed => dtoa(x, DtoaMode::Fixed(precision as usize)),
        FloatCode::General => {
            if precision == 0 {
                precision = 1;
            }
            dtoa(x, DtoaMode::Significant(precision as usize))
        }
        FloatCode::Repr => dtoa(x, DtoaMode::Shortest),
    };
    if no_negative_zero && negative && (digits.is_empty() || digits == b"0") {
        negative = false;
    }
    let digits_len = digits.len() as i64;
    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match code {
        FloatCode::Exp => {
            use_exp = true;
            vdigits_end = precision;
        }
        FloatCode::Fixed => vdigits_end = decpt.saturating_add(precision),
        FloatCode::General => {
            let limit = if add_dot_0_if_integer { precision - 1 } else { precision };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if use_alt_formatting {
                vdigits_end = precision;
            }
        }
        FloatCode::Repr => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    if !use_exp && add_dot_0_if_integer {
        vdigits_end = vdigits_end.max(decpt + 1);
    } else {
        vdigits_end = vdigits_end.max(decpt);
    }

    let mut out = String::new();
    // Sign, point, digits with their zero padding, exponent.
    let size = (vdigits_end - vdigits_start).max(0) as u128 + 16;
    reserve(&mut out, size)?;
    if negative {
        out.push('-');
    }
    if decpt <= 0 {
        push_repeat(&mut out, '0', decpt - vdigits_start);
        out.push('.');
        push_repeat(&mut out, '0', -decpt);
    } else {
        push_repeat(&mut out, '0', -vdigits_start);
    }
    let text = |d: &[u8]| d.iter().map(|&b| b as char).collect::<String>();
    if 0 < decpt && decpt <= digits_len {
        let split = decpt as usize;
        out.push_str(&text(&digits[..split]));
        out.push('.');
        out.push_str(&text(&digits[split..]));
    } else {
        out.push_str(&text(&digits));
    }
    if digits_len < decpt {
        push_repeat(&mut out, '0', decpt - digits_len);
        out.push('.');
        push_repeat(&mut out, '0', vdigits_end - decpt);
    } else {
        push_repeat(&mut out, '0', vdigits_end - digits_len);
    }
    if out.ends_with('.') && !use_alt_formatting {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push_str(&format!("{exp:+03}"));
    }
    Ok(out)
}

// ---------------------------------------------------------------------------------------
// The format-spec mini-language
// ---------------------------------------------------------------------------------------

/// A parsed format spec: `[[fill]align][sign]["z"]["#"]["0"][width][grouping][.precision][type]`.
///
/// Fields hold what the spec says, not per-type defaults: `align` and `ty` are `None` when
/// absent. `zero_pad` records the `0` flag (only recognised when no explicit fill was
/// given); it also sets `fill` to `'0'`, and for numbers it makes the default alignment `=`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatSpec {
    /// The fill character: explicit, else `'0'` with the `0` flag, else `' '`.
    pub fill: char,
    /// `<`, `>`, `^` or `=` when given.
    pub align: Option<char>,
    /// `+`, `-` or `' '` when given.
    pub sign: Option<char>,
    /// The `z` flag: format negative zero (after rounding) as positive zero.
    pub no_neg_zero: bool,
    /// The `#` flag (alternate form).
    pub alternate: bool,
    /// The `0` flag (sign-aware zero padding).
    pub zero_pad: bool,
    /// Minimum field width, in characters.
    pub width: Option<usize>,
    /// `,` or `_` when given.
    pub grouping: Option<char>,
    /// Precision (digits for numbers, maximum length for strings).
    pub precision: Option<usize>,
    /// The presentation type character when given.
    pub ty: Option<char>,
}

/// Parses a format spec the way `format()` does, validating only what does not depend on the
/// value's type (like CPython's `parse_internal_render_format_spec` with no default type).
/// An unparseable spec reports `Invalid format specifier '…' for object of type 'object'`;
/// use [`parse_format_spec_for`] to name the type.
pub fn parse_format_spec(spec: &str) -> Result<FormatSpec, String> {
    parse_format_spec_for(spec, "object", None)
}

/// [`parse_format_spec`] for a value of Python type `type_name` whose presentation type
/// defaults to `default_type` (`Some('d')` for int, `None` for float, `Some('s')` for str);
/// the default type matters for the check of `,`/`_` against the type and for the error text.
pub fn parse_format_spec_for(spec: &str, type_name: &str, default_type: Option<char>) -> Result<FormatSpec, String> {
    let chars: Vec<char> = spec.chars().collect();
    let end = chars.len();
    let mut pos = 0;
    let mut f = FormatSpec {
        fill: ' ',
        align: None,
        sign: None,
        no_neg_zero: false,
        alternate: false,
        zero_pad: false,
        width: None,
        grouping: None,
        precision: None,
        ty: None,
    };
    let is_align = |c: char| matches!(c, '<' | '>' | '=' | '^');
    let mut fill_specified = false;
    if end >= 2 && is_align(chars[1]) {
        f.align = Some(chars[1]);
        f.fill = chars[0];
        fill_specified = true;
        pos = 2;
    } else if end >= 1 && is_align(chars[0]) {
        f.align = Some(chars[0]);
        pos = 1;
    }
    if pos < end && matches!(chars[pos], '+' | '-' | ' ') {
        f.sign = Some(chars[pos]);
        pos += 1;
    }
    if pos < end && chars[pos] == 'z' {
        f.no_neg_zero = true;
        pos += 1;
    }
    if pos < end && chars[pos] == '#' {
        f.alternate = true;
        pos += 1;
    }
    if !fill_specified && pos < end && chars[pos] == '0' {
        f.fill = '0';
        f.zero_pad = true;
        pos += 1;
    }
    if let Some(width) = get_integer(&chars, &mut pos)? {
        f.width = Some(width);
    }
    if pos < end && chars[pos] == ',' {
        f.grouping = Some(',');
        pos += 1;
    }
    if pos < end && chars[pos] == '_' {
        if f.grouping.is_some() {
            return Err("Cannot specify both ',' and '_'.".to_string());
        }
        f.grouping = Some('_');
        pos += 1;
    }
    if pos < end && chars[pos] == ',' && f.grouping == Some('_') {
        return Err("Cannot specify both ',' and '_'.".to_string());
    }
    if pos < end && chars[pos] == '.' {
        pos += 1;
        match get_integer(&chars, &mut pos)? {
            Some(precision) => f.precision = Some(precision),
            None => return Err("Format specifier missing precision".to_string()),
        }
    }
    if end - pos > 1 {
        return Err(format!("Invalid format specifier '{spec}' for object of type '{type_name}'"));
    }
    if end - pos == 1 {
        f.ty = Some(chars[pos]);
    }
    if let Some(sep) = f.grouping {
        let ty = f.ty.or(default_type).unwrap_or('\0');
        match ty {
            'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => {}
            'b' | 'o' | 'x' | 'X' if sep == '_' => {}
            _ => return Err(format!("Cannot specify '{sep}' with {}.", quoted_type_char(ty))),
        }
    }
    Ok(f)
}

/// `'c'` for a printable ASCII type character, else `'\xNN'` (as CPython's `%c`/`\\x%x`).
fn quoted_type_char(c: char) -> String {
    let code = c as u32;
    if code > 32 && code < 128 {
        format!("'{c}'")
    } else {
        format!("'\\x{code:x}'")
    }
}

fn unknown_presentation_type(ty: char, type_name: &str) -> String {
    format!("Unknown format code {} for object of type '{type_name}'", quoted_type_char(ty))
}

/// `get_integer` of `formatter_unicode.c`: a run of (Unicode) decimal digits, `None` when
/// there is none.
fn get_integer(chars: &[char], pos: &mut usize) -> Result<Option<usize>, String> {
    let mut acc: usize = 0;
    let mut n = 0;
    while let Some(d) = chars.get(*pos).and_then(|&c| decimal_value(c)) {
        acc = acc
            .checked_mul(10)
            .and_then(|a| a.checked_add(d as usize))
            .filter(|&a| a <= isize::MAX as usize)
            .ok_or_else(|| "Too many decimal digits in format string".to_string())?;
        *pos += 1;
        n += 1;
    }
    Ok(if n == 0 { None } else { Some(acc) })
}

/// Failing allocation is reported instead of aborting the process.
fn reserve(out: &mut String, additional: u128) -> Result<(), String> {
    let additional = usize::try_from(additional).map_err(|_| "MemoryError".to_string())?;
    out.try_reserve(additional).map_err(|_| "MemoryError".to_string())
}

fn push_fill(out: &mut String, c: char, n: i128) {
    out.extend(std::iter::repeat_n(c, usize::try_from(n).unwrap_or(0)));
}

/// `_PyUnicode_InsertThousandsGrouping`: `digits` grouped from the right by `grouping`
/// (group size and separator), zero-padded on the left to at least `min_width` characters
/// (never starting with a separator).
fn group_digits(digits: &[u8], min_width: i128, grouping: Option<(usize, char)>) -> Result<String, String> {
    let mut min_width = min_width.max(0);
    let mut remaining = digits.len() as i128;
    let mut digits_pos = digits.len();
    let mut rev: Vec<char> = Vec::new();
    let estimate = remaining.max(min_width) as u128 * 2 + 2;
    rev.try_reserve(usize::try_from(estimate).map_err(|_| "MemoryError".to_string())?)
        .map_err(|_| "MemoryError".to_string())?;
    let mut emit = |n_chars: i128, n_zeros: i128, sep: Option<char>, rev: &mut Vec<char>| {
        if let Some(sep) = sep {
            rev.push(sep);
        }
        for _ in 0..n_chars.max(0) {
            digits_pos -= 1;
            rev.push(digits[digits_pos] as char);
        }
        for _ in 0..n_zeros.max(0) {
            rev.push('0');
        }
    };
    let mut use_separator = false;
    let mut loop_broken = false;
    if let Some((size, sep)) = grouping {
        let size = size as i128;
        loop {
            let len = size.min(remaining.max(min_width).max(1));
            let n_zeros = (len - remaining).max(0);
            let n_chars = remaining.min(len).max(0);
            emit(n_chars, n_zeros, use_separator.then_some(sep), &mut rev);
            use_separator = true;
            remaining -= n_chars;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                loop_broken = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !loop_broken {
        let len = remaining.max(min_width).max(1);
        let n_zeros = (len - remaining).max(0);
        let n_chars = remaining.min(len).max(0);
        let sep = grouping.map(|(_, sep)| sep).filter(|_| use_separator);
        emit(n_chars, n_zeros, sep, &mut rev);
    }
    Ok(rev.iter().rev().collect())
}

/// The pieces of a formatted number: `[sign][prefix][digits][.remainder]`.
struct NumberParts<'a> {
    negative: bool,
    prefix: &'a str,
    digits: &'a str,
    has_decimal: bool,
    remainder: &'a str,
}

/// `calc_number_widths` + `fill_number`: lays out a number in its field:
/// `<lpadding><sign><prefix><spadding><grouped digits><decimal><remainder><rpadding>`.
fn fill_number(
    parts: &NumberParts<'_>,
    f: &FormatSpec,
    grouping: Option<(usize, char)>,
    toupper: bool,
) -> Result<String, String> {
    let align = f.align.unwrap_or(if f.zero_pad { '=' } else { '>' });
    let sign = match f.sign {
        Some('+') => Some(if parts.negative { '-' } else { '+' }),
        Some(' ') => Some(if parts.negative { '-' } else { ' ' }),
        _ => parts.negative.then_some('-'),
    };
    let n_prefix = parts.prefix.chars().count() as i128;
    let n_remainder = parts.remainder.chars().count() as i128;
    let n_non_digit = i128::from(sign.is_some()) + n_prefix + i128::from(parts.has_decimal) + n_remainder;
    let width = f.width.map_or(-1, |w| w as i128);
    let min_width = if f.fill == '0' && align == '=' { width - n_non_digit } else { 0 };
    let mut grouped = if parts.digits.is_empty() {
        String::new()
    } else {
        group_digits(parts.digits.as_bytes(), min_width, grouping)?
    };
    if toupper {
        grouped.make_ascii_uppercase();
    }
    let n_grouped = grouped.chars().count() as i128;
    let n_padding = (width - (n_non_digit + n_grouped)).max(0);
    let (lpad, spad, rpad) = match align {
        '<' => (0, 0, n_padding),
        '^' => (n_padding / 2, 0, n_padding - n_padding / 2),
        '=' => (0, n_padding, 0),
        _ => (n_padding, 0, 0),
    };
    let mut out = String::new();
    let total = (n_non_digit + n_grouped) as u128 * 4 + n_padding as u128 * 4;
    reserve(&mut out, total)?;
    push_fill(&mut out, f.fill, lpad);
    if let Some(sign) = sign {
        out.push(sign);
    }
    if toupper {
        out.push_str(&parts.prefix.to_ascii_uppercase());
    } else {
        out.push_str(parts.prefix);
    }
    push_fill(&mut out, f.fill, spad);
    out.push_str(&grouped);
    if parts.has_decimal {
        out.push('.');
    }
    out.push_str(parts.remainder);
    push_fill(&mut out, f.fill, rpad);
    Ok(out)
}

/// `calc_padding` + fill: `text` (of `nchars` characters) aligned in a field of `width`.
fn pad_text(text: &str, nchars: usize, f: &FormatSpec, align: char) -> Result<String, String> {
    let total = f.width.map_or(nchars, |w| w.max(nchars));
    let lpad = match align {
        '>' => total - nchars,
        '^' => (total - nchars) / 2,
        _ => 0,
    };
    let rpad = total - nchars - lpad;
    let mut out = String::new();
    reserve(&mut out, text.len() as u128 + (lpad + rpad) as u128 * 4)?;
    push_fill(&mut out, f.fill, lpad as i128);
    out.push_str(text);
    push_fill(&mut out, f.fill, rpad as i128);
    Ok(out)
}

// ---------------------------------------------------------------------------------------
// format(int, spec)
// ---------------------------------------------------------------------------------------

fn max_str_digits_error_to_str(limit: usize) -> String {
    format!(
        "Exceeds the limit ({limit} digits) for integer string conversion; \
         use sys.set_int_max_str_digits() to increase the limit"
    )
}

/// Decimal digits of `|v|`, subject to [`INT_MAX_STR_DIGITS`] like `_PyLong_Format(v, 10)`.
fn decimal_magnitude(v: &BigInt) -> Result<String, String> {
    let mag = v.magnitude();
    let limit = INT_MAX_STR_DIGITS.load(Ordering::Relaxed);
    if limit > 0 {
        // A number of `bits` bits has at least floor((bits - 1) * log10(2)) + 1 digits.
        let bits = mag.bits();
        let min_digits = (bits.saturating_sub(1) as u128 * 30_103 / 100_000) + 1;
        if min_digits > limit as u128 {
            return Err(max_str_digits_error_to_str(limit));
        }
        let s = mag.to_str_radix(10);
        if s.len() > limit {
            return Err(max_str_digits_error_to_str(limit));
        }
        return Ok(s);
    }
    Ok(mag.to_str_radix(10))
}

/// `format(int, spec)` of CPython 3.12 (`int.__format__`). Types `b c d o x X n` and none
/// format the integer; `e E f F g G %` convert it to float first (`Err("int too large to
/// convert to float")`, an `OverflowError` in CPython, when it does not fit). `'c'` out of
/// range gives `"%c arg not in range(0x110000)"` or `"Python int too large to convert to C
/// long"` (both `OverflowError`s). Decimal output longer than [`INT_MAX_STR_DIGITS`] is an
/// error, as in CPython.
pub fn format_int(v: &BigInt, spec: &str) -> Result<String, String> {
    format_int_as(v, spec, "int")
}

/// [`format_int`] for an instance of an `int` subclass named `type_name` (`bool`), which
/// error messages name.
pub fn format_int_as(v: &BigInt, spec: &str, type_name: &str) -> Result<String, String> {
    if spec.is_empty() {
        let digits = decimal_magnitude(v)?;
        return Ok(if v.sign() == Sign::Minus { format!("-{digits}") } else { digits });
    }
    let f = parse_format_spec_for(spec, type_name, Some('d'))?;
    match f.ty.unwrap_or('d') {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => format_long_internal(v, &f),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => format_float_internal(int_to_f64(v)?, &f),
        ty => Err(unknown_presentation_type(ty, type_name)),
    }
}

/// `format_long_internal` of `formatter_unicode.c`.
fn format_long_internal(v: &BigInt, f: &FormatSpec) -> Result<String, String> {
    if f.precision.is_some() {
        return Err("Precision not allowed in integer format specifier".to_string());
    }
    if f.no_neg_zero {
        return Err("Negative zero coercion (z) not allowed in integer format specifier".to_string());
    }
    let ty = f.ty.unwrap_or('d');
    if ty == 'c' {
        if f.sign.is_some() {
            return Err("Sign not allowed with integer format specifier 'c'".to_string());
        }
        if f.alternate {
            return Err("Alternate form (#) not allowed with integer format specifier 'c'".to_string());
        }
        let x = v.to_i64().ok_or_else(|| "Python int too large to convert to C long".to_string())?;
        if !(0..=0x10ffff).contains(&x) {
            return Err("%c arg not in range(0x110000)".to_string());
        }
        let c = char::from_u32(x as u32)
            .ok_or_else(|| format!("%c arg {x:#x} is a lone surrogate, which ophis strings cannot hold"))?;
        let text = c.to_string();
        let parts = NumberParts { negative: false, prefix: "", digits: "", has_decimal: false, remainder: &text };
        return fill_number(&parts, f, None, false);
    }
    let (base, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' | 'X' => (16, "0x"),
        _ => (10, ""),
    };
    let digits = if base == 10 { decimal_magnitude(v)? } else { v.magnitude().to_str_radix(base) };
    let grouping = if ty == 'n' {
        None
    } else {
        match f.grouping {
            Some('_') if base != 10 => Some((4, '_')),
            Some(sep) => Some((3, sep)),
            None => None,
        }
    };
    let parts = NumberParts {
        negative: v.sign() == Sign::Minus,
        prefix: if f.alternate { prefix } else { "" },
        digits: &digits,
        has_decimal: false,
        remainder: "",
    };
    fill_number(&parts, f, grouping, ty == 'X')
}

/// `PyLong_AsDouble`: the correctly rounded (half-even) float nearest to `v`.
fn int_to_f64(v: &BigInt) -> Result<f64, String> {
    let overflow = || "int too large to convert to float".to_string();
    let mag = v.magnitude();
    let bits = mag.bits();
    let value = if bits <= 64 {
        mag.to_u64().unwrap_or(u64::MAX) as f64
    } else {
        if bits > 1024 {
            return Err(overflow());
        }
        let shift = bits - 64;
        let mut top = (mag >> shift).to_u64().unwrap_or(u64::MAX);
        // A sticky bit keeps the rounding of the 64-bit `top` to 53 bits correct.
        if mag.trailing_zeros().is_some_and(|tz| tz < shift) {
            top |= 1;
        }
        (top as f64) * f64::from_bits((1023 + shift) << 52)
    };
    if value.is_infinite() {
        return Err(overflow());
    }
    Ok(if v.sign() == Sign::Minus { -value } else { value })
}

// ---------------------------------------------------------------------------------------
// format(float, spec)
// ---------------------------------------------------------------------------------------

/// `format(float, spec)` of CPython 3.12 (`float.__format__`): types `e E f F g G n %` and
/// none (like `repr` without precision, else like `g` but keeping at least one fractional
/// digit when positional), with `z`, `#`, grouping, fill, alignment and zero padding.
pub fn format_float(x: f64, spec: &str) -> Result<String, String> {
    if spec.is_empty() {
        return Ok(float_repr(x));
    }
    let f = parse_format_spec_for(spec, "float", None)?;
    match f.ty.unwrap_or('\0') {
        '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%' => format_float_internal(x, &f),
        ty => Err(unknown_presentation_type(ty, "float")),
    }
}

/// `format_float_internal` of `formatter_unicode.c`.
fn format_float_internal(x: f64, f: &FormatSpec) -> Result<String, String> {
    let precision = match f.precision {
        Some(p) if p > i32::MAX as usize => return Err("precision too big".to_string()),
        p => p.map(|p| p as i64),
    };
    let ty = f.ty.unwrap_or('\0');
    let mut x = x;
    let mut add_dot_0 = false;
    let mut default_precision = 6;
    let mut add_pct = false;
    let mut code = match ty {
        'e' | 'E' => FloatCode::Exp,
        'f' | 'F' => FloatCode::Fixed,
        '%' => {
            x *= 100.0;
            add_pct = true;
            FloatCode::Fixed
        }
        'g' | 'G' | 'n' => FloatCode::General,
        _ => {
            add_dot_0 = true;
            default_precision = 0;
            FloatCode::Repr
        }
    };
    let precision = match precision {
        Some(p) => {
            if code == FloatCode::Repr {
                code = FloatCode::General;
            }
            p
        }
        None => default_precision,
    };
    let upper = matches!(ty, 'E' | 'F' | 'G');
    let mut buf = format_float_short(x, code, precision, add_dot_0, f.alternate, f.no_neg_zero, upper)?;
    if add_pct {
        buf.push('%');
    }
    let (negative, body) = match buf.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, buf.as_str()),
    };
    let n_digits = body.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, rest) = body.split_at(n_digits);
    let (has_decimal, remainder) = match rest.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let grouping = if ty == 'n' { None } else { f.grouping.map(|sep| (3, sep)) };
    let parts = NumberParts { negative, prefix: "", digits, has_decimal, remainder };
    fill_number(&parts, f, grouping, false)
}

// ---------------------------------------------------------------------------------------
// format(complex, spec)
// ---------------------------------------------------------------------------------------

/// `format(complex, spec)` for a non-empty spec (`format_complex_internal` of
/// `Python/formatter_unicode.c`): both parts formatted as floats of the same type and
/// precision, the imaginary one always signed (unless the real part is omitted), then `j`, the
/// whole padded (default alignment right). No type means `repr`-style digits, with
/// parentheses unless the real part is +0 (then omitted), as `str(z)` does.
pub fn format_complex(re: f64, im: f64, spec: &str) -> Result<String, String> {
    let f = parse_format_spec_for(spec, "complex", None)?;
    let ty = f.ty.unwrap_or('\0');
    if !matches!(ty, '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') {
        return Err(unknown_presentation_type(ty, "complex"));
    }
    let precision = match f.precision {
        Some(p) if p > i32::MAX as usize => return Err("precision too big".to_string()),
        p => p.map(|p| p as i64),
    };
    if f.fill == '0' {
        return Err("Zero padding is not allowed in complex format specifier".to_string());
    }
    if f.align == Some('=') {
        return Err("'=' alignment flag is not allowed in complex format specifier".to_string());
    }
    let (mut code, default_precision) = match ty {
        'e' | 'E' => (FloatCode::Exp, 6),
        'f' | 'F' => (FloatCode::Fixed, 6),
        'g' | 'G' | 'n' => (FloatCode::General, 6),
        _ => (FloatCode::Repr, 0),
    };
    let (skip_re, add_parens) = match ty {
        '\0' if re == 0.0 && re.is_sign_positive() => (true, false),
        '\0' => (false, true),
        _ => (false, false),
    };
    let precision = match precision {
        Some(p) => {
            if code == FloatCode::Repr {
                code = FloatCode::General;
            }
            p
        }
        None => default_precision,
    };
    let upper = matches!(ty, 'E' | 'F' | 'G');
    let grouping = if ty == 'n' { None } else { f.grouping.map(|sep| (3, sep)) };
    // Each part laid out without padding, as `calc_number_widths` does with a copy of the
    // spec whose fill, alignment and width are turned off.
    let part = |x: f64, sign: Option<char>| -> Result<String, String> {
        let buf = format_float_short(x, code, precision, false, f.alternate, f.no_neg_zero, upper)?;
        let (negative, body) = match buf.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, buf.as_str()),
        };
        let n_digits = body.bytes().take_while(u8::is_ascii_digit).count();
        let (digits, rest) = body.split_at(n_digits);
        let (has_decimal, remainder) = match rest.strip_prefix('.') {
            Some(r) => (true, r),
            None => (false, rest),
        };
        let unpadded = FormatSpec { fill: ' ', align: Some('<'), width: None, zero_pad: false, sign, ..f.clone() };
        let parts = NumberParts { negative, prefix: "", digits, has_decimal, remainder };
        fill_number(&parts, &unpadded, grouping, false)
    };
    let mut body = String::new();
    if add_parens {
        body.push('(');
    }
    if !skip_re {
        body.push_str(&part(re, f.sign)?);
    }
    body.push_str(&part(im, if skip_re { f.sign } else { Some('+') })?);
    body.push('j');
    if add_parens {
        body.push(')');
    }
    let nchars = body.chars().count();
    pad_text(&body, nchars, &f, f.align.unwrap_or('>'))
}

// ---------------------------------------------------------------------------------------
// format(str, spec)
// ---------------------------------------------------------------------------------------

/// `format(str, spec)` of CPython 3.12 (`str.__format__`): fill, alignment (default left),
/// width and precision (truncation), all counted in characters; type `s` or none.
pub fn format_str(s: &str, spec: &str) -> Result<String, String> {
    if spec.is_empty() {
        return Ok(s.to_string());
    }
    let f = parse_format_spec_for(spec, "str", Some('s'))?;
    match f.ty.unwrap_or('s') {
        's' => {}
        ty => return Err(unknown_presentation_type(ty, "str")),
    }
    match f.sign {
        Some(' ') => return Err("Space not allowed in string format specifier".to_string()),
        Some(_) => return Err("Sign not allowed in string format specifier".to_string()),
        None => {}
    }
    if f.no_neg_zero {
        return Err("Negative zero coercion (z) not allowed in string format specifier".to_string());
    }
    if f.alternate {
        return Err("Alternate form (#) not allowed in string format specifier".to_string());
    }
    let align = f.align.unwrap_or('<');
    if align == '=' {
        return Err("'=' alignment not allowed in string format specifier".to_string());
    }
    let mut text = s;
    let mut nchars = s.chars().count();
    if let Some(p) = f.precision {
        if p < nchars {
            let cut = s.char_indices().nth(p).map_or(s.len(), |(i, _)| i);
            text = &s[..cut];
            nchars = p;
        }
    }
    pad_text(text, nchars, &f, align)
}

// ---------------------------------------------------------------------------------------
// int(str, base) and float(str)
// ---------------------------------------------------------------------------------------

/// `Py_ISSPACE`: the ASCII whitespace CPython strips around numbers.
fn is_c_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// `_PyUnicode_TransformDecimalAndSpaceToASCII`: non-ASCII whitespace becomes `' '`,
/// Unicode decimal digits become ASCII digits, and anything else non-ASCII ends the string
/// with a `'?'` (which then fails to parse).
pub fn transform_decimal_and_space(s: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for ch in s.chars() {
        if (ch as u32) < 127 {
            out.push(ch as u8);
        } else if is_unicode_space(ch) {
            out.push(b' ');
        } else if let Some(d) = decimal_value(ch) {
            out.push(b'0' + d);
        } else {
            out.push(b'?');
            break;
        }
    }
    out
}

/// The value of `ch` as a Unicode decimal digit (`Py_UNICODE_TODECIMAL`).
fn decimal_value(ch: char) -> Option<u8> {
    if ch.is_ascii() {
        return ch.to_digit(10).map(|d| d as u8);
    }
    let c = ch as u32;
    let i = DECIMAL_ZEROS.partition_point(|&zero| zero <= c);
    let zero = DECIMAL_ZEROS[i.checked_sub(1)?];
    (c - zero < 10).then(|| (c - zero) as u8)
}

/// `Py_UNICODE_ISSPACE` for non-ASCII characters.
fn is_unicode_space(ch: char) -> bool {
    matches!(ch as u32, 0x85 | 0xA0 | 0x1680 | 0x2000..=0x200A | 0x2028 | 0x2029 | 0x202F | 0x205F | 0x3000)
}

/// The value of an ASCII digit or letter as a digit in bases up to 36.
fn digit_value(b: u8) -> Option<u32> {
    (b as char).to_digit(36)
}

/// `int(s)` / `int(s, base)` of CPython 3.12 on a `str`: optional surrounding whitespace
/// (including Unicode whitespace), one sign, single underscores between digits, Unicode
/// decimal digits, the `0x`/`0o`/`0b` prefix when `base` is 0 or matches (base 0 also
/// rejects leading zeros of a nonzero number), bases 2 to 36 or 0.
///
/// Errors: `"invalid literal for int() with base 10: 'abc'"` (the repr of `s`, cut to 200
/// characters like `%.200R`), `"int() base must be >= 2 and <= 36, or 0"`, and the
/// [`INT_MAX_STR_DIGITS`] message for too many digits in a non-power-of-two base.
pub fn parse_int(s: &str, base: u32) -> Result<BigInt, String> {
    if base == 1 || base > 36 {
        return Err("int() base must be >= 2 and <= 36, or 0".to_string());
    }
    let buf = transform_decimal_and_space(s);
    match long_from_bytes(&buf, base)? {
        Some(v) => Ok(v),
        None => {
            let repr: String = str_repr(s).chars().take(200).collect();
            Err(format!("invalid literal for int() with base {base}: {repr}"))
        }
    }
}

/// `PyLong_FromString` on the transformed bytes; `Ok(None)` is a syntax error. Bytes past
/// the end read as NUL, and a NUL inside ends the C string (then the literal is invalid).
fn long_from_bytes(buf: &[u8], base: u32) -> Result<Option<BigInt>, String> {
    let at = |i: usize| buf.get(i).copied().unwrap_or(0);
    let mut i = 0;
    while at(i) != 0 && is_c_space(at(i)) {
        i += 1;
    }
    let mut sign = Sign::Plus;
    if at(i) == b'+' {
        i += 1;
    } else if at(i) == b'-' {
        i += 1;
        sign = Sign::Minus;
    }
    let mut base = base;
    let mut error_if_nonzero = false;
    if base == 0 {
        base = match (at(i), at(i + 1)) {
            (b'0', b'x' | b'X') => 16,
            (b'0', b'o' | b'O') => 8,
            (b'0', b'b' | b'B') => 2,
            (b'0', _) => {
                // A C-style octal literal: only zero is allowed.
                error_if_nonzero = true;
                10
            }
            _ => 10,
        };
    }
    if at(i) == b'0' && matches!((base, at(i + 1)), (16, b'x' | b'X') | (8, b'o' | b'O') | (2, b'b' | b'B')) {
        i += 2;
        if at(i) == b'_' {
            i += 1;
        }
    }

    // long_from_string_base
    let start = i;
    if at(i) == b'_' {
        return Ok(None);
    }
    let mut digits: Vec<u8> = Vec::new();
    let mut prev = 0u8;
    loop {
        let c = at(i);
        if c == b'_' {
            if prev == b'_' {
                return Ok(None);
            }
        } else if let Some(d) = digit_value(c).filter(|&d| d < base) {
            digits.push(d as u8);
        } else {
            break;
        }
        prev = c;
        i += 1;
    }
    if prev == b'_' || i == start {
        return Ok(None);
    }
    while at(i) != 0 && is_c_space(at(i)) {
        i += 1;
    }
    if at(i) != 0 {
        return Ok(None);
    }
    if !base.is_power_of_two() {
        let limit = INT_MAX_STR_DIGITS.load(Ordering::Relaxed);
        if limit > 0 && digits.len() > limit {
            return Err(format!(
                "Exceeds the limit ({limit} digits) for integer string conversion: value has \
                 {} digits; use sys.set_int_max_str_digits() to increase the limit",
                digits.len()
            ));
        }
    }
    let Some(magnitude) = BigUint::from_radix_be(&digits, base) else {
        return Ok(None);
    };
    if error_if_nonzero && !magnitude.is_zero() {
        return Ok(None);
    }
    if i != buf.len() {
        // Stopped at an embedded NUL.
        return Ok(None);
    }
    Ok(Some(BigInt::from_biguint(sign, magnitude)))
}

/// `float(s)` of CPython 3.12 on a `str`: surrounding (Unicode) whitespace, a sign, decimal
/// digits with an optional point and exponent, single underscores between digits,
/// `inf`/`infinity`/`nan` in any case, Unicode decimal digits. Overflow gives `±inf` and
/// underflow `±0.0`, as in CPython.
///
/// Error: `"could not convert string to float: 'abc'"` (the repr of `s`).
pub fn parse_float(s: &str) -> Result<f64, String> {
    let error = || format!("could not convert string to float: {}", str_repr(s));
    let buf = transform_decimal_and_space(s);
    let nul = buf.iter().position(|&b| b == 0).unwrap_or(buf.len());
    if !buf[..nul].contains(&b'_') {
        return float_from_bytes(&buf).ok_or_else(error);
    }
    // _Py_string_to_number_with_underscores
    let mut clean = Vec::with_capacity(nul);
    let mut prev = 0u8;
    for &c in &buf[..nul] {
        if c == b'_' {
            if !prev.is_ascii_digit() {
                return Err(error());
            }
        } else {
            clean.push(c);
            if prev == b'_' && !c.is_ascii_digit() {
                return Err(error());
            }
        }
        prev = c;
    }
    if prev == b'_' || nul != buf.len() {
        return Err(error());
    }
    float_from_bytes(&clean).ok_or_else(error)
}

/// `float_from_string_inner`: strips whitespace and requires the whole rest to be a number.
fn float_from_bytes(b: &[u8]) -> Option<f64> {
    let mut start = 0;
    let mut last = b.len();
    while start < last && is_c_space(b[start]) {
        start += 1;
    }
    if start == last {
        return None;
    }
    while start < last - 1 && is_c_space(b[last - 1]) {
        last -= 1;
    }
    let t = &b[start..last];
    let (value, used) = strtod(t);
    (used == t.len()).then_some(value)
}

/// `_PyOS_ascii_strtod`: the longest prefix of `t` that is a decimal number (or else an
/// infinity or nan), with the number of bytes it takes.
fn strtod(t: &[u8]) -> (f64, usize) {
    let at = |i: usize| t.get(i).copied().unwrap_or(0);
    let mut i = 0;
    if matches!(at(i), b'+' | b'-') {
        i += 1;
    }
    let mut n_digits = 0;
    while at(i).is_ascii_digit() {
        i += 1;
        n_digits += 1;
    }
    if at(i) == b'.' {
        i += 1;
        while at(i).is_ascii_digit() {
            i += 1;
            n_digits += 1;
        }
    }
    if n_digits == 0 {
        return parse_inf_or_nan(t);
    }
    if matches!(at(i), b'e' | b'E') {
        let mut j = i + 1;
        if matches!(at(j), b'+' | b'-') {
            j += 1;
        }
        let exp_start = j;
        while at(j).is_ascii_digit() {
            j += 1;
        }
        if j > exp_start {
            i = j;
        }
    }
    let text: String = t[..i].iter().map(|&c| c as char).collect();
    match text.parse::<f64>() {
        Ok(v) => (v, i),
        Err(_) => (0.0, 0),
    }
}

/// `_Py_parse_inf_or_nan`: `[+-](inf|infinity|nan)`, case-insensitive.
fn parse_inf_or_nan(t: &[u8]) -> (f64, usize) {
    let mut i = 0;
    let mut negate = false;
    if t.first() == Some(&b'-') {
        negate = true;
        i = 1;
    } else if t.first() == Some(&b'+') {
        i = 1;
    }
    let matches_at = |i: usize, word: &[u8]| t.get(i..i + word.len()).is_some_and(|s| s.eq_ignore_ascii_case(word));
    let value = if matches_at(i, b"inf") {
        i += 3;
        if matches_at(i, b"inity") {
            i += 5;
        }
        f64::INFINITY
    } else if matches_at(i, b"nan") {
        i += 3;
        f64::NAN
    } else {
        return (-1.0, 0);
    };
    (if negate { -value } else { value }, i)
}

// ---------------------------------------------------------------------------------------
// repr(str)
// ---------------------------------------------------------------------------------------

/// `repr(str)` of CPython 3.12: single quotes unless the string contains `'` and no `"`;
/// escapes the quote, `\\`, `\t`, `\n`, `\r`; other non-printable characters as `\xNN`,
/// `\uNNNN` or `\UNNNNNNNN` (lower-case hex); printable non-ASCII characters are kept.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for ch in s.chars() {
        let c = ch as u32;
        match ch {
            _ if ch == quote || ch == '\\' => {
                out.push('\\');
                out.push(ch);
            }
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            _ if c < 0x20 || c == 0x7f => out.push_str(&format!("\\x{c:02x}")),
            _ if c < 0x7f || is_printable(ch) => out.push(ch),
            _ if c <= 0xff => out.push_str(&format!("\\x{c:02x}")),
            _ if c <= 0xffff => out.push_str(&format!("\\u{c:04x}")),
            _ => out.push_str(&format!("\\U{c:08x}")),
        }
    }
    out.push(quote);
    out
}

/// `Py_UNICODE_ISPRINTABLE` for non-ASCII characters.
fn is_printable(ch: char) -> bool {
    let c = ch as u32;
    // Index of the first range pair whose end is >= c.
    let pairs = NON_PRINTABLE.len() / 2;
    let mut lo = 0;
    let mut hi = pairs;
    while lo < hi {
        let mid = (lo + hi) / 2;
        if NON_PRINTABLE[2 * mid + 1] < c {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    !(lo < pairs && NON_PRINTABLE[2 * lo] <= c)
}

// ---------------------------------------------------------------------------------------
// Unicode tables (generated from CPython 3.12's unicodedata, Unicode 15.0.0)
// ---------------------------------------------------------------------------------------

/// Code points of the Unicode (15.0) decimal digits zero; each starts a run of ten digits.
const DECIMAL_ZEROS: [u32; 68] = [
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6, 0xE50, 0xED0,
    0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620,
    0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10, 0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0,
    0x112F0, 0x11450, 0x114D0, 0x11650, 0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x11F50,
    0x16A60, 0x16AC0, 0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E4F0, 0x1E950,
    0x1FBF0,
];

/// Inclusive ranges of non-printable non-ASCII code points (Unicode 15.0), flattened as
/// start, end pairs: categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs.
const NON_PRINTABLE: [u32; 1422] = [
    0x7F, 0xA0, 0xAD, 0xAD, 0x378, 0x379, 0x380, 0x383, 0x38B, 0x38B, 0x38D, 0x38D, 0x3A2, 0x3A2, 0x530, 0x530, 0x557,
    0x558, 0x58B, 0x58C, 0x590, 0x590, 0x5C8, 0x5CF, 0x5EB, 0x5EE, 0x5F5, 0x605, 0x61C, 0x61C, 0x6DD, 0x6DD, 0x70E,
    0x70F, 0x74B, 0x74C, 0x7B2, 0x7BF, 0x7FB, 0x7FC, 0x82E, 0x82F, 0x83F, 0x83F, 0x85C, 0x85D, 0x85F, 0x85F, 0x86B,
    0x86F, 0x88F, 0x897, 0x8E2, 0x8E2, 0x984, 0x984, 0x98D, 0x98E, 0x991, 0x992, 0x9A9, 0x9A9, 0x9B1, 0x9B1, 0x9B3,
    0x9B5, 0x9BA, 0x9BB, 0x9C5, 0x9C6, 0x9C9, 0x9CA, 0x9CF, 0x9D6, 0x9D8, 0x9DB, 0x9DE, 0x9DE, 0x9E4, 0x9E5, 0x9FF,
    0xA00, 0xA04, 0xA04, 0xA0B, 0xA0E, 0xA11, 0xA12, 0xA29, 0xA29, 0xA31, 0xA31, 0xA34, 0xA34, 0xA37, 0xA37, 0xA3A,
    0xA3B, 0xA3D, 0xA3D, 0xA43, 0xA46, 0xA49, 0xA4A, 0xA4E, 0xA50, 0xA52, 0xA58, 0xA5D, 0xA5D, 0xA5F, 0xA65, 0xA77,
    0xA80, 0xA84, 0xA84, 0xA8E, 0xA8E, 0xA92, 0xA92, 0xAA9, 0xAA9, 0xAB1, 0xAB1, 0xAB4, 0xAB4, 0xABA, 0xABB, 0xAC6,
    0xAC6, 0xACA, 0xACA, 0xACE, 0xACF, 0xAD1, 0xADF, 0xAE4, 0xAE5, 0xAF2, 0xAF8, 0xB00, 0xB00, 0xB04, 0xB04, 0xB0D,
    0xB0E, 0xB11, 0xB12, 0xB29, 0xB29, 0xB31, 0xB31, 0xB34, 0xB34, 0xB3A, 0xB3B, 0xB45, 0xB46, 0xB49, 0xB4A, 0xB4E,
    0xB54, 0xB58, 0xB5B, 0xB5E, 0xB5E, 0xB64, 0xB65, 0xB78, 0xB81, 0xB84, 0xB84, 0xB8B, 0xB8D, 0xB91, 0xB91, 0xB96,
    0xB98, 0xB9B, 0xB9B, 0xB9D, 0xB9D, 0xBA0, 0xBA2, 0xBA5, 0xBA7, 0xBAB, 0xBAD, 0xBBA, 0xBBD, 0xBC3, 0xBC5, 0xBC9,
    0xBC9, 0xBCE, 0xBCF, 0xBD1, 0xBD6, 0xBD8, 0xBE5, 0xBFB, 0xBFF, 0xC0D, 0xC0D, 0xC11, 0xC11, 0xC29, 0xC29, 0xC3A,
    0xC3B, 0xC45, 0xC45, 0xC49, 0xC49, 0xC4E, 0xC54, 0xC57, 0xC57, 0xC5B, 0xC5C, 0xC5E, 0xC5F, 0xC64, 0xC65, 0xC70,
    0xC76, 0xC8D, 0xC8D, 0xC91, 0xC91, 0xCA9, 0xCA9, 0xCB4, 0xCB4, 0xCBA, 0xCBB, 0xCC5, 0xCC5, 0xCC9, 0xCC9, 0xCCE,
    0xCD4, 0xCD7, 0xCDC, 0xCDF, 0xCDF, 0xCE4, 0xCE5, 0xCF0, 0xCF0, 0xCF4, 0xCFF, 0xD0D, 0xD0D, 0xD11, 0xD11, 0xD45,
    0xD45, 0xD49, 0xD49, 0xD50, 0xD53, 0xD64, 0xD65, 0xD80, 0xD80, 0xD84, 0xD84, 0xD97, 0xD99, 0xDB2, 0xDB2, 0xDBC,
    0xDBC, 0xDBE, 0xDBF, 0xDC7, 0xDC9, 0xDCB, 0xDCE, 0xDD5, 0xDD5, 0xDD7, 0xDD7, 0xDE0, 0xDE5, 0xDF0, 0xDF1, 0xDF5,
    0xE00, 0xE3B, 0xE3E, 0xE5C, 0xE80, 0xE83, 0xE83, 0xE85, 0xE85, 0xE8B, 0xE8B, 0xEA4, 0xEA4, 0xEA6, 0xEA6, 0xEBE,
    0xEBF, 0xEC5, 0xEC5, 0xEC7, 0xEC7, 0xECF, 0xECF, 0xEDA, 0xEDB, 0xEE0, 0xEFF, 0xF48, 0xF48, 0xF6D, 0xF70, 0xF98,
    0xF98, 0xFBD, 0xFBD, 0xFCD, 0xFCD, 0xFDB, 0xFFF, 0x10C6, 0x10C6, 0x10C8, 0x10CC, 0x10CE, 0x10CF, 0x1249, 0x1249,
    0x124E, 0x124F, 0x1257, 0x1257, 0x1259, 0x1259, 0x125E, 0x125F, 0x1289, 0x1289, 0x128E, 0x128F, 0x12B1, 0x12B1,
    0x12B6, 0x12B7, 0x12BF, 0x12BF, 0x12C1, 0x12C1, 0x12C6, 0x12C7, 0x12D7, 0x12D7, 0x1311, 0x1311, 0x1316, 0x1317,
    0x135B, 0x135C, 0x137D, 0x137F, 0x139A, 0x139F, 0x13F6, 0x13F7, 0x13FE, 0x13FF, 0x1680, 0x1680, 0x169D, 0x169F,
    0x16F9, 0x16FF, 0x1716, 0x171E, 0x1737, 0x173F, 0x1754, 0x175F, 0x176D, 0x176D, 0x1771, 0x1771, 0x1774, 0x177F,
    0x17DE, 0x17DF, 0x17EA, 0x17EF, 0x17FA, 0x17FF, 0x180E, 0x180E, 0x181A, 0x181F, 0x1879, 0x187F, 0x18AB, 0x18AF,
    0x18F6, 0x18FF, 0x191F, 0x191F, 0x192C, 0x192F, 0x193C, 0x193F, 0x1941, 0x1943, 0x196E, 0x196F, 0x1975, 0x197F,
    0x19AC, 0x19AF, 0x19CA, 0x19CF, 0x19DB, 0x19DD, 0x1A1C, 0x1A1D, 0x1A5F, 0x1A5F, 0x1A7D, 0x1A7E, 0x1A8A, 0x1A8F,
    0x1A9A, 0x1A9F, 0x1AAE, 0x1AAF, 0x1ACF, 0x1AFF, 0x1B4D, 0x1B4F, 0x1B7F, 0x1B7F, 0x1BF4, 0x1BFB, 0x1C38, 0x1C3A,
    0x1C4A, 0x1C4C, 0x1C89, 0x1C8F, 0x1CBB, 0x1CBC, 0x1CC8, 0x1CCF, 0x1CFB, 0x1CFF, 0x1F16, 0x1F17, 0x1F1E, 0x1F1F,
    0x1F46, 0x1F47, 0x1F4E, 0x1F4F, 0x1F58, 0x1F58, 0x1F5A, 0x1F5A, 0x1F5C, 0x1F5C, 0x1F5E, 0x1F5E, 0x1F7E, 0x1F7F,
    0x1FB5, 0x1FB5, 0x1FC5, 0x1FC5, 0x1FD4, 0x1FD5, 0x1FDC, 0x1FDC, 0x1FF0, 0x1FF1, 0x1FF5, 0x1FF5, 0x1FFF, 0x200F,
    0x2028, 0x202F, 0x205F, 0x206F, 0x2072, 0x2073, 0x208F, 0x208F, 0x209D, 0x209F, 0x20C1, 0x20CF, 0x20F1, 0x20FF,
    0x218C, 0x218F, 0x2427, 0x243F, 0x244B, 0x245F, 0x2B74, 0x2B75, 0x2B96, 0x2B96, 0x2CF4, 0x2CF8, 0x2D26, 0x2D26,
    0x2D28, 0x2D2C, 0x2D2E, 0x2D2F, 0x2D68, 0x2D6E, 0x2D71, 0x2D7E, 0x2D97, 0x2D9F, 0x2DA7, 0x2DA7, 0x2DAF, 0x2DAF,
    0x2DB7, 0x2DB7, 0x2DBF, 0x2DBF, 0x2DC7, 0x2DC7, 0x2DCF, 0x2DCF, 0x2DD7, 0x2DD7, 0x2DDF, 0x2DDF, 0x2E5E, 0x2E7F,
    0x2E9A, 0x2E9A, 0x2EF4, 0x2EFF, 0x2FD6, 0x2FEF, 0x2FFC, 0x3000, 0x3040, 0x3040, 0x3097, 0x3098, 0x3100, 0x3104,
    0x3130, 0x3130, 0x318F, 0x318F, 0x31E4, 0x31EF, 0x321F, 0x321F, 0xA48D, 0xA48F, 0xA4C7, 0xA4CF, 0xA62C, 0xA63F,
    0xA6F8, 0xA6FF, 0xA7CB, 0xA7CF, 0xA7D2, 0xA7D2, 0xA7D4, 0xA7D4, 0xA7DA, 0xA7F1, 0xA82D, 0xA82F, 0xA83A, 0xA83F,
    0xA878, 0xA87F, 0xA8C6, 0xA8CD, 0xA8DA, 0xA8DF, 0xA954, 0xA95E, 0xA97D, 0xA97F, 0xA9CE, 0xA9CE, 0xA9DA, 0xA9DD,
    0xA9FF, 0xA9FF, 0xAA37, 0xAA3F, 0xAA4E, 0xAA4F, 0xAA5A, 0xAA5B, 0xAAC3, 0xAADA, 0xAAF7, 0xAB00, 0xAB07, 0xAB08,
    0xAB0F, 0xAB10, 0xAB17, 0xAB1F, 0xAB27, 0xAB27, 0xAB2F, 0xAB2F, 0xAB6C, 0xAB6F, 0xABEE, 0xABEF, 0xABFA, 0xABFF,
    0xD7A4, 0xD7AF, 0xD7C7, 0xD7CA, 0xD7FC, 0xF8FF, 0xFA6E, 0xFA6F, 0xFADA, 0xFAFF, 0xFB07, 0xFB12, 0xFB18, 0xFB1C,
    0xFB37, 0xFB37, 0xFB3D, 0xFB3D, 0xFB3F, 0xFB3F, 0xFB42, 0xFB42, 0xFB45, 0xFB45, 0xFBC3, 0xFBD2, 0xFD90, 0xFD91,
    0xFDC8, 0xFDCE, 0xFDD0, 0xFDEF, 0xFE1A, 0xFE1F, 0xFE53, 0xFE53, 0xFE67, 0xFE67, 0xFE6C, 0xFE6F, 0xFE75, 0xFE75,
    0xFEFD, 0xFF00, 0xFFBF, 0xFFC1, 0xFFC8, 0xFFC9, 0xFFD0, 0xFFD1, 0xFFD8, 0xFFD9, 0xFFDD, 0xFFDF, 0xFFE7, 0xFFE7,
    0xFFEF, 0xFFFB, 0xFFFE, 0xFFFF, 0x1000C, 0x1000C, 0x10027, 0x10027, 0x1003B, 0x1003B, 0x1003E, 0x1003E, 0x1004E,
    0x1004F, 0x1005E, 0x1007F, 0x100FB, 0x100FF, 0x10103, 0x10106, 0x10134, 0x10136, 0x1018F, 0x1018F, 0x1019D,
    0x1019F, 0x101A1, 0x101CF, 0x101FE, 0x1027F, 0x1029D, 0x1029F, 0x102D1, 0x102DF, 0x102FC, 0x102FF, 0x10324,
    0x1032C, 0x1034B, 0x1034F, 0x1037B, 0x1037F, 0x1039E, 0x1039E, 0x103C4, 0x103C7, 0x103D6, 0x103FF, 0x1049E,
    0x1049F, 0x104AA, 0x104AF, 0x104D4, 0x104D7, 0x104FC, 0x104FF, 0x10528, 0x1052F, 0x10564, 0x1056E, 0x1057B,
    0x1057B, 0x1058B, 0x1058B, 0x10593, 0x10593, 0x10596, 0x10596, 0x105A2, 0x105A2, 0x105B2, 0x105B2, 0x105BA,
    0x105BA, 0x105BD, 0x105FF, 0x10737, 0x1073F, 0x10756, 0x1075F, 0x10768, 0x1077F, 0x10786, 0x10786, 0x107B1,
    0x107B1, 0x107BB, 0x107FF, 0x10806, 0x10807, 0x10809, 0x10809, 0x10836, 0x10836, 0x10839, 0x1083B, 0x1083D,
    0x1083E, 0x10856, 0x10856, 0x1089F, 0x108A6, 0x108B0, 0x108DF, 0x108F3, 0x108F3, 0x108F6, 0x108FA, 0x1091C,
    0x1091E, 0x1093A, 0x1093E, 0x10940, 0x1097F, 0x109B8, 0x109BB, 0x109D0, 0x109D1, 0x10A04, 0x10A04, 0x10A07,
    0x10A0B, 0x10A14, 0x10A14, 0x10A18, 0x10A18, 0x10A36, 0x10A37, 0x10A3B, 0x10A3E, 0x10A49, 0x10A4F, 0x10A59,
    0x10A5F, 0x10AA0, 0x10ABF, 0x10AE7, 0x10AEA, 0x10AF7, 0x10AFF, 0x10B36, 0x10B38, 0x10B56, 0x10B57, 0x10B73,
    0x10B77, 0x10B92, 0x10B98, 0x10B9D, 0x10BA8, 0x10BB0, 0x10BFF, 0x10C49, 0x10C7F, 0x10CB3, 0x10CBF, 0x10CF3,
    0x10CF9, 0x10D28, 0x10D2F, 0x10D3A, 0x10E5F, 0x10E7F, 0x10E7F, 0x10EAA, 0x10EAA, 0x10EAE, 0x10EAF, 0x10EB2,
    0x10EFC, 0x10F28, 0x10F2F, 0x10F5A, 0x10F6F, 0x10F8A, 0x10FAF, 0x10FCC, 0x10FDF, 0x10FF7, 0x10FFF, 0x1104E,
    0x11051, 0x11076, 0x1107E, 0x110BD, 0x110BD, 0x110C3, 0x110CF, 0x110E9, 0x110EF, 0x110FA, 0x110FF, 0x11135,
    0x11135, 0x11148, 0x1114F, 0x11177, 0x1117F, 0x111E0, 0x111E0, 0x111F5, 0x111FF, 0x11212, 0x11212, 0x11242,
    0x1127F, 0x11287, 0x11287, 0x11289, 0x11289, 0x1128E, 0x1128E, 0x1129E, 0x1129E, 0x112AA, 0x112AF, 0x112EB,
    0x112EF, 0x112FA, 0x112FF, 0x11304, 0x11304, 0x1130D, 0x1130E, 0x11311, 0x11312, 0x11329, 0x11329, 0x11331,
    0x11331, 0x11334, 0x11334, 0x1133A, 0x1133A, 0x11345, 0x11346, 0x11349, 0x1134A, 0x1134E, 0x1134F, 0x11351,
    0x11356, 0x11358, 0x1135C, 0x11364, 0x11365, 0x1136D, 0x1136F, 0x11375, 0x113FF, 0x1145C, 0x1145C, 0x11462,
    0x1147F, 0x114C8, 0x114CF, 0x114DA, 0x1157F, 0x115B6, 0x115B7, 0x115DE, 0x115FF, 0x11645, 0x1164F, 0x1165A,
    0x1165F, 0x1166D, 0x1167F, 0x116BA, 0x116BF, 0x116CA, 0x116FF, 0x1171B, 0x1171C, 0x1172C, 0x1172F, 0x11747,
    0x117FF, 0x1183C, 0x1189F, 0x118F3, 0x118FE, 0x11907, 0x11908, 0x1190A, 0x1190B, 0x11914, 0x11914, 0x11917,
    0x11917, 0x11936, 0x11936, 0x11939, 0x1193A, 0x11947, 0x1194F, 0x1195A, 0x1199F, 0x119A8, 0x119A9, 0x119D8,
    0x119D9, 0x119E5, 0x119FF, 0x11A48, 0x11A4F, 0x11AA3, 0x11AAF, 0x11AF9, 0x11AFF, 0x11B0A, 0x11BFF, 0x11C09,
    0x11C09, 0x11C37, 0x11C37, 0x11C46, 0x11C4F, 0x11C6D, 0x11C6F, 0x11C90, 0x11C91, 0x11CA8, 0x11CA8, 0x11CB7,
    0x11CFF, 0x11D07, 0x11D07, 0x11D0A, 0x11D0A, 0x11D37, 0x11D39, 0x11D3B, 0x11D3B, 0x11D3E, 0x11D3E, 0x11D48,
    0x11D4F, 0x11D5A, 0x11D5F, 0x11D66, 0x11D66, 0x11D69, 0x11D69, 0x11D8F, 0x11D8F, 0x11D92, 0x11D92, 0x11D99,
    0x11D9F, 0x11DAA, 0x11EDF, 0x11EF9, 0x11EFF, 0x11F11, 0x11F11, 0x11F3B, 0x11F3D, 0x11F5A, 0x11FAF, 0x11FB1,
    0x11FBF, 0x11FF2, 0x11FFE, 0x1239A, 0x123FF, 0x1246F, 0x1246F, 0x12475, 0x1247F, 0x12544, 0x12F8F, 0x12FF3,
    0x12FFF, 0x13430, 0x1343F, 0x13456, 0x143FF, 0x14647, 0x167FF, 0x16A39, 0x16A3F, 0x16A5F, 0x16A5F, 0x16A6A,
    0x16A6D, 0x16ABF, 0x16ABF, 0x16ACA, 0x16ACF, 0x16AEE, 0x16AEF, 0x16AF6, 0x16AFF, 0x16B46, 0x16B4F, 0x16B5A,
    0x16B5A, 0x16B62, 0x16B62, 0x16B78, 0x16B7C, 0x16B90, 0x16E3F, 0x16E9B, 0x16EFF, 0x16F4B, 0x16F4E, 0x16F88,
    0x16F8E, 0x16FA0, 0x16FDF, 0x16FE5, 0x16FEF, 0x16FF2, 0x16FFF, 0x187F8, 0x187FF, 0x18CD6, 0x18CFF, 0x18D09,
    0x1AFEF, 0x1AFF4, 0x1AFF4, 0x1AFFC, 0x1AFFC, 0x1AFFF, 0x1AFFF, 0x1B123, 0x1B131, 0x1B133, 0x1B14F, 0x1B153,
    0x1B154, 0x1B156, 0x1B163, 0x1B168, 0x1B16F, 0x1B2FC, 0x1BBFF, 0x1BC6B, 0x1BC6F, 0x1BC7D, 0x1BC7F, 0x1BC89,
    0x1BC8F, 0x1BC9A, 0x1BC9B, 0x1BCA0, 0x1CEFF, 0x1CF2E, 0x1CF2F, 0x1CF47, 0x1CF4F, 0x1CFC4, 0x1CFFF, 0x1D0F6,
    0x1D0FF, 0x1D127, 0x1D128, 0x1D173, 0x1D17A, 0x1D1EB, 0x1D1FF, 0x1D246, 0x1D2BF, 0x1D2D4, 0x1D2DF, 0x1D2F4,
    0x1D2FF, 0x1D357, 0x1D35F, 0x1D379, 0x1D3FF, 0x1D455, 0x1D455, 0x1D49D, 0x1D49D, 0x1D4A0, 0x1D4A1, 0x1D4A3,
    0x1D4A4, 0x1D4A7, 0x1D4A8, 0x1D4AD, 0x1D4AD, 0x1D4BA, 0x1D4BA, 0x1D4BC, 0x1D4BC, 0x1D4C4, 0x1D4C4, 0x1D506,
    0x1D506, 0x1D50B, 0x1D50C, 0x1D515, 0x1D515, 0x1D51D, 0x1D51D, 0x1D53A, 0x1D53A, 0x1D53F, 0x1D53F, 0x1D545,
    0x1D545, 0x1D547, 0x1D549, 0x1D551, 0x1D551, 0x1D6A6, 0x1D6A7, 0x1D7CC, 0x1D7CD, 0x1DA8C, 0x1DA9A, 0x1DAA0,
    0x1DAA0, 0x1DAB0, 0x1DEFF, 0x1DF1F, 0x1DF24, 0x1DF2B, 0x1DFFF, 0x1E007, 0x1E007, 0x1E019, 0x1E01A, 0x1E022,
    0x1E022, 0x1E025, 0x1E025, 0x1E02B, 0x1E02F, 0x1E06E, 0x1E08E, 0x1E090, 0x1E0FF, 0x1E12D, 0x1E12F, 0x1E13E,
    0x1E13F, 0x1E14A, 0x1E14D, 0x1E150, 0x1E28F, 0x1E2AF, 0x1E2BF, 0x1E2FA, 0x1E2FE, 0x1E300, 0x1E4CF, 0x1E4FA,
    0x1E7DF, 0x1E7E7, 0x1E7E7, 0x1E7EC, 0x1E7EC, 0x1E7EF, 0x1E7EF, 0x1E7FF, 0x1E7FF, 0x1E8C5, 0x1E8C6, 0x1E8D7,
    0x1E8FF, 0x1E94C, 0x1E94F, 0x1E95A, 0x1E95D, 0x1E960, 0x1EC70, 0x1ECB5, 0x1ED00, 0x1ED3E, 0x1EDFF, 0x1EE04,
    0x1EE04, 0x1EE20, 0x1EE20, 0x1EE23, 0x1EE23, 0x1EE25, 0x1EE26, 0x1EE28, 0x1EE28, 0x1EE33, 0x1EE33, 0x1EE38,
    0x1EE38, 0x1EE3A, 0x1EE3A, 0x1EE3C, 0x1EE41, 0x1EE43, 0x1EE46, 0x1EE48, 0x1EE48, 0x1EE4A, 0x1EE4A, 0x1EE4C,
    0x1EE4C, 0x1EE50, 0x1EE50, 0x1EE53, 0x1EE53, 0x1EE55, 0x1EE56, 0x1EE58, 0x1EE58, 0x1EE5A, 0x1EE5A, 0x1EE5C,
    0x1EE5C, 0x1EE5E, 0x1EE5E, 0x1EE60, 0x1EE60, 0x1EE63, 0x1EE63, 0x1EE65, 0x1EE66, 0x1EE6B, 0x1EE6B, 0x1EE73,
    0x1EE73, 0x1EE78, 0x1EE78, 0x1EE7D, 0x1EE7D, 0x1EE7F, 0x1EE7F, 0x1EE8A, 0x1EE8A, 0x1EE9C, 0x1EEA0, 0x1EEA4,
    0x1EEA4, 0x1EEAA, 0x1EEAA, 0x1EEBC, 0x1EEEF, 0x1EEF2, 0x1EFFF, 0x1F02C, 0x1F02F, 0x1F094, 0x1F09F, 0x1F0AF,
    0x1F0B0, 0x1F0C0, 0x1F0C0, 0x1F0D0, 0x1F0D0, 0x1F0F6, 0x1F0FF, 0x1F1AE, 0x1F1E5, 0x1F203, 0x1F20F, 0x1F23C,
    0x1F23F, 0x1F249, 0x1F24F, 0x1F252, 0x1F25F, 0x1F266, 0x1F2FF, 0x1F6D8, 0x1F6DB, 0x1F6ED, 0x1F6EF, 0x1F6FD,
    0x1F6FF, 0x1F777, 0x1F77A, 0x1F7DA, 0x1F7DF, 0x1F7EC, 0x1F7EF, 0x1F7F1, 0x1F7FF, 0x1F80C, 0x1F80F, 0x1F848,
    0x1F84F, 0x1F85A, 0x1F85F, 0x1F888, 0x1F88F, 0x1F8AE, 0x1F8AF, 0x1F8B2, 0x1F8FF, 0x1FA54, 0x1FA5F, 0x1FA6E,
    0x1FA6F, 0x1FA7D, 0x1FA7F, 0x1FA89, 0x1FA8F, 0x1FABE, 0x1FABE, 0x1FAC6, 0x1FACD, 0x1FADC, 0x1FADF, 0x1FAE9,
    0x1FAEF, 0x1FAF9, 0x1FAFF, 0x1FB93, 0x1FB93, 0x1FBCB, 0x1FBEF, 0x1FBFA, 0x1FFFF, 0x2A6E0, 0x2A6FF, 0x2B73A,
    0x2B73F, 0x2B81E, 0x2B81F, 0x2CEA2, 0x2CEAF, 0x2EBE1, 0x2F7FF, 0x2FA1E, 0x2FFFF, 0x3134B, 0x3134F, 0x323B0,
    0xE00FF, 0xE01F0, 0x10FFFF,
];

#[cfg(test)]
mod tests {
    //! Expected values were produced by CPython 3.12.1 (`format`, `repr`, `int`, `float`).

    use super::*;

    const REPR_CASES: &[(f64, &str)] = &[
        (0.1 + 0.2, "0.30000000000000004"),
        (1e16, "1e+16"),
        (1e15, "1000000000000000.0"),
        (123456789012345678.0, "1.2345678901234568e+17"),
        (1e-4, "0.0001"),
        (1e-5, "1e-05"),
        (2.5e-320, "2.5e-320"),
        (-0.0, "-0.0"),
        (0.0, "0.0"),
        (1.0 / 3.0, "0.3333333333333333"),
        (100.0, "100.0"),
        (1e22, "1e+22"),
        (1e23, "1e+23"),
        (1.5e300 * 1e10, "inf"),
        (-1.5e300 * 1e10, "-inf"),
        (f64::NAN, "nan"),
        (5e-324, "5e-324"),
        (f64::MAX, "1.7976931348623157e+308"),
        (f64::MIN_POSITIVE, "2.2250738585072014e-308"),
        (123456789.0, "123456789.0"),
        (9007199254740993.0, "9007199254740992.0"),
        (f64::from_bits(0x4303_993b_1a60_ad22), "689562960270756.2"),
        (f64::from_bits(0xc2eb_958a_86e9_bfb4), "-242632705396221.62"),
        (0.5, "0.5"),
        (1.5, "1.5"),
        (9999999999999998.0, "9999999999999998.0"),
        (1e100, "1e+100"),
        (1180591620717411303424.0, "1.1805916207174113e+21"),
    ];
    const FLOAT_FORMAT_CASES: &[(f64, &str, Result<&str, &str>)] = &[
        (1.0, ".3", Ok("1.0")),
        (1.5, "", Ok("1.5")),
        (1e20, "", Ok("1e+20")),
        (1e20, ",", Ok("1e+20")),
        (1.0, "#", Ok("1.0")),
        (1e20, "#", Ok("1.e+20")),
        (123.0, ".3", Ok("1.23e+02")),
        (123.456, ".2", Ok("1.2e+02")),
        (12.34567, ".2f", Ok("12.35")),
        (0.125, ".2f", Ok("0.12")),
        (0.375, ".2f", Ok("0.38")),
        (2.5, ".0f", Ok("2")),
        (0.5, ".0f", Ok("0")),
        (1.0, "#.0f", Ok("1.")),
        (1.0, "#.0e", Ok("1.e+00")),
        (12345.678, "e", Ok("1.234568e+04")),
        (12345.678, "E", Ok("1.234568E+04")),
        (12345.678, ".3g", Ok("1.23e+04")),
        (0.0001234, "g", Ok("0.0001234")),
        (0.00001234, "g", Ok("1.234e-05")),
        (1e-5, "G", Ok("1E-05")),
        (100.0, "#g", Ok("100.000")),
        (100.0, "#.3g", Ok("100.")),
        (1234567.0, "n", Ok("1.23457e+06")),
        (0.25, "%", Ok("25.000000%")),
        (0.25, ".1%", Ok("25.0%")),
        (-1234567.891, ",.2f", Ok("-1,234,567.89")),
        (1234567.891, "_.1f", Ok("1_234_567.9")),
        (-1234.5, "012,.1f", Ok("-0,001,234.5")),
        (1234.5, "010.2f", Ok("0001234.50")),
        (-3.5, "=+10.2f", Ok("-     3.50")),
        (3.5, "+", Ok("+3.5")),
        (3.5, " .2f", Ok(" 3.50")),
        (3.5, "*^12.3e", Ok("*3.500e+00**")),
        (3.5, "<8", Ok("3.5     ")),
        (-0.0, "z", Ok("0.0")),
        (-0.0001, "z.2f", Ok("0.00")),
        (-0.0001, ".2f", Ok("-0.00")),
        (-0.0, "z.1%", Ok("0.0%")),
        (f64::INFINITY, "08.2f", Ok("00000inf")),
        (f64::NEG_INFINITY, "08.2f", Ok("-0000inf")),
        (f64::INFINITY, "F", Ok("INF")),
        (f64::NAN, "E", Ok("NAN")),
        (f64::NAN, "+", Ok("+nan")),
        (f64::INFINITY, "%", Ok("inf%")),
        (1e300, ".3f", Ok("1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000")),
        (0.1, ".30f", Ok("0.100000000000000005551115123126")),
        (0.1, ".25e", Ok("1.0000000000000000555111512e-01")),
        (5e-324, ".3e", Ok("4.941e-324")),
        (1e16, ".17", Ok("1e+16")),
        (1.5, "q", Err("Unknown format code 'q' for object of type 'float'")),
        (1.5, "d", Err("Unknown format code 'd' for object of type 'float'")),
        (1.5, "x<", Ok("1.5")),
        (1.5, ",n", Err("Cannot specify ',' with 'n'.")),
        (1.5, ".", Err("Format specifier missing precision")),
        (1.5, ".3000000000f", Err("precision too big")),
        (1.5, "٣.٢f", Ok("1.50")),
        (1.5, "\u{0}", Ok("1.5")),
        (123456.0, "0=+15,.2f", Ok("+000,123,456.00")),
        (1.5, "é^9", Ok("ééé1.5ééé")),
        (1e-7, "", Ok("1e-07")),
        (1e-7, "f", Ok("0.000000")),
        (9.5, ".0e", Ok("1e+01")),
        (0.995, ".2f", Ok("0.99")),
    ];
    const INT_FORMAT_CASES: &[(&str, &str, Result<&str, &str>)] = &[
        ("0", "", Ok("0")),
        ("1234", "010,", Ok("00,001,234")),
        ("1234", "08,", Ok("0,001,234")),
        ("1234", "09,", Ok("0,001,234")),
        ("-1234", "010,", Ok("-0,001,234")),
        ("1234567", ",", Ok("1,234,567")),
        ("1234567", "_", Ok("1_234_567")),
        ("255", "b", Ok("11111111")),
        ("255", "_b", Ok("1111_1111")),
        ("255", "#b", Ok("0b11111111")),
        ("255", "o", Ok("377")),
        ("255", "#o", Ok("0o377")),
        ("255", "x", Ok("ff")),
        ("255", "#x", Ok("0xff")),
        ("255", "#X", Ok("0XFF")),
        ("255", "#010_X", Ok("0X000_00FF")),
        ("-255", "#x", Ok("-0xff")),
        ("65535", "_x", Ok("ffff")),
        ("42", "+", Ok("+42")),
        ("42", " ", Ok(" 42")),
        ("-42", " ", Ok("-42")),
        ("42", "*^9", Ok("***42****")),
        ("42", "<6", Ok("42    ")),
        ("-42", "=8", Ok("-     42")),
        ("-42", "08", Ok("-0000042")),
        ("42", "c", Ok("*")),
        ("128512", "c", Ok("😀")),
        ("65", ">5c", Ok("    A")),
        ("65", "05c", Ok("0000A")),
        ("-1", "c", Err("%c arg not in range(0x110000)")),
        ("1114112", "c", Err("%c arg not in range(0x110000)")),
        ("1180591620717411303424", "c", Err("Python int too large to convert to C long")),
        ("65", "+c", Err("Sign not allowed with integer format specifier 'c'")),
        ("65", "#c", Err("Alternate form (#) not allowed with integer format specifier 'c'")),
        ("12345678901234567890123", ",", Ok("12,345,678,901,234,567,890,123")),
        ("-12345678901234567890123", "_x", Ok("-29d_42b6_4e76_7142_44cb")),
        ("1234567", "n", Ok("1234567")),
        ("10", ".2f", Ok("10.00")),
        ("10", "e", Ok("1.000000e+01")),
        ("9007199254740993", ".0f", Ok("9007199254740992")),
        ("12345", "%", Ok("1234500.000000%")),
        ("100000000000000000000", "g", Ok("1e+20")),
        ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "e", Err("int too large to convert to float")),
        ("179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792", "e", Err("int too large to convert to float")),
        ("179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368", ".3e", Ok("1.798e+308")),
        ("1", ".2", Err("Precision not allowed in integer format specifier")),
        ("1", "z", Err("Negative zero coercion (z) not allowed in integer format specifier")),
        ("1", "q", Err("Unknown format code 'q' for object of type 'int'")),
        ("1", "é", Err("Unknown format code '\\xe9' for object of type 'int'")),
        ("1", "\u{1}", Err("Unknown format code '\\x1' for object of type 'int'")),
        ("1", ",x", Err("Cannot specify ',' with 'x'.")),
        ("1", "_n", Err("Cannot specify '_' with 'n'.")),
        ("1", ",_", Err("Cannot specify both ',' and '_'.")),
        ("1", "_,", Err("Cannot specify both ',' and '_'.")),
        ("1", ".", Err("Format specifier missing precision")),
        ("1", "xx", Err("Invalid format specifier 'xx' for object of type 'int'")),
        ("1", "99999999999999999999", Err("Too many decimal digits in format string")),
        ("1", ",c", Err("Cannot specify ',' with 'c'.")),
        ("1", "s", Err("Unknown format code 's' for object of type 'int'")),
    ];
    const STR_FORMAT_CASES: &[(&str, &str, Result<&str, &str>)] = &[
        ("abc", "10", Ok("abc       ")),
        ("abc", ">10", Ok("       abc")),
        ("abc", "^10", Ok("   abc    ")),
        ("abc", "*^8", Ok("**abc***")),
        ("abc", ".2", Ok("ab")),
        ("abc", "^7.2", Ok("  ab   ")),
        ("日本語", "^7.2", Ok("  日本   ")),
        ("日本語", "é>5", Ok("éé日本語")),
        ("ab", "05", Ok("ab000")),
        ("ab", "<05", Ok("ab000")),
        ("ab", "=5", Err("'=' alignment not allowed in string format specifier")),
        ("ab", ",", Err("Cannot specify ',' with 's'.")),
        ("ab", "_", Err("Cannot specify '_' with 's'.")),
        ("ab", "+", Err("Sign not allowed in string format specifier")),
        ("ab", " ", Err("Space not allowed in string format specifier")),
        ("ab", "-", Err("Sign not allowed in string format specifier")),
        ("ab", "z", Err("Negative zero coercion (z) not allowed in string format specifier")),
        ("ab", "#", Err("Alternate form (#) not allowed in string format specifier")),
        ("ab", ".0", Ok("")),
        ("ab", "x", Err("Unknown format code 'x' for object of type 'str'")),
        ("ab", "s", Ok("ab")),
        ("ab", "", Ok("ab")),
        ("ab", "\u{0}", Err("Unknown format code '\\x0' for object of type 'str'")),
        ("ab", "2.5s", Ok("ab")),
    ];
    const PARSE_INT_CASES: &[(&str, u32, Result<&str, &str>)] = &[
        ("42", 10, Ok("2a")),
        ("  -1_000 ", 10, Ok("-3e8")),
        ("+7", 10, Ok("7")),
        ("abc", 10, Err("invalid literal for int() with base 10: 'abc'")),
        ("abc", 0, Err("invalid literal for int() with base 0: 'abc'")),
        ("abc", 16, Ok("abc")),
        ("0x1f", 0, Ok("1f")),
        ("0X1F", 16, Ok("1f")),
        ("0o17", 0, Ok("f")),
        ("0b101", 0, Ok("5")),
        ("0b101", 16, Ok("b101")),
        ("0x_1f", 16, Ok("1f")),
        ("0x", 16, Err("invalid literal for int() with base 16: '0x'")),
        ("010", 0, Err("invalid literal for int() with base 0: '010'")),
        ("0_0", 0, Ok("0")),
        ("00", 0, Ok("0")),
        ("1__0", 10, Err("invalid literal for int() with base 10: '1__0'")),
        ("_1", 10, Err("invalid literal for int() with base 10: '_1'")),
        ("1_", 10, Err("invalid literal for int() with base 10: '1_'")),
        ("- 1", 10, Err("invalid literal for int() with base 10: '- 1'")),
        ("z", 36, Ok("23")),
        ("Z", 36, Ok("23")),
        ("٣٤", 10, Ok("22")),
        ("\u{a0}12\u{3000}", 10, Ok("c")),
        ("1\u{0}", 10, Err("invalid literal for int() with base 10: '1\\x00'")),
        ("12é", 10, Err("invalid literal for int() with base 10: '12é'")),
        ("\u{1c}1", 10, Err("invalid literal for int() with base 10: '\\x1c1'")),
        ("", 10, Err("invalid literal for int() with base 10: ''")),
        ("  ", 10, Err("invalid literal for int() with base 10: '  '")),
        ("1", 1, Err("int() base must be >= 2 and <= 36, or 0")),
        ("1", 37, Err("int() base must be >= 2 and <= 36, or 0")),
        ("123", 7, Ok("42")),
        ("9", 8, Err("invalid literal for int() with base 8: '9'")),
    ];
    const PARSE_FLOAT_CASES: &[(&str, Result<u64, &str>)] = &[
        ("1.5", Ok(0x3ff8000000000000)),
        ("  -2.5e3 ", Ok(0xc0a3880000000000)),
        ("1_000.5", Ok(0x408f440000000000)),
        ("1_e5", Err("could not convert string to float: '1_e5'")),
        ("inf_", Err("could not convert string to float: 'inf_'")),
        ("1__0", Err("could not convert string to float: '1__0'")),
        ("-nan", Ok(0xfff8000000000000)),
        ("nan", Ok(0x7ff8000000000000)),
        ("  -Infinity ", Ok(0xfff0000000000000)),
        ("INF", Ok(0x7ff0000000000000)),
        ("iNfInItY", Ok(0x7ff0000000000000)),
        ("infinit", Err("could not convert string to float: 'infinit'")),
        ("1e", Err("could not convert string to float: '1e'")),
        ("1e+", Err("could not convert string to float: '1e+'")),
        (".", Err("could not convert string to float: '.'")),
        (".5", Ok(0x3fe0000000000000)),
        ("5.", Ok(0x4014000000000000)),
        ("1e99999999999999999999", Ok(0x7ff0000000000000)),
        ("-1e-99999", Ok(0x8000000000000000)),
        ("0e99999999999999", Ok(0x0000000000000000)),
        ("١.٥", Ok(0x3ff8000000000000)),
        ("\u{1c}1.5", Err("could not convert string to float: '\\x1c1.5'")),
        ("1.5\u{0}", Err("could not convert string to float: '1.5\\x00'")),
        ("", Err("could not convert string to float: ''")),
        ("  ", Err("could not convert string to float: '  '")),
        ("_1", Err("could not convert string to float: '_1'")),
        ("1_", Err("could not convert string to float: '1_'")),
        ("1.5_1", Ok(0x3ff828f5c28f5c29)),
        ("1._5", Err("could not convert string to float: '1._5'")),
        ("+.e5", Err("could not convert string to float: '+.e5'")),
        ("-0", Ok(0x8000000000000000)),
        ("4.9406564584124654e-324", Ok(0x0000000000000001)),
        ("2.4703282292062328e-324", Ok(0x0000000000000001)),
        ("1.7976931348623159e308", Ok(0x7ff0000000000000)),
        ("0.1", Ok(0x3fb999999999999a)),
        ("\u{2003} 3.5\u{3000}", Ok(0x400c000000000000)),
        ("++1", Err("could not convert string to float: '++1'")),
        ("0x10", Err("could not convert string to float: '0x10'")),
        ("1E05", Ok(0x40f86a0000000000)),
        ("abc", Err("could not convert string to float: 'abc'")),
    ];
    const STR_REPR_CASES: &[(&str, &str)] = &[
        ("", "''"),
        ("abc", "'abc'"),
        ("it's", "\"it's\""),
        ("say \"hi\"", "'say \"hi\"'"),
        ("both ' and \"", "'both \\' and \"'"),
        ("tab\there\n", "'tab\\there\\n'"),
        ("back\\slash", "'back\\\\slash'"),
        ("\u{0}\u{7}\u{1b}\u{7f}", "'\\x00\\x07\\x1b\\x7f'"),
        ("\u{80}\u{9f}\u{a0}\u{ad}é", "'\\x80\\x9f\\xa0\\xadé'"),
        ("héllo 日本語", "'héllo 日本語'"),
        ("\u{200b}\u{2028}\u{feff}\u{3000}", "'\\u200b\\u2028\\ufeff\\u3000'"),
        ("😀\u{e0001}\u{10ffff}", "'😀\\U000e0001\\U0010ffff'"),
        ("\u{378}\u{e000}", "'\\u0378\\ue000'"),
        ("\r", "'\\r'"),
    ];

    fn big(s: &str) -> BigInt {
        s.parse().expect("test integer literal")
    }

    #[test]
    fn float_repr_matches_cpython() {
        for &(x, want) in REPR_CASES {
            assert_eq!(float_repr(x), want, "repr({x:e})");
            assert_eq!(format_float(x, "").as_deref(), Ok(want), "format({x:e}, '')");
        }
    }

    #[test]
    fn float_repr_round_trips() {
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..20_000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let x = f64::from_bits(state);
            if x.is_finite() {
                let text = float_repr(x);
                assert_eq!(text.parse::<f64>().map(f64::to_bits), Ok(x.to_bits()), "{text}");
                assert_eq!(parse_float(&text).map(f64::to_bits), Ok(x.to_bits()), "{text}");
            }
        }
    }

    #[test]
    fn format_float_matches_cpython() {
        for &(x, spec, want) in FLOAT_FORMAT_CASES {
            let got = format_float(x, spec);
            assert_eq!(got.as_deref(), want.map_err(str::to_string).as_deref(), "format({x:e}, {spec:?})");
        }
    }

    #[test]
    fn format_int_matches_cpython() {
        for &(v, spec, want) in INT_FORMAT_CASES {
            let got = format_int(&big(v), spec);
            assert_eq!(got.as_deref(), want.map_err(str::to_string).as_deref(), "format({v}, {spec:?})");
        }
    }

    #[test]
    fn format_str_matches_cpython() {
        for &(s, spec, want) in STR_FORMAT_CASES {
            let got = format_str(s, spec);
            assert_eq!(got.as_deref(), want.map_err(str::to_string).as_deref(), "format({s:?}, {spec:?})");
        }
    }

    #[test]
    fn parse_int_matches_cpython() {
        for &(s, base, want) in PARSE_INT_CASES {
            // Expected values are in hex, as CPython's format(int(s, base), 'x').
            let got = parse_int(s, base).map(|v| v.to_str_radix(16));
            assert_eq!(got.as_deref(), want.map_err(str::to_string).as_deref(), "int({s:?}, {base})");
        }
    }

    #[test]
    fn parse_float_matches_cpython() {
        for &(s, want) in PARSE_FLOAT_CASES {
            let got = parse_float(s).map(f64::to_bits);
            assert_eq!(got, want.map_err(str::to_string), "float({s:?})");
        }
    }

    #[test]
    fn str_repr_matches_cpython() {
        for &(s, want) in STR_REPR_CASES {
            assert_eq!(str_repr(s), want, "repr({s:?})");
        }
    }

    #[test]
    fn long_inputs() {
        // The repr in the message is cut to 200 characters (`%.200R`).
        let a300 = "a".repeat(300);
        let want = format!("invalid literal for int() with base 10: '{}", "a".repeat(199));
        assert_eq!(parse_int(&a300, 10), Err(want));
        assert_eq!(parse_float(&a300), Err(format!("could not convert string to float: '{a300}'")));
        assert_eq!(
            parse_int(&"1".repeat(4301), 10),
            Err("Exceeds the limit (4300 digits) for integer string conversion: value has \
                 4301 digits; use sys.set_int_max_str_digits() to increase the limit"
                .to_string())
        );
        let ones = parse_int(&"1".repeat(4300), 10).expect("4300 digits are allowed");
        assert_eq!(format_int(&ones, ""), Ok("1".repeat(4300)));
        let binary = parse_int(&"1".repeat(5000), 2).expect("binary has no digit limit");
        assert_eq!(binary.bits(), 5000);
        let to_str_error = "Exceeds the limit (4300 digits) for integer string conversion; \
                            use sys.set_int_max_str_digits() to increase the limit";
        let huge = BigInt::from(10).pow(4300);
        assert_eq!(format_int(&huge, ""), Err(to_str_error.to_string()));
        assert_eq!(format_int(&huge, "d"), Err(to_str_error.to_string()));
        assert_eq!(format_int(&-huge.clone(), ","), Err(to_str_error.to_string()));
        assert_eq!(format_int(&huge, "x").map(|s| s.len()), Ok(3572));
        assert_eq!(format_int(&(huge / 10), "d").map(|s| s.len()), Ok(4300));
        // Huge widths report an error instead of aborting (CPython: MemoryError).
        assert!(format_int(&BigInt::from(5), "9223372036854775807").is_err());
        assert!(format_int(&BigInt::from(5), "0=99999999999999").is_err());
        assert!(format_str("a", "99999999999999").is_err());
        assert!(format_float(1.5, "99999999999999").is_err());
        assert_eq!(format_str("ab", "1000000").map(|s| s.len()), Ok(1_000_000));
    }

    #[test]
    fn format_spec_fields() {
        let f = parse_format_spec("*^+z#015_.3e").expect("valid spec");
        assert_eq!(
            f,
            FormatSpec {
                fill: '*',
                align: Some('^'),
                sign: Some('+'),
                no_neg_zero: true,
                alternate: true,
                zero_pad: false,
                width: Some(15),
                grouping: Some('_'),
                precision: Some(3),
                ty: Some('e'),
            }
        );
        let f = parse_format_spec("010,").expect("valid spec");
        assert_eq!((f.fill, f.align, f.zero_pad, f.width), ('0', None, true, Some(10)));
        assert_eq!(f.grouping, Some(','));
        assert_eq!(parse_format_spec("").map(|f| f.ty), Ok(None));
        assert_eq!(
            parse_format_spec("abc"),
            Err("Invalid format specifier 'abc' for object of type 'object'".to_string())
        );
        assert_eq!(
            parse_format_spec_for("abc", "complex", None),
            Err("Invalid format specifier 'abc' for object of type 'complex'".to_string())
        );
        assert_eq!(parse_format_spec_for(",", "str", Some('s')), Err("Cannot specify ',' with 's'.".to_string()));
    }
}
