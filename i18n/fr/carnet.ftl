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


## Messages: building, images and the summary



## Messages: commands (init, new, add, keys, attest, share, export, serve)


