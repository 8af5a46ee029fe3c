//! `dataclasses` (CPython's `Lib/dataclasses.py`, followed function by function).
//!
//! Input: a class whose body annotated its fields (the compiler fills `__annotations__` in
//! the class dict, in order). `dataclass` collects the fields of the bases (their
//! `__dataclass_fields__`, in reverse MRO order) and of the class, then adds the methods
//! CPython generates from source text: here each is a native closure
//! ([`crate::types::native`]) capturing `(cls, fields, frozen)`, so it knows its own class
//! exactly as CPython's generated code does through its closure.
//!
//! Invariants: a field is an instance of the module's `Field` class with the attributes
//! `name`, `type`, `default`, `default_factory`, `init`, `repr`, `hash`, `compare`,
//! `metadata`, `kw_only` and `_field_type` (one of the module's `_FIELD`,
//! `_FIELD_CLASSVAR`, `_FIELD_INITVAR` markers, compared by identity); `MISSING` marks an
//! absent default. Methods are only added where the class's own dict lacks them
//! (`_set_new_attribute`), except the ordering methods, which raise as CPython does.
//!
//! Not provided: `make_dataclass`, `slots=True`, `weakref_slot`, the generated `__doc__`,
//! `reprlib.recursive_repr`'s guard in `__repr__`.

use crate::call::kwnames_len;
use crate::errors::{type_error, value_error, PyResult};
use crate::object::{Obj, Owned};
use crate::typeobj::CompareOp;
use crate::types::dict::{dict_data, is_dict, new_dict};
use crate::types::heaptype::{type_dict, type_new};
use crate::types::int::{new_bool, TRUE};
use crate::types::native::new_native;
use crate::types::str::{is_str, new_str, new_string, str_value};
use crate::types::tuple::{is_tuple, new_tuple, tuple_items};
use crate::types::typetype::{as_type, TYPE_TYPE};
use crate::types::{none, not_implemented};

fn own(o: Obj) -> Owned {
    Owned::new(o).expect("non-null")
}

fn name(s: &str) -> Owned {
    own(new_str(s))
}

fn ga(o: Obj, n: &str) -> PyResult<Owned> {
    let n = name(n);
    crate::attr::getattr(o, n.get()).map(own)
}

fn sa(o: Obj, n: &str, v: Obj) -> PyResult<()> {
    let n = name(n);
    crate::attr::setattr(o, n.get(), v)
}

/// The module object (for its classes and markers).
fn module() -> Owned {
    own(super::load_named("dataclasses"))
}

fn mattr(n: &str) -> Owned {
    ga(module().get(), n).expect("a dataclasses attribute")
}

fn is_missing(o: Obj) -> bool {
    o == mattr("MISSING").get()
}

fn field_bool(f: Obj, n: &str) -> PyResult<bool> {
    let v = ga(f, n)?;
    crate::ops::is_true(v.get())
}

fn field_kind(f: Obj) -> PyResult<Owned> {
    ga(f, "_field_type")
}

fn is_kind(f: Obj, kind: &str) -> PyResult<bool> {
    Ok(field_kind(f)?.get() == mattr(kind).get())
}

/// A plain class in this module (`make_class` of `abc`, with `__module__ = 'dataclasses'`).
fn make_class(cls_name: &str, bases: Vec<Obj>, attrs: Vec<(&str, Obj)>) -> Obj {
    let ns = own(new_dict());
    for (k, v) in attrs {
        let k = name(k);
        dict_data(ns.get()).set(k.get(), v).expect("str keys");
        v.decref();
    }
    let m = name("dataclasses");
    dict_data(ns.get()).set(crate::slots::intern("__module__"), m.get()).expect("str keys");
    let n = name(cls_name);
    let bases = own(new_tuple(bases));
    type_new(&TYPE_TYPE, n.get(), bases.get(), ns.get(), Obj::NULL).expect("dataclasses classes are valid")
}

/// `field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
/// compare=True, metadata=None, kw_only=MISSING)`.
fn field(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    const PARAMS: [&str; 8] = ["default", "default_factory", "init", "repr", "hash", "compare", "metadata", "kw_only"];
    let v = super::py_args("field", args, kwnames, &PARAMS, 0, 0, false)?;
    let missing = mattr("MISSING");
    let default = v[0].unwrap_or(missing.get());
    let factory = v[1].unwrap_or(missing.get());
    if default != missing.get() && factory != missing.get() {
        return Err(value_error("cannot specify both default and default_factory"));
    }
    new_field(
        default,
        factory,
        v[2].unwrap_or(TRUE.obj()),
        v[3].unwrap_or(TRUE.obj()),
        v[4].unwrap_or(none()),
        v[5].unwrap_or(TRUE.obj()),
        v[6].unwrap_or(none()),
        v[7].unwrap_or(missing.get()),
    )
}

