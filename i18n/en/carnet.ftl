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



## carnet serve: pages, refusals and forms



## Sealed sites: the unlock page



## Command line: --help



## Command line: errors in the arguments



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
lint-attestation-unsigned = declared attestation, not signed ({ $list }): the sites show it as declared, not verified, and it does not count among attested skills
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
error-server-stopped = the server stopped: { $what }: { $reason }
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


