//! The gosub IR: the contract between the frontend, the middle passes and the backend.
//!
//! # Shape
//!
//! A [`Program`] is a list of [`Function`]s plus globals and the shared [`TypeTable`]. A function
//! is a control-flow graph of [`Block`]s; each block is a list of [`Inst`]s ended by a
//! [`Terminator`]. There are no phis: values flow through *locals*, mutable variables of any Go type
//! (scalars, strings, structs, arrays, ...). The backend turns locals into SSA with Cranelift's
//! variable machinery, splitting aggregates into one variable per scalar leaf, so a local never
//! lives in memory unless the backend must index it dynamically. This is how values whose address
//! is never taken stay out of memory.
//!
//! # Allocation sites
//!
//! Every object that lives in memory and is not a global is an [`AllocSite`]: a variable whose
//! address is taken or that a closure captures by reference (`moved to heap: x`), `new(T)`,
//! `&T{...}`, slice and map literals and `make`, closures (`func literal`), interface boxes, `...`
//! argument slices, and the result buffers of string concatenation, conversions and `append`. The
//! site records its source position and the expression text gc prints. An [`Inst::Alloc`] executes
//! the site: it creates a fresh zeroed object (re-zeroing the same stack slot, or calling the
//! runtime allocator). Afterwards the place [`PlaceBase::Alloc`] denotes that newest object and
//! `Rvalue::AddrOf` of it gives its address. Escape analysis sets each site's [`Placement`]; only
//! the backend acts on it.
//!
//! # Places, operands, rvalues
//!
//! A [`Place`] is a local, an allocation site's object, a global, or the target of a pointer held in
//! a local, followed by field and array-index projections. Reading a memory place is a load, writing
//! it a store. Keeping "the object of site A" distinct from "whatever pointer p points to" is what
//! lets escape analysis follow gc: assigning to a variable's own storage flows into that variable,
//! while assigning through a pointer flows to the heap.
//!
//! # Loop depth
//!
//! Lowering records gc's syntactic loop depth on every block, local and site (1 at function level,
//! +1 inside each loop body). Escape analysis uses it exactly as gc does: a value whose address
//! flows to a location declared at a shallower depth must be heap allocated.

mod builder;
mod display;
mod externs;
mod verify;
mod visit;

pub use builder::FunctionBuilder;
pub use display::program_to_string;
pub use externs::{AbiParam, Extern, ExternSig, ParamLeak};

pub use verify::verify_program;

use crate::source::Pos;
use crate::types::{TypeId, TypeTable};

macro_rules! id_type {
    ($(#[$doc:meta] $name:ident, $prefix:literal;)*) => {
        $(
            #[$doc]
            #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
            pub struct $name(pub u32);

            impl $name {
                /// The id as a vector index.
                pub fn index(self) -> usize {
                    self.0 as usize
                }
            }

            impl std::fmt::Display for $name {
                fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    write!(f, concat!($prefix, "{}"), self.0)
                }
            }
        )*
    };
}

id_type! {
    /// Index of a function in [`Program::funcs`].
    FuncId, "fn";
    /// Index of a global in [`Program::globals`].
    GlobalId, "g";
    /// Index of a block in [`Function::blocks`] (block 0 is the entry).
    BlockId, "b";
    /// Index of a local in [`Function::locals`].
    LocalId, "l";
    /// Index of an allocation site in [`Function::allocs`].
    AllocId, "a";
}

/// A whole program (one Go package plus synthesised helpers).
#[derive(Clone, Debug)]
pub struct Program {
    /// The package name (`main` for a command).
    pub package: String,
    /// Every type.
    pub types: TypeTable,
    /// Every function.
    pub funcs: Vec<Function>,
    /// Every package-level variable.
    pub globals: Vec<Global>,
    /// Package initialisation (variable initialisers, then `init` functions), if any.
    pub init: Option<FuncId>,
    /// `main.main`, for a command.
    pub main: Option<FuncId>,
    /// The method sets of the concrete types that are converted to interfaces: for each type, its
    /// methods sorted by name. They fill the type descriptors and itabs.
    pub method_sets: std::collections::HashMap<TypeId, Vec<MethodEntry>>,
}

