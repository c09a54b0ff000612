//! Small collection helpers that stand in for std's where the widget only ever holds a few
//! thousand items. std's sorts and B-trees are fast on big inputs but are monomorphised into
//! several KB of wasm for every element type; these are a few hundred bytes each.
use std::cmp::Ordering;

/// Sorts `items` in place by `compare`, keeping equal items in their order (stable), like
/// `slice::sort_by`. std's sort runs once, on item positions, so its code exists once in the
/// wasm for every item type; the sorted order is then applied by following its cycles, which
/// moves each item at most once. O(n log n) on any input, reversed or shuffled.
pub fn sort_small_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    let mut order: Vec<usize> = (0..items.len()).collect();
    sort_positions(&mut order, &mut |a, b| compare(&items[a], &items[b]));
    // `order[k]` is the position of the item that belongs at `k`. Each cycle carries its first
    // item along until the position that wants it; `DONE` marks positions already filled.
    const DONE: usize = usize::MAX;
    for start in 0..order.len() {
        let mut at = start;
        while order[at] != DONE {
            let from = order[at];
            order[at] = DONE;
            if from == start {
                break;
            }
            items.swap(at, from);
            at = from;
        }
    }
}

fn sort_positions(order: &mut [usize], compare: &mut dyn FnMut(usize, usize) -> Ordering) {
    order.sort_by(|&a, &b| compare(a, b));
}

/// A set kept as a sorted `Vec`, for the diary's id and duplicate checks. Inserting by
/// shifting stays quick at diary sizes.
pub(crate) struct SortedSet<T>(Vec<T>);

impl<T> Default for SortedSet<T> {
    fn default() -> SortedSet<T> {
        SortedSet(Vec::new())
    }
}

impl<T: Ord> SortedSet<T> {
    pub(crate) fn contains(&self, value: &T) -> bool {
        self.0.binary_search(value).is_ok()
    }

    /// Adds `value` and says whether it was new, like `BTreeSet::insert`.
    pub(crate) fn insert(&mut self, value: T) -> bool {
        match self.0.binary_search(&value) {
            Ok(_) => false,
            Err(at) => {
                self.0.insert(at, value);
                true
            }
        }
    }
}

impl<T: Ord> FromIterator<T> for SortedSet<T> {
    /// Sorts once instead of inserting one by one, which would shift the whole `Vec` for every
    /// value that arrives in descending order, as a diary's ids do.
    fn from_iter<I: IntoIterator<Item = T>>(values: I) -> SortedSet<T> {
        let mut items: Vec<T> = values.into_iter().collect();
        sort_small_by(&mut items, Ord::cmp);
        items.dedup();
        SortedSet(items)
    }
}

/// Adds `value` to `list`, or removes it if it is there: a tick box's click. Every copy goes,
/// because the answers contract allows repeats and one click must untick the box.
pub fn toggle_in<T: PartialEq>(list: &mut Vec<T>, value: T) {
    if list.contains(&value) {
        list.retain(|item| *item != value);
    } else {
        list.push(value);
    }
}
