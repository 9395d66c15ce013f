//! The data layouts shared between compiled Go code and the runtime.
//!
//! The backend emits these structures as read-only data and passes pointers to them; this module is
//! the single Rust definition of their layout. Every struct is `#[repr(C)]` and 8-byte aligned;
//! offsets are given in the comments because the backend writes them by hand
//! (`backend/src/rtabi.rs` mirrors the numbers). Changing a layout means changing both.

/// A Go string header: `{ptr, len}` (16 bytes). `ptr` may be dangling when `len == 0`.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct GoString {
    /// Offset 0: the bytes (not NUL-terminated, not necessarily UTF-8).
    pub ptr: *const u8,
    /// Offset 8: the length in bytes.
    pub len: i64,
}

impl GoString {
    /// The empty string.
    pub const EMPTY: GoString = GoString {
        ptr: core::ptr::null(),
        len: 0,
    };

    /// The string's bytes.
    ///
    /// # Safety
    /// `ptr` must point to `len` readable bytes (or `len` must be 0).
    pub unsafe fn as_bytes<'a>(self) -> &'a [u8] {
        if self.len == 0 {
            &[]
        } else {
            core::slice::from_raw_parts(self.ptr, self.len as usize)
        }
    }
}

/// A Go slice header: `{ptr, len, cap}` (24 bytes).
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct GoSlice {
    /// Offset 0: the first element.
    pub ptr: *mut u8,
    /// Offset 8: the length in elements.
    pub len: i64,
    /// Offset 16: the capacity in elements.
    pub cap: i64,
}

/// A Go interface value: `{tab, data}` (16 bytes).
///
/// For an empty interface (`any`) `tab` is the dynamic type's [`TypeDesc`]; for a non-empty
/// interface it is an [`Itab`] whose first word is that `TypeDesc`. `tab` is null for a nil
/// interface. `data` holds the value itself when the type is pointer-shaped
/// ([`FLAG_DIRECT_IFACE`]) and otherwise points to a (boxed) copy of the value.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct Iface {
    /// Offset 0: `*const TypeDesc` or `*const Itab`.
    pub tab: *const u8,
    /// Offset 8: the value or a pointer to it.
    pub data: *mut u8,
}

/// Kinds, numbered as Go's `reflect.Kind`.
pub mod kind {
    /// `bool`
    pub const BOOL: u8 = 1;
    /// `int`
    pub const INT: u8 = 2;
    /// `int8`
    pub const INT8: u8 = 3;
    /// `int16`
    pub const INT16: u8 = 4;
    /// `int32`
    pub const INT32: u8 = 5;
    /// `int64`
    pub const INT64: u8 = 6;
    /// `uint`
    pub const UINT: u8 = 7;
    /// `uint8`
    pub const UINT8: u8 = 8;
    /// `uint16`
    pub const UINT16: u8 = 9;
    /// `uint32`
    pub const UINT32: u8 = 10;
    /// `uint64`
    pub const UINT64: u8 = 11;
    /// `uintptr`
    pub const UINTPTR: u8 = 12;
    /// `float32`
    pub const FLOAT32: u8 = 13;
    /// `float64`
    pub const FLOAT64: u8 = 14;
    /// `complex64`
    pub const COMPLEX64: u8 = 15;
    /// `complex128`
    pub const COMPLEX128: u8 = 16;
    /// `[N]T`
    pub const ARRAY: u8 = 17;
    /// `chan T`
    pub const CHAN: u8 = 18;
    /// `func(...)`
    pub const FUNC: u8 = 19;
    /// `interface{...}`
    pub const INTERFACE: u8 = 20;
    /// `map[K]V`
    pub const MAP: u8 = 21;
    /// `*T`
    pub const POINTER: u8 = 22;
    /// `[]T`
    pub const SLICE: u8 = 23;
    /// `string`
    pub const STRING: u8 = 24;
    /// `struct{...}`
    pub const STRUCT: u8 = 25;
    /// `unsafe.Pointer`
    pub const UNSAFE_POINTER: u8 = 26;
}