/// One method of a concrete type's method set, as an interface call reaches it.
#[derive(Clone, Debug)]
pub struct MethodEntry {
    /// The method name.
    pub name: String,
    /// The method's signature without receiver (a func type).
    pub sig: TypeId,
    /// The entry point, taking the interface data word as its first parameter (the method itself
    /// for a pointer receiver or a pointer-shaped value receiver, otherwise a wrapper that loads the
    /// receiver from the box).
    pub func: FuncId,
}

impl Program {
    /// The function with this id.
    pub fn func(&self, id: FuncId) -> &Function {
        &self.funcs[id.index()]
    }
}

/// A package-level variable, zero-initialised in writable data.
#[derive(Clone, Debug)]
pub struct Global {
    /// Go name (`x`).
    pub name: String,
    /// Linker symbol (`main.x`).
    pub symbol: String,
    /// Type.
    pub ty: TypeId,
    /// Declaration position.
    pub pos: Pos,
}

/// What kind of code a function holds (decides which diagnostics it gets).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FuncKind {
    /// A declared function or method.
    Declared,
    /// A function literal; `parent` is the enclosing function.
    Closure {
        /// The function containing the literal.
        parent: FuncId,
    },
    /// Compiler-synthesised (init, wrappers): no `-m` diagnostics.
    Synthetic,
}

/// How a closure holds one captured variable.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CaptureMode {
    /// A copy of the value, taken when the closure is created.
    ByValue,
    /// A pointer to the variable's storage (an allocation site of the parent).
    ByRef,
}

/// A variable captured by a closure. In the closure it is read through [`PlaceBase::Capture`].
#[derive(Clone, Debug)]
pub struct Capture {
    /// The variable's name (for diagnostics).
    pub name: String,
    /// The variable's type (not a pointer, even when captured by reference).
    pub ty: TypeId,
    /// By value or by reference.
    pub mode: CaptureMode,
}

/// A function body.
#[derive(Clone, Debug)]
pub struct Function {
    /// The name gc uses in diagnostics: `f`, `(*T).M`, `T.M`, `main.func1`.
    pub name: String,
    /// The linker symbol: `main.f`, `main.(*T).M`, `main.main.func1`.
    pub symbol: String,
    /// Position of the declaration (the function name, or `func` for literals).
    pub pos: Pos,
    /// What kind of function.
    pub kind: FuncKind,
    /// Parameter locals, in order (a method's receiver first).
    pub params: Vec<LocalId>,
    /// Result locals, in order; `Terminator::Return` returns their current values.
    pub results: Vec<LocalId>,
    /// Captured variables, for a closure (the closure object is the hidden context argument).
    pub captures: Vec<Capture>,
    /// Every local.
    pub locals: Vec<LocalDecl>,
    /// Every allocation site.
    pub allocs: Vec<AllocSite>,
    /// The control-flow graph; block 0 is the entry.
    pub blocks: Vec<Block>,
    /// gc's inlining verdict, computed by the frontend on the syntax tree (`None` for
    /// compiler-synthesised functions, which are never inlined).
    pub inline: Option<InlineInfo>,
}

/// gc's verdict on inlining a function (its `CanInline`). gc counts syntax nodes, so the frontend
/// computes it on the syntax tree; the inliner only reads it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InlineInfo {
    /// `Ok(cost)` when the function may be inlined, else the reason gc gives at `-m=2`
    /// (`function too complex: cost 106 exceeds budget 80`, `marked go:noinline`, ...).
    pub verdict: Result<u32, String>,
    /// Where gc reports the verdict: the function name, or the receiver's `(` for a method.
    pub pos: Pos,
    /// The function as `-m=2` prints it after `can inline f with cost N as: ` (its type and body).
    pub text: String,
    /// gc's "big" function (more than 5000 nodes): only callees costing at most 20 are inlined
    /// into it.
    pub big: bool,
}

