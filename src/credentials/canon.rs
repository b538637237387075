//! RDF Dataset Canonicalization (RDFC-1.0) of a JSON-LD document, with a static
//! document loader: the contexts carnet ships ([`super::contexts`]), never fetched.
//!
//! The two steps are other people's code: JSON-LD to RDF is `oxjsonld` (Oxigraph's
//! JSON-LD 1.1 parser), RDFC-1.0 is `rdf-canon` (tested on the W3C test suite). The
//! only code here moves each quad from `oxjsonld`'s `oxrdf` 0.3 types to the
//! `oxrdf` 0.2 types `rdf-canon` takes: same terms, same strings.

use oxrdf02 as old;

use super::contexts;

/// Why a document could not be canonicalised.
#[derive(Debug, thiserror::Error)]
pub enum CanonError {
    /// The JSON-LD is invalid, or names a context carnet does not ship.
    #[error("JSON-LD: {0}")]
    JsonLd(String),
    /// RDFC-1.0 refused the dataset.
    #[error("RDFC-1.0: {0}")]
    Canon(String),
}

/// The canonical N-Quads of the JSON-LD document `doc` (RDFC-1.0, SHA-256).
pub fn canonical_nquads(doc: &serde_json::Value) -> Result<String, CanonError> {
    let bytes = serde_json::to_vec(doc).map_err(|e| CanonError::JsonLd(e.to_string()))?;
    let mut quads = Vec::new();
    let parser = oxjsonld::JsonLdParser::new()
        .for_slice(&bytes)
        .with_load_document_callback(|url, _| {
            let document = contexts::get(url).ok_or_else(|| {
                Box::<dyn std::error::Error + Send + Sync>::from(format!(
                    "context {url} is not one carnet ships (contexts are never fetched)"
                ))
            })?;
            Ok(oxjsonld::JsonLdRemoteDocument {
                document: document.as_bytes().to_vec(),
                document_url: url.to_string(),
            })
        });
    for quad in parser {
        let quad = quad.map_err(|e| CanonError::JsonLd(e.to_string()))?;
        quads.push(convert(quad)?);
    }
    rdf_canon::canonicalize_quads(&quads).map_err(|e| CanonError::Canon(e.to_string()))
}

fn convert(q: oxrdf::Quad) -> Result<old::Quad, CanonError> {
    let subject: old::Subject = match q.subject {
        oxrdf::NamedOrBlankNode::NamedNode(n) => named(n).into(),
        oxrdf::NamedOrBlankNode::BlankNode(b) => blank(&b)?.into(),
    };
    let object: old::Term = match q.object {
        oxrdf::Term::NamedNode(n) => named(n).into(),
        oxrdf::Term::BlankNode(b) => blank(&b)?.into(),
        oxrdf::Term::Literal(l) => literal(l)?.into(),
        #[allow(unreachable_patterns)]
        _ => {
            return Err(CanonError::JsonLd(
                "RDF 1.2 triple terms are not used".into(),
            ))
        }
    };
    let graph: old::GraphName = match q.graph_name {
        oxrdf::GraphName::NamedNode(n) => named(n).into(),
        oxrdf::GraphName::BlankNode(b) => blank(&b)?.into(),
        oxrdf::GraphName::DefaultGraph => old::GraphName::DefaultGraph,
    };
    Ok(old::Quad::new(subject, named(q.predicate), object, graph))
}

fn named(n: oxrdf::NamedNode) -> old::NamedNode {
    old::NamedNode::new_unchecked(n.into_string())
}

fn blank(b: &oxrdf::BlankNode) -> Result<old::BlankNode, CanonError> {
    old::BlankNode::new(b.as_str()).map_err(|e| CanonError::JsonLd(e.to_string()))
}

fn literal(l: oxrdf::Literal) -> Result<old::Literal, CanonError> {
    let (value, datatype, language) = l.destruct();
    Ok(match (datatype, language) {
        (_, Some(lang)) => old::Literal::new_language_tagged_literal_unchecked(value, lang),
        (Some(dt), None) => old::Literal::new_typed_literal(value, named(dt)),
        (None, None) => old::Literal::new_simple_literal(value),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_node_labels_do_not_change_the_canonical_form() {
        let a = serde_json::json!({
            "@context": {"ex": "https://example.org/"},
            "ex:p": [{"ex:q": "un"}, {"ex:q": "deux"}]
        });
        let b = serde_json::json!({
            "@context": {"ex": "https://example.org/"},
            "ex:p": [{"ex:q": "deux"}, {"ex:q": "un"}]
        });
        let ca = canonical_nquads(&a).expect("canonical");
        assert_eq!(ca, canonical_nquads(&b).expect("canonical"));
        assert!(ca.contains("_:c14n0"), "{ca}");
        assert_eq!(ca.lines().count(), 4, "{ca}");
    }

    #[test]
    fn a_context_that_is_not_shipped_is_refused() {
        let doc = serde_json::json!({"@context": "https://example.org/ctx.json", "a": 1});
        let err = canonical_nquads(&doc).expect_err("unknown context");
        assert!(err.to_string().contains("never fetched"), "{err}");
    }
}
