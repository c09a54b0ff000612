//! Turning the lock on, changing the passphrase and turning it off each rewrite several keys.
//! `rewrite_all` makes that all or nothing, and the callers' order keeps the promise that no
//! value is ever plain while the lock is on: the diary's value is what says whether the lock is
//! on, so it is written last when values become locked and first when they become plain.
use crate::domain::store::{KeyValueStore, StoreError};

/// One key's new value; `None` removes the key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rewrite {
    pub key: String,
    pub value: Option<String>,
}

/// Writes the changes in order. When one fails (a full quota), the ones already written get
/// their old values back and the error is returned, so storage is as it was. Putting an old
/// value back fits: the failed write added nothing, and each old value fitted before.
pub fn rewrite_all<S: KeyValueStore + ?Sized>(
    store: &S,
    changes: &[Rewrite],
) -> Result<(), StoreError> {
    let mut written: Vec<(&str, Option<String>)> = Vec::new();
    for change in changes {
        let old = match store.get(&change.key) {
            Ok(old) => old,
            Err(error) => {
                put_back(store, &written);
                return Err(error);
            }
        };
        let result = match &change.value {
            Some(value) => store.set(&change.key, value),
            None => store.remove(&change.key),
        };
        if let Err(error) = result {
            put_back(store, &written);
            return Err(error);
        }
        written.push((&change.key, old));
    }
    Ok(())
}

fn put_back<S: KeyValueStore + ?Sized>(store: &S, written: &[(&str, Option<String>)]) {
    for (key, old) in written.iter().rev() {
        let _ = match old {
            Some(value) => store.set(key, value),
            None => store.remove(key),
        };
    }
}
