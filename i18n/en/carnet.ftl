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
page-photo-viewer = Photo viewer
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

# The page "Who can see what?" (visibility.html). Messages ending in `-html`
# are HTML written by carnet, printed as they are.
page-levels-visitor-lead-html = Each young person who keeps their logbook here chooses who may see their profile, each of their experiences and each of their stories. There are four sharing levels.
page-levels-this-site-public-html = This site is public: it shows only what each young person chose to show everyone.
site-levels-this-site-employers = This is the site of the group { $reader }, a group of employers: it shows only what the young people opened to this group by naming it, and what they show everyone.
site-levels-this-site-community = This is the site of the group { $reader }: it shows what the young people of this group share with it, and what they show everyone.
site-levels-this-site-referent = This is the follow-up site of { $reader }: it shows what the young people { $reader } follows share with { $reader }, with their group or with everyone.
page-levels-visitor-private-title-html = Only the young person
page-levels-visitor-private-html = Nobody else sees these pages: not their adviser, not their group.
page-levels-never-here-html = Never on this site
page-levels-shown-here-html = Shown on this site
page-levels-not-here-html = Not on this site
page-levels-visitor-referent-title-html = The young person and their adviser
page-levels-visitor-referent-html = The person who follows them sees them too, to talk about them together.
page-levels-visitor-community-title-html = Members of their group
page-levels-visitor-community-html = The people of their group and their advisers see them. Not the rest of the internet.
page-levels-visitor-groups-html = A young person in several groups chooses which of them see each page. A group of employers sees only what a young person opened to it by naming it.
page-levels-visitor-groups-example-html = Example: a young woman is in the Garantie Jeunes group and in the partner employers' group. She opens her internship at a pet shop to the partner employers, and keeps the visit of the animal shelter for the Garantie Jeunes: each group sees only what she opened to it.
page-levels-public-title-html = Everyone on the internet
page-levels-visitor-public-html = Anyone can see them, for example an employer the young person sends the link of their portrait to.
page-levels-visitor-where-html = An experience or a story appears only where its author's profile appears too. A story shows only the experiences its reader may see. Photos are always copied without their hidden information (GPS position, camera, date).
page-levels-own-lead-html = Each page of your logbook (your profile, an experience, a story) has a sharing level. You choose it with the <code>visibility</code> line. Without that line, the page stays private.
page-levels-own-private-title-html = Only you
page-levels-own-private-html = <code>visibility = "private"</code>: nobody else sees it, not your adviser, not your group.
page-levels-own-private-example-html = Example: an interview that went badly and that you still want to think about.
page-levels-own-referent-title-html = You and your adviser
page-levels-own-referent-html = <code>visibility = "referent"</code>: the person who follows you sees it too, to talk about it with you.
page-levels-own-referent-example-html = Example: an internship where things were hard and that you want to discuss.
page-levels-own-community-title-html = Members of your group
page-levels-own-community-html = <code>visibility = "community"</code>: the people of your group and their advisers see it. Not the rest of the internet.
page-levels-own-community-example-html = Example: a company visit you made together.
page-levels-own-groups-html = <code>groups = [...]</code>: if you are in several groups, you choose which of them see the page. Without this line, all your groups see it, except groups of employers: they see only what you open to them by naming them. For your profile, the line is called <code>shared_with</code> (because <code>groups</code> there says which groups you are in).
page-levels-own-your-groups-html = Your groups:
page-levels-own-groups-example-html = Example: <code>visibility = "community"</code> and <code>groups = ["partner-employers"]</code> to show your internship to the partner employers without showing it to your Garantie Jeunes group.
page-levels-own-public-html = <code>visibility = "public"</code>: anyone can see it, for example an employer you send your portrait to.
page-levels-own-public-example-html = Example: your internship, with the photos you want a future employer to see.
page-levels-own-where-html = An experience or a story appears only where your profile appears too. A story shows only the experiences its reader may see. Photos are always copied without their hidden information (GPS position, camera, date).

# The accessibility statement (accessibility.html).
site-a11y-commitment = { $organisation } is committed to making its websites accessible, as article 47 of French law no. 2005-102 of 11 February 2005 requires.
page-a11y-commitment-html = The organisation that publishes this site is committed to making its websites accessible, as article 47 of French law no. 2005-102 of 11 February 2005 requires.
site-a11y-schema = It publishes its <a href="{ $url }">multi-year accessibility plan</a> (schéma pluriannuel).
site-a11y-applies = This accessibility statement applies to the site “{ $title }”.
page-a11y-status-title-html = Compliance status
# $status: `full`, `partial` or `none`; $audited: `yes` or `no`.
site-a11y-status = This site is <strong>{ $status ->
    [full] fully compliant
    [partial] partially compliant
   *[none] not compliant
}</strong> with the French accessibility framework RGAA, version 4.1{ $audited ->
    [yes] {""}
   *[no] , because it has not been audited
}.
page-a11y-results-title-html = Test results
site-a11y-audit-rate = The compliance audit made on <time datetime="{ $iso }">{ $date }</time> found that { $rate }% of the RGAA 4.1 criteria are met.
site-a11y-audit-rate-by = The compliance audit made by { $auditor } on <time datetime="{ $iso }">{ $date }</time> found that { $rate }% of the RGAA 4.1 criteria are met.
site-a11y-audit = A compliance audit was made on <time datetime="{ $iso }">{ $date }</time>.
site-a11y-audit-by = A compliance audit was made by { $auditor } on <time datetime="{ $iso }">{ $date }</time>.
page-a11y-no-audit-html = No compliance audit has been made.
page-a11y-tool-title-html = Tests made by the tool
page-a11y-tool-html = This site is made by carnet, free software. Its developers check the following on sample sites for every release. These are automatic tests, not an audit of this site:
page-a11y-tool-vnu-html = the pages' HTML is valid (Nu Html Checker, vnu);
page-a11y-tool-axe-html = axe-core, an automatic accessibility testing tool, finds no error;
page-a11y-tool-keyboard-html = every page can be used with a keyboard, without a mouse;
page-a11y-tool-phone-html = pages display on a phone screen 390 pixels wide.
page-a11y-contact-title-html = Feedback and contact
page-a11y-contact-html = If you cannot reach some content or service of this site, you may contact the person in charge of the site to be offered an accessible alternative or the content in another form.
page-a11y-email-html = E-mail:
page-a11y-form-html = Contact form:
page-a11y-no-contact-html = Ask the organisation that supports you or gave you this site's address.
page-a11y-appeal-title-html = Appeals
page-a11y-appeal-html = Use this procedure if you reported an accessibility problem that keeps you from some content or service to the person in charge of the site, and did not get a satisfactory answer.
page-a11y-appeal-write-html = Write to the Défenseur des droits (the French rights ombudsman): <a href="https://formulaire.defenseurdesdroits.fr/">formulaire.defenseurdesdroits.fr</a>
page-a11y-appeal-delegate-html = Contact the Défenseur des droits' delegate in your region
page-a11y-appeal-post-html = Send a letter by post (free of charge, no stamp needed):
page-a11y-appeal-address-html = Défenseur des droits<br>Libre réponse 71120<br>75342 Paris CEDEX 07


## carnet serve: pages, refusals and forms

# The preview's own pages, as `t.name` in its templates (`serve-page-name-in-words`).
serve-page-bar-region = carnet preview
serve-page-seen-as = You see your logbook as seen by:
serve-page-switch = Show
serve-page-group-public = Everyone
serve-page-group-community = Groups
serve-page-group-referent = Advisers
serve-page-group-private = Private logbooks
serve-page-new-experience = New experience
serve-page-edit-experience = Edit this experience
serve-page-preview-note = Preview on this computer: nothing is published.
serve-page-saved = Saved.
serve-page-error-kept = This page is the last version without errors. Fix the file and save: the page updates by itself.
serve-page-line = line
serve-page-column = column
serve-page-help = Hint:
serve-page-back = Back to the previous page
serve-page-levels = Understand who can see what
serve-page-form-intro = Tell what you did: a photo, a few words, the skills you showed. You choose who can see it.
serve-page-edit-intro = Change what you want: the rest of the file (photos, comments) stays as it is.
serve-page-form-not-saved = Nothing was saved.
serve-page-form-for = In the logbook of
serve-page-form-other-learner = choose another logbook
serve-page-photos = Your photos
serve-page-photos-hint = A photo of what you did, saw or made (JPEG, PNG or WebP). It stays in your logbook; the sites only show a copy without its hidden data (place, camera).
serve-page-more-photos = Add more photos
serve-page-photo = Photo
serve-page-alt = Describe this photo
serve-page-alt-hint = In a few words, for people who cannot see it: "A tabby cat on the counter".
serve-page-title = Title
serve-page-title-hint = For example: Internship in a bakery.
serve-page-date = Date
serve-page-date-hint = Leave empty to take the photo's date, or today's.
serve-page-date-hint-js = Today, or the photo's date when it knows it.
serve-page-date-from-photo = Date read from the photo. You can change it.
serve-page-date-hint-edit = The day of the experience.
serve-page-place = Place
serve-page-place-hint = The company, the town: "Martin's bakery, Givors".
serve-page-kind = Kind of experience
serve-page-kind-none = — Choose —
serve-page-tags = Tags
serve-page-tags-hint = Separate them with commas: kitchen, team.
serve-page-body = Tell
serve-page-body-hint = What you did, what you learned, what you liked.
serve-page-skills = The skills you showed
serve-page-who = Who can see this experience?

# The preview's bar and error panel.
serve-errors-to-fix = { $count ->
    [1] The logbook has an error to fix
   *[other] The logbook has { $count } errors to fix
}
# Who the bar shows the logbook as seen by, after "You see your logbook as seen by:".
serve-seen-as-public = everyone on the internet
serve-seen-as-group = the group { $reader }
serve-seen-as-programme = the programme of { $reader }
serve-seen-as-private = { $reader } (private logbook)
# The referent, in the words of the badge (see site-visibility-referent).
serve-seen-as-referent = { $gender ->
    [none] { $name }, who follows you
   *[other] your { $role } { $name }
}