#[allow(clippy::too_many_arguments)]
fn new_field(
    default: Obj,
    factory: Obj,
    init: Obj,
    repr: Obj,
    hash: Obj,
    compare: Obj,
    metadata: Obj,
    kw_only: Obj,
) -> PyResult<Obj> {
    let cls = mattr("Field");
    let f = own(crate::call::call(cls.get(), &[], Obj::NULL)?);
    for (n, v) in [
        ("name", none()),
        ("type", none()),
        ("default", default),
        ("default_factory", factory),
        ("init", init),
        ("repr", repr),
        ("hash", hash),
        ("compare", compare),
        ("metadata", metadata),
        ("kw_only", kw_only),
        ("_field_type", none()),
    ] {
        sa(f.get(), n, v)?;
    }
    Ok(f.release())
}

/// `Field.__repr__`.
fn field_repr(_data: Obj, args: &[Obj], _kwnames: Obj) -> PyResult<Obj> {
    let f = args[0];
    let mut parts = Vec::new();
    for n in ["name", "type", "default", "default_factory", "init", "repr", "hash", "compare", "metadata", "kw_only"] {
        let v = ga(f, n)?;
        parts.push(format!("{n}={}", crate::ops::repr_string(v.get())?));
    }
    let kind = field_kind(f)?;
    let kind = ga(kind.get(), "name").map(|n| str_value(n.get()).to_string()).unwrap_or_default();
    Ok(new_string(format!("Field({},_field_type={kind})", parts.join(","))))
}

/// The options of `@dataclass(...)`, in the order of the signature.
const OPTIONS: [&str; 10] =
    ["init", "repr", "eq", "order", "unsafe_hash", "frozen", "match_args", "kw_only", "slots", "weakref_slot"];
const OPTION_DEFAULTS: [bool; 10] = [true, true, true, false, false, false, true, false, false, false];

/// `dataclass(cls=None, /, *, init=True, …)`.
fn dataclass(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let npos = args.len() - kwnames_len(kwnames);
    if npos > 1 {
        return Err(type_error(format!("dataclass() takes from 0 to 1 positional arguments but {npos} were given")));
    }
    let mut params: Vec<&str> = vec!["cls"];
    params.extend(OPTIONS);
    let v = super::py_args("dataclass", args, kwnames, &params, 0, 1, false)?;
    let mut opts = Vec::new();
    for (i, d) in OPTION_DEFAULTS.iter().enumerate() {
        opts.push(match v[i + 1] {
            Some(o) => crate::ops::is_true(o)?,
            None => *d,
        });
    }
    match v[0] {
        Some(cls) if cls != none() => process_class(cls, &opts),
        _ => {
            let t = own(new_tuple(opts.iter().map(|&b| new_bool(b)).collect()));
            Ok(new_native("wrap", "dataclass.<locals>.wrap", t.get(), wrap, false))
        }
    }
}

/// The decorator `dataclass(...)` returns.
fn wrap(data: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let v = super::py_args("dataclass.<locals>.wrap", args, kwnames, &["cls"], 1, 1, false)?;
    let mut opts = Vec::new();
    for &o in tuple_items(data) {
        opts.push(crate::ops::is_true(o)?);
    }
    process_class(v[0].expect("required"), &opts)
}

fn opt(opts: &[bool], n: &str) -> bool {
    opts[OPTIONS.iter().position(|o| *o == n).expect("an option")]
}

/// Is the annotation `ClassVar` (the `typing` object, or a string naming it)?
fn is_classvar(t: Obj) -> PyResult<bool> {
    if is_str(t) {
        let s = str_value(t);
        return Ok(s == "ClassVar" || s.starts_with("ClassVar[") || s.starts_with("typing.ClassVar"));
    }
    let r = crate::ops::repr_string(t)?;
    Ok(r == "typing.ClassVar" || r.starts_with("typing.ClassVar["))
}

/// Is the annotation `InitVar` or `InitVar[T]`?
fn is_initvar(t: Obj) -> bool {
    let iv = mattr("InitVar");
    t == iv.get() || as_type(iv.get()).is_some_and(|c| t.ty().is_subtype(c))
}

/// `_get_field`: the field for one annotation.
fn get_field(cls: Obj, a_name: Obj, a_type: Obj, default_kw_only: bool) -> PyResult<Owned> {
    let missing = mattr("MISSING");
    let default = match crate::attr::getattr_opt(cls, a_name)? {
        Some(d) => own(d),
        None => own(missing.get().incref()),
    };
    let field_cls = mattr("Field");
    let f = if as_type(field_cls.get()).is_some_and(|c| default.get().ty().is_subtype(c)) {
        default
    } else {
        let t = TRUE.obj();
        own(new_field(default.get(), missing.get(), t, t, none(), t, none(), missing.get())?)
    };
    sa(f.get(), "name", a_name)?;
    sa(f.get(), "type", a_type)?;
    let kind = if is_classvar(a_type)? {
        "_FIELD_CLASSVAR"
    } else if is_initvar(a_type) {
        "_FIELD_INITVAR"
    } else {
        "_FIELD"
    };
    sa(f.get(), "_field_type", mattr(kind).get())?;
    let n = str_value(a_name);
    if kind != "_FIELD" {
        let fac = ga(f.get(), "default_factory")?;
        if !is_missing(fac.get()) {
            return Err(type_error(format!("field {n} cannot have a default factory")));
        }
    }
    if kind == "_FIELD" || kind == "_FIELD_INITVAR" {
        let kw = ga(f.get(), "kw_only")?;
        if is_missing(kw.get()) {
            sa(f.get(), "kw_only", new_bool(default_kw_only))?;
        }
    } else {
        let kw = ga(f.get(), "kw_only")?;
        if !is_missing(kw.get()) {
            return Err(type_error(format!("field {n} is a ClassVar but specifies kw_only")));
        }
    }
    // Mutable defaults: a default whose class is unhashable (`list`, `dict`, `set`).
    let d = ga(f.get(), "default")?;
    if kind == "_FIELD" && !is_missing(d.get()) {
        let h = crate::attr::getattr_opt(d.get().ty().obj(), crate::slots::intern("__hash__"))?.map(own);
        if h.as_ref().is_none_or(|h| h.get() == none()) {
            return Err(value_error(format!(
                "mutable default {} for field {n} is not allowed: use default_factory",
                crate::ops::repr_string(d.get().ty().obj())?
            )));
        }
    }
    Ok(f)
}

