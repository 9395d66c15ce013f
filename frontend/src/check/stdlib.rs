//! The standard-library packages gosub provides (`fmt`, `os`, `runtime`, `errors`, `strconv`,
//! `testing`) and the list of real Go standard packages, to tell "not supported by gosub" from
//! "not in std". Besides functions, the types `runtime.MemStats`, `fmt.Stringer`, `testing.B`
//! and `testing.T` ([`TYPES`]; the methods of the last two are in `std_testing.rs`) and the
//! variable `os.Args` ([`VARS`]) are provided.
//!
//! Each provided function is one line of [`FUNCS`]: package, name, [`StdFunc`], parameter and
//! result types (from the small [`T`] vocabulary) and whether the last parameter is variadic.

use middle::source::NO_POS;
use middle::types::{Field, InterfaceMethod, Signature, Type, TypeId, TypeTable};

use super::info::{ObjId, ObjKind, StdFunc, StdVar};
use super::Checker;

/// The types that appear in the provided functions' signatures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum T {
    /// `int`
    Int,
    /// `string`
    String,
    /// `error`
    Error,
    /// `any` (as a variadic `...any` parameter, the element type)
    Any,
    /// `*runtime.MemStats`
    MemStatsPtr,
    /// `[]string`
    StringSlice,
    /// `bool`
    Bool,
    /// `int64`
    Int64,
    /// `func(*testing.T)`
    TestFunc,
    /// `func(*testing.B)`
    BenchFunc,
}

/// One provided function.
#[derive(Clone, Copy)]
pub(crate) struct StdFuncSpec {
    /// Import path of its package.
    pub package: &'static str,
    /// Its name.
    pub name: &'static str,
    /// Which function.
    pub func: StdFunc,
    /// Parameter types (for a variadic function the last is the element type).
    pub params: &'static [T],
    /// Result types.
    pub results: &'static [T],
    /// True for a final `...T` parameter.
    pub variadic: bool,
}

const fn f(
    package: &'static str,
    name: &'static str,
    func: StdFunc,
    params: &'static [T],
    results: &'static [T],
    variadic: bool,
) -> StdFuncSpec {
    StdFuncSpec {
        package,
        name,
        func,
        params,
        results,
        variadic,
    }
}

/// Every provided function, with its real Go signature (the hooks of `gosub test`'s entry are
/// in `std_testing::HOOKS`).
pub(crate) const FUNCS: &[StdFuncSpec] = &[
    f(
        "fmt",
        "Print",
        StdFunc::FmtPrint,
        &[T::Any],
        &[T::Int, T::Error],
        true,
    ),
    f(
        "fmt",
        "Println",
        StdFunc::FmtPrintln,
        &[T::Any],
        &[T::Int, T::Error],
        true,
    ),
    f(
        "fmt",
        "Printf",
        StdFunc::FmtPrintf,
        &[T::String, T::Any],
        &[T::Int, T::Error],
        true,
    ),
    f(
        "fmt",
        "Sprint",
        StdFunc::FmtSprint,
        &[T::Any],
        &[T::String],
        true,
    ),
    f(
        "fmt",
        "Sprintln",
        StdFunc::FmtSprintln,
        &[T::Any],
        &[T::String],
        true,
    ),
    f(
        "fmt",
        "Sprintf",
        StdFunc::FmtSprintf,
        &[T::String, T::Any],
        &[T::String],
        true,
    ),
    f(
        "fmt",
        "Errorf",
        StdFunc::FmtErrorf,
        &[T::String, T::Any],
        &[T::Error],
        true,
    ),
    f("os", "Exit", StdFunc::OsExit, &[T::Int], &[], false),
    f(
        "runtime",
        "ReadMemStats",
        StdFunc::RuntimeReadMemStats,
        &[T::MemStatsPtr],
        &[],
        false,
    ),
    f("runtime", "GC", StdFunc::RuntimeGC, &[], &[], false),
    f(
        "errors",
        "New",
        StdFunc::ErrorsNew,
        &[T::String],
        &[T::Error],
        false,
    ),
    f(
        "strconv",
        "Itoa",
        StdFunc::StrconvItoa,
        &[T::Int],
        &[T::String],
        false,
    ),
];

