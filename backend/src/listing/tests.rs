//! Listings of hand-assembled functions: decoding, relocations, positions and site marks.

use middle::ir::Placement;
use middle::source::{Pos, SourceMap};

use super::{arm64, render, x86};
use crate::{CompiledFunction, Output, PlacedSite, Target};

fn texts(insns: &[super::Insn]) -> Vec<String> {
    insns
        .iter()
        .map(|i| format!("{:#x} {}", i.offset, i.text))
        .collect()
}

#[test]
fn x86_calls_and_data_references_name_their_symbol() {
    // push rbp; mov rbp, rsp; call rel32; lea rdi, [rip+disp32]; jmp -2 (to itself); pop rbp; ret
    let bytes = [
        0x55, 0x48, 0x89, 0xe5, 0xe8, 0, 0, 0, 0, 0x48, 0x8d, 0x3d, 0, 0, 0, 0, 0xeb, 0xfe, 0x5d,
        0xc3,
    ];
    let relocs = vec![(5, "gosub_alloc".to_string()), (12, "go:data".to_string())];
    let insns = x86::decode(&bytes, &relocs);
    assert_eq!(
        texts(&insns),
        [
            "0x0 push rbp",
            "0x1 mov rbp, rsp",
            "0x4 call gosub_alloc",
            "0x9 lea rdi, [go:data]",
            "0x10 jmp 0x10",
            "0x12 pop rbp",
            "0x13 ret"
        ]
    );
    assert_eq!(insns[2].callee.as_deref(), Some("gosub_alloc"));
    assert_eq!(insns[3].callee, None);
}

#[test]
fn x86_constant_pool_is_data_and_bad_bytes_resynchronise() {
    // movsd xmm0, [rip+2] (the constant after `ret` and one padding byte); ret; pad; constant.
    let mut bytes = vec![
        0xf2, 0x0f, 0x10, 0x05, 0x02, 0, 0, 0, 0xc3, 0x90, 0, 0, 0, 0, 0, 0, 0xf0, 0x3f,
    ];
    let insns = x86::decode(&bytes, &[]);
    let t = texts(&insns);
    assert_eq!(t[0], "0x0 movsd xmm0, [0xa]");
    assert_eq!(t[1..3], ["0x8 ret", "0x9 nop"]);
    assert!(t[3..].iter().all(|l| l.contains(".byte")), "{t:?}");
    // Zero padding between the code and an aligned constant is data too.
    bytes = vec![
        0xf2, 0x0f, 0x10, 0x05, 0x08, 0, 0, 0, 0xc3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xf0,
        0x3f,
    ];
    assert_eq!(
        texts(&x86::decode(&bytes, &[])),
        [
            "0x0 movsd xmm0, [0x10]",
            "0x8 ret",
            "0x9 .byte 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00",
            "0x10 .quad 0x3ff0000000000000"
        ]
    );
    // An undecodable byte (0x06 is invalid in 64-bit mode) is printed as data; decoding goes on.
    bytes = vec![0x06, 0xc3];
    assert_eq!(
        texts(&x86::decode(&bytes, &[])),
        ["0x0 .byte 0x06", "0x1 ret"]
    );
}

#[test]
fn arm64_branches_calls_and_addresses() {
    let words: [u32; 7] = [
        0xa9bf7bfd, // stp x29, x30, [sp, #-0x10]!
        0x94000000, // bl <reloc>
        0x90000000, // adrp x0, <reloc>
        0x91000000, // add x0, x0, #0 <reloc>
        0x14000002, // b +8
        0xd503201f, // nop
        0xd65f03c0, // ret
    ];
    let bytes: Vec<u8> = words.iter().flat_map(|w| w.to_le_bytes()).collect();
    let relocs = vec![
        (4, "main.f".to_string()),
        (8, "go:data".to_string()),
        (12, "go:data".to_string()),
    ];
    let insns = arm64::decode(&bytes, &relocs);
    let t = texts(&insns);
    assert!(t[0].starts_with("0x0 stp x29, x30, [sp, #-0x10]!"), "{t:?}");
    assert_eq!(
        &t[1..5],
        [
            "0x4 bl main.f",
            "0x8 adrp x0, go:data",
            "0xc add x0, x0, :lo12:go:data",
            "0x10 b 0x18"
        ]
    );
    assert_eq!(t[6], "0x18 ret");
    assert_eq!(insns[1].callee.as_deref(), Some("main.f"));
}

#[test]
fn arm64_literal_pool_is_data() {
    let words: [u32; 5] = [
        0x5c000040, // ldr d0, +8
        0x14000003, // b +12
        0x00000000, // the constant (low word)
        0x3ff00000, // the constant (high word)
        0xd65f03c0, // ret
    ];
    let bytes: Vec<u8> = words.iter().flat_map(|w| w.to_le_bytes()).collect();
    let t = texts(&arm64::decode(&bytes, &[]));
    assert_eq!(
        t,
        [
            "0x0 ldr d0, 0x8",
            "0x4 b 0x10",
            "0x8 .word 0x00000000",
            "0xc .word 0x3ff00000",
            "0x10 ret"
        ]
    );
}