impl Function {
    /// The local with this id.
    pub fn local(&self, id: LocalId) -> &LocalDecl {
        &self.locals[id.index()]
    }

    /// The allocation site with this id.
    pub fn alloc(&self, id: AllocId) -> &AllocSite {
        &self.allocs[id.index()]
    }

    /// The block with this id.
    pub fn block(&self, id: BlockId) -> &Block {
        &self.blocks[id.index()]
    }

    /// Types of the results, in order.
    pub fn result_types(&self) -> Vec<TypeId> {
        self.results.iter().map(|r| self.local(*r).ty).collect()
    }
}

/// What a local is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LocalKind {
    /// A parameter (or receiver).
    Param,
    /// A result parameter (`~r0` when unnamed).
    Result,
    /// A user variable kept out of memory.
    Var,
    /// A compiler temporary.
    Temp,
}

/// A local variable.
#[derive(Clone, Debug)]
pub struct LocalDecl {
    /// Its Go name (`~r0` for unnamed results, empty for temporaries).
    pub name: String,
    /// Its type.
    pub ty: TypeId,
    /// Declaration position.
    pub pos: Pos,
    /// What it is for.
    pub kind: LocalKind,
    /// gc's loop depth at the declaration.
    pub loop_depth: u32,
}

/// Where an allocation site's objects live.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Placement {
    /// In a zeroed stack slot of the function's frame.
    Stack,
    /// In memory from the runtime allocator.
    Heap,
}

/// The kind of allocation site; it decides how `-m` words the decision.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AllocKind {
    /// A named variable that needs memory: `moved to heap: x` when heap.
    Var,
    /// Any other single object: `new(T)`, `&T{...}`, a composite literal's backing array, a closure,
    /// an interface box, a `...` argument array: `TEXT escapes to heap` / `TEXT does not escape`.
    Object,
    /// `make([]T, n)`: `count` elements of the site type, `n` given at the `Alloc`.
    Array,
    /// The result buffer of a runtime operation (concatenation, conversion, `append`): no `Alloc`
    /// instruction; the operation's instruction names the site and the backend passes a stack
    /// buffer when the site is stack-placed.
    RuntimeBuffer,
}

/// The largest element count of an `Array` site's object with elements of `elem_size` bytes
/// (objects are limited to 1 TiB); a larger or negative count is `makeslice: len out of range`.
pub fn max_array_count(elem_size: u64) -> i64 {
    if elem_size == 0 {
        i64::MAX
    } else {
        (1i64 << 40) / elem_size as i64
    }
}

/// An allocation site.
#[derive(Clone, Debug)]
pub struct AllocSite {
    /// What is allocated: the variable's or object's type, or the element type for `Array`.
    pub ty: TypeId,
    /// The kind of site.
    pub kind: AllocKind,
    /// Where gc reports it.
    pub pos: Pos,
    /// The expression text gc prints (`&T{...}`, `make([]int, n)`, `func literal`), or the
    /// variable name for `Var`. Empty for compiler-internal sites (the thunks of `go` and `defer`,
    /// defer frames), which are decided like any other site but never reported.
    pub text: String,
    /// gc's loop depth at the site.
    pub loop_depth: u32,
    /// The decision; lowering starts every site on the heap (always correct).
    pub placement: Placement,
    /// For `Array` sites: the element count when it is a constant.
    pub const_count: Option<u64>,
    /// A site whose object is this constant and is never written (an interface box of a constant,
    /// as gc makes for `fmt.Println(5)`): reported like any site, but never allocated; the backend
    /// points at a read-only copy. Such sites have no `Alloc` instruction.
    pub static_value: Option<Const>,
    /// The object is never written after its initialising assignment (an interface box), so a
    /// heap-placed one may share memory with equal objects (the backend boxes small integers
    /// without allocating, as gc's `staticuint64s` does).
    pub read_only: bool,
}

/// A basic block.
#[derive(Clone, Debug)]
pub struct Block {
    /// Straight-line instructions.
    pub insts: Vec<Inst>,
    /// How control leaves the block.
    pub term: Terminator,
    /// gc's loop depth of the code in this block.
    pub loop_depth: u32,
}