/// Every provided variable: package, name, which variable, type.
pub(crate) const VARS: &[(&str, &str, StdVar, T)] =
    &[("os", "Args", StdVar::OsArgs, T::StringSlice)];

/// The packages gosub provides: import path and package name.
pub(crate) const PACKAGES: &[(&str, &str)] = &[
    ("fmt", "fmt"),
    ("os", "os"),
    ("runtime", "runtime"),
    ("errors", "errors"),
    ("strconv", "strconv"),
    ("testing", "testing"),
];

/// Every package of Go's standard library (`go list std`, without internal and vendored ones).
const GO_STD: &[&str] = &[
    "archive/tar",
    "archive/zip",
    "bufio",
    "bytes",
    "cmp",
    "compress/bzip2",
    "compress/flate",
    "compress/gzip",
    "compress/lzw",
    "compress/zlib",
    "container/heap",
    "container/list",
    "container/ring",
    "context",
    "crypto",
    "crypto/aes",
    "crypto/cipher",
    "crypto/des",
    "crypto/dsa",
    "crypto/ecdh",
    "crypto/ecdsa",
    "crypto/ed25519",
    "crypto/elliptic",
    "crypto/fips140",
    "crypto/hkdf",
    "crypto/hmac",
    "crypto/hpke",
    "crypto/md5",
    "crypto/mldsa",
    "crypto/mlkem",
    "crypto/mlkem/mlkemtest",
    "crypto/pbkdf2",
    "crypto/rand",
    "crypto/rc4",
    "crypto/rsa",
    "crypto/sha1",
    "crypto/sha256",
    "crypto/sha3",
    "crypto/sha512",
    "crypto/subtle",
    "crypto/tls",
    "crypto/x509",
    "crypto/x509/pkix",
    "database/sql",
    "database/sql/driver",
    "debug/buildinfo",
    "debug/dwarf",
    "debug/elf",
    "debug/gosym",
    "debug/macho",
    "debug/pe",
    "debug/plan9obj",
    "embed",
    "encoding",
    "encoding/ascii85",
    "encoding/asn1",
    "encoding/base32",
    "encoding/base64",
    "encoding/binary",
    "encoding/csv",
    "encoding/gob",
    "encoding/hex",
    "encoding/json",
    "encoding/json/jsontext",
    "encoding/json/v2",
    "encoding/pem",
    "encoding/xml",
    "errors",
    "expvar",
    "flag",
    "fmt",
    "go/ast",
    "go/build",
    "go/build/constraint",
    "go/constant",
    "go/doc",
    "go/doc/comment",
    "go/format",
    "go/importer",
    "go/parser",
    "go/printer",
    "go/scanner",
    "go/token",
    "go/types",
    "go/version",
    "hash",
    "hash/adler32",
    "hash/crc32",
    "hash/crc64",
    "hash/fnv",
    "hash/maphash",
    "html",
    "html/template",
    "image",
    "image/color",
    "image/color/palette",
    "image/draw",
    "image/gif",
    "image/jpeg",
    "image/png",
    "index/suffixarray",
    "io",
    "io/fs",
    "io/ioutil",
    "iter",
    "log",
    "log/slog",
    "log/syslog",
    "maps",
    "math",
    "math/big",
    "math/bits",
    "math/cmplx",
    "math/rand",
    "math/rand/v2",
    "mime",
    "mime/multipart",
    "mime/quotedprintable",
    "net",
    "net/http",
    "net/http/cgi",
    "net/http/cookiejar",
    "net/http/fcgi",
    "net/http/httptest",
    "net/http/httptrace",
    "net/http/httputil",
    "net/http/pprof",
    "net/mail",
    "net/netip",
    "net/rpc",
    "net/rpc/jsonrpc",
    "net/smtp",
    "net/textproto",
    "net/url",
    "os",
    "os/exec",
    "os/signal",
    "os/user",
    "path",
    "path/filepath",
    "plugin",
    "reflect",
    "regexp",
    "regexp/syntax",
    "runtime",
    "runtime/cgo",
    "runtime/coverage",
    "runtime/debug",
    "runtime/metrics",
    "runtime/pprof",
    "runtime/race",
    "runtime/trace",
    "slices",
    "sort",
    "strconv",
    "strings",
    "structs",
    "sync",
    "sync/atomic",
    "syscall",
    "testing",
    "testing/cryptotest",
    "testing/fstest",
    "testing/iotest",
    "testing/quick",
    "testing/slogtest",
    "testing/synctest",
    "text/scanner",
    "text/tabwriter",
    "text/template",
    "text/template/parse",
    "time",
    "time/tzdata",
    "unicode",
    "unicode/utf16",
    "unicode/utf8",
    "unique",
    "unsafe",
    "uuid",
    "weak",
];