#[test]
fn sites_are_marked_on_their_allocation_call_and_slot() {
    let mut map = SourceMap::new();
    let src = "package main\n\nfunc f() {\n\tp := &T{}\n\tq := make([]int, 8)\n}\n";
    map.add_file("./x.go".into(), src.into());
    let pos = |line: usize| {
        Pos(src
            .lines()
            .take(line - 1)
            .map(|l| l.len() as u32 + 1)
            .sum::<u32>()
            + 6)
    };
    // mov qword [rsp+0x10], 0 (x.go:4); mov edi, 64 (x.go:5); call gosub_alloc (x.go:5); ret
    let bytes = vec![
        0x48, 0xc7, 0x44, 0x24, 0x10, 0, 0, 0, 0, 0xbf, 0x40, 0, 0, 0, 0xe8, 0, 0, 0, 0, 0xc3,
    ];
    let f = CompiledFunction {
        symbol: "main.f".into(),
        user: true,
        bytes,
        relocs: vec![(15, "gosub_alloc".into())],
        srclocs: vec![(0, 9, pos(4)), (9, 19, pos(5))],
        sites: vec![
            PlacedSite {
                pos: pos(4),
                text: "&T{}".into(),
                placement: Placement::Stack,
                frame_offset: Some(16),
            },
            PlacedSite {
                pos: pos(5),
                text: "make([]int, 8)".into(),
                placement: Placement::Heap,
                frame_offset: None,
            },
            PlacedSite {
                pos: pos(3),
                text: "".into(),
                placement: Placement::Heap,
                frame_offset: None,
            },
        ],
        frame_size: 32,
    };
    let helper = CompiledFunction {
        symbol: "main.f·tramp".into(),
        user: false,
        ..f.clone()
    };
    let output = Output {
        object: Vec::new(),
        functions: vec![f, helper],
    };
    let listing = render(&output, &map, Target::Amd64);
    let lines: Vec<&str> = listing.lines().collect();
    assert_eq!(lines[0], "main.f STEXT size=20 frame=32 stack=1 heap=2");
    assert_eq!(
        lines[1],
        "\t; heap: <autogenerated> (x.go:3): no allocation call at its position"
    );
    assert_eq!(
        lines[2],
        "\t0x0000 00000 (x.go:4)\tmov qword ptr [rsp+0x10], 0x0\t; stack: &T{} (x.go:4) at [sp+16]"
    );
    assert_eq!(lines[3], "\t0x0009 00009 (x.go:5)\tmov edi, 0x40");
    assert_eq!(
        lines[4],
        "\t0x000e 00014 (x.go:5)\tcall gosub_alloc\t; heap: make([]int, 8) (x.go:5)"
    );
    assert_eq!(lines[5], "\t0x0013 00019 (-)\tret");
    assert_eq!(lines.len(), 6, "only user functions are listed:\n{listing}");
}

#[test]
fn stack_sites_without_a_position_are_marked_where_their_slot_is_addressed() {
    let mut map = SourceMap::new();
    map.add_file("./y.go".into(), "package main\n\nfunc g() {}\n".into());
    let site = PlacedSite {
        pos: Pos(14),
        text: "... argument".into(),
        placement: Placement::Stack,
        frame_offset: Some(16),
    };
    let function = |bytes: Vec<u8>| CompiledFunction {
        symbol: "main.g".into(),
        user: true,
        bytes,
        relocs: Vec::new(),
        srclocs: Vec::new(),
        sites: vec![site.clone()],
        frame_size: 32,
    };
    // xor eax, eax; lea rdi, [rsp+0x10]; ret
    let amd64 = function(vec![0x31, 0xc0, 0x48, 0x8d, 0x7c, 0x24, 0x10, 0xc3]);
    let listing = render(
        &Output {
            object: Vec::new(),
            functions: vec![amd64],
        },
        &map,
        Target::Amd64,
    );
    assert!(
        listing.contains("\tlea rdi, [rsp+0x10]\t; stack: ... argument (y.go:3) at [sp+16]\n"),
        "{listing}"
    );
    // mov x0, #0; add x1, sp, #0x10; ret
    let words: [u32; 3] = [0xd2800000, 0x910043e1, 0xd65f03c0];
    let arm64 = function(words.iter().flat_map(|w| w.to_le_bytes()).collect());
    let listing = render(
        &Output {
            object: Vec::new(),
            functions: vec![arm64],
        },
        &map,
        Target::Arm64,
    );
    assert!(
        listing.contains("\tadd x1, sp, #0x10\t; stack: ... argument (y.go:3) at [sp+16]\n"),
        "{listing}"
    );
}