/// How control leaves a block.
#[derive(Clone, Debug)]
pub enum Terminator {
    /// Jump.
    Goto(BlockId),
    /// Two-way branch on a boolean.
    Branch {
        /// The condition.
        cond: Operand,
        /// Taken when true.
        then: BlockId,
        /// Taken when false.
        els: BlockId,
    },
    /// Return the current values of the result locals.
    Return,
    /// Never reached (after a call that does not return).
    Unreachable,
}

/// The root of a [`Place`].
#[derive(Clone, Debug, PartialEq)]
pub enum PlaceBase {
    /// A local (not in memory).
    Local(LocalId),
    /// The newest object of an allocation site of this function.
    Alloc(AllocId),
    /// A package-level variable.
    Global(GlobalId),
    /// The object a pointer-typed local points to (`*p`).
    Deref(LocalId),
    /// A closure's captured variable (index into `Function::captures`): the copy in the closure
    /// object, or for a by-reference capture the variable the closure points to.
    Capture(u32),
}

/// A projection step inside an aggregate.
#[derive(Clone, Debug, PartialEq)]
pub enum Proj {
    /// Struct field by index.
    Field(u32),
    /// Array element; the index is already bounds-checked.
    Index(Operand),
}

/// A location that can be read and written.
#[derive(Clone, Debug, PartialEq)]
pub struct Place {
    /// The root.
    pub base: PlaceBase,
    /// Projections from the root, outermost first.
    pub proj: Vec<Proj>,
}

impl Place {
    /// The whole of a local.
    pub fn local(l: LocalId) -> Place {
        Place {
            base: PlaceBase::Local(l),
            proj: Vec::new(),
        }
    }

    /// The newest object of an allocation site.
    pub fn alloc(a: AllocId) -> Place {
        Place {
            base: PlaceBase::Alloc(a),
            proj: Vec::new(),
        }
    }

    /// `*p` for a pointer local `p`.
    pub fn deref(p: LocalId) -> Place {
        Place {
            base: PlaceBase::Deref(p),
            proj: Vec::new(),
        }
    }

    /// This place's field `i`.
    pub fn field(mut self, i: u32) -> Place {
        self.proj.push(Proj::Field(i));
        self
    }

    /// This place's element `i` (an array).
    pub fn index(mut self, i: Operand) -> Place {
        self.proj.push(Proj::Index(i));
        self
    }

    /// The local this place is rooted at, if it is a plain local (not a dereference).
    pub fn as_local(&self) -> Option<LocalId> {
        match self.base {
            PlaceBase::Local(l) => Some(l),
            _ => None,
        }
    }
}

/// A constant operand.
#[derive(Clone, Debug, PartialEq)]
pub enum Const {
    /// An integer of the given type (bits as u64; sign-extended for signed types).
    Int(i64, TypeId),
    /// A float of the given type.
    Float(f64, TypeId),
    /// A boolean (of the given possibly named bool type).
    Bool(bool, TypeId),
    /// A string constant (in read-only data) of the given string type.
    Str(Vec<u8>, TypeId),
    /// The zero value of any type (`nil` for pointers, slices, maps, interfaces, funcs).
    Zero(TypeId),
    /// The address of a function's static closure (a func value with no captures).
    FuncValue(FuncId, TypeId),
    /// The code address of a function (the first word of a closure object).
    FuncAddr(FuncId),
    /// The address of a type's runtime descriptor (an `unsafe.Pointer`-typed word).
    TypeDesc(TypeId),
    /// The address of the itab for a concrete type (first) in an interface type (second).
    Itab(TypeId, TypeId),
}

/// A value read by an instruction.
#[derive(Clone, Debug, PartialEq)]
pub enum Operand {
    /// The current value of a place.
    Copy(Place),
    /// A constant.
    Const(Const),
}

impl Operand {
    /// Reads a whole local.
    pub fn local(l: LocalId) -> Operand {
        Operand::Copy(Place::local(l))
    }