/// How an import path resolves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ImportStatus {
    /// gosub provides it; the package name.
    Provided(&'static str),
    /// A real Go standard package gosub does not provide.
    Unsupported,
    /// Not a standard package at all.
    NotInStd,
}

/// Classifies an import path.
pub(crate) fn import_status(path: &str) -> ImportStatus {
    if let Some(&(_, name)) = PACKAGES.iter().find(|(p, _)| *p == path) {
        return ImportStatus::Provided(name);
    }
    if GO_STD.contains(&path) {
        ImportStatus::Unsupported
    } else {
        ImportStatus::NotInStd
    }
}

/// The named types the provided packages declare.
#[derive(Clone, Copy, Debug)]
pub(crate) struct StdTypes {
    /// `runtime.MemStats`
    pub mem_stats: TypeId,
    /// `fmt.Stringer`
    pub stringer: TypeId,
    /// `testing.B`
    pub testing_b: TypeId,
    /// `testing.T`
    pub testing_t: TypeId,
}

/// The provided named types: package path, name.
pub(crate) const TYPES: &[(&str, &str)] = &[
    ("runtime", "MemStats"),
    ("fmt", "Stringer"),
    ("testing", "B"),
    ("testing", "T"),
];

impl StdTypes {
    /// Creates the provided named types in `types`.
    pub fn new(types: &mut TypeTable) -> StdTypes {
        let u64_fields = [
            "Alloc",
            "TotalAlloc",
            "Sys",
            "Lookups",
            "Mallocs",
            "Frees",
            "HeapAlloc",
            "HeapSys",
            "HeapIdle",
            "HeapInuse",
            "HeapReleased",
            "HeapObjects",
            "StackInuse",
            "StackSys",
            "MSpanInuse",
            "MSpanSys",
            "MCacheInuse",
            "MCacheSys",
            "BuckHashSys",
            "GCSys",
            "OtherSys",
            "NextGC",
            "LastGC",
            "PauseTotalNs",
        ];
        let field = |name: &str, ty: TypeId| Field {
            name: name.to_string(),
            ty,
            embedded: false,
        };
        let mut fields: Vec<Field> = u64_fields
            .iter()
            .map(|name| field(name, TypeId::UINT64))
            .collect();
        let pauses = types.array(TypeId::UINT64, 256);
        fields.push(field("PauseNs", pauses));
        fields.push(field("PauseEnd", pauses));
        fields.push(field("NumGC", TypeId::UINT32));
        fields.push(field("NumForcedGC", TypeId::UINT32));
        fields.push(field("GCCPUFraction", TypeId::FLOAT64));
        fields.push(field("EnableGC", TypeId::BOOL));
        fields.push(field("DebugGC", TypeId::BOOL));
        let size_class = types.intern(Type::Struct(vec![
            field("Size", TypeId::UINT32),
            field("Mallocs", TypeId::UINT64),
            field("Frees", TypeId::UINT64),
        ]));
        let by_size = types.array(size_class, 61);
        fields.push(field("BySize", by_size));
        let body = types.intern(Type::Struct(fields));
        let mem_stats = types.new_named("runtime".to_string(), "MemStats".to_string());
        types.set_underlying(mem_stats, body);
        let string_sig = types.intern(Type::Func(Signature {
            params: Vec::new(),
            results: vec![TypeId::STRING],
            variadic: false,
        }));
        let stringer_body = types.intern(Type::Interface(vec![InterfaceMethod {
            name: "String".to_string(),
            sig: string_sig,
        }]));
        let stringer = types.new_named("fmt".to_string(), "Stringer".to_string());
        types.set_underlying(stringer, stringer_body);
        let (testing_b, testing_t) = super::std_testing::new_types(types);
        StdTypes {
            mem_stats,
            stringer,
            testing_b,
            testing_t,
        }
    }
}

