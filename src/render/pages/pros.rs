//! The professionals' pages: `pros/index.html` lists the professionals the site
//! shows and all their posts, `pros/<slug>/index.html` one professional and their
//! posts. Posts are labelled as a professional's everywhere, and the home page
//! shows the latest ones in a section of their own, apart from the learners'.

use super::super::context::{PostCtx, ProCard, ProsPage};
use super::super::{i18n, markdown, root_of, Page, Renderer};
use crate::audience::{PostView, ProfessionalView};
use crate::error::Result;

impl Renderer<'_> {
    /// Every professionals' page of the site (none when it shows no professional).
    pub(in crate::render) fn pro_pages(&mut self) -> Result<Vec<Page>> {
        let pros = self.view.professionals();
        if pros.is_empty() {
            return Ok(Vec::new());
        }
        let t = i18n::strings(self.view.language());
        let mut pages = Vec::new();
        let path = "pros/index.html".to_string();
        let root = root_of(&path);
        let ctx = ProsPage {
            pros: pros.iter().map(|p| self.pro_card(p, &root)).collect(),
            posts: self.posts(pros.iter(), &root),
            single: false,
            all_url: String::new(),
        };
        let title = t["pros_title"].to_string();
        let meta = self.meta(&path, &title, t["pros_intro"].to_string(), "website", None);
        pages.push(self.page("pros.html", path, &title, meta, ctx)?);
        for pro in pros {
            let path = format!("pros/{}/index.html", pro.slug);
            let root = root_of(&path);
            let ctx = ProsPage {
                pros: vec![self.pro_card(pro, &root)],
                posts: self.posts(std::iter::once(pro), &root),
                single: true,
                all_url: format!("{root}pros/index.html"),
            };
            let description = markdown::summary(&pro.bio, 200);
            let meta = self.meta(&path, &pro.name, description, "profile", None);
            pages.push(self.page("pros.html", path, &pro.name, meta, ctx)?);
        }
        Ok(pages)
    }

    /// The posts of `pros`, newest first, for a page at `root`.
    pub(in crate::render) fn posts<'p>(
        &self,
        pros: impl Iterator<Item = &'p ProfessionalView>,
        root: &str,
    ) -> Vec<PostCtx> {
        let mut all: Vec<(&ProfessionalView, &PostView)> = pros
            .flat_map(|p| p.posts.iter().map(move |post| (p, post)))
            .collect();
        all.sort_by(|a, b| (b.1.date, &b.1.slug).cmp(&(a.1.date, &a.1.slug)));
        all.into_iter()
            .map(|(pro, post)| self.post_ctx(pro, post, root))
            .collect()
    }

    fn post_ctx(&self, pro: &ProfessionalView, post: &PostView, root: &str) -> PostCtx {
        let language = self.view.language();
        PostCtx {
            slug: post.slug.clone(),
            title: post.title.clone(),
            date: i18n::human_date(&post.date, language),
            date_iso: post.date.iso(),
            kind_label: post
                .kind
                .as_deref()
                .map(|k| i18n::kind_label(k, language))
                .unwrap_or_default(),
            body_html: markdown::to_html_in(&post.body, language),
            summary: markdown::summary(&post.body, 200),
            author: pro.name.clone(),
            url: format!("{root}pros/{}/index.html#post-{}", pro.slug, post.slug),
            visibility: self.badge(post.visibility, None, &post.shared_with),
        }
    }

    fn pro_card(&self, pro: &ProfessionalView, root: &str) -> ProCard {
        let role_line = [pro.role.as_deref(), pro.organisation.as_deref()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(", ");
        ProCard {
            slug: pro.slug.clone(),
            name: pro.name.clone(),
            role_line,
            url: format!("{root}pros/{}/index.html", pro.slug),
            bio_html: markdown::to_html_in(&pro.bio, self.view.language()),
            visibility: self.badge(pro.visibility, None, &pro.shared_with),
        }
    }
}