    /// An `int` constant.
    pub fn int(v: i64) -> Operand {
        Operand::Const(Const::Int(v, TypeId::INT))
    }
}

/// Unary operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnOp {
    /// Arithmetic negation (wrapping for integers).
    Neg,
    /// Boolean not.
    Not,
    /// Bitwise complement.
    BitNot,
}

/// Binary operators. Integer arithmetic wraps; `Div`/`Rem` truncate and panic on a zero divisor;
/// shifts take any unsigned or (checked non-negative) signed count and yield 0 / sign fill beyond
/// the width; comparisons yield `bool` and work on scalars and strings; `Eq`/`Ne` also on whole
/// comparable aggregates (structs, arrays, interfaces).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    /// `+` (also string concatenation is *not* this: see [`Inst::Concat`])
    Add,
    /// `-`
    Sub,
    /// `*`
    Mul,
    /// `/`
    Div,
    /// `%`
    Rem,
    /// `&`
    And,
    /// `|`
    Or,
    /// `^`
    Xor,
    /// `&^`
    AndNot,
    /// `<<`
    Shl,
    /// `>>`
    Shr,
    /// `==`
    Eq,
    /// `!=`
    Ne,
    /// `<`
    Lt,
    /// `<=`
    Le,
    /// `>`
    Gt,
    /// `>=`
    Ge,
}

/// A computed value, assigned to a place by [`Inst::Assign`].
#[derive(Clone, Debug, PartialEq)]
pub enum Rvalue {
    /// A copy of an operand.
    Use(Operand),
    /// A unary operation on a scalar.
    Unary(UnOp, Operand),
    /// A binary operation; operand types as in Go.
    Binary(BinOp, Operand, Operand),
    /// A numeric (or same-underlying) conversion of the operand, whose type is `from`, to the
    /// destination's type.
    Convert(Operand, TypeId),
    /// The address of a memory place (rooted at `Alloc`, `Global`, `Deref` or a by-reference `Capture`).
    AddrOf(Place),
    /// `len` of a string or slice.
    Len(Operand),
    /// `cap` of a slice.
    Cap(Operand),
    /// The data pointer of a string or slice.
    DataPtr(Operand),
    /// A slice header from a data pointer, length and capacity.
    MakeSlice(Operand, Operand, Operand),
    /// A string header from a data pointer and length.
    MakeString(Operand, Operand),
    /// `&s[i]` for a slice `s` (already bounds-checked): the element's address.
    ElemAddr(Operand, Operand),
    /// `s[i]` for a string `s` (already bounds-checked): the byte.
    StringByte(Operand, Operand),
    /// `x[lo:hi:max]` of a slice, string, or pointer to array, with Go's bounds checks (which
    /// panic). `None` bounds are the defaults.
    Slice {
        /// The operand being sliced.
        x: Operand,
        /// Low bound.
        lo: Option<Operand>,
        /// High bound.
        hi: Option<Operand>,
        /// Capacity bound.
        max: Option<Operand>,
    },
    /// An interface value from a type word (type descriptor or itab) and a data word.
    MakeIface(Operand, Operand),
    /// The type word of an interface (descriptor or itab; null when nil).
    IfaceTab(Operand),
    /// The data word of an interface.
    IfaceData(Operand),
    /// The dynamic type descriptor of an interface value (through the itab when non-empty; null
    /// when nil).
    IfaceType(Operand),
}

/// The function a call invokes.
#[derive(Clone, Debug, PartialEq)]
pub enum Callee {
    /// A function of this program.
    Direct(FuncId),
    /// A func value (a pointer to a closure object whose first word is the code address).
    Closure(Operand),
    /// Method `method` (index in the interface's sorted method list) of an interface value; the
    /// data word is passed as the receiver.
    Iface(Operand, u32),
    /// A runtime or standard-library function.
    Extern(Extern),
}