impl Checker<'_> {
    /// The object for member `name` of provided package `path`, creating it on first use.
    pub(crate) fn std_member(&mut self, path: &str, name: &str) -> Option<ObjId> {
        let key = format!("{path}.{name}");
        if let Some(&obj) = self.std_objects.get(&key) {
            return Some(obj);
        }
        let named = match (path, name) {
            ("runtime", "MemStats") => Some(self.std.mem_stats),
            ("fmt", "Stringer") => Some(self.std.stringer),
            ("testing", "B") => Some(self.std.testing_b),
            ("testing", "T") => Some(self.std.testing_t),
            _ => None,
        };
        let var = VARS.iter().find(|(p, n, _, _)| *p == path && *n == name);
        let obj = if let Some(ty) = named {
            self.new_object(name, NO_POS, ty, ObjKind::TypeName)
        } else if let Some(&(_, _, var, t)) = var {
            let ty = self.std_type(t);
            self.new_object(name, NO_POS, ty, ObjKind::StdVar(var))
        } else {
            let spec = FUNCS
                .iter()
                .chain(super::std_testing::HOOKS)
                .find(|s| s.package == path && s.name == name)?;
            let sig = self.std_signature(spec);
            self.new_object(name, NO_POS, sig, ObjKind::Std(spec.func))
        };
        self.std_objects.insert(key, obj);
        Some(obj)
    }

    pub(crate) fn std_signature(&mut self, spec: &StdFuncSpec) -> TypeId {
        let mut params: Vec<TypeId> = spec.params.iter().map(|&t| self.std_type(t)).collect();
        if spec.variadic {
            if let Some(last) = params.last_mut() {
                *last = self.types.slice(*last);
            }
        }
        let results = spec.results.iter().map(|&t| self.std_type(t)).collect();
        self.types.intern(Type::Func(Signature {
            params,
            results,
            variadic: spec.variadic,
        }))
    }

    fn std_type(&mut self, t: T) -> TypeId {
        match t {
            T::Int => TypeId::INT,
            T::String => TypeId::STRING,
            T::Error => TypeId::ERROR,
            T::Any => self.aliases.any,
            T::MemStatsPtr => self.types.pointer(self.std.mem_stats),
            T::StringSlice => self.types.slice(TypeId::STRING),
            T::Bool => TypeId::BOOL,
            T::Int64 => TypeId::INT64,
            T::TestFunc | T::BenchFunc => {
                let named = if t == T::TestFunc {
                    self.std.testing_t
                } else {
                    self.std.testing_b
                };
                let param = self.types.pointer(named);
                self.types.intern(Type::Func(Signature {
                    params: vec![param],
                    results: Vec::new(),
                    variadic: false,
                }))
            }
        }
    }
}
