//! Unit tests: small IR programs built by hand, checked for placements and diagnostics.
