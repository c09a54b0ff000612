//! The small sort stands in for std's stable sort, so it must order exactly as `sort_by` does,
//! equal items included.
use cramp_widget::domain::small_collections::sort_small_by;
use proptest::prelude::*;

proptest! {
    #[test]
    fn sorts_like_the_std_stable_sort(items in prop::collection::vec((0u8..6, any::<u16>()), 0..80)) {
        let mut expected = items.clone();
        expected.sort_by_key(|item| item.0);
        let mut sorted = items;
        sort_small_by(&mut sorted, |a, b| a.0.cmp(&b.0));
        prop_assert_eq!(sorted, expected);
    }

    #[test]
    fn sorts_in_reverse_like_the_std_stable_sort(items in prop::collection::vec((0u8..6, any::<u16>()), 0..80)) {
        let mut expected = items.clone();
        expected.sort_by_key(|item| std::cmp::Reverse(item.0));
        let mut sorted = items;
        sort_small_by(&mut sorted, |a, b| b.0.cmp(&a.0));
        prop_assert_eq!(sorted, expected);
    }
}
