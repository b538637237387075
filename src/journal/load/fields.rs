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
use crate::tr;

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
                .map_err(|_| {
                    let (value, allowed) = (&*a, Aspect::ALLOWED.join(", "));
                    let message = tr!(
                        lang,
                        "format `{value}` inconnu : choisis parmi {allowed}",
                        "unknown aspect `{value}`: use one of {allowed}"
                    );
                    self.diags
                        .push(source.error_at(&a.span, message).with_code("invalid-value"))
                })
                .ok()
        });
        let focus = focus.map(|f| source.at(f)).and_then(|f| {
            Focus::parse(&f)
                .map_err(|_| {
                    let value = &*f;
                    let message = tr!(
                        lang,
                        "point de mire `{value}` inconnu : écris top, center, bottom, left, right ou \"x%,y%\" (par exemple \"30%,20%\")",
                        "unknown focus `{value}`: use top, center, bottom, left, right or \"x%,y%\" (e.g. \"30%,20%\")"
                    );
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
                let value = &*dt;
                let message = tr!(
                    lang,
                    "`{value}` n'a pas de date : écris-la 2021-05-31 ou 2021-05-31T14:06:00",
                    "`{value}` has no date: write it as 2021-05-31 or 2021-05-31T14:06:00"
                );
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
                    .error_at(
                        &at.span,
                        lang.pick(
                            "une compétence s'écrit \"rigueur\" ou { id = \"rigueur\", level = 3 }",
                            "a skill is written \"rigueur\" or { id = \"rigueur\", level = 3 }",
                        ),
                    )
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
                            tr!(
                                lang,
                                "le niveau de `{id}` est `{other}` : un niveau va de 1 à {max}",
                                "the level of `{id}` is `{other}`: a level goes from 1 to {max}"
                            ),
                        )
                        .with_code("invalid-level")
                        .with_help(lang.pick(
                            "1 : je découvre, 2 : je fais avec de l'aide, 3 : je fais seul·e, 4 : je peux l'apprendre à d'autres",
                            "1: discovering, 2: with help, 3: on my own, 4: I can teach it",
                        )),
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
