//! The `time` module's clocks and `sleep`, after CPython 3.12's `Modules/timemodule.c`.
//!
//! Input: nothing (the clocks) or a duration in seconds (`sleep`). Output: floats of seconds
//! or ints of nanoseconds read from the same POSIX clocks CPython uses: `CLOCK_REALTIME`
//! (`time`), `CLOCK_MONOTONIC` (`monotonic`, `perf_counter`) and
//! `CLOCK_PROCESS_CPUTIME_ID` (`process_time`).
//!
//! Invariant: `monotonic` and `perf_counter` never go backwards.

use super::{float_arg, functions};
use crate::call::Args;
use crate::errors::{overflow_error, type_error, value_error, PyResult};
use crate::object::Obj;
use crate::types::float::{new_float, FLOAT_TYPE};
use crate::types::int::{int_view, new_int};
use crate::types::module::new_module;
use crate::types::{none, type_name};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

extern "C" {
    fn clock_gettime(clock: i32, ts: *mut Timespec) -> i32;
}

#[repr(C)]
struct Timespec {
    tv_sec: i64,
    tv_nsec: i64,
}

const CLOCK_MONOTONIC: i32 = 1;
const CLOCK_PROCESS_CPUTIME_ID: i32 = 2;

/// Nanoseconds on `clock` (0 if the clock cannot be read, which POSIX rules out for these).
fn clock_ns(clock: i32) -> i64 {
    let mut ts = Timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: `ts` is a valid, writable timespec for the duration of the call; the clock ids
    // are the Linux constants for clocks every kernel provides.
    let rc = unsafe { clock_gettime(clock, &mut ts) };
    if rc != 0 {
        return 0;
    }
    ts.tv_sec.saturating_mul(1_000_000_000).saturating_add(ts.tv_nsec)
}

fn realtime_ns() -> i64 {
    match SystemTime::now().duration_since(UNIX_EPOCH) {
        Ok(d) => d.as_nanos() as i64,
        Err(e) => -(e.duration().as_nanos() as i64),
    }
}

fn seconds(ns: i64) -> Obj {
    new_float(ns as f64 * 1e-9)
}

fn t_time(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    Args::parse("time.time", args, kwnames, &[], 0)?;
    Ok(seconds(realtime_ns()))
}

fn t_time_ns(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    Args::parse("time.time_ns", args, kwnames, &[], 0)?;
    Ok(new_int(realtime_ns()))
}

fn t_monotonic(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    Args::parse("time.monotonic", args, kwnames, &[], 0)?;
    Ok(seconds(clock_ns(CLOCK_MONOTONIC)))
}

fn t_monotonic_ns(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    Args::parse("time.monotonic_ns", args, kwnames, &[], 0)?;
    Ok(new_int(clock_ns(CLOCK_MONOTONIC)))
}

fn t_perf_counter(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    Args::parse("time.perf_counter", args, kwnames, &[], 0)?;
    Ok(seconds(clock_ns(CLOCK_MONOTONIC)))
}

fn t_perf_counter_ns(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    Args::parse("time.perf_counter_ns", args, kwnames, &[], 0)?;
    Ok(new_int(clock_ns(CLOCK_MONOTONIC)))
}

fn t_process_time(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    Args::parse("time.process_time", args, kwnames, &[], 0)?;
    Ok(seconds(clock_ns(CLOCK_PROCESS_CPUTIME_ID)))
}

fn t_process_time_ns(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    Args::parse("time.process_time_ns", args, kwnames, &[], 0)?;
    Ok(new_int(clock_ns(CLOCK_PROCESS_CPUTIME_ID)))
}

/// `sleep(secs)`: an int or float (`_PyTime_FromSecondsObject`'s messages).
fn t_sleep(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let a = Args::parse("time.sleep", args, kwnames, &[""], 1)?;
    let x = a.req(0);
    let secs = if x.ty().is_subtype(&FLOAT_TYPE) {
        let f = float_arg(x)?;
        if f.is_nan() {
            return Err(value_error("Invalid value NaN (not a number)"));
        }
        f
    } else if int_view(x).is_some() {
        float_arg(x).map_err(|_| {
            crate::errors::fetch().decref();
            overflow_error("timestamp too large to convert to C _PyTime_t")
        })?
    } else {
        return Err(type_error(format!("'{}' object cannot be interpreted as an integer", type_name(x))));
    };
    if secs < 0.0 {
        return Err(value_error("sleep length must be non-negative"));
    }
    if secs > 9.2e9 {
        return Err(overflow_error("timestamp too large to convert to C _PyTime_t"));
    }
    std::thread::sleep(Duration::from_secs_f64(secs));
    Ok(none())
}

pub fn init() -> Obj {
    let m = new_module("time");
    functions!(m,
        "time" => t_time, "time_ns" => t_time_ns, "monotonic" => t_monotonic,
        "monotonic_ns" => t_monotonic_ns, "perf_counter" => t_perf_counter,
        "perf_counter_ns" => t_perf_counter_ns, "process_time" => t_process_time,
        "process_time_ns" => t_process_time_ns, "sleep" => t_sleep,
    );
    m
}