/// Add `value` (stolen) as `cls.name` unless the class defines it itself; true if it did.
fn set_new_attribute(cls: Obj, n: &str, value: Obj) -> PyResult<bool> {
    let value = own(value);
    let key = name(n);
    let ty = as_type(cls).expect("a class");
    if dict_data(type_dict(ty)).get(key.get())?.is_some() {
        return Ok(true);
    }
    crate::attr::setattr(cls, key.get(), value.get())?;
    Ok(false)
}

/// The data every generated method captures: `(cls, fields, frozen)`, `fields` being the
/// tuple of all `Field`s in definition order.
fn method(cls: Obj, fields: Obj, frozen: bool, n: &str, f: crate::types::native::NativeFn) -> PyResult<Obj> {
    let data = own(new_tuple(vec![cls.incref(), fields.incref(), new_bool(frozen)]));
    let qual = format!("{}.{n}", crate::types::heaptype::qualname(as_type(cls).expect("a class")));
    Ok(new_native(n, &qual, data.get(), f, true))
}

fn process_class(cls: Obj, opts: &[bool]) -> PyResult<Obj> {
    let Some(ty) = as_type(cls) else {
        return Err(type_error("dataclass() should be called on a class"));
    };
    let fields_key = name("__dataclass_fields__");
    // Fields of the dataclass bases, last base first.
    let mut fields: Vec<(String, Owned)> = Vec::new();
    let mut has_dataclass_bases = false;
    let mut all_frozen_bases: Option<bool> = None;
    let mro = tuple_items(crate::types::heaptype::type_mro(ty)).to_vec();
    for &b in mro[1..].iter().rev() {
        let Some(bf) = crate::attr::getattr_opt(b, fields_key.get())? else { continue };
        let bf = own(bf);
        if !is_dict(bf.get()) {
            continue;
        }
        has_dataclass_bases = true;
        for (k, f) in dict_data(bf.get()).iter() {
            let k = str_value(k).to_string();
            match fields.iter_mut().find(|(n, _)| *n == k) {
                Some(slot) => slot.1 = own(f.incref()),
                None => fields.push((k, own(f.incref()))),
            }
        }
        let params = ga(b, "__dataclass_params__")?;
        let frozen = field_bool(params.get(), "frozen")?;
        all_frozen_bases = Some(all_frozen_bases.unwrap_or(true) && frozen);
    }
    // This class's own annotations, in order.
    let cls_dict = type_dict(ty);
    let ann = dict_data(cls_dict).get(crate::slots::intern("__annotations__"))?.map(|a| own(a.incref()));
    let kw_only_marker = mattr("KW_ONLY");
    let mut kw_only = opt(opts, "kw_only");
    let mut kw_only_seen = false;
    let mut cls_fields: Vec<Owned> = Vec::new();
    if let Some(ann) = &ann {
        if is_dict(ann.get()) {
            for (a_name, a_type) in dict_data(ann.get()).iter() {
                if a_type == kw_only_marker.get() || (is_str(a_type) && str_value(a_type).ends_with("KW_ONLY")) {
                    if kw_only_seen {
                        return Err(type_error(
                            format!("{:?} is KW_ONLY, but KW_ONLY has already been specified", str_value(a_name))
                                .replace('"', "'"),
                        ));
                    }
                    kw_only_seen = true;
                    kw_only = true;
                    continue;
                }
                cls_fields.push(get_field(cls, a_name, a_type, kw_only)?);
            }
        }
    }
    let field_cls = mattr("Field");
    let field_t = as_type(field_cls.get()).expect("a class");
    for f in &cls_fields {
        let n = ga(f.get(), "name")?;
        let key = str_value(n.get()).to_string();
        match fields.iter_mut().find(|(k, _)| *k == key) {
            Some(slot) => slot.1 = own(f.get().incref()),
            None => fields.push((key, own(f.get().incref()))),
        }
        // A `Field` as the class attribute becomes its default (or goes).
        if let Some(v) = dict_data(cls_dict).get(n.get())? {
            if v.ty().is_subtype(field_t) {
                let d = ga(f.get(), "default")?;
                if is_missing(d.get()) {
                    crate::attr::setattr(cls, n.get(), Obj::NULL)?;
                } else {
                    crate::attr::setattr(cls, n.get(), d.get())?;
                }
            }
        }
    }
    // A `field()` with no annotation.
    for (k, v) in dict_data(cls_dict).iter() {
        if v.ty().is_subtype(field_t) {
            let annotated = match &ann {
                Some(a) if is_dict(a.get()) => dict_data(a.get()).get(k)?.is_some(),
                _ => false,
            };
            if !annotated {
                return Err(type_error(format!("'{}' is a field but has no type annotation", str_value(k))));
            }
        }
    }
    let frozen = opt(opts, "frozen");
    if has_dataclass_bases {
        if all_frozen_bases == Some(true) && !frozen {
            return Err(type_error("cannot inherit non-frozen dataclass from a frozen one"));
        }
        if all_frozen_bases == Some(false) && frozen {
            return Err(type_error("cannot inherit frozen dataclass from a non-frozen one"));
        }
    }
    // `__dataclass_fields__` and `__dataclass_params__`.
    let fdict = own(new_dict());
    for (k, f) in &fields {
        let k = name(k);
        dict_data(fdict.get()).set(k.get(), f.get())?;
    }
    crate::attr::setattr(cls, fields_key.get(), fdict.get())?;
    let params_cls = mattr("_DataclassParams");
    let params = own(crate::call::call(params_cls.get(), &[], Obj::NULL)?);
    for (i, o) in OPTIONS.iter().enumerate() {
        sa(params.get(), o, new_bool(opts[i]))?;
    }
    sa(params.get(), "__dataclass_params__", none()).ok();
    crate::attr::setattr(cls, name("__dataclass_params__").get(), params.get())?;

    let all = own(new_tuple(fields.iter().map(|(_, f)| f.get().incref()).collect()));
    let class_hash = dict_data(cls_dict).get(crate::slots::intern("__hash__"))?;
    let has_eq_in_dict = dict_data(cls_dict).get(crate::slots::intern("__eq__"))?.is_some();
    let has_explicit_hash = match class_hash {
        None => false,
        Some(h) => !(h == none() && has_eq_in_dict),
    };

    if opt(opts, "init") {
        // Defaults must not precede non-defaults among the positional parameters.
        let mut seen_default = false;
        for (_, f) in &fields {
            let f = f.get();
            if is_kind(f, "_FIELD_CLASSVAR")? || !field_bool(f, "init")? || field_bool(f, "kw_only")? {
                continue;
            }
            if has_default(f)? {
                seen_default = true;
            } else if seen_default {
                let n = ga(f, "name")?;
                return Err(type_error(format!(
                    "non-default argument '{}' follows default argument",
                    str_value(n.get())
                )));
            }
        }
        set_new_attribute(cls, "__init__", method(cls, all.get(), frozen, "__init__", dc_init)?)?;
    }
    if opt(opts, "repr") {
        set_new_attribute(cls, "__repr__", method(cls, all.get(), frozen, "__repr__", dc_repr)?)?;
    }
    if opt(opts, "eq") {
        set_new_attribute(cls, "__eq__", method(cls, all.get(), frozen, "__eq__", dc_eq)?)?;
    }
    if opt(opts, "order") {
        if !opt(opts, "eq") {
            return Err(value_error("eq must be true if order is true"));
        }
        for (n, f) in [
            ("__lt__", dc_lt as crate::types::native::NativeFn),
            ("__le__", dc_le),
            ("__gt__", dc_gt),
            ("__ge__", dc_ge),
        ] {
            if set_new_attribute(cls, n, method(cls, all.get(), frozen, n, f)?)? {
                return Err(type_error(format!(
                    "Cannot overwrite attribute {n} in class {}. Consider using functools.total_ordering",
                    crate::types::heaptype::qualname(ty).rsplit('.').next().unwrap_or("")
                )));
            }
        }
    }
    if frozen {
        for (n, f) in
            [("__setattr__", dc_frozen_setattr as crate::types::native::NativeFn), ("__delattr__", dc_frozen_delattr)]
        {
            if set_new_attribute(cls, n, method(cls, all.get(), frozen, n, f)?)? {
                return Err(type_error(format!(
                    "Cannot overwrite attribute {n} in class {}",
                    crate::types::heaptype::qualname(ty).rsplit('.').next().unwrap_or("")
                )));
            }
        }
    }
    // `_hash_action`: the table in `Lib/dataclasses.py`.
    let (unsafe_hash, eq) = (opt(opts, "unsafe_hash"), opt(opts, "eq"));
    match (unsafe_hash, eq, frozen, has_explicit_hash) {
        (false, true, false, false) => crate::attr::setattr(cls, crate::slots::intern("__hash__"), none())?,
        (false, true, true, false) | (true, _, _, false) => {
            let h = own(method(cls, all.get(), frozen, "__hash__", dc_hash)?);
            crate::attr::setattr(cls, crate::slots::intern("__hash__"), h.get())?;
        }
        (true, _, _, true) => {
            return Err(type_error(format!(
                "Cannot overwrite attribute __hash__ in class {}",
                crate::types::heaptype::qualname(ty).rsplit('.').next().unwrap_or("")
            )))
        }
        _ => {}
    }
    if opt(opts, "match_args") {
        let mut names = Vec::new();
        for (_, f) in &fields {
            if is_kind(f.get(), "_FIELD")? && field_bool(f.get(), "init")? && !field_bool(f.get(), "kw_only")? {
                names.push(ga(f.get(), "name")?.release());
            }
        }
        let t = new_tuple(names);
        set_new_attribute(cls, "__match_args__", t)?;
    }
    Ok(cls.incref())
}