/// A straight-line instruction.
#[derive(Clone, Debug, PartialEq)]
pub enum Inst {
    /// `dst = src`.
    Assign {
        /// Destination.
        dst: Place,
        /// Value.
        src: Rvalue,
        /// Source position (for `-m=2` flow explanations and the `-S` listing).
        pos: Pos,
        /// The assignment statement this stores a value of, as gc prints it (for `ignoring
        /// self-assignment in s[0] = s[1]`); `None` for other code.
        text: Option<Box<str>>,
    },
    /// Creates a fresh zeroed object for an `Object`/`Var`/`Array` site (for `Array`, `count`
    /// elements).
    Alloc {
        /// The site.
        site: AllocId,
        /// Element count for `Array` sites.
        count: Option<Operand>,
        /// Source position.
        pos: Pos,
    },
    /// A call; `dsts` receive the results (fewer places than results discards the rest).
    Call {
        /// Where results go.
        dsts: Vec<Place>,
        /// What is called.
        callee: Callee,
        /// Arguments (for `Closure`, the context is implied; for `Iface`, the receiver is implied).
        args: Vec<Operand>,
        /// Source position of the call.
        pos: Pos,
    },
    /// Panics with gc's index-out-of-range message unless `0 <= index < len`.
    BoundsCheck {
        /// The index (any integer type).
        index: Operand,
        /// The length.
        len: Operand,
        /// Source position.
        pos: Pos,
    },
    /// Panics with the nil-dereference message if the pointer operand is nil (used where a fault
    /// would not happen naturally, e.g. a large field offset).
    NilCheck {
        /// The pointer.
        ptr: Operand,
        /// Source position.
        pos: Pos,
    },
    /// `dst = parts[0] + parts[1] + ...` for strings; `site` is a `RuntimeBuffer` site.
    Concat {
        /// Destination.
        dst: Place,
        /// The strings, left to right.
        parts: Vec<Operand>,
        /// The result buffer's site.
        site: AllocId,
        /// Source position.
        pos: Pos,
    },
    /// A string conversion that allocates its result (`string(b)`, `[]byte(s)`, `string(r)`,
    /// `[]rune(s)`, `string(runes)`); `site` is a `RuntimeBuffer` site.
    StringConv {
        /// Destination.
        dst: Place,
        /// Which conversion.
        kind: StringConvKind,
        /// The operand.
        src: Operand,
        /// The result buffer's site.
        site: AllocId,
        /// Source position.
        pos: Pos,
    },
    /// `dst = append(slice, elems...)` (or `append(slice, spread...)` when `spread` is set).
    Append {
        /// Destination.
        dst: Place,
        /// The slice appended to.
        slice: Operand,
        /// Appended elements.
        elems: Vec<Operand>,
        /// A slice (or string, for `[]byte`) whose elements are appended.
        spread: Option<Operand>,
        /// The backing store's site (`RuntimeBuffer`).
        site: AllocId,
        /// Source position.
        pos: Pos,
    },
    /// `copy(dst, src)` for slices (or a string source); `result` receives the count.
    SliceCopy {
        /// Receives the number of elements copied.
        result: Option<Place>,
        /// Destination slice.
        dst: Operand,
        /// Source slice or string.
        src: Operand,
        /// Source position.
        pos: Pos,
    },
    /// `dst = make(map[K]V, hint)` (also map literals). `site` (kind `Object`, type: the map
    /// header) is where the map's header lives; the entries always live in the heap.
    MakeMap {
        /// Destination (a map value).
        dst: Place,
        /// The map type.
        ty: TypeId,
        /// Size hint.
        hint: Option<Operand>,
        /// The header's site.
        site: AllocId,
        /// Source position.
        pos: Pos,
    },
    /// `dst, ok = m[key]` (the zero value when absent).
    MapIndex {
        /// Receives the value.
        dst: Option<Place>,
        /// Receives presence in the comma-ok form.
        ok: Option<Place>,
        /// The map.
        map: Operand,
        /// The key.
        key: Operand,
        /// Source position.
        pos: Pos,
    },
    /// `m[key] = value`: key and value are copied into the map (they escape).
    MapStore {
        /// The map.
        map: Operand,
        /// The key.
        key: Operand,
        /// The value.
        value: Operand,
        /// Source position.
        pos: Pos,
    },
    /// `delete(m, key)`.
    MapDelete {
        /// The map.
        map: Operand,
        /// The key.
        key: Operand,
        /// Source position.
        pos: Pos,
    },
    /// `clear(m)`.
    MapClear {
        /// The map.
        map: Operand,
        /// Source position.
        pos: Pos,
    },
    /// Starts iterating over a map; `iter` is a local of the iterator type.
    MapIterInit {
        /// The iterator state.
        iter: Place,
        /// The map.
        map: Operand,
        /// Source position.
        pos: Pos,
    },
    /// Advances a map iterator: `ok` is false when done, else `key`/`value` receive the entry.
    MapIterNext {
        /// The iterator state.
        iter: Place,
        /// Receives the key.
        key: Option<Place>,
        /// Receives the value.
        value: Option<Place>,
        /// Receives whether an entry was produced.
        ok: Place,
        /// Source position.
        pos: Pos,
    },
    /// `dst = make(chan T, size)`; channels always live in the heap.
    MakeChan {
        /// Destination.
        dst: Place,
        /// The channel type.
        ty: TypeId,
        /// Buffer size.
        size: Option<Operand>,
        /// Source position.
        pos: Pos,
    },
    /// `ch <- value` (the value escapes).
    ChanSend {
        /// The channel.
        ch: Operand,
        /// The value.
        value: Operand,
        /// Source position.
        pos: Pos,
    },
    /// `dst, ok = <-ch`.
    ChanRecv {
        /// Receives the value.
        dst: Option<Place>,
        /// Receives false when the channel is closed and drained.
        ok: Option<Place>,
        /// The channel.
        ch: Operand,
        /// Source position.
        pos: Pos,
    },
    /// `close(ch)`.
    ChanClose {
        /// The channel.
        ch: Operand,
        /// Source position.
        pos: Pos,
    },
    /// `go f(args)`: runs a func value (the lowering wraps the call and its already evaluated
    /// arguments in a closure) in a new goroutine. The closure escapes.
    Go {
        /// The func value to run.
        closure: Operand,
        /// Source position.
        pos: Pos,
    },
    /// `defer f(args)`: registers a func value (a closure over the call and its already evaluated
    /// arguments) with the function's defer frame; deferred calls run last-in first-out when the
    /// body passed to `Extern::RunDeferring` returns or panics.
    Defer {
        /// The defer frame (a pointer to the frame object).
        frame: Operand,
        /// The func value to run.
        closure: Operand,
        /// Source position.
        pos: Pos,
    },
    /// A `select` statement: blocks until one case can proceed (or takes the default), performs
    /// it, and stores its index in `chosen` (-1 for the default case).
    Select {
        /// The communication cases, in source order.
        cases: Vec<SelectCase>,
        /// True if the statement has a `default` case.
        has_default: bool,
        /// Receives the index of the case performed.
        chosen: Place,
        /// Source position.
        pos: Pos,
    },
    /// `dst = recover()`.
    Recover {
        /// Receives the recovered value (an `any`).
        dst: Place,
        /// Source position.
        pos: Pos,
    },
    /// Asserts that interface `x` holds type `ty` (concrete or interface); on success `dst`
    /// receives the value (a `ty`); `ok` receives the success flag in the comma-ok form, otherwise
    /// failure panics.
    TypeAssert {
        /// Receives the asserted value (zero on failure in comma-ok form).
        dst: Option<Place>,
        /// Receives success in the comma-ok form.
        ok: Option<Place>,
        /// The interface value.
        x: Operand,
        /// The asserted type.
        ty: TypeId,
        /// Source position.
        pos: Pos,
    },
}

