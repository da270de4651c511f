//! The hash table shared by `set` and `frozenset`: open addressing with CPython's probe sequence
//! (a few linear probes, then perturbation) and its resize rules, so iteration order, and with
//! it `repr`, matches CPython's for the same insertions.
//!
//! As in `dict`, a key's `__eq__` is Python code that may mutate this very set: every comparison
//! is made on a cloned key with no borrow held, and the probe restarts when the table changed.

use alloc::vec::Vec;
use core::cell::{Cell, UnsafeCell};

use super::error::PyResult;
use super::header::Payload;
use super::value::Value;
use crate::runtime::Runtime;

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone, Default)]
pub enum Slot {
    #[default]
    Empty,
    /// A deleted entry: probing continues past it.
    Dummy,
    Full(i64, Value),
}

#[derive(Default)]
pub struct Table {
    /// Empty (never allocated) or a power of two of at least `MIN_SIZE` slots.
    pub slots: Vec<Slot>,
    /// Full + dummy slots.
    pub fill: usize,
    /// Full slots.
    pub used: usize,
    /// Where `pop` starts looking.
    pub finger: usize,
}

pub struct SetData {
    table: UnsafeCell<Table>,
    /// Bytes of slot storage accounted on the heap (released when the set is freed).
    accounted: Cell<usize>,
    /// Bumped on every change; probes restart when it moves under them.
    mutations: Cell<u64>,
    /// frozenset's cached hash; -1 until computed.
    pub hash: Cell<i64>,
}

impl Default for SetData {
    fn default() -> Self {
        SetData {
            table: UnsafeCell::new(Table::default()),
            accounted: Cell::new(0),
            mutations: Cell::new(0),
            hash: Cell::new(-1),
        }
    }
}

impl Payload for SetData {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        for s in self.table().slots.iter() {
            if let Slot::Full(_, k) = s {
                visit(k);
            }
        }
    }
    fn clear(&self) {
        // No runtime at hand: the storage stays accounted until the set is freed.
        self.bump();
        let old = core::mem::take(self.table_mut());
        drop(old);
    }
    fn extra_bytes(&self) -> usize {
        self.accounted.get()
    }
}

enum Probe {
    Found(usize),
    /// Where the key would go, and whether that slot was never used (fill grows).
    Missing(usize, bool),
    Restart,
}

/// Equality without calling Python code, when the types alone decide it.
fn fast_eq(rt: &Runtime, a: &Value, b: &Value) -> Option<bool> {
    if a.is_small_int() && b.is_small_int() {
        return Some(a.is(b));
    }
    let str_ty = rt.types().str;
    if rt.type_of(a) == str_ty && rt.type_of(b) == str_ty {
        return Some(rt.str_bytes(a) == rt.str_bytes(b));
    }
    None
}

