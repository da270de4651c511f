//! `dict`: a compact, insertion-ordered hash table (an index array into a dense entry array).
//!
//! We probe our own table instead of using hashbrown here because a key's `__eq__` is Python code:
//! it can mutate this very dict in the middle of a lookup. Every probe step that calls out drops
//! its borrow first and restarts if the table changed meanwhile, as CPython does.

use alloc::vec;
use alloc::vec::Vec;
use core::cell::{Cell, UnsafeCell};

use super::error::PyResult;
use super::header::{Payload, alloc_object};
use super::typeobj::flags;
use super::value::Value;
use crate::runtime::Runtime;

const EMPTY: u32 = u32::MAX;
const DELETED: u32 = u32::MAX - 1;

/// The next index slot of a probe sequence (CPython's: `5 * i + 1 + perturb`).
#[inline(always)]
fn next_slot(i: usize, perturb: &mut u64, mask: usize) -> usize {
    *perturb >>= 5;
    i.wrapping_mul(5)
        .wrapping_add(1)
        .wrapping_add(*perturb as usize)
        & mask
}
const MIN_SIZE: usize = 8;

/// `repr(C)`: the same offsets on i686 Windows and i686 Linux (see `Runtime`).
#[repr(C)]
pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

#[derive(Default)]
struct Table {
    /// Slots holding an index into `entries`, or EMPTY/DELETED. Length is a power of two (or 0).
    indices: Vec<u32>,
    /// Entries in insertion order; `None` where one was deleted.
    entries: Vec<Option<Entry>>,
    used: usize,
}

#[derive(Default)]
pub struct DictData {
    table: UnsafeCell<Table>,
    /// Specialization caches' keys version: 0 until a cache asks (`assign_keys_version`),
    /// reset to 0 on every change to the set of keys or their positions, so a cached version
    /// (unique per runtime) names both this dict and its current layout.
    keys_version: Cell<u32>,
    /// Bumped on every mutation at all (for iteration checks and caches of values).
    mutations: Cell<u64>,
    /// Bytes of table storage accounted on the heap; released when the dict is freed or its
    /// table is rebuilt.
    accounted: Cell<usize>,
}

impl Payload for DictData {
    const GC: bool = true;
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        for e in unsafe { (*self.table.get()).entries.iter().flatten() } {
            visit(&e.key);
            visit(&e.value);
        }
    }
    fn extra_bytes(&self) -> usize {
        self.accounted.get()
    }
    fn clear(&self) {
        let old = core::mem::take(unsafe { &mut *self.table.get() });
        self.bump(true);
        drop(old);
    }
}

enum Probe {
    Found {
        slot: usize,
        entry: usize,
    },
    Missing {
        slot: usize,
    },
    /// The table changed while a key's `__eq__` ran: look again.
    Restart,
}

impl DictData {
    #[inline]
    fn table(&self) -> &Table {
        unsafe { &*self.table.get() }
    }
    #[allow(clippy::mut_from_ref)]
    fn table_mut(&self) -> &mut Table {
        unsafe { &mut *self.table.get() }
    }
    fn bump(&self, keys_changed: bool) {
        self.mutations.set(self.mutations.get().wrapping_add(1));
        if keys_changed {
            self.keys_version.set(0);
        }
    }

