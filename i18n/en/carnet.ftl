# carnet's interface strings, one message per thing a person reads.
# French (i18n/fr/carnet.ftl) is the source; English (i18n/en/carnet.ftl) has
# exactly the same keys and variables (a test checks it). Keys are grouped by where
# they are read; within a group, keep related keys together.
# Syntax: https://projectfluent.org/fluent/guide/ — `{ $n }` is a variable; plurals
# use `{ $n -> [one] … *[other] … }` (French puts 0 and 1 in `one`).

## Shared words

count-errors = { $count ->
    [one] { $count } error
   *[other] { $count } errors
}
count-warnings = { $count ->
    [one] { $count } warning
   *[other] { $count } warnings
}


## Pages of the sites (templates and what carnet writes into them)

# Interface strings the templates read as `t.name` (`page-name-in-words`).
page-skip = Skip to content
page-home = Home
page-learners = The logbooks
page-learners-one = The logbook
page-learners-own = My logbook
page-latest = Latest experiences
page-no-learner = No logbook is visible here yet.
page-no-experience = No experience is visible here yet.
page-portrait = Portrait
page-path = My path
page-skills = My skills
page-skills-shown = Skills shown
page-stories = My stories
page-proofs-one = proof
page-proofs-many = proofs
page-proven-by = Proven by
page-declared = declared by me
page-talents-title = Talents
page-pros-title = The professionals
page-pros-intro = The advisers, trainers and tutors who support the young people, and what they share: workshops, feedback, immersion offers.
page-pro-label = Professional
page-pro-posts = The professionals' posts
page-pro-post-label = A professional's post
page-no-post = No post is visible here yet.
page-home-pros = From the professionals
page-see-pros = All the professionals' posts
page-atom-link = Atom feed
page-talents-intro = The skills the young people prove with their experiences: for each, who proves it, and with what. Proofs attested by a tutor or an employer come first.
page-talents-link = Find talents by skill
page-talents-empty = No skill is proven here yet.
page-talents-reference = Reference
page-talents-experiences = See these experiences
page-attested-by = attested by
page-attested-by-cap = Attested by
page-attested-at = at
page-attested-on = on
page-attested = attested
page-attestation = Attestation
page-declared-words = declared, not verified
page-renew = attestation to renew: the experience changed since
page-verify = Verify
page-photos = Photos
page-photo = photo
page-photos-lower = photos
page-place = Place
page-date = Date
page-tags = Tags
page-skills-used = Skills used
page-kind = Kind
page-back-portrait = Back to the portrait
page-story = Story
page-in-story = In this story
page-experiences = experiences
page-experience = experience
page-open-large = See the photo in full size
page-close = Close
page-previous = Previous
page-next = Next
page-who-can-see = Who can see this site?
page-levels-title = Who can see what?
page-levels-link = Understand the sharing levels
page-made-with = Made with carnet
page-a11y-title = Accessibility statement
page-a11y-none = Accessibility: not compliant
page-a11y-partial = Accessibility: partially compliant
page-a11y-full = Accessibility: fully compliant
page-member-of = Member of
page-followed-by = Followed by
page-filter-all = All
page-filter-all-m = All
page-filter-from-any = The start
page-filter-to-any = Today
page-filters = Filter experiences
page-visibility = Visibility
page-share = Share
page-all-experiences = All experiences
page-see-all = See all experiences
page-filter-kind = Kind
page-filter-skill = Skill
page-filter-learner = Person
page-filter-tag = Tag
page-filter-group = Group
page-filter-from = From
page-filter-to = Until
page-search = Search
page-search-hint = A word, accents optional
page-browse = Browse
page-facet-feed = Filter among all experiences
page-shown = experiences shown
page-reset = Show all
page-resume = My CV as JSON Resume

# What carnet writes into the pages with the journal's words (`site-`), formatted
# by the code: banners, dates, kinds, visibility labels, levels, counts, attestations.
site-banner-public = Public site: anyone on the internet may read it
site-banner-community = Site of the group { $reader }: visible to its members
site-banner-referent = Follow-up site — { $reader }: visible to { $reader } only
site-banner-private = Your private logbook — { $reader }: visible to you only
site-month-1 = January
site-month-2 = February
site-month-3 = March
site-month-4 = April
site-month-5 = May
site-month-6 = June
site-month-7 = July
site-month-8 = August
site-month-9 = September
site-month-10 = October
site-month-11 = November
site-month-12 = December
# "31 May 2021".
site-date = { $day } { $month } { $year }
# "31 May 2021 at 14:06".
site-date-time = { $date } at { $time }
site-kind-stage = Internship
site-kind-atelier = Workshop
site-kind-visite = Company visit
site-kind-formation = Training
site-kind-emploi = Job
site-kind-entretien = Interview
site-kind-benevolat = Volunteering
site-kind-forum = Fair
site-visibility-private = Only you
# $gender: see the French catalogue; English says "your" whatever the role.
site-visibility-referent = { $gender ->
    [none] You and { $name }, who follows you
   *[other] You and your { $role } { $name }
}
site-visibility-referent-unknown = You and your adviser
site-visibility-community = Members of the group { $groups }
site-visibility-community-unknown = Members of your group
site-visibility-public = Everyone on the internet
# The same, short enough for a badge on a card.
site-visibility-short-referent = { $gender ->
   *[other] You and { $name }
}
site-visibility-short-group = Group { $groups }
site-visibility-short-groups = { $count } groups
site-level = level { $level } of 4
site-level-meaning = level { $level } of 4: { $level ->
    [1] discovering
    [2] with help
    [3] on my own
   *[4] I can teach it
}
site-count-experiences = { $count ->
    [one] { $count } experience
   *[other] { $count } experiences
}
site-count-proofs = { $count ->
    [one] { $count } proof
   *[other] { $count } proofs
}
site-attested-count = { $count ->
    [one] { $count } of them attested
   *[other] { $count } of them attested
}
site-attested-by = attested by { $name }
site-attested-by-detail = attested by { $name }, { $detail }
site-attested-by-role-at = attested by { $name }, { $role } at { $organisation }
site-verified-by = verified (signed by { $issuer })
site-verify-what = the signed attestation ({ $skill })
site-badges-note = « Verify » opens an attestation signed by { $issuer } in the Open Badges 3.0 format, which an employer can check with any Open Badges verifier. It proves that { $issuer } vouches for what a tutor or employer saw during the experience; it does not prove that the skill is mastered.
site-facet-title = { $facet }: { $value }


## carnet serve: pages, refusals and forms



## Sealed sites: the unlock page



## Command line: --help



## Command line: errors in the arguments



## Messages: loading and checking a journal



## Messages: building, images and the summary



## Messages: commands (init, new, add, keys, attest, share, export, serve)


