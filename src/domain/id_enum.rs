//! Enums with stable text ids: the wire names of JSON and stored data, the ids the UI uses,
//! and the spec's order, all from one list (`id_enum!`). Every feature's value enums use it,
//! so it lives here rather than in any one of them.
use std::fmt;

use serde::de::Visitor;

/// Declares an id enum whose wire name, `as_str` and `ALL` come from one list, so the
/// serde names, the UI's option ids and the spec order cannot drift apart. Variants keep their
/// implicit discriminants 0, 1, ... in `ALL` order, so `value as usize` indexes a table.
/// `legacy { "old_id" => Variant, }` reads ids of earlier versions; `kind "muscle";` names
/// the enum in the message for an unknown id (the type name otherwise).
macro_rules! id_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $id:tt,)+ }) => {
        $crate::domain::id_enum::id_enum! {
            kind stringify!($name);
            $(#[$meta])* $name { $($(#[$vmeta])* $variant = $id,)+ } legacy {}
        }
    };
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $id:tt,)+ }
     legacy { $($old_id:tt => $old_variant:ident,)* }) => {
        $crate::domain::id_enum::id_enum! {
            kind stringify!($name);
            $(#[$meta])* $name { $($(#[$vmeta])* $variant = $id,)+ }
            legacy { $($old_id => $old_variant,)* }
        }
    };
    (kind $kind:expr; $(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $id:tt,)+ }
     legacy { $($old_id:tt => $old_variant:ident,)* }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name {
            $($(#[$vmeta])* $variant,)+
        }

        // By hand rather than derived: the derive writes a visitor per enum that also accepts
        // forms the contract never uses, and all of them together cost KBs of wasm.
        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                deserializer.deserialize_str($crate::domain::id_enum::IdVisitor {
                    lookup: Self::from_id,
                    kind: $kind,
                })
            }
        }

        impl $name {
            /// Every value, in declaration order (the order of the specification).
            pub const ALL: &'static [Self] = &[$(Self::$variant),+];

            /// The stable id used in JSON and by the UI.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(Self::$variant => $id,)+
                }
            }

            /// The value with this id, if there is one. Ids of earlier versions are read as
            /// the value that replaced them, so saved data keeps its meaning; `as_str` never
            /// writes them again.
            pub fn from_id(id: &str) -> Option<Self> {
                const LEGACY: &[(&str, $name)] = &[$(($old_id, $name::$old_variant)),*];
                Self::ALL
                    .iter()
                    .copied()
                    .find(|value| value.as_str() == id)
                    .or_else(|| LEGACY.iter().find(|(old, _)| *old == id).map(|(_, value)| *value))
            }
        }
    };
}
pub(crate) use id_enum;

/// Reads an `id_enum` value from its id; the one visitor all of them share. Its message for
/// an unknown id reaches the patient in import errors ("unknown trigger \"stress\"").
pub(crate) struct IdVisitor<T> {
    pub(crate) lookup: fn(&str) -> Option<T>,
    pub(crate) kind: &'static str,
}

impl<T> Visitor<'_> for IdVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a {} id", self.kind)
    }

    fn visit_str<E: serde::de::Error>(self, id: &str) -> Result<T, E> {
        (self.lookup)(id).ok_or_else(|| {
            E::custom(format_args!(
                "unknown {} \"{}\"",
                self.kind,
                id.escape_debug()
            ))
        })
    }
}

/// Fails the build unless `$table` lists every `$id` once, in declaration order, which is
/// what lets the table be indexed by id.
macro_rules! assert_indexed_by_id {
    ($table:ident, $id:ident) => {
        const _: () = {
            assert!($table.len() == $id::ALL.len());
            let mut i = 0;
            while i < $table.len() {
                assert!($table[i].id as usize == i);
                i += 1;
            }
        };
    };
}
pub(crate) use assert_indexed_by_id;