fn has_default(f: Obj) -> PyResult<bool> {
    let d = ga(f, "default")?;
    let fac = ga(f, "default_factory")?;
    Ok(!is_missing(d.get()) || !is_missing(fac.get()))
}

fn data_parts(data: Obj) -> (Obj, &'static [Obj], bool) {
    let t = tuple_items(data);
    (t[0], tuple_items(t[1]), t[2] == TRUE.obj())
}

/// Set an attribute as the generated `__init__` does: `object.__setattr__` when frozen.
fn init_set(this: Obj, n: Obj, v: Obj, frozen: bool) -> PyResult<()> {
    if frozen {
        crate::attr::generic_setattr(this, n, v)
    } else {
        crate::attr::setattr(this, n, v)
    }
}

/// The generated `__init__(self, <positional fields>, *, <keyword-only fields>)`.
fn dc_init(data: Obj, args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let (cls, fields, frozen) = data_parts(data);
    let qual = format!("{}.__init__", crate::types::heaptype::qualname(as_type(cls).expect("a class")));
    let npos = args.len() - kwnames_len(kwnames);
    if npos == 0 {
        return Err(type_error(format!("{qual}() missing 1 required positional argument: 'self'")));
    }
    let this = args[0];
    // Parameters: the positional init fields, then the keyword-only ones.
    let mut pos: Vec<Obj> = Vec::new();
    let mut kw: Vec<Obj> = Vec::new();
    for &f in fields {
        if is_kind(f, "_FIELD_CLASSVAR")? || !field_bool(f, "init")? {
            continue;
        }
        if field_bool(f, "kw_only")? {
            kw.push(f);
        } else {
            pos.push(f);
        }
    }
    let names: Vec<Owned> = pos.iter().chain(kw.iter()).map(|&f| ga(f, "name")).collect::<PyResult<_>>()?;
    let name_strs: Vec<&str> = names.iter().map(|n| str_value(n.get())).collect();
    let mut required = 0;
    while required < pos.len() && !has_default(pos[required])? {
        required += 1;
    }
    let values = super::py_args(&qual, &args[1..], kwnames, &name_strs, required, pos.len(), true)?;
    // Required keyword-only fields.
    let mut missing_kw = Vec::new();
    for (i, &f) in kw.iter().enumerate() {
        if values[pos.len() + i].is_none() && !has_default(f)? {
            missing_kw.push(format!("'{}'", name_strs[pos.len() + i]));
        }
    }
    if !missing_kw.is_empty() {
        let list = match missing_kw.len() {
            1 => missing_kw[0].clone(),
            2 => format!("{} and {}", missing_kw[0], missing_kw[1]),
            n => format!("{}, and {}", missing_kw[..n - 1].join(", "), missing_kw[n - 1]),
        };
        return Err(type_error(format!(
            "{qual}() missing {} required keyword-only argument{}: {list}",
            missing_kw.len(),
            if missing_kw.len() == 1 { "" } else { "s" }
        )));
    }
    let mut initvars: Vec<Owned> = Vec::new();
    let mut idx = 0;
    for &f in fields {
        if is_kind(f, "_FIELD_CLASSVAR")? {
            continue;
        }
        let n = ga(f, "name")?;
        let value = if field_bool(f, "init")? {
            let given = values[if field_bool(f, "kw_only")? {
                pos.len() + kw.iter().position(|&k| k == f).unwrap_or(0)
            } else {
                pos.iter().position(|&p| p == f).unwrap_or(0)
            }];
            idx += 1;
            match given {
                Some(v) => Some(own(v.incref())),
                None => default_value(f)?,
            }
        } else {
            let fac = ga(f, "default_factory")?;
            if is_missing(fac.get()) {
                None
            } else {
                Some(own(crate::call::call(fac.get(), &[], Obj::NULL)?))
            }
        };
        let Some(value) = value else { continue };
        if is_kind(f, "_FIELD_INITVAR")? {
            initvars.push(value);
        } else {
            init_set(this, n.get(), value.get(), frozen)?;
        }
    }
    let _ = idx;
    if let Some(post) = crate::attr::getattr_opt(cls, name("__post_init__").get())? {
        drop(own(post));
        let iv: Vec<Obj> = initvars.iter().map(|o| o.get()).collect();
        let m = name("__post_init__");
        own(crate::attr::call_method(this, m.get(), &iv, Obj::NULL)?);
    }
    Ok(none().incref())
}

