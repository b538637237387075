//! Calendar dates of items, from TOML dates or local date-times.

use std::fmt;

/// A calendar date with an optional time of day, as written in front matter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Year (four digits).
    pub year: u16,
    /// Month, 1–12.
    pub month: u8,
    /// Day of month, 1–31.
    pub day: u8,
    /// Hour and minute, when the front matter gave a time.
    pub time: Option<(u8, u8)>,
}

impl Date {
    /// Converts a TOML date or date-time; a bare time is refused.
    pub fn from_toml(dt: &toml::value::Datetime) -> Result<Date, String> {
        let Some(d) = dt.date else {
            return Err(format!(
                "`{dt}` has no date: write it as 2021-05-31 or 2021-05-31T14:06:00"
            ));
        };
        Ok(Date {
            year: d.year,
            month: d.month,
            day: d.day,
            time: dt.time.map(|t| (t.hour, t.minute)),
        })
    }

    /// `YYYY-MM-DD`, for `datetime` attributes and sorting.
    pub fn iso_date(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// The date as TOML front matter writes it: `2021-05-31`, or
    /// `2021-05-31T14:06:00` with a time.
    pub fn iso_toml(&self) -> String {
        match self.time {
            Some((h, m)) => format!("{}T{h:02}:{m:02}:00", self.iso_date()),
            None => self.iso_date(),
        }
    }

    /// `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`, for `<time datetime>`.
    pub fn iso(&self) -> String {
        match self.time {
            Some((h, m)) => format!("{}T{h:02}:{m:02}", self.iso_date()),
            None => self.iso_date(),
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.iso())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_dates_and_datetimes() {
        let dt: toml::value::Datetime = "2021-05-31T14:06:00".parse().unwrap();
        let d = Date::from_toml(&dt).unwrap();
        assert_eq!(d.iso(), "2021-05-31T14:06");
        let dt: toml::value::Datetime = "2021-03-30".parse().unwrap();
        assert_eq!(Date::from_toml(&dt).unwrap().time, None);
        let dt: toml::value::Datetime = "14:06:00".parse().unwrap();
        assert!(Date::from_toml(&dt).is_err());
    }
}
