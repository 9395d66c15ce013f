//! Package `testing` as gosub provides it: the types `testing.B` and `testing.T`, their methods,
//! and the hooks through which `gosub test`'s generated entry drives the runtime's harness
//! (`rt/src/bench.rs`).
//!
//! Both types are named structs whose first two words are what the runtime hands out: a
//! `*testing.B` or `*testing.T` points to a two-word handle, word 0 being `B.N` (unused in a `T`)
//! and word 1 the harness's private state. So `testing.B` is `struct { N int; _ uintptr }` and
//! `testing.T` is `struct { _, _ uintptr }`: user code can read and write `b.N`, nothing else.
//!
//! Methods of a provided type work like declared ones for the checker (method sets, selectors,
//! interface satisfaction): each is a [`NamedMethod`] with a pointer receiver whose `decl` is
//! an object of kind [`ObjKind::Std`] holding [`StdFunc::Runtime`], the runtime call the
//! method is. The lowering turns a call of such a method into that call with the receiver as
//! the first argument (`lower/call.rs`).
//!
//! The hooks are unexported functions of `testing` (`testing.gosubRunTest`...): Go code cannot
//! name an unexported member of another package, so only the generated file [`TESTMAIN_FILE`]
//! may refer to them; anywhere else the checker reports gc's `name ... not exported by
//! package testing`.

use middle::ir::Extern;
use middle::source::NO_POS;
use middle::types::{Field, NamedMethod, Type, TypeId, TypeTable};

use super::info::{ObjKind, StdFunc};
use super::stdlib::{StdFuncSpec, T};
use super::Checker;

/// The display name of the file `gosub test` generates (its entry function and the calls of
/// the harness). Names starting with `_` are never part of a package directory, so it cannot
/// collide with a user's file.
pub const TESTMAIN_FILE: &str = "_testmain.go";