impl SetData {
    pub fn table(&self) -> &Table {
        unsafe { &*self.table.get() }
    }
    #[allow(clippy::mut_from_ref)]
    fn table_mut(&self) -> &mut Table {
        unsafe { &mut *self.table.get() }
    }
    fn bump(&self) {
        self.mutations.set(self.mutations.get().wrapping_add(1));
    }
    pub fn mutations(&self) -> u64 {
        self.mutations.get()
    }
    pub fn len(&self) -> usize {
        self.table().used
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// Number of slots (positions for `entry_at`).
    pub fn capacity(&self) -> usize {
        self.table().slots.len()
    }
    /// The key at slot `i` with its hash, if that slot is full.
    pub fn entry_at(&self, i: usize) -> Option<(i64, Value)> {
        match self.table().slots.get(i)? {
            Slot::Full(h, k) => Some((*h, k.clone())),
            _ => None,
        }
    }
    /// Every key with its hash, in table order.
    pub fn entries(&self) -> Vec<(i64, Value)> {
        self.table()
            .slots
            .iter()
            .filter_map(|s| match s {
                Slot::Full(h, k) => Some((*h, k.clone())),
                _ => None,
            })
            .collect()
    }
    pub fn keys(&self) -> Vec<Value> {
        self.entries().into_iter().map(|(_, k)| k).collect()
    }
    /// Gives the accounted storage back to the heap.
    fn release(&self, rt: &Runtime) {
        rt.heap().shrink(self.accounted.get());
        self.accounted.set(0);
    }
    /// Empties the set, handing back the old table to drop outside any borrow.
    pub fn take_table(&self, rt: &Runtime) -> Table {
        self.bump();
        self.release(rt);
        core::mem::take(self.table_mut())
    }
    /// Replaces the whole table (for `intersection_update` and friends).
    pub fn put_table(&self, rt: &Runtime, t: Table) -> Table {
        self.bump();
        self.release(rt);
        let bytes = t.slots.capacity() * size_of::<Slot>();
        // The storage exists already; account it if the limit allows (never fails here).
        if rt.heap().grow(bytes) {
            self.accounted.set(bytes);
        }
        core::mem::replace(self.table_mut(), t)
    }

    fn probe(&self, rt: &Runtime, key: &Value, hash: i64) -> PyResult<Probe> {
        let n = self.table().slots.len();
        if n == 0 {
            return Ok(Probe::Missing(0, true));
        }
        let mask = n - 1;
        let mut i = (hash as usize) & mask;
        let mut perturb = hash as u64;
        let mut free = None;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                match &self.table().slots[j] {
                    Slot::Empty => {
                        return Ok(match free {
                            Some(f) => Probe::Missing(f, false),
                            None => Probe::Missing(j, true),
                        });
                    }
                    Slot::Dummy => {
                        free.get_or_insert(j);
                    }
                    Slot::Full(h, k) if *h == hash => {
                        if k.is(key) {
                            return Ok(Probe::Found(j));
                        }
                        match fast_eq(rt, k, key) {
                            Some(true) => return Ok(Probe::Found(j)),
                            Some(false) => {}
                            None => {
                                let cand = k.clone();
                                let before = self.mutations.get();
                                let eq = rt.eq(&cand, key)?;
                                if self.mutations.get() != before {
                                    return Ok(Probe::Restart);
                                }
                                if eq {
                                    return Ok(Probe::Found(j));
                                }
                            }
                        }
                    }
                    Slot::Full(..) => {}
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// Looks `key` up. Most lookups end at the first slot (empty, or the very key: sets of
    /// small ints and interned strs), decided here without the probe loop.
    #[inline]
    fn find(&self, rt: &Runtime, key: &Value, hash: i64) -> PyResult<Probe> {
        let slots = &self.table().slots;
        if !slots.is_empty() {
            let i = (hash as usize) & (slots.len() - 1);
            match slots.get(i) {
                Some(Slot::Empty) => return Ok(Probe::Missing(i, true)),
                Some(Slot::Full(h, k)) if *h == hash && k.is(key) => return Ok(Probe::Found(i)),
                _ => {}
            }
        }
        self.find_slow(rt, key, hash)
    }

    #[inline(never)]
    fn find_slow(&self, rt: &Runtime, key: &Value, hash: i64) -> PyResult<Probe> {
        loop {
            match self.probe(rt, key, hash)? {
                Probe::Restart => continue,
                p => return Ok(p),
            }
        }
    }

    pub fn contains_hashed(&self, rt: &Runtime, key: &Value, hash: i64) -> PyResult<bool> {
        Ok(matches!(self.find(rt, key, hash)?, Probe::Found(_)))
    }

    /// Adds `key`; false when it was already present.
    pub fn add_hashed(&self, rt: &Runtime, key: Value, hash: i64) -> PyResult<bool> {
        loop {
            if self.table().slots.is_empty() {
                self.resize(rt, 0)?;
            }
            let (slot, fresh) = match self.find(rt, &key, hash)? {
                Probe::Found(_) => return Ok(false),
                Probe::Missing(slot, fresh) => (slot, fresh),
                Probe::Restart => continue,
            };
            // A comparison may have emptied the set (and its table) before we got here.
            if slot >= self.table().slots.len() {
                continue;
            }
            let t = self.table_mut();
            t.slots[slot] = Slot::Full(hash, key);
            t.used += 1;
            if fresh {
                t.fill += 1;
            }
            self.bump();
            let mask = t.slots.len() - 1;
            if fresh && t.fill * 5 >= mask * 3 {
                let used = t.used;
                self.resize(rt, if used > 50000 { used * 2 } else { used * 4 })?;
            }
            return Ok(true);
        }
    }

    /// Removes `key`, returning it (dropped by the caller after the borrow ends).
    pub fn discard_hashed(&self, rt: &Runtime, key: &Value, hash: i64) -> PyResult<Option<Value>> {
        match self.find(rt, key, hash)? {
            Probe::Found(i) => {
                let t = self.table_mut();
                let old = core::mem::replace(&mut t.slots[i], Slot::Dummy);
                t.used -= 1;
                self.bump();
                Ok(match old {
                    Slot::Full(_, k) => Some(k),
                    _ => None,
                })
            }
            _ => Ok(None),
        }
    }

    /// Removes and returns an arbitrary key (CPython's order: from the finger onwards).
    pub fn pop_any(&self) -> Option<Value> {
        let t = self.table_mut();
        if t.used == 0 {
            return None;
        }
        let n = t.slots.len();
        let mut i = t.finger & (n - 1);
        while !matches!(t.slots[i], Slot::Full(..)) {
            i = (i + 1) & (n - 1);
        }
        let old = core::mem::replace(&mut t.slots[i], Slot::Dummy);
        t.used -= 1;
        t.finger = i + 1;
        self.bump();
        match old {
            Slot::Full(_, k) => Some(k),
            _ => None,
        }
    }

    /// Rebuilds the table with room for `minused` keys (never calls Python code).
    pub fn resize(&self, rt: &Runtime, minused: usize) -> PyResult<()> {
        let mut size = MIN_SIZE;
        while size <= minused {
            size = size.checked_mul(2).ok_or_else(|| rt.memory_error())?;
        }
        let bytes = size
            .checked_mul(size_of::<Slot>())
            .ok_or_else(|| rt.memory_error())?;
        if !rt.heap().grow(bytes) {
            return Err(rt.memory_error());
        }
        let mut slots: Vec<Slot> = Vec::new();
        if slots.try_reserve_exact(size).is_err() {
            rt.heap().shrink(bytes);
            return Err(rt.memory_error());
        }
        // A counted fill is a plain loop of tag stores (`resize` clones the element generically).
        slots.extend((0..size).map(|_| Slot::Empty));
        self.release(rt);
        self.accounted.set(bytes);
        let t = self.table_mut();
        let old = core::mem::replace(&mut t.slots, slots);
        for s in old {
            if let Slot::Full(h, k) = s {
                insert_clean(&mut t.slots, h, k);
            }
        }
        t.fill = t.used;
        self.bump();
        Ok(())
    }

    /// CPython's `set_merge` of another set's entries (keeps its table shortcuts, which decide
    /// the resulting order).
    pub fn merge(&self, rt: &Runtime, other: &SetData) -> PyResult<()> {
        if core::ptr::eq(self, other) || other.is_empty() {
            return Ok(());
        }
        let entries = other.entries();
        let (ofill, oused, oslots) = {
            let o = other.table();
            (o.fill, o.used, o.slots.len())
        };
        if self.table().slots.is_empty() {
            self.resize(rt, 0)?;
        }
        let t = self.table();
        if (t.fill + oused) * 5 >= (t.slots.len() - 1) * 3 {
            let used = t.used;
            self.resize(rt, (used + oused) * 2)?;
        }
        let t = self.table_mut();
        if t.fill == 0 && t.slots.len() == oslots && ofill == oused {
            t.slots = other.table().slots.clone();
            t.fill = oused;
            t.used = oused;
            self.bump();
            return Ok(());
        }
        if t.fill == 0 {
            for (h, k) in entries {
                insert_clean(&mut t.slots, h, k);
            }
            t.fill = oused;
            t.used = oused;
            self.bump();
            return Ok(());
        }
        for (h, k) in entries {
            self.add_hashed(rt, k, h)?;
        }
        Ok(())
    }

    /// Makes room for `extra` keys the way CPython does before merging a dict's keys.
    pub fn presize(&self, rt: &Runtime, extra: usize) -> PyResult<()> {
        if self.table().slots.is_empty() {
            self.resize(rt, 0)?;
        }
        let t = self.table();
        if (t.fill + extra) * 5 >= (t.slots.len() - 1) * 3 {
            let used = t.used;
            self.resize(rt, (used + extra) * 2)?;
        }
        Ok(())
    }
}

/// Inserts a key known to be absent into a table without dummies.
fn insert_clean(slots: &mut [Slot], hash: i64, key: Value) {
    let mask = slots.len() - 1;
    let mut i = (hash as usize) & mask;
    let mut perturb = hash as u64;
    loop {
        if matches!(slots[i], Slot::Empty) {
            slots[i] = Slot::Full(hash, key);
            return;
        }
        if i + LINEAR_PROBES <= mask
            && let Some(s) = slots[i + 1..=i + LINEAR_PROBES]
                .iter_mut()
                .find(|s| matches!(s, Slot::Empty))
        {
            *s = Slot::Full(hash, key);
            return;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i
            .wrapping_mul(5)
            .wrapping_add(1)
            .wrapping_add(perturb as usize))
            & mask;
    }
}

/// CPython's frozenset hash: independent of the table layout, so equal sets hash equally.
pub fn frozenset_hash_of(hashes: impl Iterator<Item = i64>, len: usize) -> i64 {
    fn shuffle(h: u64) -> u64 {
        ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
    }
    let mut hash: u64 = 0;
    for h in hashes {
        hash ^= shuffle(h as u64);
    }
    hash ^= (len as u64 + 1).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    if hash == u64::MAX {
        590923713
    } else {
        hash as i64
    }
}
