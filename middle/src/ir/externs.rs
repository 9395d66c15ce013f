//! Runtime and standard-library functions that IR code calls by name.
//!
//! Each [`Extern`] is implemented in the runtime library (`rt`, C calling convention). Its
//! [`ExternSig`] says how IR operands are passed (a Go string is two words, a `...any` slice is
//! passed as pointer and length), which Go results it has (results the runtime does not return,
//! such as fmt's always-nil `error`, read as zero), and what escape analysis must assume about each
//! parameter, since it cannot see into the runtime.
//!
//! Package `testing` (`rt/src/bench.rs`): the methods of `*testing.B` and `*testing.T` are externs
//! taking the receiver first. The harness owns the object, but the receiver's leak follows gc's
//! escape tags for the real methods, so `-m` says what gc says: the timer methods,
//! `ReportAllocs`, `SetBytes` and `Name` leak nothing; `Loop` and the reporting methods (`Log`,
//! `Error`, `Fatal`, `Skip`, `Fail`..., `Failed`, `Helper`) leak it (`leaking param: b`). The
//! reporting methods (`Log`, `Error`, `Fatal`, `Skip` and their
//! `f` forms) take the call site's `file:line` as a string after the receiver, which the lowering
//! supplies, as Go prints it in front of each message. The hooks `gosub test`'s generated entry
//! calls (`TestingStart`, `TestingRunTest`, `TestingRunBenchmark`, `TestingEnd`) drive the
//! harness.

use crate::types::TypeId;

/// How one IR argument is passed to the runtime.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AbiParam {
    /// A 64-bit integer (or bool, or pointer) in one register.
    Word,
    /// A `float64`.
    F64,
    /// A Go string: pointer and length.
    Str,
    /// An interface: type word and data word.
    Iface,
    /// A slice passed as pointer and length (the capacity is dropped).
    SlicePtrLen,
}

/// What escape analysis assumes about one parameter of an extern.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParamLeak {
    /// Neither the argument nor what it points to is retained.
    None,
    /// What the argument points to may be retained (gc's `leaking param content`).
    Content,
    /// The argument itself may be retained (gc's `leaking param`).
    Heap,
}

/// The calling contract of an [`Extern`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExternSig {
    /// The runtime symbol.
    pub symbol: &'static str,
    /// One entry per IR argument.
    pub params: Vec<(AbiParam, ParamLeak)>,
    /// The Go result types, in order.
    pub results: Vec<TypeId>,
    /// How many leading results the runtime actually returns (the rest are zero).
    pub returned: usize,
    /// True if the call never returns.
    pub noreturn: bool,
}