/// A method of a provided type: which type (`B` or `T`, of package `testing`), and the method
/// as a function spec (its `package` is the type's package).
type MethodSpec = (&'static str, StdFuncSpec);

const fn m(
    recv: &'static str,
    name: &'static str,
    ext: Extern,
    params: &'static [T],
    results: &'static [T],
    variadic: bool,
) -> MethodSpec {
    (
        recv,
        StdFuncSpec {
            package: "testing",
            name,
            func: StdFunc::Runtime(ext),
            params,
            results,
            variadic,
        },
    )
}

/// A method both types have: name, runtime call, parameters, results, whether variadic.
type CommonSpec = (&'static str, Extern, &'static [T], &'static [T], bool);

/// The reporting methods `testing.B` and `testing.T` share (Go's `testing.common`).
const COMMON: &[CommonSpec] = &[
    ("Log", Extern::TestingLog, &[T::Any], &[], true),
    ("Logf", Extern::TestingLogf, &[T::String, T::Any], &[], true),
    ("Error", Extern::TestingError, &[T::Any], &[], true),
    (
        "Errorf",
        Extern::TestingErrorf,
        &[T::String, T::Any],
        &[],
        true,
    ),
    ("Fatal", Extern::TestingFatal, &[T::Any], &[], true),
    (
        "Fatalf",
        Extern::TestingFatalf,
        &[T::String, T::Any],
        &[],
        true,
    ),
    ("Skip", Extern::TestingSkip, &[T::Any], &[], true),
    (
        "Skipf",
        Extern::TestingSkipf,
        &[T::String, T::Any],
        &[],
        true,
    ),
    ("Fail", Extern::TestingFail, &[], &[], false),
    ("FailNow", Extern::TestingFailNow, &[], &[], false),
    ("SkipNow", Extern::TestingSkipNow, &[], &[], false),
    ("Failed", Extern::TestingFailed, &[], &[T::Bool], false),
    ("Skipped", Extern::TestingSkipped, &[], &[T::Bool], false),
    ("Helper", Extern::TestingHelper, &[], &[], false),
    ("Name", Extern::TestingName, &[], &[T::String], false),
];

/// The methods only `testing.B` has.
const BENCH: &[MethodSpec] = &[
    m("B", "ResetTimer", Extern::BenchResetTimer, &[], &[], false),
    m("B", "StartTimer", Extern::BenchStartTimer, &[], &[], false),
    m("B", "StopTimer", Extern::BenchStopTimer, &[], &[], false),
    m(
        "B",
        "ReportAllocs",
        Extern::BenchReportAllocs,
        &[],
        &[],
        false,
    ),
    m(
        "B",
        "SetBytes",
        Extern::BenchSetBytes,
        &[T::Int64],
        &[],
        false,
    ),
    m("B", "Loop", Extern::BenchLoop, &[], &[T::Bool], false),
];

/// The hooks of the generated entry (see the module comment), in `stdlib::FUNCS`' format.
pub(crate) const HOOKS: &[StdFuncSpec] = &[
    StdFuncSpec {
        package: "testing",
        name: "gosubStart",
        func: StdFunc::Runtime(Extern::TestingStart),
        params: &[T::String, T::Int, T::Int, T::Int, T::Int, T::Int, T::Int],
        results: &[],
        variadic: false,
    },
    StdFuncSpec {
        package: "testing",
        name: "gosubRunTest",
        func: StdFunc::Runtime(Extern::TestingRunTest),
        params: &[T::String, T::TestFunc],
        results: &[],
        variadic: false,
    },
    StdFuncSpec {
        package: "testing",
        name: "gosubRunBenchmark",
        func: StdFunc::Runtime(Extern::TestingRunBenchmark),
        params: &[T::String, T::BenchFunc],
        results: &[],
        variadic: false,
    },
    StdFuncSpec {
        package: "testing",
        name: "gosubEnd",
        func: StdFunc::Runtime(Extern::TestingEnd),
        params: &[],
        results: &[],
        variadic: false,
    },
];

/// Creates `testing.B` and `testing.T` (without methods) in `types`; returns them in that order.
pub(crate) fn new_types(types: &mut TypeTable) -> (TypeId, TypeId) {
    let field = |name: &str, ty: TypeId| Field {
        name: name.to_string(),
        ty,
        embedded: false,
    };
    let b_body = types.intern(Type::Struct(vec![
        field("N", TypeId::INT),
        field("_", TypeId::UINTPTR),
    ]));
    let t_body = types.intern(Type::Struct(vec![
        field("_", TypeId::UINTPTR),
        field("_", TypeId::UINTPTR),
    ]));
    let b = types.new_named("testing".to_string(), "B".to_string());
    types.set_underlying(b, b_body);
    let t = types.new_named("testing".to_string(), "T".to_string());
    types.set_underlying(t, t_body);
    (b, t)
}

/// Whether `name` is exported (starts with an upper-case letter).
pub(crate) fn is_exported(name: &str) -> bool {
    name.chars().next().is_some_and(char::is_uppercase)
}

impl Checker<'_> {
    /// Attaches the methods of `testing.B` and `testing.T` to their types.
    pub(crate) fn declare_std_methods(&mut self) {
        let common = COMMON
            .iter()
            .flat_map(|&(name, ext, params, results, variadic)| {
                ["B", "T"].map(|recv| m(recv, name, ext, params, results, variadic))
            });
        let all: Vec<MethodSpec> = BENCH.iter().copied().chain(common).collect();
        for (recv, spec) in all {
            let named = if recv == "B" {
                self.std.testing_b
            } else {
                self.std.testing_t
            };
            let sig = self.std_signature(&spec);
            let obj = self.new_object(spec.name, NO_POS, sig, ObjKind::Std(spec.func));
            let method = NamedMethod {
                name: spec.name.to_string(),
                pointer_receiver: true,
                sig,
                decl: obj.0,
            };
            self.named_methods.entry(named).or_default().push(method);
        }
    }

    /// Whether `pos` is in `gosub test`'s generated file (which may use the hooks).
    pub(crate) fn in_generated_file(&self, pos: middle::source::Pos) -> bool {
        self.map.line_col(pos).file == TESTMAIN_FILE
    }
}
