//! The values of front matter that need more than serde: dates, photo framing,
//! skills with their levels, attestations. Each bad value is reported at the place
//! it is written, and left out.

use toml::value::Datetime;
use toml::Spanned;

use super::raw::RawAttestation;
use super::Loader;
use crate::journal::{
    skills, Aspect, At, Attestation, Date, Fit, Focus, Framing, SkillUse, SourceFile,
};
use crate::t;

impl Loader {
    /// Turns raw framing strings into a [`Framing`], recording bad values.
    /// Framing fields are inlined in each front matter (`serde(flatten)` would lose
    /// the location of unknown-key errors) and validated here.
    pub(super) fn framing(
        &mut self,
        source: &SourceFile,
        fit: Option<Fit>,
        aspect: Option<Spanned<String>>,
        focus: Option<Spanned<String>>,
    ) -> Framing {
        let lang = self.lang;
        let aspect = aspect.map(|a| source.at(a)).and_then(|a| {
            Aspect::parse(&a)
                .map_err(|e| {
                    let message = e.message(lang);
                    self.diags
                        .push(source.error_at(&a.span, message).with_code("invalid-value"))
                })
                .ok()
        });
        let focus = focus.map(|f| source.at(f)).and_then(|f| {
            Focus::parse(&f)
                .map_err(|e| {
                    let message = e.message(lang);
                    self.diags
                        .push(source.error_at(&f.span, message).with_code("invalid-value"))
                })
                .ok()
        });
        Framing { fit, aspect, focus }
    }

    pub(super) fn date(&mut self, source: &SourceFile, dt: Spanned<Datetime>) -> Option<Date> {
        let dt = source.at(dt);
        let lang = self.lang;
        Date::from_toml(&dt)
            .map_err(|_| {
                let message = t!(lang, "field-no-date", value = dt.to_string());
                self.diags
                    .push(source.error_at(&dt.span, message).with_code("invalid-date"))
            })
            .ok()
    }

    /// One entry of an experience's `skills`: an id, or `{ id = "…", level = 1..=4 }`.
    pub(super) fn skill_use(
        &mut self,
        source: &SourceFile,
        raw: Spanned<toml::Value>,
    ) -> Option<SkillUse> {
        let at = source.at(raw);
        let lang = self.lang;
        let (id, level) = match &at.value {
            toml::Value::String(id) => (Some(id.clone()), None),
            toml::Value::Table(table) => {
                let unknown = table.keys().find(|k| *k != "id" && *k != "level");
                match (table.get("id"), table.get("level"), unknown) {
                    (Some(toml::Value::String(id)), level, None) => (Some(id.clone()), level),
                    _ => (None, None),
                }
            }
            _ => (None, None),
        };
        let Some(id) = id else {
            self.diags.push(
                source
                    .error_at(&at.span, t!(lang, "field-invalid-skill"))
                    .with_code("invalid-skill"),
            );
            return None;
        };
        let level = match level {
            None => None,
            Some(toml::Value::Integer(n)) if (1..=i64::from(skills::MAX_LEVEL)).contains(n) => {
                Some(*n as u8)
            }
            Some(other) => {
                let max = skills::MAX_LEVEL;
                self.diags.push(
                    source
                        .error_at(
                            &at.span,
                            t!(
                                lang,
                                "field-invalid-level",
                                id = id.as_str(),
                                level = other.to_string(),
                                max = max
                            ),
                        )
                        .with_code("invalid-level")
                        .with_help(t!(lang, "field-invalid-level-help")),
                );
                return None;
            }
        };
        Some(SkillUse {
            id: At::new(id, at.span),
            level,
        })
    }

    /// The `[attestation]` table of an experience.
    pub(super) fn attestation(&mut self, source: &SourceFile, raw: RawAttestation) -> Attestation {
        Attestation {
            name: raw.name,
            role: raw.role,
            organisation: raw.organisation,
            date: raw.date.and_then(|d| self.date(source, d)),
            quote: raw.quote,
            skills: raw
                .skills
                .map(|list| list.into_iter().map(|s| source.at(s)).collect()),
        }
    }
}
