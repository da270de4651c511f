//! Copy-and-patch stencils: templates generated from the core's micro-op table, compiled per
//! target triple, and the tables of code bytes and holes the JIT copies. Arrives with the backend.
