//! The accessibility statement (*déclaration d'accessibilité*) every site carries,
//! linked from every page's footer with its status: French public-service bodies
//! must publish one (RGAA 4.1, article 47 of loi 2005-102), and missions locales
//! and training centres are carnet's users. Made from `[accessibility]` of
//! `carnet.toml`; without an audit the status is « non conforme », as the law
//! says, and what carnet itself checks is listed as tests, not as an audit.

use super::super::context::AccessibilityPage;
use super::super::{i18n, Page, Renderer};
use crate::error::Result;
use crate::journal::{Accessibility, Conformity, Language};

/// Where the statement is, from the site root.
pub(crate) const PATH: &str = "accessibilite/index.html";

impl Renderer<'_> {
    pub(in crate::render) fn accessibility_page(&mut self) -> Result<Page> {
        let lang = self.view.language();
        let title = i18n::strings(lang)["a11y_title"].to_string();
        let meta = self.meta(PATH, &title, title.clone(), "website", None);
        let a = self.view.accessibility();
        let rate = a.rate.map(|r| rate_text(r, lang));
        let audit_date = a.audit_date.map(|d| i18n::human_date(&d, lang));
        let audit_iso = a.audit_date.map(|d| d.iso_date());
        let html = |key: &str, args: &[(&str, &str)]| i18n::html_message(lang, key, args);
        let audit = audit_date
            .as_deref()
            .zip(audit_iso.as_deref())
            .map(|(date, iso)| {
                let mut args = vec![("date", date), ("iso", iso)];
                args.extend(rate.as_deref().map(|rate| ("rate", rate)));
                args.extend(a.auditor.as_deref().map(|auditor| ("auditor", auditor)));
                let key = match (rate.is_some(), a.auditor.is_some()) {
                    (true, true) => "site-a11y-audit-rate-by",
                    (true, false) => "site-a11y-audit-rate",
                    (false, true) => "site-a11y-audit-by",
                    (false, false) => "site-a11y-audit",
                };
                html(key, &args)
            });
        let status = a.conformity().keyword();
        let audited = if audit.is_some() { "yes" } else { "no" };
        let contact_email = a.contact.as_deref().is_some_and(|c| !c.starts_with("http"));
        let ctx = AccessibilityPage {
            lang: lang.code(),
            status,
            organisation: a.organisation.clone(),
            contact: a
                .contact
                .as_deref()
                .map(|c| c.trim_start_matches("mailto:").to_string()),
            contact_href: a.contact.as_deref().map(|c| {
                if contact_email && !c.starts_with("mailto:") {
                    format!("mailto:{c}")
                } else {
                    c.to_string()
                }
            }),
            contact_email,
            commitment: a
                .organisation
                .as_deref()
                .map(|o| html("site-a11y-commitment", &[("organisation", o)]))
                .unwrap_or_default(),
            schema: a
                .schema_url
                .as_deref()
                .map(|url| html("site-a11y-schema", &[("url", url)])),
            applies: html("site-a11y-applies", &[("title", &self.site.title)]),
            status_text: html(
                "site-a11y-status",
                &[("status", status), ("audited", audited)],
            ),
            audit,
            audit_date,
            audit_iso,
            auditor: a.auditor.clone(),
            rate,
            schema_url: a.schema_url.clone(),
        };
        self.page("accessibility.html", PATH.into(), &title, meta, ctx)
    }
}

/// The footer's words for the statement's status (« Accessibilité : non conforme »).
pub(crate) fn footer_label(a: &Accessibility, lang: Language) -> String {
    let key = match a.conformity() {
        Conformity::None => "a11y_none",
        Conformity::Partial => "a11y_partial",
        Conformity::Full => "a11y_full",
    };
    i18n::strings(lang)[key].to_string()
}

/// A rate as people write it: `72,5` in French, `72.5` in English, `100` whole.
fn rate_text(rate: f64, lang: Language) -> String {
    let text = if rate.fract() == 0.0 {
        format!("{rate:.0}")
    } else {
        format!("{rate:.1}")
    };
    match lang {
        Language::Fr => text.replace('.', ","),
        _ => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::Date;

    fn with(audit: bool, rate: Option<f64>) -> Accessibility {
        Accessibility {
            audit_date: audit.then_some(Date {
                year: 2026,
                month: 3,
                day: 15,
                time: None,
            }),
            rate,
            ..Accessibility::default()
        }
    }

    #[test]
    fn the_status_follows_the_rgaa_rule() {
        let label = |a: &Accessibility| footer_label(a, Language::Fr);
        // No audit: « non conforme », whatever else is said.
        assert_eq!(
            label(&Accessibility::default()),
            "Accessibilité : non conforme"
        );
        assert_eq!(
            label(&with(false, Some(100.0))),
            "Accessibilité : non conforme"
        );
        assert_eq!(label(&with(true, None)), "Accessibilité : non conforme");
        assert_eq!(
            label(&with(true, Some(49.9))),
            "Accessibilité : non conforme"
        );
        assert_eq!(
            label(&with(true, Some(50.0))),
            "Accessibilité : partiellement conforme"
        );
        assert_eq!(
            label(&with(true, Some(99.9))),
            "Accessibilité : partiellement conforme"
        );
        assert_eq!(
            label(&with(true, Some(100.0))),
            "Accessibilité : totalement conforme"
        );
        assert_eq!(
            footer_label(&with(true, Some(75.0)), Language::En),
            "Accessibility: partially compliant"
        );
    }

    #[test]
    fn rates_are_written_as_people_write_them() {
        assert_eq!(rate_text(72.5, Language::Fr), "72,5");
        assert_eq!(rate_text(72.5, Language::En), "72.5");
        assert_eq!(rate_text(100.0, Language::Fr), "100");
    }
}
