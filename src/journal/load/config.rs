//! The journal's settings: `carnet.toml` (title, language, groups, referents,
//! image settings) and the skills framework (`skills.toml`, or the built-in one).

use std::collections::HashSet;

use super::raw::{RawAccessibility, RawConfig, RawIssuer, RawSkills};
use super::Loader;
use crate::journal::{
    skills, Accessibility, Config, Date, Group, ImageSettings, IssuerSettings, Language, Referent,
    Skill, SourceFile,
};
use crate::t;

impl Loader {
    /// `carnet.toml`, or `None` (with the error) when it is missing or unusable.
    pub(super) fn config(&mut self) -> Option<Config> {
        let path = self.root.join("carnet.toml");
        if !self.is_file(&path) {
            self.diags.push(self.missing(&path, "config"));
            return None;
        }
        let (raw, source) = self.toml_file::<RawConfig>(&path)?;
        let defaults = ImageSettings::default();
        let images = ImageSettings {
            max_pixels: raw.images.max_pixels.unwrap_or(defaults.max_pixels),
            max_bytes: raw.images.max_bytes.unwrap_or(defaults.max_bytes),
            quality: raw
                .images
                .quality
                .as_ref()
                .map_or(defaults.quality, |q| *q.get_ref()),
            webp: raw.images.webp.unwrap_or(defaults.webp),
        };
        if let Some(q) = &raw.images.quality {
            if !(1..=100).contains(q.get_ref()) {
                let lang = self.lang;
                self.diags.push(
                    source
                        .error_at(&source.at(q.clone()).span, t!(lang, "config-quality-range"))
                        .with_code("invalid-value"),
                );
            }
        }
        let issuer = raw.issuer.and_then(|i| self.issuer(&source, i));
        let accessibility = self.accessibility(&source, raw.accessibility);
        Some(Config {
            accessibility,
            issuer,
            title: raw.title,
            language: raw.language,
            base_url: raw.base_url.map(|u| u.trim_end_matches('/').to_string()),
            groups: raw
                .groups
                .into_iter()
                .map(|g| Group {
                    span: source.at(g.slug.clone()).span,
                    slug: g.slug.into_inner(),
                    name: g.name,
                    kind: g.kind,
                    protect: g.protect,
                })
                .collect(),
            referents: raw
                .referents
                .into_iter()
                .map(|r| Referent {
                    span: source.at(r.slug.clone()).span,
                    slug: r.slug.into_inner(),
                    name: r.name,
                    role: r.role,
                    protect: r.protect,
                    professional: r.professional.map(|p| source.at(p)),
                })
                .collect(),
            images,
            recipients: raw
                .programme
                .map(|p| p.recipients.into_iter().map(|r| source.at(r)).collect())
                .unwrap_or_default(),
            source,
        })
    }