/// A runtime or standard-library function callable from IR.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Extern {
    /// builtin `print` of a bool
    PrintBool,
    /// builtin `print` of a signed integer (converted to int64)
    PrintInt,
    /// builtin `print` of an unsigned integer (converted to uint64)
    PrintUint,
    /// builtin `print` of a float (converted to float64)
    PrintFloat,
    /// builtin `print` of a string
    PrintString,
    /// builtin `print` of a pointer, map, channel or func value
    PrintPointer,
    /// builtin `print` of an interface
    PrintIface,
    /// builtin `print` of a slice
    PrintSlice,
    /// the space `println` puts between operands
    PrintSpace,
    /// the newline `println` ends with
    PrintNewline,
    /// `fmt.Print`
    FmtPrint,
    /// `fmt.Println`
    FmtPrintln,
    /// `fmt.Printf`
    FmtPrintf,
    /// `fmt.Sprint`
    FmtSprint,
    /// `fmt.Sprintln`
    FmtSprintln,
    /// `fmt.Sprintf`
    FmtSprintf,
    /// `os.Exit`
    OsExit,
    /// `runtime.ReadMemStats`
    ReadMemStats,
    /// builtin `panic`
    Panic,
    /// `[n]T(s)` or `(*[n]T)(s)` with `len(s) < n`: panics (length, n)
    PanicSliceConvert,
    /// `make([]T, len, ...)` with a negative or too large length: panics
    PanicMakesliceLen,
    /// `make([]T, len, cap)` with a negative or too large capacity, or `cap < len`: panics
    PanicMakesliceCap,
    /// decodes the rune at a byte index of a string (`for range` over a string): (rune, next index)
    DecodeRune,
    /// `errors.New`
    ErrorsNew,
    /// `fmt.Errorf`
    FmtErrorf,
    /// gc's `fmt.errorf`, which an inlined `fmt.Errorf` calls: nil when there is nothing to format
    FmtErrorfFormatted,
    /// the `error` itab of `*errors.errorString`, the type word of an inlined `errors.New`'s result
    ErrorsStringItab,
    /// `strconv.Itoa`
    StrconvItoa,
    /// `runtime.GC`
    RuntimeGC,
    /// first call of a compiler-made wrapper (a `recover` in what it calls counts as direct)
    DeferWrapper,
    /// `os.Args` (fills a `[]string`)
    OsArgs,
    /// runs a function body (a closure) with a defer frame, with Go's panic and recover semantics
    RunDeferring,
    /// runs (and removes) the deferred calls of a frame, last first: an outlined body does this
    /// before it returns, so its own frame is still alive while they run
    RunDefers,
    /// `(*testing.B).ResetTimer`
    BenchResetTimer,
    /// `(*testing.B).StartTimer`
    BenchStartTimer,
    /// `(*testing.B).StopTimer`
    BenchStopTimer,
    /// `(*testing.B).ReportAllocs`
    BenchReportAllocs,
    /// `(*testing.B).SetBytes`
    BenchSetBytes,
    /// `(*testing.B).Loop`
    BenchLoop,
    /// `Log` of `*testing.T` / `*testing.B`
    TestingLog,
    /// `Logf`
    TestingLogf,
    /// `Error`
    TestingError,
    /// `Errorf`
    TestingErrorf,
    /// `Fatal`
    TestingFatal,
    /// `Fatalf`
    TestingFatalf,
    /// `Skip`
    TestingSkip,
    /// `Skipf`
    TestingSkipf,
    /// `Fail`
    TestingFail,
    /// `FailNow`
    TestingFailNow,
    /// `SkipNow`
    TestingSkipNow,
    /// `Failed`
    TestingFailed,
    /// `Skipped`
    TestingSkipped,
    /// `Helper` (a no-op: call sites are always the reporting method's caller)
    TestingHelper,
    /// `Name`
    TestingName,
    /// `gosub test` entry: package path, benchmark time (ns), fixed iteration count (0: by
    /// time), `-benchmem`, `-count`, longest benchmark name, whether `-bench` was given
    TestingStart,
    /// `gosub test` entry: runs one test function (name, func value)
    TestingRunTest,
    /// `gosub test` entry: runs one benchmark function `-count` times and prints its results
    TestingRunBenchmark,
    /// `gosub test` entry: prints `PASS` or `FAIL` (then exits with status 1)
    TestingEnd,
}

