//! Small collection helpers that stand in for std's where the widget only ever holds a few
//! thousand items. std's sorts and B-trees are fast on big inputs but are monomorphised into
//! several KB of wasm for every element type; these are a few hundred bytes each.
use std::cmp::Ordering;

/// Sorts `items` in place by `compare`, keeping equal items in their order (stable), like
/// `slice::sort_by`. Insertion sort: linear on input that is already in order, as stored
/// diaries and exports are, and quadratic only on a shuffled list, which stays quick at
/// diary sizes.
pub fn sort_small_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    for end in 1..items.len() {
        let mut at = end;
        while at > 0 && compare(&items[at - 1], &items[at]) == Ordering::Greater {
            items.swap(at - 1, at);
            at -= 1;
        }
    }
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
    fn from_iter<I: IntoIterator<Item = T>>(values: I) -> SortedSet<T> {
        let mut set = SortedSet::default();
        for value in values {
            set.insert(value);
        }
        set
    }
}