# The capture form: hints under the visibilities, and why a form was refused.
serve-form-hint-private = Nobody else sees it. Choose this if unsure.
serve-form-hint-referent = To talk about it with your adviser.
serve-form-hint-community = To share it with your group.
serve-form-hint-public = Anyone can find and read it, employers too.
serve-form-csrf = The form has expired: reload it and try again.
serve-form-too-large = « { $name } » is too large (at most { $mb } MB). Choose a smaller photo, or shrink it before sending it.
serve-form-malformed = The form arrived incomplete. Try again.
serve-form-bad-date = « { $date } » is not a date: choose a day in the calendar.

# Writing an experience from the preview: the form's pages and refusals.
serve-new-experience = New experience
serve-edit-experience = Edit the experience
serve-save-experience = Save the experience
serve-save-changes = Save the changes
serve-not-yours-title = You can only write in your own logbook
serve-not-yours = This form was aimed at someone else's logbook: nothing was written. To add an experience to your logbook, use « New experience » at the top of the page.
serve-stale-form-title = The form has expired
serve-stale-form = Nothing was saved. Go back with your browser's Back button: your text is still there. Copy it, reload the form, paste it and save again.
serve-reload-form = Reload the form
serve-form-waits = The form waits for the logbook to be readable
serve-choose-learner = Choose the logbook to write it in:
serve-no-learner-yet = The journal has no logbook yet: first make a folder learners/<name>/ with a profile.md.
serve-cannot-edit-title = This experience cannot be edited here
serve-author-no-title = Give your experience a title.
serve-author-not-a-photo = "{ $name }" is not a JPEG, PNG or WebP photo. Choose another image.
serve-author-bad-photo = "{ $name }": { $reason }. Choose another photo, or send it again.
# $what: the kind of character; $code: its code, in hexadecimal.
serve-author-forbidden-character = { $field } held { $what } (U+{ $code }), often from a copy and paste. It was removed: check the text, then save again.
serve-author-text-too-long = The text is too long for one file (over 1 MiB): split it into several experiences.
serve-author-outside-journal = This logbook is a link that leads out of the journal's folder: nothing was written. Ask whoever keeps the journal to move it back in.
serve-edit-changed-meanwhile = This experience's file changed since you opened the form (in an editor?). Nothing was written: reload the form to start from the new version.
serve-edit-outside-journal = This experience is a link that leads out of the journal's folder: it cannot be edited here, and nothing was written.
serve-write-interrupted = the write was interrupted; nothing was overwritten
serve-edit-interrupted = the write was interrupted; the file is as it was
serve-refused-token = refused: missing or wrong token
serve-no-experience-named = no experience named

# The preview's refusals and waiting pages.
serve-refused-not-yours-title = This page is not part of your logbook
serve-refused-not-yours = Your link opens your logbook, your groups' sites and the public site. To go back to your logbook, use the button below.
serve-refused-no-link-title = Your personal link is needed
serve-refused-no-link = To open your logbook, scan the QR code of your card or type the whole address it carries. If your card no longer works, ask whoever runs the workshop for a new one.
serve-back-to-my-logbook = Back to my logbook
serve-refused-other-origin = refused: carnet serve answers only its own pages
serve-link-from-elsewhere-title = Link opened from another site
serve-link-from-elsewhere = To protect the logbooks, the preview answers only its own pages and addresses typed or scanned. If you followed this link yourself, open it from here:
serve-open-this-page = Open this page
serve-refused-cross-origin = refused: this form can only be sent from carnet serve's own pages
serve-refused-host = carnet serve answers only at http://127.0.0.1 (or localhost) on its port
serve-no-random = no random numbers from the system
serve-method-not-allowed = method not allowed
serve-refused-path = refused path
serve-photo-gone = this photo is no longer in the cache
serve-first-build-title = Building the logbook for the first time…
serve-first-build = The page will show by itself when it is ready. Photos are prepared once: next times will be fast.
serve-cannot-show-title = The logbook cannot show yet
serve-cannot-show = Fix the error above and save: the page will update by itself.
serve-not-found-title = This page does not exist
serve-not-found = It may have been renamed or made less visible.
serve-go-home = Go to the home page

# Why a site of the preview does not show a page (explain.html).
serve-explain-title = { $who } cannot see this page
serve-explain-experience = This experience, "{ $title }", is visible to: { $seen_by }.
serve-explain-story = This story, "{ $title }", is visible to: { $seen_by }.
serve-explain-portrait = { $learner }'s portrait is visible to: { $seen_by }.
serve-explain-portrait-too = And { $learner }'s portrait is visible to: { $portrait }. Nothing of a logbook shows where its portrait does not.
serve-explain-show-more-edit = To show it to more people, choose who sees it in "Edit this experience": the page will update by itself.
serve-explain-show-more-file = To show it to more people, change its visibility in its file: the page will update by itself.
serve-explain-no-page = This page does not exist in the site seen by { $reader }.
serve-explain-home = See the home page seen by { $reader }

serve-switch-no-target = missing the site to show (?to=)

# The page of personal link cards (carnet serve --lan), written in HTML.
serve-cards-title-html = Personal link cards
serve-cards-intro-html = One card per person, to cut out and hand over in person. Each address works only on the workshop's network, while <code>carnet serve --lan</code> runs on this computer.
serve-cards-need-lan-html = Personal link cards exist only with <code>carnet serve --lan</code>: stop the preview (Ctrl-C) and start it again with <code>--lan</code>.
serve-cards-no-network-html = This computer is on no network: connect it to the workshop's Wi-Fi (or your phone's hotspot), then start <code>carnet serve --lan</code> again.
serve-cards-learner-opens-html = This address opens your logbook: your experiences (to write new ones), your groups' sites, the public site and what your adviser sees of you.
serve-cards-learner-secret-html = It is yours alone: do not share it. If you lose it, ask for a new card.
serve-cards-referent-opens-html = This address opens your referent site, the sites of your learners' groups and the public site (not the learners' private logbooks).
serve-cards-referent-secret-html = It is yours alone: do not share it. If you lose it, ask for a new card.


## Sealed sites: the unlock page

# The unlock page of a sealed site (its HTML, and the messages its script shows).
seal-title = Protected site
seal-intro = This site is encrypted. Enter the passphrase you were given to read it.
seal-label = Passphrase
seal-open = Open
seal-noscript = This site is encrypted: JavaScript is needed to decrypt and read it.
seal-working = Opening…
seal-wrong = Wrong passphrase: this site does not open with it. Check it (capitals, accents, spaces) and try again.
seal-tampered = A file of this site was changed or damaged: it cannot be decrypted, so nothing is shown. Tell the person who publishes this site.
seal-tampered-part = Part of this page was changed or damaged and cannot be decrypted: it is not shown. Tell the person who publishes this site.
seal-tampered-photo = Damaged photo: it cannot be decrypted
seal-failed = This site could not be loaded (a file is missing or the connection dropped). Try again later.
seal-not-found = This page does not exist in this site.
seal-insecure = This page must be opened through an https:// address (or http://localhost): on a plain http:// address the browser refuses to decrypt. Ask the person who publishes this site to host it over https.
seal-file-url = This encrypted site does not open straight from a file (file://): the browser refuses to read the encrypted files there. Publish it on https hosting, or open it through a small local server (for example « python3 -m http.server » in this folder, then http://localhost:8000).
seal-lock = Lock

# Passphrases of sealed sites (--passphrase-file, CARNET_PASSPHRASE_… variables).
seal-passphrase-missing = the site { $site } is protected (protect = true) but has no passphrase: give one in a file outside the journal (--passphrase-file, a line « { $site } = … ») or in the variable { $var }
seal-passphrase-line-without-equals = line without « = »: write « site = passphrase » (for example « community/my-group = … »)
seal-passphrase-site-not-protected = the site { $site } is not protected: add protect = true to its group or referent in carnet.toml, or remove this line
seal-passphrase-unknown-site = no protected site is called « { $site } » (protected sites: { $known })
seal-passphrase-unknown-variable = this variable names no protected site (expected variables: { $known })
seal-passphrase-not-utf8 = the value is not UTF-8
seal-passphrase-too-short = passphrase too short for { $site } ({ $chars } characters, at least { $min }): use several words
seal-passphrase-file-inside = the passphrase file is inside the journal: it would be copied, exported or shared with it. Keep it elsewhere (outside the journal folder)

seal-no-random = the system gave no random numbers to encrypt with: { $reason }
seal-encrypt-failed = encryption failed (a file too large?)


## Command line: --help

cli-help-heading-usage = Usage:
cli-help-heading-arguments = Arguments:
cli-help-heading-options = Options:
cli-help-heading-commands = Commands:
cli-help-flag-help = Print help
cli-help-flag-version = Print version
cli-help-help-about = Print this message or the help of the given subcommand(s)
cli-help-help-arg-subcommand = Print help for the subcommand(s)
cli-help-default = {"["}default: { $value }]
cli-help-possible-values = {"["}possible values: { $values }]
cli-help-env = {"["}env: { $name }]
cli-help-aliases = {"["}aliases: { $names }]
cli-help-value-audience = AUDIENCE
cli-help-value-by = BY
cli-help-value-cache = CACHE
cli-help-value-color = COLOR
cli-help-value-date = DATE
cli-help-value-dir = DIR
cli-help-value-experience = EXPERIENCE
cli-help-value-file = FILE
cli-help-value-format = FORMAT
cli-help-value-group = GROUP
cli-help-value-journal = JOURNAL
cli-help-value-key = KEY
cli-help-value-kind = KIND
cli-help-value-language = LANGUAGE
cli-help-value-learner = LEARNER
cli-help-value-name = NAME
cli-help-value-organisation = ORGANISATION
cli-help-value-out = OUT
cli-help-value-path = PATH
cli-help-value-person = PERSON
cli-help-value-photos = PHOTOS
cli-help-value-port = PORT
cli-help-value-quote = QUOTE
cli-help-value-recipient = RECIPIENT
cli-help-value-referent = REFERENT
cli-help-value-role = ROLE
cli-help-value-shell = SHELL
cli-help-value-skills = SKILLS
cli-help-value-slug = SLUG
cli-help-value-title = TITLE
cli-help-value-command = COMMAND
cli-help-about = Turns a carnet de route (a folder of experiences) into one static site per audience
cli-help-after =
    Exit codes:
      0  success (check: no error; warnings allowed unless --deny-warnings)
      1  the journal has errors (nothing was written), or warnings under check --deny-warnings
      2  usage, file system or output-folder error
    
    Messages are in the journal's language (`language` in carnet.toml, French by default).
    Colours: --color, or the NO_COLOR environment variable.
