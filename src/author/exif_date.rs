//! The date a photo was taken, from its EXIF `DateTimeOriginal` (kamadak-exif).

use std::io::Cursor;

use crate::journal::Date;

/// The date and time the photo in `bytes` was taken, when its EXIF says so
/// (`DateTimeOriginal`, else `DateTime`) and the date is a real one.
pub fn date_taken(bytes: &[u8]) -> Option<Date> {
    let exif = exif::Reader::new()
        .read_from_container(&mut Cursor::new(bytes))
        .ok()?;
    [exif::Tag::DateTimeOriginal, exif::Tag::DateTime]
        .into_iter()
        .find_map(|tag| {
            let field = exif.get_field(tag, exif::In::PRIMARY)?;
            match &field.value {
                exif::Value::Ascii(parts) => parts.first().and_then(|p| parse(p)),
                _ => None,
            }
        })
}

/// `2021:05:31 14:06:00` (EXIF's form) into a date with its hour and minute, if
/// it is a real one: a camera set wrong writes 31 February, or zeros.
fn parse(text: &[u8]) -> Option<Date> {
    let dt = exif::DateTime::from_ascii(text).ok()?;
    let date = Date {
        year: dt.year,
        month: dt.month,
        day: dt.day,
        time: Some((dt.hour, dt.minute)),
    };
    ((1900..=2200).contains(&dt.year) && super::real_date(&date)).then_some(date)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_exif_dates_and_refuses_zeros() {
        let d = parse(b"2021:05:31 14:06:00").expect("a date");
        assert_eq!(d.iso(), "2021-05-31T14:06");
        assert!(parse(b"0000:00:00 00:00:00").is_none());
        assert!(parse(b"2021:02:31 10:00:00").is_none(), "31 February");
        assert!(parse(b"2023:02:29 10:00:00").is_none(), "not a leap year");
        assert!(parse(b"2024:02:29 10:00:00").is_some(), "a leap year");
        assert!(parse(b"2021:05:31 24:00:00").is_none());
        assert!(parse(b"garbage").is_none());
    }
}