/// A field's default when its argument was not given: the default, or the factory's result.
fn default_value(f: Obj) -> PyResult<Option<Owned>> {
    let fac = ga(f, "default_factory")?;
    if !is_missing(fac.get()) {
        return Ok(Some(own(crate::call::call(fac.get(), &[], Obj::NULL)?)));
    }
    let d = ga(f, "default")?;
    Ok(if is_missing(d.get()) { None } else { Some(d) })
}

fn dc_repr(data: Obj, args: &[Obj], _kwnames: Obj) -> PyResult<Obj> {
    let (_, fields, _) = data_parts(data);
    let this = args[0];
    let mut parts = Vec::new();
    for &f in fields {
        if !is_kind(f, "_FIELD")? || !field_bool(f, "repr")? {
            continue;
        }
        let n = ga(f, "name")?;
        let v = own(crate::attr::getattr(this, n.get())?);
        parts.push(format!("{}={}", str_value(n.get()), crate::ops::repr_string(v.get())?));
    }
    let q = crate::types::heaptype::qualname(this.ty());
    Ok(new_string(format!("{q}({})", parts.join(", "))))
}

/// The tuple of the fields with `compare` (or, for `__hash__`, `hash`) set.
fn compare_tuple(this: Obj, fields: &[Obj], for_hash: bool) -> PyResult<Owned> {
    let mut items = Vec::new();
    for &f in fields {
        if !is_kind(f, "_FIELD")? {
            continue;
        }
        let include = if for_hash {
            let h = ga(f, "hash")?;
            if h.get() == none() {
                field_bool(f, "compare")?
            } else {
                crate::ops::is_true(h.get())?
            }
        } else {
            field_bool(f, "compare")?
        };
        if include {
            let n = ga(f, "name")?;
            items.push(crate::attr::getattr(this, n.get())?);
        }
    }
    Ok(own(new_tuple(items)))
}

