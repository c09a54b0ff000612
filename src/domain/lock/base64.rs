//! Standard base64 (RFC 4648, with padding) for the envelope's binary fields. Written here
//! rather than borrowed from the browser's `btoa`, so the envelope parses on the host too, and
//! rather than a crate, because the envelope needs only these two small functions.

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Why a base64 text was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Base64Error {
    /// The length is not a multiple of four.
    Length,
    /// A character outside the alphabet, or padding in the wrong place.
    Character,
}

pub fn encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

fn sextet(c: u8) -> Result<u32, Base64Error> {
    let value = match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' => 62,
        b'/' => 63,
        _ => return Err(Base64Error::Character),
    };
    Ok(u32::from(value))
}

pub fn decode(text: &str) -> Result<Vec<u8>, Base64Error> {
    let bytes = text.as_bytes();
    if !bytes.len().is_multiple_of(4) {
        return Err(Base64Error::Length);
    }
    let mut out = Vec::with_capacity(bytes.len() / 4 * 3);
    let quads = bytes.len() / 4;
    for (index, quad) in bytes.chunks(4).enumerate() {
        let padding = quad.iter().rev().take_while(|&&c| c == b'=').count();
        // Padding only ends the last group, and never more than two characters of it.
        if padding > 2 || (padding > 0 && index + 1 != quads) {
            return Err(Base64Error::Character);
        }
        let mut n = 0u32;
        for &c in &quad[..4 - padding] {
            n = (n << 6) | sextet(c)?;
        }
        // The bits a padded group leaves unused must be zero, so each byte string has exactly
        // one text and a changed character never goes unnoticed.
        if n & ((1 << (2 * padding)) - 1) != 0 {
            return Err(Base64Error::Character);
        }
        n <<= 6 * padding as u32;
        let group = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
        out.extend_from_slice(&group[..3 - padding]);
    }
    Ok(out)
}