    /// `[accessibility]` of `carnet.toml`, checked: a date for `audit_date`, a rate
    /// from 0 to 100 that comes with an audit date, an e-mail address or web address
    /// for `contact`, a web address for `schema_url`. A bad value is a located error.
    fn accessibility(&mut self, source: &SourceFile, raw: RawAccessibility) -> Accessibility {
        let lang = self.lang;
        let mut errors = Vec::new();
        let mut fail = |span: &std::ops::Range<usize>, message: String| {
            errors.push(
                source
                    .error_at(span, message)
                    .with_code("invalid-accessibility"),
            );
        };
        let audit_date = raw.audit_date.and_then(|written| {
            let at = source.at(written);
            match &at.value {
                toml::Value::Datetime(dt) if dt.time.is_none() && dt.offset.is_none() => {
                    Date::from_toml(dt).ok()
                }
                _ => {
                    fail(&at.span, t!(lang, "config-audit-date"));
                    None
                }
            }
        });
        let rate = raw.rate.and_then(|written| {
            let at = source.at(written);
            let rate = match &at.value {
                toml::Value::Integer(n) => Some(*n as f64),
                toml::Value::Float(x) => Some(*x),
                _ => None,
            };
            match rate {
                Some(r) if (0.0..=100.0).contains(&r) && audit_date.is_some() => Some(r),
                Some(r) if (0.0..=100.0).contains(&r) => {
                    fail(&at.span, t!(lang, "config-rate-without-audit"));
                    None
                }
                _ => {
                    fail(&at.span, t!(lang, "config-rate-range"));
                    None
                }
            }
        });
        let web = |s: &str| {
            (s.starts_with("https://") || s.starts_with("http://"))
                && s.len() > "https://".len()
                && !s.contains(char::is_whitespace)
        };
        let contact = raw.contact.and_then(|written| {
            let at = source.at(written);
            let c = at.value.trim().to_string();
            let email = c
                .strip_prefix("mailto:")
                .unwrap_or(&c)
                .split_once('@')
                .is_some_and(|(user, host)| {
                    !user.is_empty()
                        && host.contains('.')
                        && !c.contains(char::is_whitespace)
                        && !host.contains('@')
                });
            if email || web(&c) {
                Some(c)
            } else {
                fail(&at.span, t!(lang, "config-contact"));
                None
            }
        });
        let schema_url = raw.schema_url.and_then(|written| {
            let at = source.at(written);
            if web(at.value.trim()) {
                Some(at.value.trim().to_string())
            } else {
                fail(&at.span, t!(lang, "config-schema-url"));
                None
            }
        });
        self.diags.extend(errors);
        let text = |s: Option<String>| s.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
        Accessibility {
            organisation: text(raw.organisation),
            contact,
            audit_date,
            auditor: text(raw.auditor),
            rate,
            schema_url,
        }
    }

    /// `[issuer]` of `carnet.toml`, its keys read (an unreadable key is an error).
    fn issuer(&mut self, source: &SourceFile, raw: RawIssuer) -> Option<IssuerSettings> {
        let mut key = |written: toml::Spanned<String>| {
            let at = source.at(written);
            let parsed = crate::credentials::PublicKey::from_multibase(&at);
            if parsed.is_err() {
                let lang = self.lang;
                self.diags.push(
                    source
                        .error_at(&at.span, t!(lang, "config-issuer-key"))
                        .with_code("invalid-issuer-key"),
                );
            }
            parsed.ok()
        };
        let public_key = key(raw.public_key);
        let previous_keys: Vec<_> = raw.previous_keys.into_iter().filter_map(&mut key).collect();
        Some(IssuerSettings {
            name: raw.name,
            public_key: public_key?,
            previous_keys,
        })
    }

    /// The skills framework: `skills.toml`, or the built-in one (and whether it is).
    pub(super) fn skills(&mut self, language: Language) -> (Vec<Skill>, bool) {
        let path = self.root.join("skills.toml");
        if !self.exists(&path) {
            return (skills::builtin(language), true);
        }
        match self.toml_file::<RawSkills>(&path) {
            Some((raw, source)) => {
                let mut seen = HashSet::new();
                let mut skills = Vec::new();
                for raw in raw.skills {
                    let id = source.at(raw.id);
                    if !seen.insert(id.value.clone()) {
                        let (lang, skill) = (self.lang, &*id);
                        self.diags.push(
                            source
                                .error_at(
                                    &id.span,
                                    t!(lang, "config-skill-twice", skill = skill.as_str()),
                                )
                                .with_code("duplicate-id"),
                        );
                    }
                    let reference = raw.reference.and_then(|r| {
                        let r = source.at(r);
                        if r.starts_with("https://") || r.starts_with("http://") {
                            return Some(r.value);
                        }
                        let (lang, value) = (self.lang, &*r);
                        self.diags.push(
                            source
                                .error_at(
                                    &r.span,
                                    t!(lang, "config-skill-reference", value = value.as_str()),
                                )
                                .with_code("invalid-reference")
                                .with_help(t!(lang, "config-skill-reference-help")),
                        );
                        None
                    });
                    skills.push(Skill {
                        id: id.value,
                        label: raw.label.pick(language),
                        category: raw.category.map(|c| skills::category_label(&c, language)),
                        description: raw.description.map(|d| d.pick(language)),
                        reference,
                    });
                }
                (skills, false)
            }
            None => (Vec::new(), false),
        }
    }
}