impl Extern {
    /// The calling contract.
    pub fn sig(self) -> ExternSig {
        use AbiParam::*;
        use Extern::*;
        use ParamLeak::None as Keep;
        let (symbol, params, results, returned, noreturn): (
            _,
            Vec<(AbiParam, ParamLeak)>,
            Vec<TypeId>,
            usize,
            bool,
        ) = match self {
            PrintBool => ("gosub_print_bool", vec![(Word, Keep)], vec![], 0, false),
            PrintInt => ("gosub_print_int", vec![(Word, Keep)], vec![], 0, false),
            PrintUint => ("gosub_print_uint", vec![(Word, Keep)], vec![], 0, false),
            PrintFloat => ("gosub_print_float", vec![(F64, Keep)], vec![], 0, false),
            PrintString => ("gosub_print_string", vec![(Str, Keep)], vec![], 0, false),
            PrintPointer => ("gosub_print_pointer", vec![(Word, Keep)], vec![], 0, false),
            PrintIface => ("gosub_print_iface", vec![(Iface, Keep)], vec![], 0, false),
            PrintSlice => (
                "gosub_print_slice",
                vec![(Word, Keep), (Word, Keep), (Word, Keep)],
                vec![],
                0,
                false,
            ),
            PrintSpace => ("gosub_print_space", vec![], vec![], 0, false),
            PrintNewline => ("gosub_print_newline", vec![], vec![], 0, false),
            FmtPrint => (
                "gosub_fmt_print",
                vec![(SlicePtrLen, ParamLeak::Content)],
                vec![TypeId::INT, TypeId::ERROR],
                1,
                false,
            ),
            FmtPrintln => (
                "gosub_fmt_println",
                vec![(SlicePtrLen, ParamLeak::Content)],
                vec![TypeId::INT, TypeId::ERROR],
                1,
                false,
            ),
            FmtPrintf => (
                "gosub_fmt_printf",
                vec![(Str, Keep), (SlicePtrLen, ParamLeak::Content)],
                vec![TypeId::INT, TypeId::ERROR],
                1,
                false,
            ),
            FmtSprint => (
                "gosub_fmt_sprint",
                vec![(SlicePtrLen, ParamLeak::Content)],
                vec![TypeId::STRING],
                1,
                false,
            ),
            FmtSprintln => (
                "gosub_fmt_sprintln",
                vec![(SlicePtrLen, ParamLeak::Content)],
                vec![TypeId::STRING],
                1,
                false,
            ),
            FmtSprintf => (
                "gosub_fmt_sprintf",
                vec![(Str, Keep), (SlicePtrLen, ParamLeak::Content)],
                vec![TypeId::STRING],
                1,
                false,
            ),
            OsExit => ("gosub_exit", vec![(Word, Keep)], vec![], 0, true),
            ReadMemStats => ("gosub_read_memstats", vec![(Word, Keep)], vec![], 0, false),
            Panic => (
                "gosub_panic_value",
                vec![(Iface, ParamLeak::Heap)],
                vec![],
                0,
                true,
            ),
            PanicSliceConvert => (
                "gosub_panic_slice_convert",
                vec![(Word, Keep), (Word, Keep)],
                vec![],
                0,
                true,
            ),
            PanicMakesliceLen => ("gosub_panic_makeslice", vec![], vec![], 0, true),
            PanicMakesliceCap => ("gosub_panic_makeslice_cap", vec![], vec![], 0, true),
            DecodeRune => (
                "gosub_decode_rune",
                vec![(Str, Keep), (Word, Keep)],
                vec![TypeId::INT, TypeId::INT],
                2,
                false,
            ),
            ErrorsNew => (
                "gosub_errors_new",
                vec![(Str, ParamLeak::Heap)],
                vec![TypeId::ERROR],
                1,
                false,
            ),
            FmtErrorf => (
                "gosub_fmt_errorf",
                vec![(Str, Keep), (SlicePtrLen, ParamLeak::Content)],
                vec![TypeId::ERROR],
                1,
                false,
            ),
            FmtErrorfFormatted => (
                "gosub_fmt_errorf_formatted",
                vec![(Str, Keep), (SlicePtrLen, ParamLeak::Content)],
                vec![TypeId::ERROR],
                1,
                false,
            ),
            ErrorsStringItab => (
                "gosub_errors_string_itab",
                vec![],
                vec![TypeId::UINTPTR],
                1,
                false,
            ),
            StrconvItoa => (
                "gosub_strconv_itoa",
                vec![(Word, Keep)],
                vec![TypeId::STRING],
                1,
                false,
            ),
            RuntimeGC => ("gosub_gc", vec![], vec![], 0, false),
            DeferWrapper => ("gosub_defer_wrapper", vec![], vec![], 0, false),
            OsArgs => ("gosub_os_args", vec![(Word, Keep)], vec![], 0, false),
            RunDeferring => (
                "gosub_run_deferring",
                vec![(Word, Keep), (Word, Keep)],
                vec![],
                0,
                false,
            ),
            RunDefers => ("gosub_run_defers", vec![(Word, Keep)], vec![], 0, false),
            BenchResetTimer => (
                "gosub_bench_reset_timer",
                vec![(Word, Keep)],
                vec![],
                0,
                false,
            ),
            BenchStartTimer => (
                "gosub_bench_start_timer",
                vec![(Word, Keep)],
                vec![],
                0,
                false,
            ),
            BenchStopTimer => (
                "gosub_bench_stop_timer",
                vec![(Word, Keep)],
                vec![],
                0,
                false,
            ),
            BenchReportAllocs => (
                "gosub_bench_report_allocs",
                vec![(Word, Keep)],
                vec![],
                0,
                false,
            ),
            BenchSetBytes => (
                "gosub_bench_set_bytes",
                vec![(Word, Keep), (Word, Keep)],
                vec![],
                0,
                false,
            ),
            BenchLoop => (
                "gosub_bench_loop",
                vec![(Word, ParamLeak::Heap)],
                vec![TypeId::BOOL],
                1,
                false,
            ),
            TestingLog => ("gosub_testing_log", report(false), vec![], 0, false),
            TestingLogf => ("gosub_testing_logf", report(true), vec![], 0, false),
            TestingError => ("gosub_testing_error", report(false), vec![], 0, false),
            TestingErrorf => ("gosub_testing_errorf", report(true), vec![], 0, false),
            TestingFatal => ("gosub_testing_fatal", report(false), vec![], 0, false),
            TestingFatalf => ("gosub_testing_fatalf", report(true), vec![], 0, false),
            TestingSkip => ("gosub_testing_skip", report(false), vec![], 0, false),
            TestingSkipf => ("gosub_testing_skipf", report(true), vec![], 0, false),
            TestingFail => (
                "gosub_testing_fail",
                vec![(Word, ParamLeak::Heap)],
                vec![],
                0,
                false,
            ),
            TestingFailNow => (
                "gosub_testing_fail_now",
                vec![(Word, ParamLeak::Heap)],
                vec![],
                0,
                false,
            ),
            TestingSkipNow => (
                "gosub_testing_skip_now",
                vec![(Word, ParamLeak::Heap)],
                vec![],
                0,
                false,
            ),
            TestingFailed => (
                "gosub_testing_failed",
                vec![(Word, ParamLeak::Heap)],
                vec![TypeId::BOOL],
                1,
                false,
            ),
            TestingSkipped => (
                "gosub_testing_skipped",
                vec![(Word, ParamLeak::Heap)],
                vec![TypeId::BOOL],
                1,
                false,
            ),
            TestingHelper => (
                "gosub_testing_helper",
                vec![(Word, ParamLeak::Heap)],
                vec![],
                0,
                false,
            ),
            TestingName => (
                "gosub_testing_name",
                vec![(Word, Keep)],
                vec![TypeId::STRING],
                1,
                false,
            ),
            TestingStart => (
                "gosub_test_start",
                vec![
                    (Str, Keep),
                    (Word, Keep),
                    (Word, Keep),
                    (Word, Keep),
                    (Word, Keep),
                    (Word, Keep),
                    (Word, Keep),
                ],
                vec![],
                0,
                false,
            ),
            TestingRunTest => (
                "gosub_test_run",
                vec![(Str, Keep), (Word, Keep)],
                vec![],
                0,
                false,
            ),
            TestingRunBenchmark => (
                "gosub_bench_run",
                vec![(Str, Keep), (Word, Keep)],
                vec![],
                0,
                false,
            ),
            TestingEnd => ("gosub_test_end", vec![], vec![], 0, false),
        };
        ExternSig {
            symbol,
            params,
            results,
            returned,
            noreturn,
        }
    }
}

impl Extern {
    /// Whether the lowering passes the call site (`file:line`, a string) after the receiver: the
    /// reporting methods of `testing`, which print it in front of their message.
    pub fn takes_call_site(self) -> bool {
        use Extern::*;
        matches!(
            self,
            TestingLog
                | TestingLogf
                | TestingError
                | TestingErrorf
                | TestingFatal
                | TestingFatalf
                | TestingSkip
                | TestingSkipf
        )
    }
}

/// The parameters of a `testing` reporting method: receiver, call site, (format,) `...any`.
fn report(formatted: bool) -> Vec<(AbiParam, ParamLeak)> {
    let mut params = vec![
        (AbiParam::Word, ParamLeak::Heap),
        (AbiParam::Str, ParamLeak::None),
    ];
    if formatted {
        params.push((AbiParam::Str, ParamLeak::None));
    }
    params.push((AbiParam::SlicePtrLen, ParamLeak::Content));
    params
}