/// [`TypeDesc::flags`] bit: values contain pointers.
pub const FLAG_HAS_POINTERS: u8 = 1;
/// [`TypeDesc::flags`] bit: the value is stored directly in an interface's data word.
pub const FLAG_DIRECT_IFACE: u8 = 2;
/// [`TypeDesc::flags`] bit: a defined (named) type.
pub const FLAG_NAMED: u8 = 4;
/// [`TypeDesc::flags`] bit: values are comparable with `==`.
pub const FLAG_COMPARABLE: u8 = 8;

/// A runtime type descriptor (80 bytes). One per distinct type per program, so descriptor pointer
/// equality is type identity.
#[repr(C)]
#[derive(Debug)]
pub struct TypeDesc {
    /// Offset 0: size of a value in bytes.
    pub size: u64,
    /// Offset 8: alignment in bytes.
    pub align: u32,
    /// Offset 12: one of [`kind`].
    pub kind: u8,
    /// Offset 13: `FLAG_*` bits.
    pub flags: u8,
    /// Offset 14: padding.
    pub _pad: u16,
    /// Offset 16: the type as `%T` prints it (`main.T`, `[]int`, `map[string]int`, `*main.T`).
    pub name: GoString,
    /// Offset 32: element type of a pointer, slice, array or channel; value type of a map.
    pub elem: *const TypeDesc,
    /// Offset 40: key type of a map.
    pub key: *const TypeDesc,
    /// Offset 48: array length; number of struct fields; number of interface methods.
    pub len: u64,
    /// Offset 56: struct fields (`len` of them), or null.
    pub fields: *const FieldDesc,
    /// Offset 64: the method set, sorted by name. For a concrete type these are callable with the
    /// interface data word as receiver; for an interface type `func` is null.
    pub methods: *const MethodDesc,
    /// Offset 72: number of entries in `methods`.
    pub nmethods: u64,
}

/// A struct field of a [`TypeDesc`] (40 bytes).
#[repr(C)]
#[derive(Debug)]
pub struct FieldDesc {
    /// Offset 0: field name.
    pub name: GoString,
    /// Offset 16: field type.
    pub typ: *const TypeDesc,
    /// Offset 24: byte offset in the struct.
    pub offset: u64,
    /// Offset 32: 1 if embedded, else 0.
    pub embedded: u64,
}

/// A method of a [`TypeDesc`] (32 bytes).
#[repr(C)]
#[derive(Debug)]
pub struct MethodDesc {
    /// Offset 0: method name.
    pub name: GoString,
    /// Offset 16: the method's signature type (a func type descriptor), for identity checks.
    pub sig: *const TypeDesc,
    /// Offset 24: entry point taking the interface data word as first argument (C calling
    /// convention), or null in an interface's descriptor.
    pub func: *const u8,
}

/// An interface table: the dynamic type followed by one entry point per interface method, in the
/// interface's (sorted) method order. Variable length: `16 + 8 * nmethods` bytes.
#[repr(C)]
#[derive(Debug)]
pub struct Itab {
    /// Offset 0: the dynamic type.
    pub typ: *const TypeDesc,
    /// Offset 8: the interface's descriptor.
    pub iface: *const TypeDesc,
    /// Offset 16: entry points (only the first is declared; the rest follow).
    pub fns: [*const u8; 1],
}

/// Size of a map header (`runtime.hmap`'s counterpart). A map value is a pointer to one. The
/// compiler zero-initialises the header (possibly on the stack, when the map does not escape) and
/// calls `gosub_map_init`; offset 0 holds the number of entries as an `i64`, so `len(m)` is a
/// load. The runtime never moves a header; everything it points to comes from `gosub_alloc`.
pub const MAP_HEADER_BYTES: u64 = 48;

/// Size of a map iterator, owned by the compiler (usually a stack slot). After
/// `gosub_map_iter_next` returns 1, offset 0 holds a pointer to the key and offset 8 a pointer to
/// the value.
pub const MAP_ITER_BYTES: u64 = 64;

/// Size of a defer frame (`unwind::DeferFrame`): a function containing `defer` allocates one,
/// zeroed (on its stack or in the heap, as a pointer-holding object), and passes it to
/// `gosub_run_deferring` and `gosub_defer_push`. The compiler never reads it.
pub const DEFER_FRAME_BYTES: u64 = 256;