    pub fn len(&self) -> usize {
        self.table().used
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    #[inline(always)]
    pub fn keys_version(&self) -> u32 {
        self.keys_version.get()
    }
    /// The keys version, giving the dict a fresh one from `next` if it has none; 0 when the
    /// runtime ran out of versions (the caller then does not cache).
    pub fn assign_keys_version(&self, next: &Cell<u32>) -> u32 {
        if self.keys_version.get() == 0 {
            let v = next.get();
            if v == u32::MAX {
                return 0;
            }
            next.set(v + 1);
            self.keys_version.set(v);
        }
        self.keys_version.get()
    }
    /// The value of the live entry at position `i` (for caches that recorded the position).
    #[inline(always)]
    pub fn value_at(&self, i: usize) -> Option<Value> {
        self.table()
            .entries
            .get(i)?
            .as_ref()
            .map(|e| e.value.clone())
    }
    /// Replaces the value of the live entry at position `i` (a cache's recorded position),
    /// returning the old one to drop after the borrow ends; None when no entry is there.
    pub fn replace_value_at(&self, i: usize, value: Value) -> Option<Value> {
        let e = self.table_mut().entries.get_mut(i)?.as_mut()?;
        let old = core::mem::replace(&mut e.value, value);
        self.bump(false);
        Some(old)
    }
    pub fn mutations(&self) -> u64 {
        self.mutations.get()
    }
    /// One past the last entry position (positions of deleted entries are skipped by `entry_at`).
    pub fn entry_capacity(&self) -> usize {
        self.table().entries.len()
    }
    /// The live entry at position `i`, if any (for iteration that tolerates calls out).
    pub fn entry_at(&self, i: usize) -> Option<(Value, Value)> {
        self.table()
            .entries
            .get(i)?
            .as_ref()
            .map(|e| (e.key.clone(), e.value.clone()))
    }
    /// All live entries, cloned, in order.
    pub fn items(&self) -> Vec<(Value, Value)> {
        self.table()
            .entries
            .iter()
            .flatten()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect()
    }
    pub fn keys(&self) -> Vec<Value> {
        self.table()
            .entries
            .iter()
            .flatten()
            .map(|e| e.key.clone())
            .collect()
    }
    pub fn values(&self) -> Vec<Value> {
        self.table()
            .entries
            .iter()
            .flatten()
            .map(|e| e.value.clone())
            .collect()
    }

    fn probe(&self, rt: &Runtime, key: &Value, hash: i64) -> PyResult<Probe> {
        let t = self.table();
        if t.indices.is_empty() {
            return Ok(Probe::Missing { slot: 0 });
        }
        let mask = t.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut first_deleted = None;
        loop {
            let ix = self.table().indices[i];
            if ix == EMPTY {
                return Ok(Probe::Missing {
                    slot: first_deleted.unwrap_or(i),
                });
            }
            if ix == DELETED {
                first_deleted.get_or_insert(i);
            } else if let Some(e) = &self.table().entries[ix as usize]
                && e.hash == hash
            {
                if e.key.is(key) {
                    return Ok(Probe::Found {
                        slot: i,
                        entry: ix as usize,
                    });
                }
                if let Some(eq) = fast_eq(rt, &e.key, key) {
                    if eq {
                        return Ok(Probe::Found {
                            slot: i,
                            entry: ix as usize,
                        });
                    }
                } else {
                    let candidate = e.key.clone();
                    let before = self.mutations.get();
                    let eq = rt.eq(&candidate, key)?;
                    if self.mutations.get() != before {
                        return Ok(Probe::Restart);
                    }
                    if eq {
                        return Ok(Probe::Found {
                            slot: i,
                            entry: ix as usize,
                        });
                    }
                }
            }
            i = next_slot(i, &mut perturb, mask);
        }
    }

    fn find(&self, rt: &Runtime, key: &Value, hash: i64) -> PyResult<Probe> {
        loop {
            match self.probe(rt, key, hash)? {
                Probe::Restart => continue,
                p => return Ok(p),
            }
        }
    }

    pub fn get_hashed(&self, rt: &Runtime, key: &Value, hash: i64) -> PyResult<Option<Value>> {
        Ok(match self.find(rt, key, hash)? {
            Probe::Found { entry, .. } => self.table().entries[entry]
                .as_ref()
                .map(|e| e.value.clone()),
            _ => None,
        })
    }

    pub fn get(&self, rt: &Runtime, key: &Value) -> PyResult<Option<Value>> {
        let hash = rt.hash(key)?;
        self.get_hashed(rt, key, hash)
    }

    /// Lookup by a Rust string (keys that are exact strs), never calling Python code.
    pub fn get_str(&self, rt: &Runtime, name: &str) -> Option<Value> {
        let ix = self.entry_index_str(rt, name)?;
        self.value_at(ix)
    }

    /// Lookup by a str object (an attribute or global name), never calling Python code.
    #[inline]
    pub fn get_name(&self, rt: &Runtime, name: &Value) -> Option<Value> {
        let ix = self.entry_index_name(rt, name)?;
        self.value_at(ix)
    }

    /// The entry position of the str key `name` given as a str object: the key's identity
    /// first (names are interned, so this is the usual hit), then the text. Only str keys
    /// match; never calls Python code.
    #[inline]
    pub fn entry_index_name(&self, rt: &Runtime, name: &Value) -> Option<usize> {
        let nd = rt.str_data(name)?;
        self.find_entry(nd.hash(), |e| {
            e.key.is(name) || rt.str_data(&e.key).is_some_and(|d| d.same_text(nd))
        })
    }

    /// The entry position of the exact-str key `name`, never calling Python code.
    pub fn entry_index_str(&self, rt: &Runtime, name: &str) -> Option<usize> {
        let hash = super::str::hash_bytes(name.as_bytes());
        self.find_entry(hash, |e| {
            rt.str_data(&e.key).is_some_and(|d| d.is_str(name))
        })
    }

    /// The first live entry with `hash` on its probe sequence that `is_key` accepts (None at
    /// the first empty slot): the lookups that need no Python `__eq__`. `is_key` must not run
    /// Python code (the table stays borrowed).
    #[inline(always)]
    fn find_entry(&self, hash: i64, is_key: impl Fn(&Entry) -> bool) -> Option<usize> {
        let t = self.table();
        if t.indices.is_empty() {
            return None;
        }
        let mask = t.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let ix = *t.indices.get(i)?;
            if ix == EMPTY {
                return None;
            }
            if ix != DELETED
                && let Some(Some(e)) = t.entries.get(ix as usize)
                && e.hash == hash
                && is_key(e)
            {
                return Some(ix as usize);
            }
            i = next_slot(i, &mut perturb, mask);
        }
    }

