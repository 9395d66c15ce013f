//! The bodies of the standard-library functions gc inlines whose allocations then show.
//!
//! gosub implements the standard library in the runtime, so most of gc's inlined library
//! calls are only reported (`inlining call to fmt.Println`) and stay calls. Two allocate an
//! object the caller's escape analysis sees once they are inlined: `errors.New(text)` is
//! `return &errorString{text}`, and `fmt.Errorf` formats out of line (`fmt.errorf`) and, when
//! there was nothing to format, returns `errors.New(format)`. Their bodies are written here in
//! IR, and the inliner splices them like any callee's: the `&errors.errorString{...}` site lands
//! at the call, escapes with the error value, and lives on the stack when that does not escape.
//!
//! The object is laid out as the runtime's `errors.errorString` (one string) and its `error`
//! value takes the runtime's itab for `*errors.errorString` as type word
//! ([`Extern::ErrorsStringItab`]), so it behaves exactly like the runtime-made ones: `Error()`,
//! `%v`, `%T` and `==` all work unchanged. gc then devirtualizes `err.Error()` on such a value
//! (`devirtualizing err.Error to *errors.errorString`) and inlines the method, which returns the
//! string field; its body is here too ([`StdBodies::error_method`]).

use crate::ir::*;
use crate::source::NO_POS;
use crate::types::{Field, Type, TypeId, TypeTable};

/// What gc prints for the object an inlined `errors.New` allocates.
const ERROR_STRING_TEXT: &str = "&errors.errorString{...}";
/// What gc prints for the type of that object.
pub const ERROR_STRING_PTR_TEXT: &str = "*errors.errorString";

/// The types the bodies use, interned once per program.
pub struct StdBodies {
    /// `errors.errorString`: `struct{ s string }`.
    error_string: TypeId,
    /// `*errors.errorString`.
    error_string_ptr: TypeId,
}

impl StdBodies {
    /// Interns the types the bodies need.
    pub fn new(types: &mut TypeTable) -> StdBodies {
        let error_string = types.intern(Type::Struct(vec![Field {
            name: "s".into(),
            ty: TypeId::STRING,
            embedded: false,
        }]));
        let error_string_ptr = types.pointer(error_string);
        StdBodies {
            error_string,
            error_string_ptr,
        }
    }

    /// `*errors.errorString`, the concrete type of an inlined `errors.New`'s value.
    pub fn error_string_ptr(&self) -> TypeId {
        self.error_string_ptr
    }

    /// `func (e *errorString) Error() string { return e.s }`.
    pub fn error_method(&self) -> Function {
        let name = "errors.(*errorString).Error";
        let mut b = FunctionBuilder::new(name.into(), name.into(), NO_POS, FuncKind::Synthetic);
        let e = b.add_param("e", self.error_string_ptr, NO_POS);
        let result = b.add_result("~r0", TypeId::STRING, NO_POS);
        b.assign(
            Place::local(result),
            Rvalue::Use(Operand::Copy(Place::deref(e).field(0))),
            NO_POS,
        );
        b.finish()
    }

    /// The body of library function `e` for a call whose arguments have types `args`, if gosub
    /// has one to inline.
    pub fn body(&self, e: Extern, args: &[TypeId]) -> Option<Function> {
        match (e, args) {
            (Extern::ErrorsNew, [text]) => Some(self.errors_new(*text)),
            (Extern::FmtErrorf, [format, operands]) => Some(fmt_errorf(*format, *operands)),
            _ => None,
        }
    }

    /// `func New(text string) error { return &errorString{text} }`.
    fn errors_new(&self, text_ty: TypeId) -> Function {
        let mut b = FunctionBuilder::new(
            "errors.New".into(),
            "errors.New".into(),
            NO_POS,
            FuncKind::Synthetic,
        );
        let text = b.add_param("text", text_ty, NO_POS);
        let result = b.add_result("~r0", TypeId::ERROR, NO_POS);
        let tab = b.temp(TypeId::UINTPTR);
        let ptr = b.temp(self.error_string_ptr);
        let site = b.new_alloc(
            self.error_string,
            AllocKind::Object,
            NO_POS,
            ERROR_STRING_TEXT.into(),
        );
        b.push(Inst::Alloc {
            site,
            count: None,
            pos: NO_POS,
        });
        b.assign(
            Place::alloc(site).field(0),
            Rvalue::Use(Operand::local(text)),
            NO_POS,
        );
        let itab = Callee::Extern(Extern::ErrorsStringItab);
        b.push(Inst::Call {
            dsts: vec![Place::local(tab)],
            callee: itab,
            args: vec![],
            pos: NO_POS,
        });
        b.assign(
            Place::local(ptr),
            Rvalue::AddrOf(Place::alloc(site)),
            NO_POS,
        );
        b.assign(
            Place::local(result),
            Rvalue::MakeIface(Operand::local(tab), Operand::local(ptr)),
            NO_POS,
        );
        b.finish()
    }
}

/// `func Errorf(format string, a ...any) (err error)`: `if err = errorf(format, a...); err !=
/// nil { return err }; return errors.New(format)`.
fn fmt_errorf(format_ty: TypeId, operands_ty: TypeId) -> Function {
    let mut b = FunctionBuilder::new(
        "fmt.Errorf".into(),
        "fmt.Errorf".into(),
        NO_POS,
        FuncKind::Synthetic,
    );
    let format = b.add_param("format", format_ty, NO_POS);
    let operands = b.add_param("a", operands_ty, NO_POS);
    let err = b.add_result("err", TypeId::ERROR, NO_POS);
    let formatted = b.temp(TypeId::BOOL);
    let args = vec![Operand::local(format), Operand::local(operands)];
    let errorf = Callee::Extern(Extern::FmtErrorfFormatted);
    b.push(Inst::Call {
        dsts: vec![Place::local(err)],
        callee: errorf,
        args,
        pos: NO_POS,
    });
    let nil = Operand::Const(Const::Zero(TypeId::ERROR));
    b.assign(
        Place::local(formatted),
        Rvalue::Binary(BinOp::Ne, Operand::local(err), nil),
        NO_POS,
    );
    let (done, plain) = (b.new_block(), b.new_block());
    b.terminate(Terminator::Branch {
        cond: Operand::local(formatted),
        then: done,
        els: plain,
    });
    b.switch_to(done);
    b.terminate(Terminator::Return);
    b.switch_to(plain);
    let new = Callee::Extern(Extern::ErrorsNew);
    b.push(Inst::Call {
        dsts: vec![Place::local(err)],
        callee: new,
        args: vec![Operand::local(format)],
        pos: NO_POS,
    });
    b.finish()
}
