//! What an audience may see of the professionals: their profile, and their posts,
//! under the learners' rules. A post shows only where its author's profile does;
//! `community` reaches the professional's groups (employers' groups only by name);
//! `private` and `referent` reach only the referent site of the adviser whose
//! profile it is (`professional = "…"` in `carnet.toml`).

use super::{group_sees, known_of, shared_with, Audience, GroupView, Sealed};
use crate::journal::{At, Date, Journal, Post, Professional, Visibility};

/// A professional the audience may see, with only the posts it may see.
#[derive(Debug, Clone)]
pub struct ProfessionalView {
    /// Slug (URL part: `pros/<slug>/`).
    pub slug: String,
    /// Display name.
    pub name: String,
    /// What they do.
    pub role: Option<String>,
    /// Where.
    pub organisation: Option<String>,
    /// Bio, Markdown.
    pub bio: String,
    /// Visibility of the profile.
    pub visibility: Visibility,
    /// Groups that see the profile, of those this audience may know of.
    pub shared_with: Vec<GroupView>,
    /// Visible posts, in date order.
    pub posts: Vec<PostView>,
    _sealed: Sealed,
}

/// A post the audience may see.
#[derive(Debug, Clone)]
pub struct PostView {
    /// Slug (the anchor on the professional's page).
    pub slug: String,
    /// Title.
    pub title: String,
    /// Date.
    pub date: Date,
    /// Kind (atelier, retour, offre...).
    pub kind: Option<String>,
    /// Visibility.
    pub visibility: Visibility,
    /// Groups that see it, of those this audience may know of.
    pub shared_with: Vec<GroupView>,
    /// Text, Markdown.
    pub body: String,
    _sealed: Sealed,
}

impl Audience {
    /// Whether this audience may see an item of professional `pro` with visibility
    /// `vis`, shown to the groups `targets`.
    pub fn may_see_pro(
        &self,
        journal: &Journal,
        pro: &Professional,
        vis: Visibility,
        targets: Option<&[At<String>]>,
    ) -> bool {
        match self {
            Audience::Public => vis == Visibility::Public,
            Audience::Community(g) => {
                pro.profile.groups.iter().any(|x| x == g)
                    && journal
                        .group(g)
                        .is_some_and(|group| group_sees(&group.slug, group.kind, vis, targets))
            }
            Audience::Referent(r) => journal
                .referent(r)
                .and_then(|r| r.professional.as_ref())
                .is_some_and(|own| own.value == pro.slug),
            // Never the adviser's own posts in what the referent sees of one learner.
            Audience::Private(_) | Audience::Programme(_) | Audience::SeenByReferent(_) => false,
        }
    }
}

/// The professionals `audience` may see, each with their visible posts.
pub(super) fn views(journal: &Journal, audience: &Audience) -> Vec<ProfessionalView> {
    journal
        .professionals
        .iter()
        .filter(|p| {
            let profile = &p.profile;
            audience.may_see_pro(
                journal,
                p,
                profile.visibility,
                profile.shared_with.as_deref(),
            )
        })
        .map(|p| view(journal, audience, p))
        .collect()
}

fn view(journal: &Journal, audience: &Audience, pro: &Professional) -> ProfessionalView {
    let profile = &pro.profile;
    let known = known_of(journal, audience, &profile.groups);
    ProfessionalView {
        slug: pro.slug.clone(),
        name: profile.name.clone(),
        role: profile.role.clone(),
        organisation: profile.organisation.clone(),
        bio: profile.bio.clone(),
        visibility: profile.visibility,
        shared_with: shared_with(&known, profile.visibility, profile.shared_with.as_deref()),
        posts: pro
            .posts
            .iter()
            .filter(|post| {
                audience.may_see_pro(journal, pro, post.visibility, post.groups.as_deref())
            })
            .map(|post| post_view(post, &known))
            .collect(),
        _sealed: Sealed,
    }
}

fn post_view(post: &Post, known: &[GroupView]) -> PostView {
    PostView {
        slug: post.slug.clone(),
        title: post.title.clone(),
        date: post.date,
        kind: post.kind.clone(),
        visibility: post.visibility,
        shared_with: shared_with(known, post.visibility, post.groups.as_deref()),
        body: post.body.clone(),
        _sealed: Sealed,
    }
}
