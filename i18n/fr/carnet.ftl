# carnet's interface strings, one message per thing a person reads.
# French (i18n/fr/carnet.ftl) is the source; English (i18n/en/carnet.ftl) has
# exactly the same keys and variables (a test checks it). Keys are grouped by where
# they are read; within a group, keep related keys together.
# Syntax: https://projectfluent.org/fluent/guide/ — `{ $n }` is a variable; plurals
# use `{ $n -> [one] … *[other] … }` (French puts 0 and 1 in `one`).

## Shared words

count-errors = { $count ->
    [one] { $count } erreur
   *[other] { $count } erreurs
}
count-warnings = { $count ->
    [one] { $count } avertissement
   *[other] { $count } avertissements
}


## Pages of the sites (templates and what carnet writes into them)



## carnet serve: pages, refusals and forms



## Sealed sites: the unlock page



## Command line: --help



## Command line: errors in the arguments



## Messages: loading and checking a journal

check-bad-slug = l'identifiant de { $kind ->
        [group] groupe
       *[referent] référent
    } `{ $slug }` ne doit avoir que des lettres ascii minuscules, des chiffres et des tirets
check-bad-slug-help = par exemple `{ $good }`
check-duplicate-id = { $kind ->
        [group] groupe
       *[referent] référent
    } `{ $slug }` est défini deux fois
check-same-address = { $what ->
        [learners] les dossiers d'apprenants
        [professionals] les dossiers de professionnels
        [posts] les publications
        [experiences] les dossiers d'expérience
       *[stories] les récits
    } { $names } auraient la même adresse `{ $slug }`
check-same-address-help = renomme l'un d'eux
check-and = { " " }et{ " " }
check-reserved-address = le dossier `{ $folder }` donnerait l'adresse `{ $slug }/`, que chaque site réserve à ses propres pages
check-reserved-address-help = renomme le dossier (par exemple `{ $slug }-1`)
check-unknown-referent = référent `{ $name }` inconnu (carnet.toml définit : { $defined })
check-unknown-skill = compétence `{ $name }` inconnue ({ $builtin ->
        [yes] le référentiel intégré a
       *[no] skills.toml définit
    } : { $ids })
check-groups-not-community = `{ $key }` ne vaut que pour un élément de visibilité `community`, et celui-ci est `{ $vis }`
check-groups-not-community-help = écris `visibility = "community"`, ou enlève `{ $key }`
check-empty-groups = `{ $key } = []` : aucun groupe ne verrait cet élément
check-empty-groups-help = nomme au moins un de tes groupes, ou enlève `{ $key }` pour les montrer à tous
check-not-a-member = `{ $name }` n'est pas un des groupes de { $member ->
        [learner] cet apprenant
       *[professional] ce professionnel
    } (profile.md : { $mine })
check-unknown-group = groupe `{ $name }` inconnu (carnet.toml définit : { $defined })
check-unknown-professional = professionnel `{ $name }` inconnu (professionals/ a : { $known })
check-attested-skill-not-listed = l'attestation porte sur `{ $name }`, que cette expérience ne liste pas dans `skills`
check-unknown-experience = expérience `{ $name }` inconnue : ce doit être un dossier de { $learner }/experiences/
check-bad-cover = couverture `{ $name }` introuvable : écris `dossier/photo.jpg`, une photo d'une des expériences du récit
check-none = aucun
lint-issuer-without-site = {"["}issuer] a besoin d'une base_url en https:// : l'identité du programme (did:web) est l'adresse de son site public ; sans elle, aucune attestation ne se vérifie
lint-credential-stale = l'expérience a changé depuis que `{ $skill }` a été attestée (titre, date, texte, compétences ou photos) : le site dit « attestation à renouveler » au lieu de « vérifié »
lint-credential-stale-help = remets l'expérience comme elle était, ou fais signer à nouveau : carnet attest { $who } { $folder } --skills { $skill } --by …
lint-credential-revoked = l'attestation de `{ $skill }` a été révoquée par le programme : le site ne la montre plus comme vérifiée
lint-credential-revoked-help = supprime ce fichier
lint-credential-invalid = cette attestation signée ne se vérifie pas avec la clé publique de [issuer] ({ $why }) : le site ne la montre pas
lint-credential-invalid-help = seul `carnet attest` écrit ces fichiers : ne les modifie pas à la main
lint-attestation-unsigned = attestation déclarée, non signée ({ $list }) : les sites la montrent comme déclarée, pas comme vérifiée, et elle ne compte pas parmi les compétences attestées
lint-attestation-unsigned-help = après avoir parlé au tuteur, le programme peut la signer : carnet attest { $who } { $folder } --skills { $list } --by "{ $by }"
lint-missing-alt = la photo `{ $file }` n'a pas de texte alternatif
lint-missing-alt-help = décris-la pour qui ne la voit pas : `photos = [{"{"} file = { $quoted }, alt = "…" {"}"}]`
lint-unlisted-photo = la photo `{ $file }` est dans le dossier mais pas dans `photos` : elle ne sera pas publiée
lint-unlisted-photo-help = ajoute `{"{"} file = { $quoted }, alt = "…" {"}"}` à la liste, ou retire la photo du dossier
lint-no-skill = cette expérience ne montre aucune compétence
lint-no-skill-help = ajoute les compétences qu'elle prouve, par exemple `skills = ["{ $example }"]` (identifiants { $builtin ->
        [yes] du référentiel intégré, voir le README
       *[no] de skills.toml
    })
