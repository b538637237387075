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



## Command line: errors in the arguments



## Messages: loading and checking a journal



## Messages: building, images and the summary



## Messages: commands (init, new, add, keys, attest, share, export, serve)


