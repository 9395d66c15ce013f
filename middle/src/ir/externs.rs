//! Runtime and standard-library functions that IR code calls by name.
//!
//! Each [`Extern`] is implemented in the runtime library (`rt`, C calling convention). Its
//! [`ExternSig`] says how IR operands are passed (a Go string is two words, a `...any` slice is
//! passed as pointer and length), which Go results it has (results the runtime does not return,
//! such as fmt's always-nil `error`, read as zero), and what escape analysis must assume about each
//! parameter, since it cannot see into the runtime.

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
    /// decodes the rune at a byte index of a string (`for range` over a string): (rune, next index)
    DecodeRune,
    /// `errors.New`
    ErrorsNew,
    /// `fmt.Errorf`
    FmtErrorf,
    /// `strconv.Itoa`
    StrconvItoa,
    /// `runtime.GC`
    RuntimeGC,
    /// `os.Args` (fills a `[]string`)
    OsArgs,
    /// runs a function body (a closure) with a defer frame, with Go's panic and recover semantics
    RunDeferring,
    /// runs (and removes) the deferred calls of a frame, last first: an outlined body does this
    /// before it returns, so its own frame is still alive while they run
    RunDefers,
}

impl Extern {
    /// The calling contract.
    pub fn sig(self) -> ExternSig {
        use AbiParam::*;
        use Extern::*;
        use ParamLeak::None as Keep;
        let (symbol, params, results, returned, noreturn): (_, Vec<(AbiParam, ParamLeak)>, Vec<TypeId>, usize, bool) =
            match self {
                PrintBool => ("gosub_print_bool", vec![(Word, Keep)], vec![], 0, false),
                PrintInt => ("gosub_print_int", vec![(Word, Keep)], vec![], 0, false),
                PrintUint => ("gosub_print_uint", vec![(Word, Keep)], vec![], 0, false),
                PrintFloat => ("gosub_print_float", vec![(F64, Keep)], vec![], 0, false),
                PrintString => ("gosub_print_string", vec![(Str, Keep)], vec![], 0, false),
                PrintPointer => ("gosub_print_pointer", vec![(Word, Keep)], vec![], 0, false),
                PrintIface => ("gosub_print_iface", vec![(Iface, Keep)], vec![], 0, false),
                PrintSlice => ("gosub_print_slice", vec![(Word, Keep), (Word, Keep), (Word, Keep)], vec![], 0, false),
                PrintSpace => ("gosub_print_space", vec![], vec![], 0, false),
                PrintNewline => ("gosub_print_newline", vec![], vec![], 0, false),
                FmtPrint => ("gosub_fmt_print", vec![(SlicePtrLen, ParamLeak::Content)], vec![TypeId::INT, TypeId::ERROR], 1, false),
                FmtPrintln => ("gosub_fmt_println", vec![(SlicePtrLen, ParamLeak::Content)], vec![TypeId::INT, TypeId::ERROR], 1, false),
                FmtPrintf => (
                    "gosub_fmt_printf",
                    vec![(Str, Keep), (SlicePtrLen, ParamLeak::Content)],
                    vec![TypeId::INT, TypeId::ERROR],
                    1,
                    false,
                ),
                FmtSprint => ("gosub_fmt_sprint", vec![(SlicePtrLen, ParamLeak::Content)], vec![TypeId::STRING], 1, false),
                FmtSprintln => ("gosub_fmt_sprintln", vec![(SlicePtrLen, ParamLeak::Content)], vec![TypeId::STRING], 1, false),
                FmtSprintf => (
                    "gosub_fmt_sprintf",
                    vec![(Str, Keep), (SlicePtrLen, ParamLeak::Content)],
                    vec![TypeId::STRING],
                    1,
                    false,
                ),
                OsExit => ("gosub_exit", vec![(Word, Keep)], vec![], 0, true),
                ReadMemStats => ("gosub_read_memstats", vec![(Word, Keep)], vec![], 0, false),
                Panic => ("gosub_panic_value", vec![(Iface, ParamLeak::Heap)], vec![], 0, true),
                DecodeRune => ("gosub_decode_rune", vec![(Str, Keep), (Word, Keep)], vec![TypeId::INT, TypeId::INT], 2, false),
                ErrorsNew => ("gosub_errors_new", vec![(Str, ParamLeak::Heap)], vec![TypeId::ERROR], 1, false),
                FmtErrorf => (
                    "gosub_fmt_errorf",
                    vec![(Str, Keep), (SlicePtrLen, ParamLeak::Content)],
                    vec![TypeId::ERROR],
                    1,
                    false,
                ),
                StrconvItoa => ("gosub_strconv_itoa", vec![(Word, Keep)], vec![TypeId::STRING], 1, false),
                RuntimeGC => ("gosub_gc", vec![], vec![], 0, false),
                OsArgs => ("gosub_os_args", vec![(Word, Keep)], vec![], 0, false),
                RunDeferring => ("gosub_run_deferring", vec![(Word, Keep), (Word, Keep)], vec![], 0, false),
                RunDefers => ("gosub_run_defers", vec![(Word, Keep)], vec![], 0, false),
            };
        ExternSig { symbol, params, results, returned, noreturn }
    }
}