lint-hidden-in-story = { $count ->
        [one] ce récit est `{ $level }`, mais l'expérience { $names } est moins visible : là où le récit est montré à qui ne peut pas la voir, il est raconté sans elle
       *[other] ce récit est `{ $level }`, mais les expériences { $names } sont moins visibles : là où le récit est montré à qui ne peut pas les voir, il est raconté sans elles
    }
lint-hidden-in-story-help = { $count ->
        [one] rends cette expérience au moins `{ $level }`, ou le récit moins visible
       *[other] rends ces expériences au moins `{ $level }`, ou le récit moins visible
    }
lint-hidden-by-profile = ce profil est `{ $level }`, moins visible que { $experiences ->
        [0] { $stories ->
                [one] { $stories } récit
               *[other] { $stories } récits
            }
        [one] { $experiences } expérience{ $stories ->
                [0] {""}
                [one] {" "}et { $stories } récit
               *[other] {" "}et { $stories } récits
            }
       *[other] { $experiences } expériences{ $stories ->
                [0] {""}
                [one] {" "}et { $stories } récit
               *[other] {" "}et { $stories } récits
            }
    } (jusqu'à `{ $most }`) : rien de ce carnet n'est montré là où le profil ne l'est pas
lint-hidden-by-profile-help = rends le profil `{ $most }` (`visibility = "{ $most }"`), ou ces éléments moins visibles
toml-unknown-key = `{ $key }` : clé inconnue
toml-keys-allowed = clés possibles ici : { $list }
toml-unknown-value = `{ $value }` : valeur inconnue ; valeurs possibles : { $list }
toml-missing-key = clé `{ $key }` manquante
toml-missing-key-help = ajoute une ligne `{ $key } = …`
toml-invalid-type = type invalide : { $found }, alors qu'il faut { $expected }
toml-invalid-value = valeur invalide : { $found }, alors qu'il faut { $expected }
toml-quoted-text-needed = type invalide : il faut un texte entre guillemets
toml-duplicate-key = cette clé est déjà définie plus haut
toml-duplicate-key-help = garde une seule ligne
toml-unterminated-string = ce texte n'est jamais fermé
toml-unterminated-string-help = ferme-le par { $quote }
toml-unquoted-string = un texte doit être écrit entre guillemets
toml-unquoted-string-help = écris-le "ainsi"
toml-month-range = le mois va de 01 à 12
toml-day-range = ce jour n'existe pas dans ce mois
toml-invalid-date = date invalide : { $detail }
toml-invalid-date-help = écris-la 2021-05-31, ou 2021-05-31T14:06:00 avec l'heure
toml-one-key-per-line = syntaxe TOML : une seule clé par ligne, et rien après sa valeur (sauf un commentaire `#`)
toml-unclosed-bracket = syntaxe TOML : crochet jamais fermé (il manque `]`)
toml-syntax = syntaxe TOML : { $message }
toml-did-you-mean = vouliez-vous dire `{ $name }` ?
toml-found = { $kind ->
        [string] le texte { $value }
        [integer] le nombre { $value }
        [floating] le nombre { $value }
        [boolean] la valeur { $value }
        [sequence] une liste
        [map] une table
       *[other] { $found }
    }
toml-expected = { $kind ->
        [boolean] true ou false
        [string] un texte entre guillemets
        [sequence] une liste entre crochets, ["…", "…"]
        [u8] un nombre entier de 0 à 255
        [unsigned] un nombre entier positif
        [datetime] une date sans guillemets, 2021-05-31
        [table] une table, {"{"} clé = valeur, … {"}"}
       *[other] { $expected }
    }
walk-not-a-folder = n'est pas un dossier
walk-cannot-open = impossible d'ouvrir le carnet : { $reason }
walk-folder-not-found = dossier introuvable
walk-cannot-read = impossible de lire le fichier : { $reason }
walk-link-out = est un lien symbolique qui mène hors du carnet
walk-no-address = { $what ->
        [file] le nom du fichier
       *[folder] le nom du dossier
    } n'a ni lettre ni chiffre dont faire une adresse
walk-cannot-list = impossible de lister le dossier : { $reason }
walk-name-not-unicode = le nom n'est pas de l'Unicode valide (UTF-8) : renomme-le
walk-photos-same-name = les photos { $list } ont des noms qui ne diffèrent que par les majuscules ou les accents : sous macOS et Windows, ce serait un seul fichier ; renomme l'une d'elles
walk-and = { " " }et{ " " }
walk-address-too-long = le nom donne une adresse de { $len } caractères (`{ $start }…`), plus que les { $max } qu'un nom de dossier peut avoir : raccourcis le nom
walk-path-leaves = `{ $rel }` sort du carnet : écris un nom de fichier relatif au dossier, sans `..` ni `/` au début
walk-missing-file = `{ $rel }` est cité, mais ce fichier n'existe pas dans { $folder }
walk-missing-file-too-long = `{ $rel }` est cité, mais ce fichier n'existe pas dans { $folder } (le nom fait { $len } octets ; les systèmes de fichiers en permettent { $max })
walk-missing-file-case = `{ $rel }` est cité, mais ce fichier n'existe pas dans { $folder } : il y a `{ $other }`, dont le nom diffère par les majuscules (ici elles comptent, pas sous macOS ni Windows : écris-le comme sur le disque)
walk-path-link-out = `{ $rel }` est un lien symbolique qui mène hors du carnet
text-forbidden-in-value = `{ $key }` contient { $kind ->
        [bidi] un caractère invisible qui change le sens de l'écriture (U+{ $code }) : enlève-le ; il fait lire le texte dans un autre ordre que celui où il est écrit
       *[control] un caractère de contrôle invisible (U+{ $code }) : enlève-le ; les pages et le flux Atom qui le montreraient seraient illisibles pour les navigateurs et les lecteurs de flux
    }
text-forbidden-in-body = le texte contient { $kind ->
        [bidi] un caractère invisible qui change le sens de l'écriture (U+{ $code }) : enlève-le ; il fait lire le texte dans un autre ordre que celui où il est écrit
       *[control] un caractère de contrôle invisible (U+{ $code }) : enlève-le ; les pages et le flux Atom qui le montreraient seraient illisibles pour les navigateurs et les lecteurs de flux
    }
text-too-long = le texte fait { $kb } Kio, plus que les { $max } Kio qu'un fichier peut avoir : coupe-le en plusieurs expériences, ou raccourcis-le
front-matter-no-opening = le fichier doit commencer par une ligne `+++`, puis l'en-tête TOML, puis `+++`
front-matter-never-closed = l'en-tête ouvert ici n'est jamais fermé par une ligne `+++`
name-invisible-character = le nom `{ $name }` contient un caractère invisible ou qui change le sens de l'écriture (U+{ $code }, caractère { $at } du nom) : renomme-le sans lui ; de tels caractères font se ressembler deux noms différents
field-unknown-aspect = format `{ $value }` inconnu : choisis parmi { $allowed }
field-unknown-focus = point de mire `{ $value }` inconnu : écris top, center, bottom, left, right ou "x%,y%" (par exemple "30%,20%")
field-no-date = `{ $value }` n'a pas de date : écris-la 2021-05-31 ou 2021-05-31T14:06:00
field-invalid-skill = une compétence s'écrit "rigueur" ou {"{"} id = "rigueur", level = 3 {"}"}
field-invalid-level = le niveau de `{ $id }` est `{ $level }` : un niveau va de 1 à { $max }
field-invalid-level-help = 1 : je découvre, 2 : je fais avec de l'aide, 3 : je fais seul·e, 4 : je peux l'apprendre à d'autres
load-missing-file = fichier manquant : { $what ->
        [config] un carnet a besoin d'un carnet.toml avec au moins `title = "..."` (carnet init en crée un)
        [experience] chaque dossier d'expérience a besoin d'un index.md
        [learner] chaque dossier de learners/ a besoin d'un profile.md
       *[professional] chaque dossier de professionals/ a besoin d'un profile.md
    }
config-quality-range = `quality` doit être entre 1 et 100
config-audit-date = `audit_date` doit être une date sans guillemets, comme `audit_date = 2026-03-15`
config-rate-without-audit = un taux de conformité vient d'un audit : indique aussi sa date (`audit_date = 2026-03-15`)
config-rate-range = `rate` est le taux de conformité de l'audit, un nombre de 0 à 100 (par exemple `rate = 72.5`)
config-contact = `contact` doit être une adresse e-mail ou l'adresse d'une page web (https://…)
config-schema-url = `schema_url` doit être l'adresse d'une page web (https://…)
config-issuer-key = ce n'est pas une clé publique Ed25519 au format Multikey (z6Mk…) : recopie celle que `carnet keys new --issuer` a affichée
config-skill-twice = la compétence `{ $skill }` est définie deux fois
config-skill-reference = `{ $value }` n'est pas une adresse web : la référence d'une compétence commence par https://
config-skill-reference-help = par exemple reference = "http://data.europa.eu/esco/skill/…"
package-replayed = ce partage de `{ $slug }` date du { $day }, avant le dernier accepté ({ $last }) : c'est une copie rejouée ou un ancien fichier, il est refusé
package-replayed-help = retire-le de contributions/, ou demande un nouveau partage
package-same-learner = `{ $slug }` est à la fois un dossier (learners/{ $folder }) et une contribution ({ $file }) : garde l'un ou l'autre
skill-category-savoir-etre = Savoir-être
skill-category-savoir-faire = Savoir-faire
skill-category-savoir = Savoirs
skill-category-builtin = Savoir-être professionnels
skill-autonomie = Autonomie
skill-capacite-adaptation = Capacité d'adaptation
skill-capacite-federer = Capacité à fédérer
skill-capacite-decision = Capacité de décision
skill-curiosite = Curiosité
skill-force-proposition = Force de proposition
skill-gestion-stress = Gestion du stress
skill-perseverance = Persévérance
skill-prise-recul = Prise de recul
skill-reactivite = Réactivité
skill-rigueur = Rigueur
skill-sens-communication = Sens de la communication
skill-sens-organisation = Sens de l'organisation
skill-travail-equipe = Travail en équipe
photo-unreadable = impossible de lire la photo : { $reason }
photo-not-a-photo = n'est pas une image JPEG, PNG ou WebP (ou elle est abîmée)
photo-corrupt = photo abîmée ou illisible : { $reason }
photo-no-pixels = la photo n'a aucun pixel
photo-truncated = JPEG tronqué : le fichier s'arrête avant la fin de l'image (copie-le à nouveau depuis l'appareil photo ou le téléphone)
photo-heif-corrupt = photo HEIC/AVIF abîmée ou illisible : { $reason }
photo-heif-unsupported = photo HEIC/AVIF (le format des iPhone) : ce carnet a été compilé sans libheif et ne sait pas la lire. Convertis-la en JPEG, par exemple `heif-convert { $name } { $stem }.jpg` (paquet libheif-examples), ou règle l'iPhone sur Réglages > Appareil photo > Formats > « Le plus compatible »
photo-too-many-bytes = photo de { $len } octets, au-delà de la limite de { $max } octets (`[images] max_bytes` dans carnet.toml)
photo-too-many-pixels = photo de { $width }×{ $height } pixels, au-delà de la limite de { $max } pixels (`[images] max_pixels` dans carnet.toml)
output-holds-journal = le dossier de sortie contiendrait le carnet lui-même : choisis-en un autre avec --out
output-in-content = le dossier de sortie ne peut pas être dans le dossier learners/ ou themes/ du carnet
output-cache-in-output = le cache d'images ne peut pas être dans le dossier de sortie : il contient les photos de tous les publics, privées comprises, et un site les publierait (choisis un autre --cache)
output-output-in-cache = le dossier de sortie ne peut pas être dans le cache d'images : carnet fait le ménage dans le cache, qui contient les photos de tous les publics (choisis un autre --cache ou --out)
output-cache-in-content = le cache d'images ne peut pas être dans le dossier learners/ ou themes/ du carnet : carnet lirait ses fichiers comme des photos ou des fichiers de thème (choisis un autre --cache)
output-cache-holds-journal = le cache d'images ne peut pas contenir le carnet : carnet fait le ménage dans le cache (choisis un autre --cache)
output-not-ours = ce dossier n'est pas vide et n'a pas été fait par carnet : carnet n'écrira pas dedans (choisis un dossier vide ou nouveau avec --out)
root-title = Ne publiez pas ce dossier
root-lead = Ce dossier contient <strong>tous</strong> les sites que carnet a faits, y compris les sites privés des jeunes, ceux de leurs conseillers et ceux des groupes. Le mettre en ligne en entier publierait tout cela.
root-publish = Pour un site public, publiez seulement le dossier <code>public/</code>. Les autres sites se partagent uniquement avec les personnes concernées, derrière un accès protégé (un mot de passe) : <code>noindex</code> n'empêche personne de les lire.
root-list = Ce que contient ce dossier
root-kind-public = tout le monde sur internet : le seul à publier
root-kind-community = un site par groupe, pour ses membres seulement
root-kind-referent = un site par conseiller ou conseillère, pour les jeunes qu'il ou elle suit
root-kind-private = un site par jeune, pour lui ou elle seulement


## Messages: building, images and the summary

build-decoder-failed = le décodeur d'images a échoué sur ce fichier (image abîmée ou piégée)
error-content = { $count ->
        [one] { $count } erreur dans le carnet
       *[other] { $count } erreurs dans le carnet
    }
error-leak = vérification des fuites : { $file } contient { $what ->
        [name] le nom
        [title] le titre
        [text] une phrase du texte
        [place] le lieu
        [tag] un mot-clé
        [skill] une compétence
        [attestation] l'attestation
        [credential] une attestation signée
        [slug] l'adresse
        [folder] le nom du dossier ou du fichier
       *[photo-file] le nom de fichier d'une photo
    } de { $item } ({ $visibility }), que ce site ne doit pas montrer : « { $text } ». Rien n'a été écrit : le dossier de sortie est inchangé. C'est un bug de carnet ou du thème du carnet ; merci de le signaler (voir SECURITY.md)
error-random = le système ne fournit pas de nombres aléatoires : { $reason }
error-template = modèle { $name } : { $message }
error-port-in-use = impossible d'ouvrir le port { $first }{ $range ->
        [yes] {" "}(et les suivants jusqu'à { $last })
       *[no] {""}
    } : déjà utilisé par un autre programme ; essaie --port { $next }
error-port-denied = impossible d'ouvrir le port { $first }{ $range ->
        [yes] {" "}(et les suivants jusqu'à { $last })
       *[no] {""}
    } : refusé par le système (les ports sous 1024 sont réservés à l'administrateur) ; essaie --port 1111
error-port-other = impossible d'ouvrir le port { $first }{ $range ->
        [yes] {" "}(et les suivants jusqu'à { $last })
       *[no] {""}
    } : { $reason } ; essaie un autre --port
error-serve-no-journal = dossier introuvable : { $path } (le dossier du carnet, qui contient carnet.toml)
error-server-stopped = le serveur s'est arrêté : { $what } : { $reason }
io-file-not-found = fichier introuvable : { $path }
io-not-found = fichier ou dossier introuvable : { $path }
io-at-path = { $reason } : { $path }
io-disk-full = disque plein, impossible d'écrire
io-read-only = disque en lecture seule, impossible d'écrire
io-missing = introuvable
io-permission-denied = accès refusé (droits insuffisants)
io-already-exists = existe déjà
io-is-a-folder = c'est un dossier, pas un fichier
io-not-a-folder = pas un dossier (un fichier est sur le chemin)
io-folder-not-empty = dossier non vide
io-not-utf8 = illisible : ce n'est pas du texte UTF-8
io-invalid-data = contenu invalide ({ $detail })
io-other = erreur d'entrée-sortie ({ $detail })
photo-corrupt-or-truncated = photo abîmée ou tronquée : { $reason }
photo-changed = la photo a changé pendant la construction ({ $now } au lieu de { $then })
photo-wrong-pixel-count = photo abîmée : le nombre de pixels ne correspond pas
photo-out-of-memory = pas assez de mémoire pour décoder la photo
photo-too-large-to-process = photo trop grande pour être traitée
photo-resize = impossible de redimensionner la photo : { $reason }
photo-encode = impossible d'encoder la photo : { $reason }
photo-encode-webp = impossible d'encoder la photo en WebP : { $reason }
photo-no-libheif = les photos HEIC, HEIF et AVIF ont besoin de libheif, qui manque à cette version de carnet
photo-cache-write = impossible d'écrire le cache d'images : { $reason }
photo-not-made = la photo n'a pas pu être faite
codec-libjpeg = libjpeg-turbo { $version }, bibliothèque du système
codec-rust-forced = Rust pur, imposé par CARNET_CODEC=rust
codec-rust-only = Rust pur, libjpeg-turbo absente à la compilation
photo-orient = impossible de redresser la photo : { $reason }


## Messages: commands (init, new, add, keys, attest, share, export, serve)