    pub fn set_hashed(&self, rt: &Runtime, key: Value, hash: i64, value: Value) -> PyResult<()> {
        match self.find(rt, &key, hash)? {
            Probe::Found { entry, .. } => {
                let old = self.table_mut().entries[entry]
                    .as_mut()
                    .map(|e| core::mem::replace(&mut e.value, value));
                self.bump(false);
                drop(old);
            }
            Probe::Missing { slot } => {
                if self.table().indices.is_empty()
                    || (self.table().entries.len() + 1) * 3 > self.table().indices.len() * 2
                {
                    self.resize(rt, (self.len() + 1) * 3)?;
                    return self.set_hashed(rt, key, hash, value);
                }
                let t = self.table_mut();
                let ix = t.entries.len();
                if !rt.heap().grow(size_of::<Option<Entry>>()) {
                    return Err(rt.memory_error());
                }
                self.accounted
                    .set(self.accounted.get() + size_of::<Option<Entry>>());
                t.entries.push(Some(Entry { hash, key, value }));
                t.indices[slot] = ix as u32;
                t.used += 1;
                self.bump(true);
            }
            Probe::Restart => unreachable!("find never returns Restart"),
        }
        Ok(())
    }

    pub fn set(&self, rt: &Runtime, key: Value, value: Value) -> PyResult<()> {
        let hash = rt.hash(&key)?;
        self.set_hashed(rt, key, hash, value)
    }

    /// Removes `key`, returning its value (or `None` when absent).
    pub fn remove(&self, rt: &Runtime, key: &Value) -> PyResult<Option<Value>> {
        let hash = rt.hash(key)?;
        match self.find(rt, key, hash)? {
            Probe::Found { slot, entry } => {
                let t = self.table_mut();
                t.indices[slot] = DELETED;
                let e = t.entries[entry].take();
                t.used -= 1;
                self.bump(true);
                Ok(e.map(|e| e.value))
            }
            _ => Ok(None),
        }
    }

