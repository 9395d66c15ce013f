//! A small helper for constructing [`Function`]s block by block.
//!
//! The builder keeps a *current block*; instructions are appended to it until it is terminated.
//! Code emitted after a terminator (for example after `return` inside a loop body) goes to a fresh
//! unreachable block, so callers never have to track whether the current block is still open.

use super::*;

/// Builds one function.
#[derive(Debug)]
pub struct FunctionBuilder {
    func: Function,
    current: BlockId,
    terminated: Vec<bool>,
    /// gc's loop depth for new blocks, locals and sites.
    pub loop_depth: u32,
}

impl FunctionBuilder {
    /// Starts a function with an empty entry block at loop depth 1.
    pub fn new(name: String, symbol: String, pos: Pos, kind: FuncKind) -> FunctionBuilder {
        let func = Function {
            name,
            symbol,
            pos,
            kind,
            params: Vec::new(),
            results: Vec::new(),
            captures: Vec::new(),
            locals: Vec::new(),
            allocs: Vec::new(),
            blocks: Vec::new(),
            inline: None,
        };
        let mut builder = FunctionBuilder {
            func,
            current: BlockId(0),
            terminated: Vec::new(),
            loop_depth: 1,
        };
        builder.current = builder.new_block();
        builder
    }

    /// The function under construction.
    pub fn func(&self) -> &Function {
        &self.func
    }

    /// Mutable access to the function under construction.
    pub fn func_mut(&mut self) -> &mut Function {
        &mut self.func
    }

    /// Adds a local.
    pub fn new_local(&mut self, name: &str, ty: TypeId, pos: Pos, kind: LocalKind) -> LocalId {
        self.func.locals.push(LocalDecl {
            name: name.to_string(),
            ty,
            pos,
            kind,
            loop_depth: self.loop_depth,
        });
        LocalId(self.func.locals.len() as u32 - 1)
    }

    /// Adds a temporary local.
    pub fn temp(&mut self, ty: TypeId) -> LocalId {
        self.new_local("", ty, crate::source::NO_POS, LocalKind::Temp)
    }

    /// Adds a parameter local.
    pub fn add_param(&mut self, name: &str, ty: TypeId, pos: Pos) -> LocalId {
        let l = self.new_local(name, ty, pos, LocalKind::Param);
        self.func.params.push(l);
        l
    }

    /// Adds a result local.
    pub fn add_result(&mut self, name: &str, ty: TypeId, pos: Pos) -> LocalId {
        let l = self.new_local(name, ty, pos, LocalKind::Result);
        self.func.results.push(l);
        l
    }

    /// Adds an allocation site (initially placed on the heap).
    pub fn new_alloc(&mut self, ty: TypeId, kind: AllocKind, pos: Pos, text: String) -> AllocId {
        self.func.allocs.push(AllocSite {
            ty,
            kind,
            pos,
            text,
            loop_depth: self.loop_depth,
            placement: Placement::Heap,
            const_count: None,
            static_value: None,
            read_only: false,
        });
        AllocId(self.func.allocs.len() as u32 - 1)
    }

    /// Adds an empty block at the current loop depth (not yet the current block).
    pub fn new_block(&mut self) -> BlockId {
        self.func.blocks.push(Block {
            insts: Vec::new(),
            term: Terminator::Unreachable,
            loop_depth: self.loop_depth,
        });
        self.terminated.push(false);
        BlockId(self.func.blocks.len() as u32 - 1)
    }

    /// The block instructions currently go to.
    pub fn current_block(&self) -> BlockId {
        self.current
    }

    /// Makes `block` the current block.
    pub fn switch_to(&mut self, block: BlockId) {
        self.current = block;
    }

    /// True if the current block already has its terminator.
    pub fn is_terminated(&self) -> bool {
        self.terminated[self.current.index()]
    }

    /// Appends an instruction to the current block.
    pub fn push(&mut self, inst: Inst) {
        if self.is_terminated() {
            let dead = self.new_block();
            self.current = dead;
        }
        self.func.blocks[self.current.index()].insts.push(inst);
    }

    /// Appends `dst = src`.
    pub fn assign(&mut self, dst: Place, src: Rvalue, pos: Pos) {
        self.push(Inst::Assign {
            dst,
            src,
            pos,
            text: None,
        });
    }

    /// Appends `dst = src` storing a value of the assignment statement printed as `text`.
    pub fn assign_stmt(&mut self, dst: Place, src: Rvalue, pos: Pos, text: &str) {
        self.push(Inst::Assign {
            dst,
            src,
            pos,
            text: Some(text.into()),
        });
    }

    /// Ends the current block (a no-op if it is already terminated).
    pub fn terminate(&mut self, term: Terminator) {
        if self.is_terminated() {
            return;
        }
        let i = self.current.index();
        self.func.blocks[i].term = term;
        self.terminated[i] = true;
    }

    /// Jumps to `target` unless the current block is already terminated.
    pub fn goto(&mut self, target: BlockId) {
        self.terminate(Terminator::Goto(target));
    }

    /// Finishes the function; an open final block returns.
    pub fn finish(mut self) -> Function {
        for (i, done) in self.terminated.iter().enumerate() {
            if !done {
                self.func.blocks[i].term = Terminator::Return;
            }
        }
        self.func
    }
}