fn dc_compare(data: Obj, args: &[Obj], op: CompareOp) -> PyResult<Obj> {
    let (_, fields, _) = data_parts(data);
    if args.len() != 2 {
        return Err(type_error("expected 1 argument"));
    }
    let (a, b) = (args[0], args[1]);
    if !std::ptr::eq(a.ty(), b.ty()) {
        return Ok(not_implemented().incref());
    }
    let ta = compare_tuple(a, fields, false)?;
    let tb = compare_tuple(b, fields, false)?;
    crate::ops::rich_compare(ta.get(), tb.get(), op)
}

fn dc_eq(data: Obj, args: &[Obj], _kwnames: Obj) -> PyResult<Obj> {
    dc_compare(data, args, CompareOp::Eq)
}
fn dc_lt(data: Obj, args: &[Obj], _kwnames: Obj) -> PyResult<Obj> {
    dc_compare(data, args, CompareOp::Lt)
}
fn dc_le(data: Obj, args: &[Obj], _kwnames: Obj) -> PyResult<Obj> {
    dc_compare(data, args, CompareOp::Le)
}
fn dc_gt(data: Obj, args: &[Obj], _kwnames: Obj) -> PyResult<Obj> {
    dc_compare(data, args, CompareOp::Gt)
}
fn dc_ge(data: Obj, args: &[Obj], _kwnames: Obj) -> PyResult<Obj> {
    dc_compare(data, args, CompareOp::Ge)
}

fn dc_hash(data: Obj, args: &[Obj], _kwnames: Obj) -> PyResult<Obj> {
    let (_, fields, _) = data_parts(data);
    let t = compare_tuple(args[0], fields, true)?;
    Ok(crate::types::int::new_int(crate::ops::hash(t.get())?))
}

fn frozen_error(msg: String) -> crate::errors::Raised {
    let cls = mattr("FrozenInstanceError");
    let m = own(new_string(msg));
    match crate::call::call(cls.get(), &[m.get()], Obj::NULL) {
        Ok(e) => crate::errors::set_exception(e),
        Err(e) => e,
    }
}

fn frozen_check(data: Obj, this: Obj, n: Obj) -> PyResult<bool> {
    let (cls, fields, _) = data_parts(data);
    if this.ty().obj() == cls {
        return Ok(true);
    }
    for &f in fields {
        let fname = ga(f, "name")?;
        if is_str(n) && str_value(fname.get()) == str_value(n) {
            return Ok(true);
        }
    }
    Ok(false)
}

fn dc_frozen_setattr(data: Obj, args: &[Obj], _kwnames: Obj) -> PyResult<Obj> {
    if args.len() != 3 {
        return Err(type_error("__setattr__ expected 2 arguments"));
    }
    if frozen_check(data, args[0], args[1])? {
        return Err(frozen_error(format!("cannot assign to field {}", crate::ops::repr_string(args[1])?)));
    }
    crate::attr::generic_setattr(args[0], args[1], args[2])?;
    Ok(none().incref())
}