cli-help-arg-color = When to colour messages (auto: on a terminal, unless NO_COLOR is set)
cli-help-arg-quiet = Print errors only (no summary, no warnings)
cli-help-arg-verbose = Say more: where files go, and how long each stage took
cli-help-build-about = Builds every audience's site: public, each community, each referent, each learner
cli-help-build-after =
    Examples:
      carnet build                           # the journal in this folder, sites in site/
      carnet build example-journal           # sites in example-journal/site/
      carnet build . --out /srv/carnet       # sites elsewhere
      carnet build . -q                      # errors only
    
    Publish one site folder (site/public/), never the whole output folder: see `carnet export`.
cli-help-build-arg-journal = The journal folder (holding carnet.toml)
cli-help-build-arg-out = Output folder [default: JOURNAL/site]. carnet owns it: it refuses a non-empty folder it did not create
cli-help-build-arg-cache = Image cache folder [default: $CARNET_CACHE, else carnet/<journal> in the user's cache folder]
cli-help-build-arg-passphrase-file = File of the passphrases of the protected sites (`protect = true`), outside the journal: one `site = passphrase` line each, several lines per site allowed (`community/garantie-jeunes = …`). CARNET_PASSPHRASE_<SITE> variables add to it
cli-help-build-arg-identity = The programme's identity file, which opens contributions/*.carnet [default: $CARNET_IDENTITY, else identity.age in carnet's private folder]. Never inside the journal
cli-help-check-about = Checks a journal without writing anything: errors, and what a build warns about
cli-help-check-after =
    Examples:
      carnet check                           # the journal in the current folder
      carnet check example-journal --deny-warnings
      carnet check . --format json | jq -r .code
    
    Warnings: missing-alt (photo without alt text), unlisted-photo (a photo of the folder
    left out of `photos = [...]`), hidden-in-story (a story told with less visible
    experiences), no-skill (an experience with no skill), hidden-by-profile (a profile
    less visible than its items). JSON: one object per line and per diagnostic, with
    severity, code, message, help, file, line, column, end_column (docs/diagnostics.md).
    
    Exit codes: 0 no error (warnings allowed), 1 errors (or warnings with
    --deny-warnings), 2 the journal cannot be read at all.
cli-help-check-arg-journal = The journal folder (holding carnet.toml)
cli-help-check-arg-format = How to print the diagnostics (human: messages with a caret under the place; json: one JSON object per line)
cli-help-check-arg-deny-warnings = Fail (exit 1) on warnings too
cli-help-init-about = Starts a new journal: carnet.toml, a learner, an example experience and a story
cli-help-init-after =
    Examples:
      carnet init mon-carnet --learner "Inès"
      carnet init                            # in the current folder, if it is empty
      carnet init my-journal --language en
      carnet init garantie-jeunes --group "Garantie Jeunes 2026"   # an adviser's journal for a group
    
    Everything it writes is private: nothing is shared until you change a `visibility`.
    It refuses a folder that is not empty.
cli-help-init-arg-dir = The new journal's folder (created if missing; must be empty)
cli-help-init-arg-learner = The learner's name (their folder is made from it)
cli-help-init-arg-group = An adviser's journal for a group, named so (no learner yet: add them with carnet add). Asked on a terminal when neither --learner nor --group is given
cli-help-init-arg-language = The language of the sites, of the comments and of carnet's messages
cli-help-add-about = Adds a learner, a list of learners, a group or a referent to a journal
cli-help-add-after =
    Examples:
      carnet add referent "Nelly Martin" --role "conseillère"
      carnet add group garantie-jeunes --name "Garantie Jeunes 2026"
      carnet add learner "Inès Benali" --group garantie-jeunes --referent nelly
      carnet add learners eleves.csv --group garantie-jeunes --referent nelly
    
    Everything a learner gets is private. carnet.toml keeps its comments and layout.
    Nothing is written when something is wrong (a roster: when one line is wrong).
cli-help-add-arg-journal = The journal folder [default: the one holding the current folder]
cli-help-add-learner-about = A learner: learners/<first-name>/profile.md, private
cli-help-add-learner-after =
    Examples:
      carnet add learner "Inès Benali" --group garantie-jeunes --referent nelly
      carnet add learner "Léa Moreau" --key RWQ…   # accept her shares signed with this key
    
    Her address is her first name (ines); a second Léa gets lea-m, then lea-moreau.
cli-help-add-learner-arg-name = Her first and last name
cli-help-add-learner-arg-group = A group she is in (an id of carnet.toml, or its name); repeat for several
cli-help-add-learner-arg-referent = Her adviser (an id of carnet.toml, or their name)
cli-help-add-learner-arg-key = Her signing public key (minisign, RW…): her shares are then accepted
cli-help-add-learners-about = A whole list of learners, from a CSV file as a spreadsheet exports it
cli-help-add-learners-after =
    Examples:
      carnet add learners eleves.csv --group garantie-jeunes --referent nelly
    
    One learner a line: first name, last name, group (optional when --group is given).
    A header line (Prénom;Nom;Groupe, in any order) is optional. Separators ; , or tab;
    UTF-8 or Windows-1252. If one line is wrong, nothing is written.
cli-help-add-learners-arg-file = The CSV file
cli-help-add-learners-arg-group = The group of lines that name none (an id of carnet.toml, or its name)
cli-help-add-learners-arg-referent = Their adviser (an id of carnet.toml, or their name)
cli-help-add-group-about = A group ([[groups]] of carnet.toml)
cli-help-add-group-after =
    Examples:
      carnet add group garantie-jeunes --name "Garantie Jeunes 2026"
      carnet add group entreprises --name "Entreprises partenaires" --kind employers
