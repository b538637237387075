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



## Messages: building, images and the summary



## Messages: commands (init, new, add, keys, attest, share, export, serve)