fn dc_frozen_delattr(data: Obj, args: &[Obj], _kwnames: Obj) -> PyResult<Obj> {
    if args.len() != 2 {
        return Err(type_error("__delattr__ expected 1 argument"));
    }
    if frozen_check(data, args[0], args[1])? {
        return Err(frozen_error(format!("cannot delete field {}", crate::ops::repr_string(args[1])?)));
    }
    crate::attr::generic_setattr(args[0], args[1], Obj::NULL)?;
    Ok(none().incref())
}

/// `__dataclass_fields__` of a dataclass or instance, if it is one.
fn fields_of(o: Obj) -> PyResult<Option<Owned>> {
    let key = name("__dataclass_fields__");
    let target = if as_type(o).is_some() { o } else { o.ty().obj() };
    Ok(crate::attr::getattr_opt(target, key.get())?.map(own).filter(|d| is_dict(d.get())))
}

/// `fields(class_or_instance)`.
fn fields(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let v = super::py_args("fields", args, kwnames, &["class_or_instance"], 1, 1, false)?;
    let Some(d) = fields_of(v[0].expect("required"))? else {
        return Err(type_error("must be called with a dataclass type or instance"));
    };
    let mut out = Vec::new();
    for (_, f) in dict_data(d.get()).iter() {
        if is_kind(f, "_FIELD")? {
            out.push(f.incref());
        }
    }
    Ok(new_tuple(out))
}

fn is_dataclass(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let v = super::py_args("is_dataclass", args, kwnames, &["obj"], 1, 1, false)?;
    Ok(new_bool(fields_of(v[0].expect("required"))?.is_some()))
}

fn is_dataclass_instance(o: Obj) -> PyResult<bool> {
    Ok(as_type(o).is_none() && fields_of(o)?.is_some())
}

/// `_asdict_inner` / `_astuple_inner`: dataclasses, lists, tuples and dicts recursively.
fn convert(o: Obj, as_dict: bool) -> PyResult<Obj> {
    if is_dataclass_instance(o)? {
        let d = fields_of(o)?.expect("a dataclass");
        let mut pairs = Vec::new();
        for (_, f) in dict_data(d.get()).iter() {
            if !is_kind(f, "_FIELD")? {
                continue;
            }
            let n = ga(f, "name")?;
            let v = own(crate::attr::getattr(o, n.get())?);
            pairs.push((n, own(convert(v.get(), as_dict)?)));
        }
        if as_dict {
            let out = own(new_dict());
            for (k, v) in &pairs {
                dict_data(out.get()).set(k.get(), v.get())?;
            }
            return Ok(out.release());
        }
        return Ok(new_tuple(pairs.into_iter().map(|(_, v)| v.release()).collect()));
    }
    let is_list = crate::types::list::is_list(o);
    if is_list || is_tuple(o) {
        let items: Vec<Obj> = if is_list { crate::types::list::list_items(o).clone() } else { tuple_items(o).to_vec() };
        let mut out = Vec::new();
        for i in items {
            match convert(i, as_dict) {
                Ok(v) => out.push(v),
                Err(e) => {
                    out.into_iter().for_each(Obj::decref);
                    return Err(e);
                }
            }
        }
        let seq = own(if is_list { crate::types::list::new_list(out) } else { new_tuple(out) });
        if std::ptr::eq(o.ty(), seq.get().ty()) {
            return Ok(seq.release());
        }
        return crate::call::call(o.ty().obj(), &[seq.get()], Obj::NULL);
    }
    if is_dict(o) {
        let out = own(new_dict());
        for (k, v) in dict_data(o).iter() {
            let k = own(convert(k, as_dict)?);
            let v = own(convert(v, as_dict)?);
            dict_data(out.get()).set(k.get(), v.get())?;
        }
        return Ok(out.release());
    }
    Ok(o.incref())
}

fn asdict(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let v = super::py_args("asdict", args, kwnames, &["obj", "dict_factory"], 1, 1, false)?;
    let o = v[0].expect("required");
    if !is_dataclass_instance(o)? {
        return Err(type_error("asdict() should be called on dataclass instances"));
    }
    let d = own(convert(o, true)?);
    match v[1] {
        Some(fac) => {
            let items = own(crate::attr::call_method(d.get(), name("items").get(), &[], Obj::NULL)?);
            let l = own(crate::call::call(crate::types::list::LIST_TYPE.obj(), &[items.get()], Obj::NULL)?);
            crate::call::call(fac, &[l.get()], Obj::NULL)
        }
        None => Ok(d.release()),
    }
}

fn astuple(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let v = super::py_args("astuple", args, kwnames, &["obj", "tuple_factory"], 1, 1, false)?;
    let o = v[0].expect("required");
    if !is_dataclass_instance(o)? {
        return Err(type_error("astuple() should be called on dataclass instances"));
    }
    let t = own(convert(o, false)?);
    match v[1] {
        Some(fac) => crate::call::call(fac, &[t.get()], Obj::NULL),
        None => Ok(t.release()),
    }
}

