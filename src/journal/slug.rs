//! URL-safe ids from folder and file names: ASCII, lowercase, dashes.

/// `Café du Port` → `cafe-du-port`. Empty when nothing is left.
pub fn slugify(name: &str) -> String {
    let ascii = deunicode::deunicode(name).to_lowercase();
    let mut out = String::with_capacity(ascii.len());
    let mut dash = false;
    for c in ascii.chars() {
        if c.is_ascii_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.push(c);
        } else {
            dash = true;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_accents_case_and_punctuation() {
        assert_eq!(slugify("Café"), "cafe");
        assert_eq!(slugify("cafe"), "cafe");
        assert_eq!(
            slugify("2021-03-30 Stage  animalerie!"),
            "2021-03-30-stage-animalerie"
        );
        assert_eq!(slugify("Ce que j'ai appris"), "ce-que-j-ai-appris");
        assert_eq!(slugify("---"), "");
    }
}
