//! Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, CRLF line endings (UTF-32 is
//! refused as unsupported, by its BOM); invalid
//! UTF-8 is replaced (with a warning naming the byte offset) or refused in strict mode; binary
//! data (NUL bytes) is refused.

/// Decoded text and what was repaired on the way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub warnings: Vec<String>,
}

/// Why bytes were refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    pub message: String,
    /// The input looks binary (NUL bytes) rather than badly encoded text.
    pub binary: bool,
}

/// Decodes an article's bytes. See the module docs for what is accepted.
pub fn decode(bytes: &[u8], strict: bool) -> Result<Decoded, DecodeError> {
    let mut warnings = Vec::new();
    // A UTF-32 byte order mark (checked before UTF-16's, whose LE mark is its prefix).
    if bytes.starts_with(&[0xFF, 0xFE, 0, 0]) || bytes.starts_with(&[0, 0, 0xFE, 0xFF]) {
        return Err(DecodeError {
            message: "UTF-32 text (byte order mark) is not supported; convert it to UTF-8".into(),
            binary: false,
        });
    }
    let text = if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        decode_utf16(rest, u16::from_le_bytes)?
    } else if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        decode_utf16(rest, u16::from_be_bytes)?
    } else {
        let bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
        if let Some(pos) = memchr_nul(bytes) {
            return Err(DecodeError {
                message: format!("binary file (NUL byte at offset {pos}), not a text article"),
                binary: true,
            });
        }
        match std::str::from_utf8(bytes) {
            Ok(s) => s.to_string(),
            Err(e) => {
                let offset = e.valid_up_to();
                if strict {
                    return Err(DecodeError {
                        message: format!(
                            "invalid UTF-8 at byte offset {offset} (refused with --strict)"
                        ),
                        binary: false,
                    });
                }
                let fixed = String::from_utf8_lossy(bytes).into_owned();
                let count = fixed.matches('\u{FFFD}').count();
                warnings.push(format!(
                    "invalid UTF-8 at byte offset {offset}; {count} sequence(s) replaced with U+FFFD"
                ));
                fixed
            }
        }
    };
    let text = if memchr::memchr(b'\r', text.as_bytes()).is_some() {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text
    };
    Ok(Decoded { text, warnings })
}

/// Like [`decode`], but takes the bytes and, in the common case (plain UTF-8 without BOM, NUL or
/// carriage return), reuses them instead of copying: a 200 MB article then needs one buffer.
pub fn decode_owned(bytes: Vec<u8>, strict: bool) -> Result<Decoded, DecodeError> {
    let plain = !bytes.starts_with(&[0xEF, 0xBB, 0xBF])
        && !bytes.starts_with(&[0xFF, 0xFE])
        && !bytes.starts_with(&[0xFE, 0xFF])
        && memchr::memchr2(0, b'\r', &bytes).is_none();
    if plain {
        match String::from_utf8(bytes) {
            Ok(text) => {
                return Ok(Decoded {
                    text,
                    warnings: Vec::new(),
                })
            }
            Err(e) => return decode(e.as_bytes(), strict),
        }
    }
    decode(&bytes, strict)
}

fn memchr_nul(bytes: &[u8]) -> Option<usize> {
    memchr::memchr(0, bytes)
}

fn decode_utf16(bytes: &[u8], read: fn([u8; 2]) -> u16) -> Result<String, DecodeError> {
    if !bytes.len().is_multiple_of(2) {
        return Err(DecodeError {
            message: "UTF-16 text with an odd number of bytes (truncated?)".into(),
            binary: false,
        });
    }
    let units = bytes.chunks_exact(2).map(|c| read([c[0], c[1]]));
    char::decode_utf16(units)
        .collect::<Result<String, _>>()
        .map_err(|e| DecodeError {
            message: format!(
                "invalid UTF-16 (unpaired surrogate {:#06x})",
                e.unpaired_surrogate()
            ),
            binary: false,
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_bom_and_crlf() {
        let d = decode(b"\xEF\xBB\xBFHead\r\n\r\nBody\r\n", false).unwrap();
        assert_eq!(d.text, "Head\n\nBody\n");
        assert!(d.warnings.is_empty());
    }

    #[test]
    fn utf16_with_bom_is_decoded() {
        let mut le = vec![0xFF, 0xFE];
        for u in "Kiev’s".encode_utf16() {
            le.extend_from_slice(&u.to_le_bytes());
        }
        assert_eq!(decode(&le, false).unwrap().text, "Kiev’s");
        let mut be = vec![0xFE, 0xFF];
        for u in "Kiev’s".encode_utf16() {
            be.extend_from_slice(&u.to_be_bytes());
        }
        assert_eq!(decode(&be, false).unwrap().text, "Kiev’s");
    }

    #[test]
    fn invalid_utf8_is_replaced_with_offset_or_refused() {
        let d = decode(b"ab\xFFcd", false).unwrap();
        assert_eq!(d.text, "ab\u{FFFD}cd");
        assert!(d.warnings[0].contains("byte offset 2"), "{:?}", d.warnings);
        let e = decode(b"ab\xFFcd", true).unwrap_err();
        assert!(e.message.contains("byte offset 2"));
        assert!(!e.binary);
    }

    #[test]
    fn owned_decoding_agrees_with_borrowed() {
        for input in [
            &b"plain text"[..],
            b"\xEF\xBB\xBFbom",
            b"a\r\nb",
            b"ab\xFFcd",
            b"x\x00y",
            b"\xFF\xFEa\x00",
        ] {
            assert_eq!(decode_owned(input.to_vec(), false), decode(input, false));
            assert_eq!(decode_owned(input.to_vec(), true), decode(input, true));
        }
    }

    #[test]
    fn utf32_is_refused_as_unsupported() {
        for bom in [&[0xFF, 0xFE, 0, 0][..], &[0, 0, 0xFE, 0xFF]] {
            let mut bytes = bom.to_vec();
            bytes.extend_from_slice(b"H\0\0\0");
            let e = decode_owned(bytes, false).unwrap_err();
            assert!(e.message.contains("UTF-32"), "{}", e.message);
            assert!(!e.binary);
        }
    }

    #[test]
    fn nul_bytes_mean_binary() {
        let e = decode(b"PK\x03\x04\x00\x00", false).unwrap_err();
        assert!(e.binary);
        assert!(e.message.contains("offset 4"));
    }
}