    /// Removes and returns the last entry.
    pub fn pop_last(&self) -> Option<(Value, Value)> {
        let t = self.table_mut();
        while let Some(last) = t.entries.pop() {
            if let Some(e) = last {
                let ix = t.entries.len() as u32;
                let mask = t.indices.len().wrapping_sub(1);
                let mut perturb = e.hash as u64;
                let mut i = (e.hash as u64 as usize) & mask;
                for _ in 0..t.indices.len() {
                    if t.indices[i] == ix {
                        t.indices[i] = DELETED;
                        break;
                    }
                    i = next_slot(i, &mut perturb, mask);
                }
                t.used -= 1;
                self.bump(true);
                return Some((e.key, e.value));
            }
        }
        None
    }

    /// Empties the dict; the old entries are dropped after the table is consistent again.
    pub fn clear_all(&self) {
        Payload::clear(self)
    }

    fn resize(&self, rt: &Runtime, min_slots: usize) -> PyResult<()> {
        let size = min_slots.next_power_of_two().max(MIN_SIZE);
        if size > u32::MAX as usize / 2 {
            return Err(rt.memory_error());
        }
        let t = self.table_mut();
        let live_count = t.used;
        let new_bytes = size * 4 + live_count * size_of::<Option<Entry>>();
        let old_bytes = self.accounted.get();
        if new_bytes > old_bytes && !rt.heap().grow(new_bytes - old_bytes) {
            return Err(rt.memory_error());
        }
        rt.heap().shrink(old_bytes.saturating_sub(new_bytes));
        self.accounted.set(new_bytes);
        let live: Vec<Entry> = core::mem::take(&mut t.entries)
            .into_iter()
            .flatten()
            .collect();
        let mut indices = vec![EMPTY; size];
        let mask = size - 1;
        for (ix, e) in live.iter().enumerate() {
            let mut perturb = e.hash as u64;
            let mut i = (e.hash as u64 as usize) & mask;
            while indices[i] != EMPTY {
                i = next_slot(i, &mut perturb, mask);
            }
            indices[i] = ix as u32;
        }
        t.indices = indices;
        t.entries = live.into_iter().map(Some).collect();
        // Entry positions moved: caches holding them must miss.
        self.keys_version.set(0);
        self.mutations.set(self.mutations.get().wrapping_add(1));
        Ok(())
    }
}

/// Equality without calling Python code, when the answer is certain from the types alone.
fn fast_eq(rt: &Runtime, a: &Value, b: &Value) -> Option<bool> {
    if a.is_small_int() && b.is_small_int() {
        return Some(a.is(b));
    }
    let str_ty = rt.types().str;
    if let (Some(ha), Some(hb)) = (a.heap(), b.heap())
        && ha.type_ptr() == str_ty.0
        && hb.type_ptr() == str_ty.0
    {
        return Some(rt.str_bytes(a) == rt.str_bytes(b));
    }
    None
}

impl Runtime {
    pub fn new_dict(&self) -> PyResult<Value> {
        unsafe { alloc_object(self, self.types().dict.0, DictData::default()) }
            .ok_or_else(|| self.memory_error())
    }

    #[inline]
    pub fn dict_data<'a>(&self, v: &'a Value) -> Option<&'a DictData> {
        let h = v.heap()?;
        if h.type_data().has_flag(flags::DICT_SUBCLASS) {
            Some(unsafe { h.payload::<DictData>() })
        } else {
            None
        }
    }
}

pub fn spec() -> super::typespec::TypeSpec {
    super::typespec::TypeSpec::base::<DictData>("dict", super::dict_methods::init)
        .flags(flags::DICT_SUBCLASS | flags::UNHASHABLE)
}
