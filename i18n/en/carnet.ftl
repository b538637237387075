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


## Messages: building, images and the summary



## Messages: commands (init, new, add, keys, attest, share, export, serve)