/// One communication of a [`Inst::Select`].
#[derive(Clone, Debug, PartialEq)]
pub struct SelectCase {
    /// The channel.
    pub ch: Operand,
    /// Send this value (the value escapes), or receive.
    pub send: Option<Operand>,
    /// For a receive: where the value goes.
    pub dst: Option<Place>,
    /// For a receive: where the "channel was open" flag goes.
    pub ok: Option<Place>,
}

/// Which string conversion an [`Inst::StringConv`] performs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StringConvKind {
    /// `string([]byte)`
    BytesToString,
    /// `[]byte(string)`
    StringToBytes,
    /// `string(rune)` (any integer)
    RuneToString,
    /// `[]rune(string)`
    StringToRunes,
    /// `string([]rune)`
    RunesToString,
}

/// The `pos` field of any instruction (by reference or mutably, as `$inst` is).
macro_rules! inst_pos {
    ($inst:expr) => {
        match $inst {
            Inst::Assign { pos, .. }
            | Inst::Alloc { pos, .. }
            | Inst::Call { pos, .. }
            | Inst::BoundsCheck { pos, .. }
            | Inst::NilCheck { pos, .. }
            | Inst::Concat { pos, .. }
            | Inst::StringConv { pos, .. }
            | Inst::Append { pos, .. }
            | Inst::SliceCopy { pos, .. }
            | Inst::TypeAssert { pos, .. }
            | Inst::MakeMap { pos, .. }
            | Inst::MapIndex { pos, .. }
            | Inst::MapStore { pos, .. }
            | Inst::MapDelete { pos, .. }
            | Inst::MapClear { pos, .. }
            | Inst::MapIterInit { pos, .. }
            | Inst::MapIterNext { pos, .. }
            | Inst::MakeChan { pos, .. }
            | Inst::ChanSend { pos, .. }
            | Inst::ChanRecv { pos, .. }
            | Inst::ChanClose { pos, .. }
            | Inst::Go { pos, .. }
            | Inst::Defer { pos, .. }
            | Inst::Select { pos, .. }
            | Inst::Recover { pos, .. } => pos,
        }
    };
}