/// `replace(obj, /, **changes)`.
fn replace(args: &[Obj], kwnames: Obj) -> PyResult<Obj> {
    let nkw = kwnames_len(kwnames);
    let npos = args.len() - nkw;
    if npos != 1 {
        return Err(type_error(format!("replace() takes 1 positional argument but {npos} were given")));
    }
    let o = args[0];
    if !is_dataclass_instance(o)? {
        return Err(type_error("replace() should be called on dataclass instances"));
    }
    let changes = own(new_dict());
    for k in 0..nkw {
        dict_data(changes.get()).set(tuple_items(kwnames)[k], args[npos + k])?;
    }
    let d = fields_of(o)?.expect("a dataclass");
    for (_, f) in dict_data(d.get()).iter() {
        if is_kind(f, "_FIELD_CLASSVAR")? {
            continue;
        }
        let n = ga(f, "name")?;
        let given = dict_data(changes.get()).get(n.get())?.is_some();
        if !field_bool(f, "init")? {
            if given {
                return Err(value_error(format!(
                    "field {} is declared with init=False, it cannot be specified with replace()",
                    str_value(n.get())
                )));
            }
            continue;
        }
        if !given {
            if is_kind(f, "_FIELD_INITVAR")? && !has_default(f)? {
                return Err(value_error(format!("InitVar '{}' must be specified with replace()", str_value(n.get()))));
            }
            let v = own(crate::attr::getattr(o, n.get())?);
            dict_data(changes.get()).set(n.get(), v.get())?;
        }
    }
    crate::call::call_ex(o.ty().obj(), own(new_tuple(Vec::new())).get(), changes.get())
}

/// `InitVar.__class_getitem__(type)`: an `InitVar` instance remembering the type.
fn initvar_getitem(_data: Obj, args: &[Obj], _kwnames: Obj) -> PyResult<Obj> {
    let (cls, t) = match args {
        [cls, t] => (*cls, *t),
        _ => return Err(type_error("InitVar[] takes one type")),
    };
    let iv = own(crate::call::call(cls, &[], Obj::NULL)?);
    sa(iv.get(), "type", t)?;
    Ok(iv.release())
}

fn initvar_repr(_data: Obj, args: &[Obj], _kwnames: Obj) -> PyResult<Obj> {
    let t = ga(args[0], "type")?;
    let inner = match as_type(t.get()) {
        Some(ty) => crate::types::heaptype::qualname(ty),
        None => crate::ops::repr_string(t.get())?,
    };
    Ok(new_string(format!("dataclasses.InitVar[{inner}]")))
}

fn marker_repr(_data: Obj, args: &[Obj], _kwnames: Obj) -> PyResult<Obj> {
    let n = ga(args[0], "name")?;
    Ok(new_string(format!("<{}>", str_value(n.get()))))
}

pub fn init() -> Obj {
    let m = crate::types::module::new_module("dataclasses");
    let none_data = none();
    let marker_cls = make_class(
        "_FIELD_BASE",
        vec![],
        vec![("__repr__", new_native("__repr__", "_FIELD_BASE.__repr__", none_data, marker_repr, true))],
    );
    for n in ["_FIELD", "_FIELD_CLASSVAR", "_FIELD_INITVAR"] {
        let o = own(crate::call::call(marker_cls, &[], Obj::NULL).expect("marker"));
        sa(o.get(), "name", name(n).get()).expect("marker name");
        super::set_owned(m, n, o.release());
    }
    super::set_owned(m, "_FIELD_BASE", marker_cls);
    let missing_cls = make_class("_MISSING_TYPE", vec![], vec![]);
    let missing = crate::call::call(missing_cls, &[], Obj::NULL).expect("MISSING");
    super::set_owned(m, "_MISSING_TYPE", missing_cls);
    super::set_owned(m, "MISSING", missing);
    let kw_cls = make_class("_KW_ONLY_TYPE", vec![], vec![]);
    let kw = crate::call::call(kw_cls, &[], Obj::NULL).expect("KW_ONLY");
    super::set_owned(m, "_KW_ONLY_TYPE", kw_cls);
    super::set_owned(m, "KW_ONLY", kw);
    let field_cls = make_class(
        "Field",
        vec![],
        vec![("__repr__", new_native("__repr__", "Field.__repr__", none_data, field_repr, true))],
    );
    super::set_owned(m, "Field", field_cls);
    super::set_owned(m, "_DataclassParams", make_class("_DataclassParams", vec![], vec![]));
    let getitem = new_native("__class_getitem__", "InitVar.__class_getitem__", none_data, initvar_getitem, true);
    let getitem_cm = crate::types::descr::new_classmethod(getitem);
    getitem.decref();
    super::set_owned(
        m,
        "InitVar",
        make_class(
            "InitVar",
            vec![],
            vec![
                ("__class_getitem__", getitem_cm),
                ("__repr__", new_native("__repr__", "InitVar.__repr__", none_data, initvar_repr, true)),
            ],
        ),
    );
    let frozen = make_class("FrozenInstanceError", vec![crate::types::exceptions::ATTRIBUTE_ERROR.obj()], vec![]);
    super::set_owned(m, "FrozenInstanceError", frozen);
    super::functions!(m,
        "dataclass" => dataclass,
        "field" => field,
        "fields" => fields,
        "asdict" => asdict,
        "astuple" => astuple,
        "replace" => replace,
        "is_dataclass" => is_dataclass,
    );
    m
}