cli-help-add-group-arg-slug = Its id: lowercase letters, digits and dashes (its site's address)
cli-help-add-group-arg-name = Its name, as shown
cli-help-add-group-arg-kind = Who is in it
cli-help-add-referent-about = A referent ([[referents]] of carnet.toml) and their folder professionals/<id>/
cli-help-add-referent-after =
    Examples:
      carnet add referent "Nelly Martin" --role "conseillère"
      carnet add referent "Karim Haddad" --role "éducateur" --slug karim-h
cli-help-add-referent-arg-name = Their first and last name
cli-help-add-referent-arg-role = What the learners call them (« Toi et ta conseillère Nelly »)
cli-help-add-referent-arg-slug = Their id [default: their first name]
cli-help-new-about = Creates a new experience of a learner, and prints the path of its index.md
cli-help-new-after =
    Examples:
      carnet new ines "Stage à la boulangerie" ~/Photos/IMG_2041.jpg ~/Photos/IMG_2042.jpg
      carnet new ines "Visite du port" --journal ~/carnet
      $EDITOR "$(carnet new ines 'Atelier CV')"
    
    The folder is <date>-<title>: the date is the first photo's date taken (EXIF), else
    today. The experience is private. Photos are copied with safe names; nothing is ever
    overwritten. The path of the new index.md is printed on stdout, alone.
cli-help-new-arg-learner = The learner (their folder name under learners/)
cli-help-new-arg-title = The experience's title
cli-help-new-arg-photos = Photos to copy in (JPEG, PNG or WebP), in order
cli-help-new-arg-journal = The journal folder [default: the one holding the current folder]
cli-help-export-about = Zips one site for upload, or a learner's journal and private site to take away
cli-help-export-after =
    Examples:
      carnet export example-journal --site public                  # example-journal-public.zip
      carnet export . --site community/garantie-jeunes -o groupe.zip
      carnet export . --learner ines                               # carnet-ines.zip
    
    --site zips that one site folder (its files at the root of the zip): the safe way to
    publish one site and nothing else. --learner zips the learner's folder of the journal
    (with skills.toml, themes/ and a carnet.toml keeping only her groups and referent,
    without passwords or the adviser's folder) under journal/, and the private site that
    journal builds under site/; it builds only her folder. The same input gives the same
    bytes (fixed dates and order).
cli-help-export-arg-journal = The journal folder (holding carnet.toml)
cli-help-export-arg-site = The site to zip: public, community/<group>, referent/<slug> or private/<learner>
cli-help-export-arg-learner = The learner whose journal folder and private site to zip
cli-help-export-arg-output = The zip to write [default: <journal>-<site>.zip, or carnet-<learner>.zip, in the current folder]. Replaced if it exists
cli-help-export-arg-out = Output folder of the build [default: JOURNAL/site]
cli-help-export-arg-cache = Image cache folder [default: $CARNET_CACHE, else carnet/<journal> in the user's cache folder]
cli-help-export-arg-passphrase-file = File of the passphrases of the protected sites, outside the journal (as for `carnet build`): a protected site is zipped sealed
cli-help-completions-about = Prints a shell completion script
cli-help-completions-after =
    Examples:
      carnet completions bash > ~/.local/share/bash-completion/completions/carnet
      carnet completions zsh > ~/.zfunc/_carnet       # with fpath+=~/.zfunc in ~/.zshrc
      carnet completions fish > ~/.config/fish/completions/carnet.fish
cli-help-completions-arg-shell = The shell
cli-help-man-about = Prints the man page (roff) of carnet, or writes one page per command
cli-help-man-after =
    Examples:
      carnet man | man -l -
      carnet man --dir ~/.local/share/man/man1     # carnet.1, carnet-build.1, ...
cli-help-man-arg-dir = Write carnet.1 and one page per command (carnet-build.1, ...) into this folder instead of printing the main page
cli-help-serve-about = Previews every audience's site live, and writes new experiences from a form
cli-help-serve-after =
    Examples:
      carnet serve                           # the journal in this folder, on http://127.0.0.1:1111/
      carnet serve example-journal -p 8000   # another journal, another port
      carnet serve . --lan                   # also for phones on the same Wi-Fi: one personal link each
      carnet serve . --lan --cards ../cartes.html   # the cards of the links, to print
      carnet serve . --lan --new-links ines  # a new link for Inès (her old one stops working)
    
    It never writes into the output folder; `carnet build` publishes.
cli-help-serve-arg-journal = The journal folder (holding carnet.toml) [default: the current folder]
cli-help-serve-arg-port = The port to listen on; when it is taken, the next ones are tried
cli-help-serve-arg-lan = Also listen on this machine's network addresses, for phones on the same Wi-Fi: each learner and each referent gets their own link (see its cards at /_carnet/cards on this machine), which opens only what is theirs; requests without a link are refused. Links are kept outside the journal and survive a restart
cli-help-serve-arg-new-links = With --lan: new links for everyone, or for one person (a learner's or a referent's slug); the old ones stop working
cli-help-serve-arg-cards = With --lan: write the printable cards of the links (A4, one per person) to FILE, outside the journal
cli-help-serve-arg-cache = Image cache folder [default: $CARNET_CACHE, else carnet/<journal> in the user's cache folder]
cli-help-share-about = Writes the file to send your programme: only what your adviser and groups may see
cli-help-share-after =
    Examples:
      carnet share --dry-run          # what would leave, in plain words; writes nothing
      carnet share                    # ines-2026-12-06.carnet in the current folder
      carnet share mon-carnet -o ~/Envois/
    
    Only your profile, experiences and stories whose visibility lets your adviser or
    your groups see them leave, with their photos re-encoded (no GPS, no camera data,
    never the original). Private items, their titles, folders and photos stay in your
    folder. The file is encrypted to your programme's keys ([programme] recipients =
    {"["}"age1…"] in carnet.toml, or --to) and signed with your key (made on first use,
    outside your journal: give its public key to your adviser).
cli-help-share-arg-journal = Your journal folder
cli-help-share-arg-learner = Which learner of the journal [default: its only one]
cli-help-share-arg-dry-run = Say what would leave and what stays, and write nothing
cli-help-share-arg-to = A programme's public key (age1…) to encrypt to, besides carnet.toml's
cli-help-share-arg-unencrypted = Write the file in clear: only to hand it over in person
cli-help-share-arg-key = Your signing key file [default: $CARNET_SIGNING_KEY, else signing.key in carnet's private folder, made on first use]; never inside the journal
cli-help-share-arg-out = Where to write: a file, or a folder [default: the current folder]
cli-help-keys-about = Keys for sharing carnets with a programme
cli-help-keys-after =
    Examples:
      carnet keys new                 # the programme's identity (an adviser, once)
      carnet keys new --learner       # a learner's signing key (carnet share makes one too)
      carnet keys new --issuer        # the programme's key that signs attestations
cli-help-keys-new-about = Makes a key, kept outside every journal, and prints its public part
cli-help-keys-new-after =
    Examples:
      carnet keys new                 # the programme's identity; prints age1… for learners
      carnet keys new --learner       # a learner's signing key; prints RW… for the adviser
      carnet keys new --issuer        # signs attestations; prints [issuer] for carnet.toml
    
    The programme's identity (identity.age), a learner's signing key (signing.key) and
    the issuer key (issuer/<public key>.key) go to carnet's private folder ($CARNET_HOME,
    else carnet/ in your configuration folder), readable by you only, never inside a
    journal. It never replaces an existing key.
cli-help-keys-new-arg-learner = Make a learner's signing key instead of a programme's identity
cli-help-keys-new-arg-issuer = Make the programme's key that signs attestations (Ed25519), for `carnet attest`
cli-help-keys-new-arg-out = The file to write [default: $CARNET_IDENTITY or $CARNET_SIGNING_KEY, else carnet's private folder]
cli-help-keys-new-arg-journal = A journal the key must stay out of
cli-help-contributions-about = Contributions of learners who keep their carnet in their own folder
cli-help-contributions-after =
    Examples:
      carnet contributions accept ines            # pins the key of ines's newest share
      carnet contributions accept ines --new-key  # she changed keys (checked with her)
cli-help-contributions-accept-about = Accepts the key a learner's newest contribution is signed with
cli-help-contributions-accept-after =
    Examples:
      carnet contributions accept ines
      carnet contributions accept ines mission-locale --identity ~/cles/programme.age
    
    Compare the key it prints with the one the learner reads on her screen (in person or
    by phone) before trusting her contributions.
cli-help-contributions-accept-arg-learner = The learner (her address, as in her share's file name)
cli-help-contributions-accept-arg-journal = The programme's journal
cli-help-contributions-accept-arg-identity = The programme's identity file [default: $CARNET_IDENTITY, else identity.age in carnet's private folder]
cli-help-contributions-accept-arg-new-key = Replace the key already accepted for this learner
cli-help-attest-about = Signs (or revokes) the attestation of an experience's skills
cli-help-attest-after =
    Examples:
      carnet attest ines 2021-03-30-stage-animalerie --skills rigueur,autonomie \
          --by Julien --role tuteur --organisation "Animalerie des Arches" \
          --quote "Toujours à l'heure, et attentive aux animaux."
      carnet attest ines 2021-03-30-stage-animalerie --revoke --skills rigueur
    
    The key is read from --key, else CARNET_ISSUER_KEY, else carnet's secrets folder
    (where carnet keys new --issuer wrote it); never from inside the journal. Each skill
    gets its own credential, credentials/<skill>.json in the experience's folder, bound
    to the experience's title, date, text, skills and photos: an edit made afterwards
    shows as « attestation à renouveler ».
cli-help-attest-arg-learner = The learner (their folder name under learners/)
cli-help-attest-arg-experience = The experience (its folder name under experiences/)
cli-help-attest-arg-skills = The skills vouched for, by id, separated by commas [default: all of the experience's]
cli-help-attest-arg-by = Who vouches (the tutor or employer who saw the learner at work)
cli-help-attest-arg-role = Their role (« tuteur », « cheffe d'équipe »)
cli-help-attest-arg-organisation = Their organisation
cli-help-attest-arg-quote = Their words, a sentence or two
cli-help-attest-arg-date = When they vouched, YYYY-MM-DD [default: today]
cli-help-attest-arg-revoke = Revoke the experience's signed attestations (of --skills, else all) instead
cli-help-attest-arg-key = The programme's key file [default: <secrets folder>/issuer/<public key>.key]
cli-help-attest-arg-journal = The journal folder [default: the one holding the current folder]

## Command line: errors in the arguments

cli-error-line = error: { $message }
cli-error-unknown-argument = unexpected argument '{ $arg }'
cli-error-unknown-command = unrecognized command '{ $command }'
cli-error-empty-value = '{ $arg }' needs a value, which cannot be empty
cli-error-invalid-value = invalid value '{ $value }' for '{ $arg }'
cli-error-not-a-number = invalid value for '{ $arg }': '{ $value }' is not a whole number
cli-error-missing-argument = a required argument is missing: { $args }
cli-error-missing-command = '{ $command }' needs a command: { $commands }
cli-error-conflict = '{ $arg }' cannot be used with '{ $other }'
cli-error-no-equals = '{ $arg }' needs its value after an equals sign ('{ $arg }=…')
cli-error-too-many-values = unexpected value for '{ $arg }': '{ $value }'
cli-error-number-of-values = '{ $arg }' needs { $expected ->
    [one] { $expected } value
   *[other] { $expected } values
}, { $given } given
cli-error-invalid-utf8 = an argument is not valid UTF-8 text
cli-error-other = the command's arguments are wrong
cli-error-did-you-mean = tip: did you mean '{ $suggestion }'?
cli-error-possible-values = possible values: { $values }
cli-error-possible-commands = possible commands: { $commands }
cli-error-as-value = tip: to pass '{ $arg }' as a value, write '{ $command }'
cli-error-try = tip: try '{ $command }'
cli-error-usage = Usage: { $usage }
cli-error-more = For more information, try '--help'.

## Messages: build, check, serve and export commands

cli-build-where =
    output: { $out }
    image cache: { $cache }
cli-failed-nothing-written = carnet: { $errors ->
        [one] { $errors } error
       *[other] { $errors } errors
    }; nothing was written, the sites already built are unchanged
cli-summary-built = carnet: { $sites ->
        [one] { $sites } site
       *[other] { $sites } sites
    }, { $pages ->
        [one] { $pages } page
       *[other] { $pages } pages
    }, { $photos ->
        [one] { $photos } photo
       *[other] { $photos } photos
    } ({ $files ->
        [one] { $files } image file
       *[other] { $files } image files
    }: { $made } made, { $cached } from cache; JPEG: { $codec }) in { $seconds } s
cli-summary-site = { $pages ->
        [one] { $pages } page
       *[other] { $pages } pages
    }
cli-summary-site-sealed = { $pages ->
        [one] { $pages } page
       *[other] { $pages } pages
    } (sealed: encrypted, readable with a passphrase)
cli-summary-contributions = contributions read:
cli-summary-contribution = { $file }: { $learner }, shared on { $day }, { $items ->
        [one] { $items } item
       *[other] { $items } items
    }
cli-summary-contribution-replaced = { $file }: { $learner }, shared on { $day }: replaced by a newer share
cli-summary-changed = output: { $changed ->
        [one] { $changed } file changed
       *[other] { $changed } files changed
    } of { $files } (added, replaced or deleted)
cli-summary-publish = publish { $site }/ only: { $all } holds every site, private ones included; never put it online whole
cli-summary-open = open { $page }
cli-summary-decoded = photos decoded: { $decoded }
cli-summary-warnings-hint = { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    } above: advice, not errors; every site was built. To read them again: { $command }
cli-privacy-none = privacy: { $photos ->
        [one] { $photos } photo
       *[other] { $photos } photos
    }, none carried private metadata
cli-privacy-removed = privacy: of { $photos ->
        [one] { $photos } photo
       *[other] { $photos } photos
    }, { $found } — all removed; no original photo is published
cli-privacy-gps = { $count } a GPS position
cli-privacy-serial = { $count } a serial number
cli-privacy-owner = { $count } an owner name
cli-privacy-camera = { $count } the camera model
cli-privacy-date = { $count } the date taken
cli-privacy-xmp = { $count } XMP metadata
cli-privacy-profile = { $count } a colour profile (applied)
cli-check-count = carnet check: { $errors ->
        [one] { $errors } error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    }
cli-serve-port-taken = carnet serve: port { $port } is taken, using the next free one
cli-serve-open = carnet serve: open { $url }  (Ctrl-C to stop)
cli-serve-links = carnet serve: { $count ->
        [one] { $count } personal link
       *[other] { $count } personal links
    } for phones on the network; their cards to print: { $cards }
cli-serve-cards-written = carnet serve: cards written to { $file } (they hold the links: do not leave them lying around)
cli-serve-renewed = carnet serve: { $name }'s new link: { $link }
cli-serve-new-link = carnet serve: personal link of { $name }, new in the journal: { $link }  (their card is on the cards page too)
cli-serve-new-person = carnet serve: { $name }, new in the journal, has a personal link (their card is on the cards page)
cli-serve-built = carnet serve: built { $pages ->
        [one] { $pages } page
       *[other] { $pages } pages
    } in { $seconds } s
cli-serve-rebuilt = carnet serve: rebuilt { $pages ->
        [one] { $pages } page
       *[other] { $pages } pages
    } in { $seconds } s
cli-serve-last-good = carnet serve: the last good site is still served; fix the file and save
cli-serve-wrote = carnet serve: new experience { $dir }
cli-serve-watch-failed = carnet serve: watching the journal failed: { $error }
cli-serve-stopped = carnet serve: stopped
cli-export-say-what = say what to export: --site or --learner
cli-export-inside = { $dest } is inside { $guarded }, which is exported: write the zip elsewhere (-o)
cli-export-written = zip: { $dest } ({ $files ->
        [one] { $files } file
       *[other] { $files } files
    }, { $kb } KB)
cli-export-unknown-site = unknown site `{ $site }` (this journal has: { $all })
cli-export-unknown-site-near = unknown site `{ $site }` (this journal has: { $all }); did you mean `{ $near }`?
cli-export-unknown-learner = unknown learner `{ $learner }` (the journal has: { $all })

## Messages: loading and checking a journal

check-bad-slug = { $kind ->
        [group] group
       *[referent] referent
    } slug `{ $slug }` must be lowercase ascii letters, digits and dashes
check-bad-slug-help = e.g. `{ $good }`
check-duplicate-id = { $kind ->
        [group] group
       *[referent] referent
    } `{ $slug }` is defined twice
check-same-address = { $what ->
        [learners] learner folders
        [professionals] professional folders
        [posts] posts
        [experiences] experience folders
       *[stories] story files
    } { $names } would share the address `{ $slug }`
check-same-address-help = rename one of them
check-and = { " " }and{ " " }
check-reserved-address = folder `{ $folder }` would get the address `{ $slug }/`, which every site keeps for its own pages
check-reserved-address-help = rename the folder (e.g. `{ $slug }-1`)
check-unknown-referent = unknown referent `{ $name }` (carnet.toml defines: { $defined })
check-unknown-skill = unknown skill `{ $name }` ({ $builtin ->
        [yes] the built-in framework has
       *[no] skills.toml defines
    }: { $ids })
check-groups-not-community = `{ $key }` only applies to an item with visibility `community`, and this one is `{ $vis }`
check-groups-not-community-help = write `visibility = "community"`, or remove `{ $key }`
check-empty-groups = `{ $key } = []`: no group would see this item
check-empty-groups-help = name at least one of your groups, or remove `{ $key }` to show it to all of them
check-not-a-member = `{ $name }` is not one of the groups of { $member ->
        [learner] this learner
       *[professional] this professional
    } (profile.md: { $mine })
check-unknown-group = unknown group `{ $name }` (carnet.toml defines: { $defined })
check-unknown-professional = unknown professional `{ $name }` (professionals/ has: { $known })
check-attested-skill-not-listed = the attestation vouches for `{ $name }`, which this experience does not list in `skills`
check-unknown-experience = unknown experience `{ $name }`: it must be a folder of { $learner }/experiences/
check-bad-cover = cover `{ $name }` must be written `folder/photo.jpg`, naming a photo of one of the story's experiences
check-none = none
lint-issuer-without-site = {"["}issuer] needs an https:// base_url: the programme's identity (did:web) is its public site's address; without it, no attestation verifies
lint-credential-stale = the experience changed since `{ $skill }` was attested (title, date, text, skills or photos): the site says « attestation to renew » instead of « verified »
lint-credential-stale-help = restore the experience, or have it signed again: carnet attest { $who } { $folder } --skills { $skill } --by …
lint-credential-revoked = the attestation of `{ $skill }` was revoked by the programme: the site no longer shows it as verified
lint-credential-revoked-help = remove this file
lint-credential-invalid = this signed attestation does not verify with the public key of [issuer] ({ $why }): the site does not show it
lint-credential-invalid-help = only `carnet attest` writes these files: do not edit them by hand
lint-attestation-unsigned = declared attestation, not signed ({ $skills }): the sites show it as declared, not verified, and it does not count among attested skills
lint-attestation-unsigned-help = after talking to the tutor, the programme can sign it: carnet attest { $who } { $folder } --skills { $list } --by "{ $by }"
lint-missing-alt = photo `{ $file }` has no alt text
lint-missing-alt-help = describe it for people who cannot see it: `photos = [{"{"} file = { $quoted }, alt = "..." {"}"}]`
lint-unlisted-photo = photo `{ $file }` is in the folder but not in `photos`: it will not be published
lint-unlisted-photo-help = add `{"{"} file = { $quoted }, alt = "..." {"}"}` to the list, or move the photo out of the folder
lint-no-skill = this experience shows no skill
lint-no-skill-help = add the skills it proves, e.g. `skills = ["{ $example }"]` (ids { $builtin ->
        [yes] of the built-in framework, see the README
       *[no] of skills.toml
    })
lint-hidden-in-story = { $count ->
        [one] this story is `{ $level }`, but the experience { $names } is less visible: wherever the story is shown to someone who may not see it, it is told without it
       *[other] this story is `{ $level }`, but the experiences { $names } are less visible: wherever the story is shown to someone who may not see them, it is told without them
    }
lint-hidden-in-story-help = { $count ->
        [one] make this experience at least `{ $level }`, or the story less visible
       *[other] make these experiences at least `{ $level }`, or the story less visible
    }
lint-hidden-by-profile = this profile is `{ $level }`, less visible than { $experiences ->
        [0] { $stories ->
                [one] { $stories } story
               *[other] { $stories } stories
            }
        [one] { $experiences } experience{ $stories ->
                [0] {""}
                [one] {" "}and { $stories } story
               *[other] {" "}and { $stories } stories
            }
       *[other] { $experiences } experiences{ $stories ->
                [0] {""}
                [one] {" "}and { $stories } story
               *[other] {" "}and { $stories } stories
            }
    } (up to `{ $most }`): nothing of this learner shows where the profile does not
lint-hidden-by-profile-help = make the profile `{ $most }` (`visibility = "{ $most }"`) if they are meant to be seen, or make them less visible
toml-unknown-key = `{ $key }`: unknown key
toml-keys-allowed = keys allowed here: { $list }
toml-unknown-value = `{ $value }`: unknown value; possible values: { $list }
toml-missing-key = missing key `{ $key }`
toml-missing-key-help = add a line `{ $key } = …`
toml-invalid-type = invalid type: { $found }, where { $expected } is needed
toml-invalid-value = invalid value: { $found }, where { $expected } is needed
toml-quoted-text-needed = invalid type: a quoted text is needed
toml-duplicate-key = this key is already defined above
toml-duplicate-key-help = keep only one line
toml-unterminated-string = this string is never closed
toml-unterminated-string-help = close it with { $quote }
toml-unquoted-string = a text must be written between quotes
toml-unquoted-string-help = write it "like this"
toml-month-range = the month goes from 01 to 12
toml-day-range = this day does not exist in this month
toml-invalid-date = invalid date: { $detail }
toml-invalid-date-help = write it 2021-05-31, or 2021-05-31T14:06:00 with a time
toml-one-key-per-line = TOML syntax: one key per line, and nothing after its value (but a `#` comment)
toml-unclosed-bracket = TOML syntax: bracket never closed (`]` is missing)
toml-syntax = TOML syntax: { $message }
toml-did-you-mean = did you mean `{ $name }`?
toml-found = { $kind ->
        [string] string { $value }
        [integer] integer `{ $value }`
        [floating] floating point `{ $value }`
        [boolean] boolean `{ $value }`
        [sequence] sequence
        [map] map
       *[other] { $found }
    }
toml-expected = { $kind ->
        [boolean] true or false
        [string] a text between quotes
        [sequence] a list between brackets, ["…", "…"]
        [u8] a whole number from 0 to 255
        [unsigned] a positive whole number
        [datetime] a date without quotes, 2021-05-31
        [table] a table, {"{"} key = value, … {"}"}
       *[other] { $expected }
    }
walk-not-a-folder = is not a folder
walk-cannot-open = cannot open the journal: { $reason }
walk-folder-not-found = folder not found
walk-cannot-read = cannot read the file: { $reason }
walk-link-out = is a symbolic link that leads out of the journal
walk-no-address = { $what ->
        [file] the file name
       *[folder] the folder name
    } has no letter or digit to make an address from
walk-cannot-list = cannot list the folder: { $reason }
walk-name-not-unicode = the name is not valid Unicode (UTF-8): rename it
walk-photos-same-name = the photos { $list } have names that differ only by case or accents: on macOS and Windows they would be one file; rename one of them
walk-and = { " " }and{ " " }
walk-address-too-long = the name makes an address of { $len } characters (`{ $start }…`), longer than the { $max } a folder name may have: shorten the name
walk-path-leaves = `{ $rel }` leaves the journal: write a file name relative to the folder, without `..` or a leading `/`
walk-missing-file = `{ $rel }` is listed but there is no such file in { $folder }
walk-missing-file-too-long = `{ $rel }` is listed but there is no such file in { $folder } (the name is { $len } bytes long; file systems allow { $max })
walk-missing-file-case = `{ $rel }` is listed but there is no such file in { $folder }: there is `{ $other }`, whose name differs by case (names are case-sensitive here, not on macOS and Windows: write it as it is on disk)
walk-path-link-out = `{ $rel }` is a symbolic link that leads out of the journal
text-forbidden-in-value = `{ $key }` holds { $kind ->
        [bidi] an invisible character that changes the writing direction (U+{ $code }): remove it; it makes the text read in another order than it is written
       *[control] an invisible control character (U+{ $code }): remove it; pages and the Atom feed showing it would be unreadable for browsers and feed readers
    }
text-forbidden-in-body = the text holds { $kind ->
        [bidi] an invisible character that changes the writing direction (U+{ $code }): remove it; it makes the text read in another order than it is written
       *[control] an invisible control character (U+{ $code }): remove it; pages and the Atom feed showing it would be unreadable for browsers and feed readers
    }
text-too-long = the text is { $kb } KiB long, more than the { $max } KiB a file may hold: split it into several experiences, or shorten it
front-matter-no-opening = the file must start with a `+++` line, then the TOML front matter, then `+++`
front-matter-never-closed = the front matter opened here is never closed by a `+++` line
name-invisible-character = the name `{ $name }` holds an invisible or direction-changing character (U+{ $code }, character { $at } of the name): rename it without it; such characters make two different names look the same
field-unknown-aspect = unknown aspect `{ $value }`: use one of { $allowed }
field-unknown-focus = unknown focus `{ $value }`: use top, center, bottom, left, right or "x%,y%" (e.g. "30%,20%")
field-no-date = `{ $value }` has no date: write it as 2021-05-31 or 2021-05-31T14:06:00
field-invalid-skill = a skill is written "rigueur" or {"{"} id = "rigueur", level = 3 {"}"}
field-invalid-level = the level of `{ $id }` is `{ $level }`: a level goes from 1 to { $max }
field-invalid-level-help = 1: discovering, 2: with help, 3: on my own, 4: I can teach it
load-missing-file = missing: { $what ->
        [config] a journal needs a carnet.toml with at least `title = "..."` (carnet init makes one)
        [experience] every experience folder needs an index.md
        [learner] every learner folder needs a profile.md
       *[professional] every professional folder needs a profile.md
    }
config-quality-range = `quality` must be between 1 and 100
config-audit-date = `audit_date` must be a date without quotes, such as `audit_date = 2026-03-15`
config-rate-without-audit = a conformity rate comes from an audit: give its date too (`audit_date = 2026-03-15`)
config-rate-range = `rate` is the audit's conformity rate, a number from 0 to 100 (for example `rate = 72.5`)
config-contact = `contact` must be an e-mail address or the address of a web page (https://…)
config-schema-url = `schema_url` must be the address of a web page (https://…)
config-issuer-key = this is not an Ed25519 public key in Multikey form (z6Mk…): copy the one `carnet keys new --issuer` printed
config-skill-twice = skill id `{ $skill }` is defined twice
config-skill-reference = `{ $value }` is not a web address: a skill's reference starts with https://
config-skill-reference-help = for example reference = "http://data.europa.eu/esco/skill/…"
package-replayed = this share of `{ $slug }` is from { $day }, before the last one accepted ({ $last }): a replayed copy or an old file, it is refused
package-replayed-help = remove it from contributions/, or ask for a new share
package-same-learner = `{ $slug }` is both a folder (learners/{ $folder }) and a contribution ({ $file }): keep one or the other
skill-category-savoir-etre = Soft skills
skill-category-savoir-faire = Know-how
skill-category-savoir = Knowledge
skill-category-builtin = Soft skills
skill-autonomie = Autonomy
skill-capacite-adaptation = Adaptability
skill-capacite-federer = Bringing people together
skill-capacite-decision = Decision-making
skill-curiosite = Curiosity
skill-force-proposition = Initiative
skill-gestion-stress = Stress management
skill-perseverance = Perseverance
skill-prise-recul = Perspective
skill-reactivite = Responsiveness
skill-rigueur = Rigour
skill-sens-communication = Communication
skill-sens-organisation = Organisation
skill-travail-equipe = Teamwork
photo-unreadable = cannot read the photo: { $reason }
photo-not-a-photo = is not a JPEG, PNG or WebP image (or is corrupt)
photo-corrupt = corrupt or unreadable photo: { $reason }
photo-no-pixels = the photo has no pixels
photo-truncated = truncated JPEG: the file ends before the end of the image (copy it again from the camera or phone)
photo-heif-corrupt = corrupt or unreadable HEIC/AVIF photo: { $reason }
photo-heif-unsupported = HEIC/AVIF photo (the iPhone's format): this carnet was built without libheif and cannot read it. Convert it to JPEG, for example `heif-convert { $name } { $stem }.jpg` (package libheif-examples), or set the iPhone to Settings > Camera > Formats > "Most Compatible"
photo-too-many-bytes = photo of { $len } bytes is over the limit of { $max } bytes (`[images] max_bytes` in carnet.toml)
photo-too-many-pixels = photo of { $width }×{ $height } pixels is over the limit of { $max } pixels (`[images] max_pixels` in carnet.toml)
output-holds-journal = the output folder would contain the journal itself: choose another one with --out
output-in-content = the output folder cannot be inside the journal's learners/ or themes/ folder
output-cache-in-output = the image cache cannot be inside the output folder: it holds the photos of every audience, private ones included, and a site would publish them (choose another --cache)
output-output-in-cache = the output folder cannot be inside the image cache: carnet prunes the cache, and the cache holds the photos of every audience (choose another --cache or --out)
output-cache-in-content = the image cache cannot be inside the journal's learners/ or themes/ folder: carnet would read its files as photos or theme files of the journal (choose another --cache)
output-cache-holds-journal = the image cache cannot contain the journal: carnet prunes the cache (choose another --cache)
output-not-ours = this folder is not empty and was not made by carnet: carnet will not write into it (choose an empty or new folder with --out)
root-title = Do not publish this folder
root-lead = This folder holds <strong>every</strong> site carnet made, the private sites of young people, of their advisers and of groups included. Putting it online as a whole would publish all of them.
root-publish = For a public site, publish the <code>public/</code> folder only. Share the other sites only with the people concerned, behind access control (a password): <code>noindex</code> stops no one from reading them.
root-list = What this folder holds
root-kind-public = everyone on the internet: the only one to publish
root-kind-community = a site per group, for its members only
root-kind-referent = a site per adviser, for the young people they follow
root-kind-private = a site per young person, for them only


## Messages: building, images and the summary

build-decoder-failed = the image decoder failed on this file (corrupt or hostile image)
error-content = { $count ->
        [one] { $count } error in the journal
       *[other] { $count } errors in the journal
    }
error-leak = leak check: { $file } holds { $what ->
        [name] the name
        [title] the title
        [text] a sentence of the text
        [place] the place
        [tag] a tag
        [skill] a skill
        [attestation] its attestation
        [credential] a signed attestation
        [slug] the address
        [folder] the folder or file name
       *[photo-file] a photo's file name
    } of { $item } ({ $visibility }), which this site must not show: « { $text } ». Nothing was written: the output folder is unchanged. This is a bug in carnet or in the journal's theme; please report it (see SECURITY.md)
error-random = the system gives no random numbers: { $reason }
error-template = template { $name }: { $message }
error-port-in-use = cannot open port { $first }{ $range ->
        [yes] {" "}(nor the next ones up to { $last })
       *[no] {""}
    }: already used by another program; try --port { $next }
error-port-denied = cannot open port { $first }{ $range ->
        [yes] {" "}(nor the next ones up to { $last })
       *[no] {""}
    }: refused by the system (ports below 1024 are for the administrator); try --port 1111
error-port-other = cannot open port { $first }{ $range ->
        [yes] {" "}(nor the next ones up to { $last })
       *[no] {""}
    }: { $reason }; try another --port
error-serve-no-journal = folder not found: { $path } (the journal's folder, holding carnet.toml)
error-server-stopped = the server stopped: { $what ->
        [address] its address
        [event-loop] its event loop
       *[listening] listening
    }: { $reason }
io-file-not-found = file not found: { $path }
io-not-found = file or folder not found: { $path }
io-at-path = { $reason }: { $path }
io-disk-full = disk full, cannot write
io-read-only = read-only disk, cannot write
io-missing = not found
io-permission-denied = permission denied
io-already-exists = already exists
io-is-a-folder = is a folder, not a file
io-not-a-folder = not a folder (a file is on the path)
io-folder-not-empty = folder not empty
io-not-utf8 = unreadable: not UTF-8 text
io-invalid-data = invalid content ({ $detail })
io-other = input/output error ({ $detail })
photo-corrupt-or-truncated = corrupt or truncated photo: { $reason }
photo-changed = the photo changed during the build ({ $now } instead of { $then })
photo-wrong-pixel-count = corrupt photo: wrong pixel count
photo-out-of-memory = not enough memory to decode the photo
photo-too-large-to-process = photo too large to process
photo-resize = cannot resize the photo: { $reason }
photo-encode = cannot encode the photo: { $reason }
photo-encode-webp = cannot encode the photo as WebP: { $reason }
photo-no-libheif = HEIC, HEIF and AVIF photos need libheif, which this build of carnet lacks
photo-cache-write = cannot write the image cache: { $reason }
photo-not-made = the photo could not be made
codec-libjpeg = libjpeg-turbo { $version }, system library
codec-rust-forced = pure Rust, forced by CARNET_CODEC=rust
codec-rust-only = pure Rust, no libjpeg-turbo found at build time
photo-orient = cannot turn the photo: { $reason }


## Messages: commands (init, new, add, keys, attest, share, export, serve)



## Messages: sharing a carnet (share, contributions, keys)

share-count-experiences = { $count ->
    [one] { $count } experience
   *[other] { $count } experiences
}
share-count-stories = { $count ->
    [one] { $count } story
   *[other] { $count } stories
}
share-count-photos = { $count ->
    [one] { $count } photo
   *[other] { $count } photos
}
share-plan-nothing-kept = { $shared }; nothing stays home
share-plan-kept = { $shared }; { $kept } { $count ->
    [one] stays home
   *[other] stay home
}
share-no-learner = this journal has no folder in learners/: nothing to share
share-which-learner = say which learner to share with --learner (one of: { $list })
share-profile-hidden = your profile is visible neither to your referent nor to your groups: nothing can leave. Set at least visibility = "referent" in profile.md (and a referent), or "community" with your groups
share-error-key = the signing key could not be made or read ({ $detail })
share-error-public-key = this is not a minisign public key ({ $detail })
share-error-manifest = the share's signed list could not be written ({ $detail })
share-error-sign = the share could not be signed ({ $detail })
share-error-zip = the share file could not be put together ({ $detail })
share-error-encrypt = the share file could not be encrypted ({ $detail })
share-error-recipient = this is not a programme's public key (age1…) ({ $detail })
share-refused-not-a-package = this is not a carnet share file (neither age-encrypted nor a zip)
share-refused-no-identity = this share is encrypted, and no identity of the programme is available to open it
share-refused-other-programme = this share is encrypted for another programme: none of your identities opens it
share-refused-not-addressed = this share was signed for another programme, then encrypted again for you: it is refused
share-refused-damaged = this share is damaged, cut short or was changed on the way ({ $detail }): ask for it again
share-refused-format = this share is in format { $version }, newer than this carnet (format { $ours }): update carnet
share-refused-bad-name = this share holds a refused name (`{ $name }`): it is refused whole
share-refused-unknown-key = this share of `{ $learner }` is signed by the key { $key }, which the programme has not accepted yet
share-refused-other-key = this share is not signed by the key accepted for `{ $learner }` (it carries the key { $key }): it may come from someone else
share-refused-no-identity-help = give your identity file with --identity FILE or CARNET_IDENTITY, or make one with `carnet keys new`
share-refused-unknown-key-help = check this key with the person (in person), then: carnet contributions accept { $learner }
share-refused-other-key-help = if the person really changed keys (a new computer), check it with them, then: carnet contributions accept { $learner } --new-key
share-photo-changed = the photo differs from what the learner signed: the file was changed
share-invalid-recipient = this is not a programme's public key (age1…): copy again the one your referent gave you
share-invalid-recipient-flag = `{ $key }` is not a programme's public key (age1…)
share-no-recipient = no programme key: without one, the file would travel in clear and anyone could read it on the way (an intercepted e-mail, a lost USB key). Add [programme] recipients = ["age1…"] to carnet.toml (the key your referent gave you), or --to age1…; --unencrypted only if you hand the file over in person
share-unreadable-photo = cannot read the photo: { $error }
share-preview-title = What your referent will receive
share-preview-story = Story: { $title }
share-preview-stays-home = Your private items, their titles, folders and photos stay home. Photos leave re-encoded, without any metadata.
share-preview-errors = Nothing can leave while the journal has errors:
share-key-inside-journal = this key file is inside the journal: it would travel with it (copies, exports, shares). Keep it elsewhere, for example in { $home }
share-identity-exists = an identity already exists here: replacing it would make the shares made for it unreadable. Name another file with --out
share-not-an-identity = line { $line }: not an age identity (AGE-SECRET-KEY-1…)
share-no-identity-in-file = no identity in this file
share-signing-key-exists = a signing key already exists here: replacing it would make your programme accept the new one. Name another file with --out
share-not-a-signing-key = not an unencrypted minisign secret key
share-unreadable-file = cannot read the file: { $error }
share-not-a-public-key = `{ $key }` is not a minisign public key (RW…)
share-other-key-pinned = another key is already accepted for `{ $learner }`: check the new one with them, then add --new-key
share-no-contribution = no contribution of `{ $learner }` in contributions/
cli-share-written = share written: { $path }
cli-share-in-clear = in clear (--unencrypted): hand it over in person, not by e-mail
cli-share-encrypted = { $count ->
    [one] encrypted for { $count } programme key, signed by your key { $key }
   *[other] encrypted for { $count } programme keys, signed by your key { $key }
}
cli-share-new-key =
    new signing key, kept outside your journal: give its public part to your referent (in person or in writing):
    {"  "}{ $key }
cli-share-your-programme = your programme
cli-share-plan-title = What { $who } will receive from { $name }:
cli-share-plan-story = story: { $title }
cli-share-dry-run = Nothing written (--dry-run). Your private items, their titles, folders and photos stay home.
cli-contributions-key-accepted =
    key accepted for `{ $learner }` (from { $file }):
    {"  "}{ $key }
    Check it with them: it is the key `carnet share` showed them.
cli-contributions-key-already-accepted =
    key already accepted for `{ $learner }` (from { $file }):
    {"  "}{ $key }
    Check it with them: it is the key `carnet share` showed them.
cli-contributions-new-key-accepted =
    new key accepted for `{ $learner }` (from { $file }):
    {"  "}{ $key }
    Check it with them: it is the key `carnet share` showed them.
cli-keys-signing-written =
    signing key written to { $file } (readable by you only)
    its public part, to give your referent:
    {"  "}{ $key }
cli-keys-identity-written =
    programme identity written to { $file } (readable by you only; keep it out of the journal, back it up)
    its public key, to give the people who share their carnet:
    {"  "}{ $recipient }

## Messages: attestations (attest, keys new --issuer, the badges)

attest-badge-criteria = A skill put to work during an experience of the learner's carnet, attested by a tutor or an employer to { $issuer }, which signs.
attest-badge-genre = An experience of the learner's carnet
attest-badge-description = { $issuer } attests, on the word of { $by }, that { $learner } put the skill “{ $skill }” to work.
attest-nothing-to-revoke = no signed attestation to revoke for `{ $what }`
attest-no-issuer = to sign, carnet.toml needs an [issuer] table (name, public_key) and an https:// base_url: carnet keys new --issuer says what to write
attest-other-key = this key is not the one whose public part carnet.toml publishes (public_key): the attestations would not verify
attest-no-learner = no learner `{ $learner }` in this journal
attest-no-experience = no experience `{ $experience }` for `{ $learner }`
attest-skill-not-listed = this experience does not list `{ $skill }` in `skills` ({ $list }): only what the experience shows is attested
attest-proof-missing = no Data Integrity proof
attest-proof-unsupported = a proof of another kind than carnet's: { $what }
attest-proof-other-key = signed with another key ({ $key })
attest-proof-signature = the signature does not match the document: it changed after it was signed
attest-proof-canon = the document cannot be put in canonical form ({ $detail })
attest-key-file-warning =
    carnet: the programme's signing key (Ed25519). SECRET: never in a journal,
    never sent, never published. Its public part goes into carnet.toml ([issuer] public_key).
cli-no-journal-here = no carnet here: run the command inside a carnet (a folder with carnet.toml), or give --journal FOLDER
cli-attest-bad-date = --date { $date }: write the date as 2021-04-17
cli-attest-revoked = Revoked:
cli-attest-signed = Signed:
cli-attest-rebuild = Rebuild the sites (carnet build) for them to show it.
cli-attest-no-issuer-key = carnet.toml has no [issuer] table with public_key: make the programme's key with carnet keys new --issuer
cli-attest-key-inside-journal = { $path } is inside the journal: the programme's secret key must stay outside it (it would be copied and shared with it); move it and give --key
cli-attest-unreadable-key = { $path }: cannot read the programme's key: { $error } (give --key FILE, or CARNET_ISSUER_KEY)
cli-attest-not-a-key = { $path } is not a key written by carnet keys new --issuer
cli-keys-no-randomness = no randomness from the system: { $error }
cli-keys-inside-journal = { $path } is a journal: a secret key has no place in it (it would be copied and shared with it); pick a file outside the journal
cli-keys-exists = { $path } already exists: carnet never overwrites a key
cli-keys-issuer-written =
    Programme signing key created: { $path }
    (readable by you only; keep it outside every journal, back it up on a separate medium)

    To write into the journal's carnet.toml (only the public part goes there):

    {"["}issuer]
    name = "Mission locale …"   # the name of the programme that signs
    public_key = "{ $public }"

    With base_url = "https://…" in carnet.toml, the programme's identity is
    did:web:<host>:issuer, and the build publishes issuer/did.json on the public site.
    Then, after talking to the tutor: carnet attest LEARNER EXPERIENCE --skills … --by …

## Messages: writing into a carnet (init, new, add)

cli-init-created = Journal started in { $dir }:
cli-init-next =
    Everything is private (visibility = "private"): nothing is shared until you decide to.
    Next: carnet build { $dir }   then open { $dir }/site/private/{ $learner }/index.html
    New experience: carnet new { $learner } "Title" photo.jpg --journal { $dir }
cli-init-not-empty = { $dir } is not empty: carnet init starts a journal only in an empty or new folder
cli-init-ask-kind = Is this journal a learner's (1) or one for a group you support (2)? [1]
cli-init-ask-group = The group's name:
cli-init-group-created = Group journal started in { $dir }:
cli-init-group-next =
    Group: { $group }. Next:
    {"  "}carnet add referent "First Last" --role "adviser" --journal { $dir }
    {"  "}carnet add learners students.csv --group { $group } --referent <id> --journal { $dir }   (first name,last name, one line per learner)
    {"  "}carnet build { $dir }
cli-new-not-a-journal = { $path } is not a journal (no carnet.toml)
cli-new-unreadable-photo = { $path }: cannot read the photo: { $error }
cli-new-created-photo-date = New private experience of { $date } (the photo's date taken), { $count ->
    [one] { $count } photo copied
   *[other] { $count } photos copied
}; to fill in:
cli-new-created-today = New private experience of { $date } (today), { $count ->
    [one] { $count } photo copied
   *[other] { $count } photos copied
}; to fill in:
cli-new-no-learner = none
cli-new-unknown-learner =
    unknown learner `{ $learner }` (the journal has: { $known }){ $near }
    {"  "}to add them: carnet add learner "{ $add }" (first and last name)
cli-new-no-title = an experience needs a title
cli-new-not-a-photo = `{ $name }` is not a JPEG, PNG or WebP photo
cli-new-bad-photo = `{ $name }`: { $reason }
cli-new-forbidden-character = { $field } holds { $what } ({ $code }): remove it
cli-new-text-too-long = the text is { $kb } KiB long, more than the { $max } KiB a file may hold
cli-new-bad-date = `{ $date }` is not a calendar day
cli-new-outside-journal = { $path } is a symbolic link that leads out of the journal: nothing was written
cli-add-no-journal-here = no carnet here: run the command inside a carnet (a folder with carnet.toml), or give --journal FOLDER
cli-add-not-a-journal = { $path } is not a journal (no carnet.toml); carnet init starts one
cli-add-learner-added = Added: { $file } ({ $name }, private profile)
cli-add-key-accepted = Signing key accepted for { $slug } (contributors.toml).
cli-add-learner-next = Next: carnet new { $slug } "Title" photo.jpg{ $journal }   then carnet build { $dir }
cli-add-learners-added = { $count ->
    [one] { $count } learner added
   *[other] { $count } learners added
}: { $list }
cli-add-learners-next = Their profiles are private. Next: carnet build { $dir }
cli-add-roster-refused = carnet: { $count ->
    [one] { $count } error
   *[other] { $count } errors
} in { $file }; no learner was added
cli-add-group-added =
    Added to carnet.toml: group { $slug } ("{ $name }"), its site: site/community/{ $slug }/
    Its members: carnet add learner "First Last" --group { $slug }
cli-add-referent-added =
    Added to carnet.toml: referent { $slug }, and their profile { $file } (private)
    Their site: site/referent/{ $slug }/   Their learners: carnet add learner "First Last" --referent { $slug }
cli-add-address-taken = the address "{ $base }" is taken: this one is "{ $slug }"
cli-add-homonym = a learner of the same name is already there (learners/{ $other }): check it is not the same person
cli-add-help = help: { $help }
author-field-title = the title
author-field-place = the place
author-field-kind = the kind of experience
author-field-tags = a tag
author-field-skills = a skill
author-field-alt = a photo's description
author-field-text = the text
author-character-control = an invisible control character
author-character-direction = an invisible character that changes the writing direction
author-photo-corrupt = corrupt or unreadable photo ({ $detail })
author-photo-decoder-failed = corrupt or unreadable photo (the decoder failed)
author-photo-metadata-kept = its private metadata (location, serial number) could not be taken out
author-visibility-comment =
    Who can see this experience: "private" (only you), "referent" (you and
    your referent), "community" (the members of your group), "public"
    (everyone on the internet).
author-alt-comment = describe the photo for people who cannot see it
roster-unreadable = cannot read the file: { $error }
roster-too-long = { $path } is { $kb } KiB long: a list of learners is far shorter (1 MiB at most)
roster-first-name = the first name
roster-last-name = the last name
roster-duplicate-line = { $name } is already on line { $before }
roster-duplicate-line-help = remove one of the two lines; for two people of the same name, add the second with carnet add learner
roster-already-there = { $name } is already in the journal (learners/{ $folder })
roster-already-there-help = was this list imported already? remove the line
roster-empty = the list holds no learner
roster-empty-help = one line per learner: first name;last name;group
roster-unreadable-line = unreadable line ({ $detail })
roster-no-first-name-column = the header line has no "First name" column
roster-no-first-name-column-help = for example: First name,Last name,Group
people-add-group-help = add it with carnet add group { $id } --name "{ $name }"
people-add-referent-help = add them with carnet add referent "First Last"
people-did-you-mean-then = { $near }; { $add }
people-none = none
people-unknown-group = unknown group `{ $slug }` (carnet.toml defines: { $known })
people-unknown-referent = unknown referent `{ $slug }` (carnet.toml defines: { $known })
people-duplicate = { $what } is already in the journal: nothing was written
people-the-group = group `{ $slug }`
people-a-group-named = a group named "{ $name }" (`{ $other }`)
people-the-referent = referent `{ $id }`
people-a-referent-named = a referent named "{ $name }" (`{ $other }`)
people-unreadable-config = { $path }: cannot read the file ({ $error }); carnet init starts a journal
people-config-not-toml = { $path } is not valid TOML: carnet check says where
people-name-empty = { $what } is empty
people-name-too-long = { $what } is { $chars } characters long, more than the { $max } allowed
people-forbidden-character = { $what } holds { $kind } ({ $code }): remove it
people-no-address = the name `{ $name }` has no letter or digit to make an address from
people-not-a-public-key = `{ $key }` is not a minisign public key (RW…): nothing was written
people-bad-group-id = group id `{ $slug }` must be lowercase ascii letters, digits and dashes (e.g. `{ $good }`)
people-bad-id = id `{ $id }` must be lowercase ascii letters, digits and dashes
people-the-name = the name
people-the-role = the role
people-role-example = # role = "adviser"

people-learner-profile =
    +++
    # Your profile: what your pages say about you. What follows a # is an
    # explanation, which carnet does not read.

    # Your name, as shown on your pages.
    name = { $name }
    # One line under your name: what you do, or what you are looking for. Remove the
    # # at the start of the line and write yours.
    # headline = "On my way to a job I like"
    # A photo of you (optional): the name of a file of this folder.
    # avatar = "avatar.jpg"
    # Your groups: their members see what you make visible to "community".
    groups = { $groups }
    # Your adviser: sees what you make visible to "referent".
    { $referent }
    # Who can see your profile, and so your journal: "private" (only you),
    # "referent" (you and your adviser), "community" (your group), "public"
    # (everyone on the internet). You decide.
    visibility = "private"
    +++
    A few words about you: where you come from, what you like, what you look for.

people-referent-profile =
    +++
    # Your profile as a professional. What follows a # is an explanation, which
    # carnet does not read.

    # Your name, as shown.
    name = { $name }
    # Your job, as the young people read it (optional).
    { $role }
    # Your organisation (optional).
    # organisation = "Mission locale"
    # The groups you take part in: ids (slug) of carnet.toml.
    # groups = ["my-group"]
    # Who sees this profile and your posts (posts/): "private" (only you, on your
    # referent site), "referent" (you and the young people you follow),
    # "community" (your groups), "public" (everyone on the internet).
    visibility = "private"
    +++
    A few words about you and what you offer the young people.

## The starter journal (carnet init): the files it writes, in the journal's language

starter-default-name = Sam
starter-experience-folder = my-first-experience
starter-story-file = my-path
starter-group-name-field = the group's name
starter-default-group = My group
starter-default-group-slug = my-group
starter-group-config =
    # carnet.toml: the settings of your group's journal.
    # Each "key = value" line sets one thing; what follows a # is a comment, which
    # carnet does not read. The carnet add commands write into this file and keep
    # your comments.
    #
    # To start:
    #   carnet add referent "First Last" --role "adviser"          (you, then your colleagues)
    #   carnet add learners students.csv --group { $slug } --referent <id>
    #     (one line per learner: first name,last name; a spreadsheet export will do)
    #   carnet add learner "First Last" --group { $slug } --referent <id>
    #   carnet build
    #
    # Each learner has a folder learners/<first-name>/ and decides what they share:
    # everything carnet writes for a learner is private.

    # The title of the sites, at the top of every page, the public site's too: do
    # not name your programme in it, which would say on the internet who is in it.
    title = "Journals"

    # The language of the sites and of carnet's messages: "fr" (French) or "en" (English).
    language = "en"

    # Where the public site will be online, for share links.
    # Remove the # at the start of the line once you know it.
    # base_url = "https://example.org/journals"

    # Your group: its members see what each one makes visible to "community", on
    # the site site/community/{ $slug }/. Another group:
    #   carnet add group my-other-group --name "My other group"
    {"["}[groups]]
    # Its id: lowercase letters without accents, digits and dashes.
    slug = "{ $slug }"
    # Its name, as shown.
    name = { $name }
    # Who is in it: "learners", "professionals" or "employers".
    kind = "learners"

    # Photos (optional). Remove the # of a line to change its value; these are the
    # defaults.
    # [images]
    # quality = 82            # quality of the published photos, 1 to 100
    # webp = false            # true: lighter photos, a longer build
    # max_pixels = 100000000  # refuse larger photos (in pixels)
    # max_bytes = 67108864    # refuse heavier files (in bytes)

starter-config =
    # carnet.toml: the settings of your journal.
    # Each "key = value" line sets one thing; what follows a # is a comment, which
    # carnet does not read.

    # The title of the sites, at the top of every page, the public site's too.
    title = "My journal"

    # The language of the sites and of carnet's messages: "fr" (French) or "en" (English).
    language = "en"

    # Where the public site will be online, for share links.
    # Remove the # at the start of the line once you know it.
    # base_url = "https://example.org/my-journal"

    # A group: its members see what you make visible to "community".
    # Copy these four lines to add another one.
    {"["}[groups]]
    # Its id: lowercase letters without accents, digits and dashes.
    slug = "my-group"
    # Its name, as shown.
    name = "My group"
    # Who is in it: "learners", "professionals" or "employers".
    kind = "learners"

    # A referent (adviser): sees what you make visible to "referent".
    {"["}[referents]]
    # Their id: lowercase letters without accents, digits and dashes.
    slug = "my-adviser"
    # Their name, as shown.
    name = "Nelly"
    # What you call them (optional): "You and your adviser Nelly".
    role = "adviser"

    # Photos (optional). Remove the # of a line to change its value; these are the
    # defaults.
    # [images]
    # quality = 82            # quality of the published photos, 1 to 100
    # webp = false            # true: lighter photos, a longer build
    # max_pixels = 100000000  # refuse larger photos (in pixels)
    # max_bytes = 67108864    # refuse heavier files (in bytes)

starter-profile =
    +++
    # Your name, as shown on your pages.
    name = { $name }
    # One line under your name: what you do, or what you are looking for.
    headline = "On my way to a job I like"
    # A photo of you (optional): the name of a file of this folder.
    # avatar = "avatar.jpg"
    # Your groups: ids (slug) of carnet.toml.
    groups = ["my-group"]
    # Your referent: an id (slug) of carnet.toml.
    referent = "my-adviser"
    # Who can see your profile, and so your journal: "private" (only you),
    # "referent" (you and your referent), "community" (your group), "public"
    # (everyone on the internet). An experience more visible than your profile
    # shows only where your profile does.
    visibility = "private"
    +++
    A few words about you: where you come from, what you like, what you look for.

starter-experience =
    +++
    # The title of the experience.
    title = "My first experience"
    # Its date: 2021-05-31, or 2021-05-31T14:06:00 with a time.
    date = { $date }
    # Where it was (optional).
    place = "The training centre"
    # What kind of experience: stage, atelier, visite, formation, emploi, entretien...
    kind = "atelier"
    # Free keywords (optional).
    tags = ["discovery"]
    # The skills it proves: ids of the framework (see the README, or skills.toml if
    # your journal has one).
    skills = ["curiosite", "travail-equipe"]
    # Who can see it: "private" (only you), "referent" (you and your referent),
    # "community" (your group), "public" (everyone on the internet).
    visibility = "private"
    # Its photos, in order: the file, a description for people who cannot see it
    # (alt), and a caption (optional). Without this list, every photo of the folder
    # is shown.
    photos = [
    {"  "}{"{"} file = "{ $photo }", alt = "An orange sun rising in a blue sky", caption = "The start of the journey" {"}"},
    ]
    +++
    Tell here what you did, what you learnt, what you liked.

    Write in Markdown: an empty line between paragraphs, **bold**, *italics*.

starter-story =
    +++
    # The title of the story.
    title = "My path"
    # Who can see it (as for an experience). An experience less visible than the
    # story is left out wherever it may not be seen.
    visibility = "private"
    # The experiences it tells, in order: folder names of experiences/.
    experiences = ["{ $experience }"]
    # The layout: "journal" (text and photos), "mosaic" (a photo grid) or "slides"
    # (one experience per screen).
    layout = "journal"
    # The cover photo (optional): "folder/photo.jpg".
    cover = "{ $experience }/{ $photo }"
    +++
    This story tells my path: who do you want to show it to, and what do you want to say?