impl Inst {
    /// The instruction's source position.
    pub fn pos(&self) -> Pos {
        *inst_pos!(self)
    }

    /// The instruction's source position, to rewrite it.
    pub fn pos_mut(&mut self) -> &mut Pos {
        inst_pos!(self)
    }
}

/// The Go type of `place` inside function `f` (`INVALID` if the place is malformed).
pub fn place_type(types: &TypeTable, f: &Function, globals: &[Global], place: &Place) -> TypeId {
    use crate::types::Type;
    let mut t = match &place.base {
        PlaceBase::Local(l) => f.local(*l).ty,
        PlaceBase::Alloc(a) => f.alloc(*a).ty,
        PlaceBase::Global(g) => globals.get(g.index()).map_or(TypeId::INVALID, |g| g.ty),
        PlaceBase::Capture(i) => f
            .captures
            .get(*i as usize)
            .map_or(TypeId::INVALID, |c| c.ty),
        PlaceBase::Deref(l) => match types.under(f.local(*l).ty) {
            Type::Pointer(e) => *e,
            _ => TypeId::INVALID,
        },
    };
    for p in &place.proj {
        t = match (types.under(t), p) {
            (Type::Struct(fields), Proj::Field(i)) => {
                fields.get(*i as usize).map_or(TypeId::INVALID, |f| f.ty)
            }
            (Type::Array(e, _), Proj::Index(_)) => *e,
            _ => TypeId::INVALID,
        };
    }
    t
}

/// The Go type of an operand inside function `f`.
pub fn operand_type(types: &TypeTable, f: &Function, globals: &[Global], o: &Operand) -> TypeId {
    match o {
        Operand::Copy(p) => place_type(types, f, globals, p),
        Operand::Const(c) => match c {
            Const::Int(_, t)
            | Const::Float(_, t)
            | Const::Bool(_, t)
            | Const::Str(_, t)
            | Const::Zero(t)
            | Const::FuncValue(_, t) => *t,
            Const::FuncAddr(_) | Const::TypeDesc(_) | Const::Itab(..) => TypeId::UINTPTR,
        },
    }
}
