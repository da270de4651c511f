//! Compiler-stage checks (stub).
use super::ast::ModuleBody;
use super::error::PResult;
use super::symtable::SymbolTable;
pub(crate) fn check(_m: &ModuleBody, _s: &SymbolTable) -> PResult<()> {
    Ok(())
}
