//! Reads the running time of a recording from its header, without decoding it:
//! MP4/MOV/M4A (the `mvhd` box of `moov`) and WAV (byte rate and data size). Other
//! formats return None and the clerk enters the duration.
use std::io::{Read, Seek, SeekFrom};

/// Seconds, rounded to the nearest second.
pub(crate) fn duration_s<R: Read + Seek>(r: &mut R) -> Option<u32> {
    let mut head = [0u8; 12];
    r.seek(SeekFrom::Start(0)).ok()?;
    r.read_exact(&mut head).ok()?;
    r.seek(SeekFrom::Start(0)).ok()?;
    if &head[..4] == b"RIFF" && &head[8..12] == b"WAVE" {
        wav(r)
    } else if &head[4..8] == b"ftyp" || &head[4..8] == b"moov" {
        let len = r.seek(SeekFrom::End(0)).ok()?;
        mp4(r, 0, len)
    } else {
        None
    }
}

fn round(num: u64, den: u64) -> Option<u32> {
    if den == 0 {
        return None;
    }
    u32::try_from((num + den / 2) / den).ok().filter(|s| *s > 0)
}

/// Walks the boxes in [start, end) looking for moov/mvhd.
fn mp4<R: Read + Seek>(r: &mut R, start: u64, end: u64) -> Option<u32> {
    let mut at = start;
    while at + 8 <= end {
        r.seek(SeekFrom::Start(at)).ok()?;
        let mut h = [0u8; 8];
        r.read_exact(&mut h).ok()?;
        let mut size = u64::from(u32::from_be_bytes(h[..4].try_into().ok()?));
        let mut header = 8;
        if size == 1 {
            let mut big = [0u8; 8];
            r.read_exact(&mut big).ok()?;
            size = u64::from_be_bytes(big);
            header = 16;
        } else if size == 0 {
            size = end - at;
        }
        if size < header {
            return None;
        }
        match &h[4..8] {
            b"moov" => return mp4(r, at + header, at + size),
            b"mvhd" => {
                let mut v = [0u8; 4];
                r.read_exact(&mut v).ok()?;
                let (timescale, duration) = if v[0] == 1 {
                    let mut b = [0u8; 28];
                    r.read_exact(&mut b).ok()?;
                    (
                        u64::from(u32::from_be_bytes(b[16..20].try_into().ok()?)),
                        u64::from_be_bytes(b[20..28].try_into().ok()?),
                    )
                } else {
                    let mut b = [0u8; 16];
                    r.read_exact(&mut b).ok()?;
                    (
                        u64::from(u32::from_be_bytes(b[8..12].try_into().ok()?)),
                        u64::from(u32::from_be_bytes(b[12..16].try_into().ok()?)),
                    )
                };
                return round(duration, timescale);
            }
            _ => at += size,
        }
    }
    None
}

fn wav<R: Read + Seek>(r: &mut R) -> Option<u32> {
    r.seek(SeekFrom::Start(12)).ok()?;
    let mut byte_rate = None;
    loop {
        let mut h = [0u8; 8];
        r.read_exact(&mut h).ok()?;
        let size = u64::from(u32::from_le_bytes(h[4..8].try_into().ok()?));
        match &h[..4] {
            b"fmt " => {
                let mut f = [0u8; 12];
                r.read_exact(&mut f).ok()?;
                byte_rate = Some(u64::from(u32::from_le_bytes(f[8..12].try_into().ok()?)));
                r.seek(SeekFrom::Current(size as i64 - 12 + (size % 2) as i64))
                    .ok()?;
            }
            b"data" => return round(size, byte_rate?),
            _ => {
                r.seek(SeekFrom::Current(size as i64 + (size % 2) as i64))
                    .ok()?;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Cursor;

    fn mp4_box(name: &[u8; 4], body: &[u8]) -> Vec<u8> {
        let mut b = ((body.len() + 8) as u32).to_be_bytes().to_vec();
        b.extend_from_slice(name);
        b.extend_from_slice(body);
        b
    }

    #[test]
    fn reads_the_movie_header_of_an_mp4() {
        let mut mvhd = vec![0u8; 4]; // version 0, flags
        mvhd.extend_from_slice(&[0; 8]); // creation, modification
        mvhd.extend_from_slice(&1000u32.to_be_bytes());
        mvhd.extend_from_slice(&5_400_500u32.to_be_bytes());
        mvhd.extend_from_slice(&[0; 80]);
        let mut file = mp4_box(b"ftyp", b"isom\0\0\0\0isom");
        file.extend(mp4_box(b"mdat", &[7; 100]));
        file.extend(mp4_box(b"moov", &mp4_box(b"mvhd", &mvhd)));
        assert_eq!(duration_s(&mut Cursor::new(file)), Some(5401));
    }

    #[test]
    fn reads_the_data_size_of_a_wav() {
        let mut file = b"RIFF\0\0\0\0WAVE".to_vec();
        file.extend_from_slice(b"fmt ");
        file.extend_from_slice(&16u32.to_le_bytes());
        file.extend_from_slice(&1u16.to_le_bytes()); // PCM
        file.extend_from_slice(&1u16.to_le_bytes()); // mono
        file.extend_from_slice(&16_000u32.to_le_bytes());
        file.extend_from_slice(&32_000u32.to_le_bytes()); // byte rate
        file.extend_from_slice(&[2, 0, 16, 0]);
        file.extend_from_slice(b"data");
        file.extend_from_slice(&(32_000u32 * 90).to_le_bytes());
        assert_eq!(duration_s(&mut Cursor::new(file)), Some(90));
    }

    #[test]
    fn anything_else_has_no_known_duration() {
        assert_eq!(
            duration_s(&mut Cursor::new(b"not a media file".to_vec())),
            None
        );
        assert_eq!(duration_s(&mut Cursor::new(b"RIFF".to_vec())), None);
    }
}
