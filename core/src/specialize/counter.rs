//! The adaptive counter kept in an instruction's first inline cache unit.
//!
//! 16 bits: a 12-bit count in the high bits, a 4-bit backoff exponent in the low bits (the
//! layout CPython 3.13 describes). A generic instruction counts down on each execution and
//! tries to specialize when the count reaches zero; a specialized one counts down on each miss
//! and re-specializes at zero.

const BACKOFF_BITS: u16 = 4;
const MAX_BACKOFF: u16 = 12;

const fn make(value: u16, backoff: u16) -> u16 {
    (value << BACKOFF_BITS) | backoff
}

/// Fresh code: specialize on the second execution.
pub const WARMUP: u16 = make(1, 1);
/// After a successful specialization: this many misses before trying again.
pub const COOLDOWN: u16 = make(52, 0);

#[inline(always)]
pub fn triggers(c: u16) -> bool {
    c >> BACKOFF_BITS == 0
}

#[inline(always)]
pub fn decrement(c: u16) -> u16 {
    c.wrapping_sub(1 << BACKOFF_BITS)
}

/// After a failed specialization: wait twice as long as last time (up to 2**12 - 1).
pub fn backoff(c: u16) -> u16 {
    let b = ((c & ((1 << BACKOFF_BITS) - 1)) + 1).min(MAX_BACKOFF);
    make((1 << b) - 1, b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_down_and_backs_off() {
        assert!(!triggers(WARMUP));
        assert!(triggers(decrement(WARMUP)));
        let mut c = backoff(decrement(WARMUP));
        let mut n = 0;
        while !triggers(c) {
            c = decrement(c);
            n += 1;
        }
        assert_eq!(n, 3);
        assert_eq!(backoff(make(0, 12)) >> BACKOFF_BITS, 4095);
        assert_eq!(COOLDOWN >> BACKOFF_BITS, 52);
    }
}
