//! Every string a person reads, in French (the source) and English, from the
//! Project Fluent catalogues `i18n/fr/carnet.ftl` and `i18n/en/carnet.ftl`,
//! embedded in the binary.
//!
//! Code asks for a message with [`t!`](crate::t): `t!(lang, "key")` or
//! `t!(lang, "key", name = value)`. `i18n-embed-fl` checks at compile time that the
//! key exists in French and that the variables given are the message's own; the
//! tests in this module check that English has the same keys with the same
//! variables, and that no user-facing text is written outside the catalogues.
//! Keys only known at run time (a template's strings) go through [`message`].

use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

use i18n_embed::fluent::{fluent_language_loader, FluentLanguageLoader};
use i18n_embed::unic_langid::LanguageIdentifier;
use i18n_embed::LanguageLoader;
use rust_embed::RustEmbed;

use crate::journal::Language;

pub use fluent::FluentValue;

#[doc(hidden)]
pub use i18n_embed_fl::fl as __fl;

/// The catalogues, embedded at compile time.
#[derive(RustEmbed)]
#[folder = "i18n"]
struct Catalogues;

/// The French messages.
pub static FR: LazyLock<FluentLanguageLoader> = LazyLock::new(|| loader("fr"));

/// The English messages (French where a key were missing, which a test forbids).
pub static EN: LazyLock<FluentLanguageLoader> = LazyLock::new(|| loader("en"));

fn loader(language: &str) -> FluentLanguageLoader {
    let loader = fluent_language_loader!();
    let id: LanguageIdentifier = language.parse().expect("a valid language tag");
    loader
        .load_languages(&Catalogues, &[id])
        .expect("the embedded catalogues load");
    // Unicode isolation marks around variables would show in a terminal and in
    // page text; carnet's languages are both left to right.
    loader.set_use_isolating(false);
    loader
}

/// The loader of `language`'s messages.
pub fn loader_of(language: Language) -> &'static FluentLanguageLoader {
    match language {
        Language::Fr => &FR,
        Language::En => &EN,
    }
}

/// A message in `lang`: `t!(lang, "key")`, or with variables
/// `t!(lang, "key", name = value, count = n)`. Values are strings or numbers
/// (anything `Into<FluentValue>`); pass a path as `path.display().to_string()`.
#[macro_export]
macro_rules! t {
    ($lang:expr, $id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        match $lang {
            $crate::journal::Language::Fr => {
                $crate::i18n::__fl!($crate::i18n::FR, $id $(, $name = $value)*)
            }
            $crate::journal::Language::En => {
                $crate::i18n::__fl!($crate::i18n::EN, $id $(, $name = $value)*)
            }
        }
    };
}

/// The message `id` in `language`, for keys known only at run time (the strings a
/// template reads). An unknown key gives the key itself, which the catalogue tests
/// keep from happening.
pub fn message(language: Language, id: &str) -> String {
    loader_of(language).get(id)
}

/// The message `id` in `language` with its variables.
pub fn message_with(language: Language, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let args = args
        .iter()
        .map(|(name, value)| (name.to_string(), value.clone()))
        .collect::<std::collections::HashMap<_, _>>();
    loader_of(language).get_args(id, args)
}

/// The keys of the French catalogue that start with `prefix`, in file order.
pub fn keys_with_prefix(prefix: &str) -> Vec<String> {
    catalogue(Language::Fr)
        .keys()
        .filter(|key| key.starts_with(prefix))
        .cloned()
        .collect()
}

/// The messages of `language` whose keys start with `prefix`, by the name templates
/// read them under: `t.name` for the message `<prefix>name`, dashes read as
/// underscores.
pub fn template_strings(prefix: &str, language: Language) -> BTreeMap<String, String> {
    keys_with_prefix(prefix)
        .into_iter()
        .map(|key| {
            let text = message(language, &key);
            (key[prefix.len()..].replace('-', "_"), text)
        })
        .collect()
}

/// The text of a catalogue as written (`i18n/<lang>/carnet.ftl`).
fn source(language: Language) -> String {
    let path = format!("{}/carnet.ftl", language.code());
    let file = Catalogues::get(&path).expect("the catalogue is embedded");
    String::from_utf8(file.data.into_owned()).expect("the catalogue is UTF-8")
}

/// Each message of a catalogue, with the variables it uses.
fn catalogue(language: Language) -> BTreeMap<String, BTreeSet<String>> {
    use fluent::FluentResource;
    let resource = FluentResource::try_new(source(language))
        .unwrap_or_else(|(_, errors)| panic!("{}/carnet.ftl: {errors:?}", language.code()));
    resource
        .entries()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(message) => Some((
                message.id.name.to_string(),
                variables(message.value.as_ref()),
            )),
            _ => None,
        })
        .collect()
}

/// The variables (`{ $name }`) a message's pattern uses, selectors included.
fn variables(value: Option<&fluent_syntax::ast::Pattern<&str>>) -> BTreeSet<String> {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    fn inline(expression: &InlineExpression<&str>, found: &mut BTreeSet<String>) {
        match expression {
            InlineExpression::VariableReference { id } => {
                found.insert(id.name.to_string());
            }
            InlineExpression::Placeable { expression } => walk(expression, found),
            InlineExpression::FunctionReference { arguments, .. } => {
                for argument in &arguments.positional {
                    inline(argument, found);
                }
            }
            _ => {}
        }
    }
    fn walk(expression: &Expression<&str>, found: &mut BTreeSet<String>) {
        match expression {
            Expression::Inline(expression) => inline(expression, found),
            Expression::Select { selector, variants } => {
                inline(selector, found);
                for variant in variants {
                    pattern(&variant.value, found);
                }
            }
        }
    }
    fn pattern(value: &fluent_syntax::ast::Pattern<&str>, found: &mut BTreeSet<String>) {
        for element in &value.elements {
            if let PatternElement::Placeable { expression } = element {
                walk(expression, found);
            }
        }
    }
    let mut found = BTreeSet::new();
    if let Some(value) = value {
        pattern(value, &mut found);
    }
    found
}

#[cfg(test)]
mod tests;
